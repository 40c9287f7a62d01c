"""Enrollment that cannot be locked or phished (issue 13, findings 5 and 7).

Real centrals on real TLS and PostgreSQL, real laptops (their own stores and keys):

- a flood of wrong codes from ten loopback addresses (sockets bound to 127.0.0.2 to
  127.0.0.11) while a genuine laptop enrolls with the right code: it gets through, and no
  wrong code costs central an Argon2 hash;
- a phishing code (signed by a key the laptop does not trust, or not signed) is refused
  before a password is read, by the command line and by the app's dialog, and nothing
  reaches the phisher's server;
- a code for a second central is refused while records are unsent, and needs the person
  to name the central it leaves; the second central's purge policy never purges what the
  first receipted;
- the code is never taken from argv.
"""

from __future__ import annotations

import asyncio
import io
import secrets
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import cssw_central.api.enroll as enroll_api
from cssw_central.infra import passwords
from cssw_central.infra.rate_limits import ENROLL_LIMIT
from cssw_central.infra.tables import Device
from cssw_core.enrollment_code import EnrollmentCode as CodeText
from cssw_core.enrollment_code import parse_code
from cssw_core.pinning import pinned_context
from cssw_desktop.cli import main
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import SwitchNotConfirmed, UnsentRecordsStayPut, enroll
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from cssw_desktop.ui.sync.services import SyncServices
from cssw_desktop.ui.sync.sync_ui import SyncUi
from cssw_desktop.ui.workspace import Workspace
from tests.faults import tally
from tests.support.central import RunningCentral, start_central
from tests.support.central_client import LaptopClient
from tests.support.central_fixtures import STANDARD_PEOPLE, WENDY_PASSWORD
from tests.support.gui import WorkspaceFactory, open_workspace
from tests.support.postgres import TemplateDatabases
from tests.support.provisioning import foreign_code, signed
from tests.support.sealed_documents import new_device_key
from tests.support.stores import PASSPHRASE
from tests.support.sync import offline_profile, run, seal_demo
from tests.support.sync_gui import seed_two_forms

SUITE = "attack: enrollment"
FLOOD_ADDRESSES = [f"127.0.0.{n}" for n in range(2, 12)]  # ten of them
MAX_PER_ADDRESS = 200  # the flood's bound: it stops sooner, once the genuine laptop is in


def _devices(central: RunningCentral) -> int:
    with central.session() as session:
        return int(session.scalar(select(func.count()).select_from(Device)) or 0)


def _wrong_code(central: RunningCentral) -> str:
    return CodeText(central.url, central.pin, secrets.token_urlsafe(24)).text()


def _flood(central: RunningCentral, address: str, done: threading.Event) -> list[int]:
    """Wrong codes (with a password) from one address, one after another, until the genuine
    laptop has enrolled (at most MAX_PER_ADDRESS): the statuses."""
    laptop = LaptopClient(central, new_device_key())
    laptop.http.close()
    laptop.http = httpx.Client(
        base_url=central.url,
        transport=httpx.HTTPTransport(verify=pinned_context(central.pin), local_address=address),
        timeout=30,
    )
    statuses: list[int] = []
    with laptop:
        while not done.is_set() and len(statuses) < MAX_PER_ADDRESS:
            statuses.append(laptop.enroll(_wrong_code(central), WENDY_PASSWORD).status_code)
            FLOODED[address] = list(statuses)
    return statuses


FLOODED: dict[str, list[int]] = {}


def test_a_flood_of_wrong_codes_from_ten_addresses_does_not_keep_a_genuine_laptop_out(
    central: RunningCentral, runner: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    argon2_checks: list[bool] = []
    real_check = passwords.password_matches

    def counted(stored: str | None, password: str) -> bool:
        argon2_checks.append(True)
        return real_check(stored, password)

    monkeypatch.setattr(enroll_api, "password_matches", counted)
    FLOODED.clear()
    right_code = central.issue_code("wendy")
    done = threading.Event()
    limit = ENROLL_LIMIT.per_address

    def every_address_over_its_limit() -> bool:
        return all(429 in FLOODED.get(a, []) for a in FLOOD_ADDRESSES)

    with ThreadPoolExecutor(len(FLOOD_ADDRESSES)) as pool:
        floods = [pool.submit(_flood, central, a, done) for a in FLOOD_ADDRESSES]
        try:
            # Every address has had its ten refusals: 100 in the window, what the old
            # overall limit allowed everyone. The flood goes on while the genuine laptop
            # (its own store and key, the app's own enrollment) enrolls.
            for _ in range(600):
                if every_address_over_its_limit() or any(f.done() for f in floods):
                    break
                done.wait(0.1)
            assert every_address_over_its_limit()
            profile = run(
                enroll(runner, right_code, WENDY_PASSWORD, device_name="Genuine", app_version="t")
            )
            still_flooding = sum(not f.done() for f in floods)
        finally:
            done.set()
        by_address = [f.result(timeout=120) for f in floods]
    assert profile.display_name == "Wendy Walker"
    assert still_flooding == len(FLOOD_ADDRESSES)  # it enrolled in the middle of the flood
    assert _devices(central) == 1
    for statuses in by_address:
        assert statuses[:limit] == [401] * limit  # each address's own ten wrong codes
        assert set(statuses[limit:]) == {429}  # then refused unseen
    statuses = [s for found in by_address for s in found]
    assert len(argon2_checks) == 1  # only the genuine password: wrong codes cost no Argon2
    tally.add(
        SUITE,
        cases=len(statuses) + 1,
        accepted=sum(s < 300 for s in statuses),
        server_errors=sum(s >= 500 for s in statuses),
    )


@pytest.fixture
def phisher() -> Iterator[tuple[str, list[bytes]]]:
    """A server that accepts connections and keeps what it receives: (its URL, received)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    received.append(conn.recv(65536) or b"(connected)")
                except OSError:
                    received.append(b"(connected)")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_a_phishing_code_is_refused_before_a_password_is_read(
    central: RunningCentral,
    vault: Vault,
    phisher: tuple[str, list[bytes]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    phisher_url, received = phisher
    genuine = central.issue_code("wendy")
    vault.create(PASSPHRASE).close()
    data = ["--data-dir", str(vault.data_dir)]
    codes = {
        "signed by another key, for the phisher's server": foreign_code(
            genuine, server_url=phisher_url
        ),
        "signed by another key, for the real server": foreign_code(genuine),
        "not signed at all": CodeText(phisher_url, central.pin, parse_code(genuine).secret).text(),
    }
    refused = 0
    for code in codes.values():
        stdin = io.StringIO(f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n")
        status = main(["enroll", "--passphrase-stdin", *data], stdin)
        out = capsys.readouterr()
        assert status == 1
        assert "not made by your council's IT" in out.err
        assert out.err.count("\n") == 1
        assert stdin.read() == f"{WENDY_PASSWORD}\n"  # the password line was never read
        refused += 1
    store = vault.unlock(PASSPHRASE)
    try:
        assert store.profile.get() is None
    finally:
        store.close()
    assert received == []  # nothing reached the phisher
    assert _devices(central) == 0
    # The genuine code still works afterwards (the phishing attempts never used it).
    status = main(
        ["enroll", "--passphrase-stdin", *data],
        io.StringIO(f"{PASSPHRASE}\n{genuine}\n{WENDY_PASSWORD}\n"),
    )
    assert status == 0, capsys.readouterr().err
    tally.add(SUITE, cases=refused, accepted=0, server_errors=0)


def test_the_dialog_refuses_a_phishing_code_before_the_password_field_opens(
    qtbot: QtBot, phisher: tuple[str, list[bytes]], central: RunningCentral
) -> None:
    phisher_url, received = phisher
    dialog = EnrollDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    requests: list[tuple[str, str, str]] = []
    dialog.enroll_requested.connect(lambda *args: requests.append(args))
    code = foreign_code(central.issue_code("wendy"), server_url=phisher_url)
    dialog.code.setPlainText(code)
    assert dialog.code_problem.isVisible()
    assert "not made by your council's IT" in dialog.code_problem.text()
    assert not dialog.password.isEnabled()  # nothing can be typed for this code
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert requests == []
    # A genuine code opens the password field again.
    dialog.code.setPlainText(central.issue_code("wendy"))
    assert dialog.password.isEnabled()
    assert not dialog.code_problem.isVisible()
    assert received == []
    tally.add(SUITE, cases=1, accepted=0, server_errors=0)


def test_the_dialog_moves_to_another_central_only_when_the_box_naming_both_is_ticked(
    qtbot: QtBot,
) -> None:
    dialog = EnrollDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    requests: list[tuple[Any, ...]] = []
    dialog.enroll_requested.connect(lambda *args: requests.append(args))
    new = "https://central-b.example"
    dialog.code.setPlainText(signed(CodeText(new, "sha256/" + "A" * 43 + "=", "x" * 32)))
    qtbot.keyClicks(dialog.password, WENDY_PASSWORD)
    # What the app does when enroll() answers SwitchNotConfirmed (nothing was sent):
    dialog.ask_to_switch("https://central-a.example", new)
    assert dialog.switch_confirm.isVisible()
    assert "central-a.example" in dialog.switch_note.text()
    assert new in dialog.switch_note.text()
    assert dialog.switch_confirm.text() == (
        "&Move this laptop from https://central-a.example to https://central-b.example"
    )
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert requests == []
    assert dialog.problem.text() == "Tick the box to move this laptop, or Cancel."
    dialog.switch_confirm.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert [r[2] for r in requests] == ["https://central-a.example"]
    tally.add(SUITE, cases=1, accepted=0, server_errors=0)


@pytest.fixture
def second_central(tmp_path: Path, pg_templates: TemplateDatabases) -> Iterator[RunningCentral]:
    with pg_templates.copy(STANDARD_PEOPLE) as url:
        running = start_central(tmp_path / "second", url)
        try:
            yield running
        finally:
            running.stop()


def test_a_second_central_is_refused_while_records_are_unsent_and_its_purge_policy_ignored(
    central: RunningCentral, second_central: RunningCentral, runner: OpenStore
) -> None:
    store: Store = runner.store
    profile = run(
        enroll(
            runner, central.issue_code("wendy"), WENDY_PASSWORD, device_name="L", app_version="t"
        )
    )
    assert profile.server_url == central.url
    first = run(runner(lambda s: seal_demo(s, families=2)))
    other_code = second_central.issue_code("wendy")  # IT-signed: only the move is in question
    with pytest.raises(UnsentRecordsStayPut) as unsent:
        run(enroll(runner, other_code, WENDY_PASSWORD, device_name="L", app_version="t"))
    assert central.url in unsent.value.message
    assert second_central.url in unsent.value.message
    assert f"{first} record(s)" in unsent.value.message
    assert _devices(second_central) == 0  # the password never went there
    # Even naming the central it leaves does not move unsent records.
    with pytest.raises(UnsentRecordsStayPut):
        run(
            enroll(
                runner, other_code, WENDY_PASSWORD, device_name="L", app_version="t",
                switch_from=central.url,
            )
        )  # fmt: skip

    report = run(SyncEngine(runner, app_version="t").sync())
    assert (report.sent, report.unsent) == (first, 0), report
    with pytest.raises(SwitchNotConfirmed) as unconfirmed:
        run(enroll(runner, other_code, WENDY_PASSWORD, device_name="L", app_version="t"))
    assert (unconfirmed.value.current_server, unconfirmed.value.new_server) == (
        central.url,
        second_central.url,
    )
    with pytest.raises(SwitchNotConfirmed):  # naming the wrong central is no confirmation
        run(
            enroll(
                runner, other_code, WENDY_PASSWORD, device_name="L", app_version="t",
                switch_from=second_central.url,
            )
        )  # fmt: skip
    assert _devices(second_central) == 0
    moved = run(
        enroll(
            runner, other_code, WENDY_PASSWORD, device_name="L", app_version="t",
            switch_from=central.url,
        )
    )  # fmt: skip
    assert (moved.server_url, moved.server_signing_key) == (
        second_central.url,
        second_central.receipt_public_key,
    )
    assert _devices(second_central) == 1

    # The second central says "purge at once": nothing the first central receipted goes.
    second_central.admin("set-policy", "--purge-after-days", "0")
    report = run(SyncEngine(runner, app_version="t").sync())
    assert report.problem is None, report
    assert report.purged == 0
    assert len(store.outbox.rows()) == first
    assert all(row.purged_at is None for row in store.outbox.rows())
    tally.add(SUITE, cases=5, accepted=0, server_errors=0)


def test_a_code_in_argv_is_refused_without_being_repeated(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    code = CodeText("https://127.0.0.1:9", "sha256/" + "A" * 43 + "=", "s" * 32).text()
    vault.create(PASSPHRASE).close()
    stdin = io.StringIO(f"{PASSPHRASE}\n{WENDY_PASSWORD}\n")
    status = main(["enroll", code, "--passphrase-stdin", "--data-dir", str(vault.data_dir)], stdin)
    out = capsys.readouterr()
    assert status == 2
    assert "not taken on the command line" in out.err
    assert code not in out.err + out.out
    assert stdin.read() == f"{PASSPHRASE}\n{WENDY_PASSWORD}\n"  # nothing was even read
    tally.add(SUITE, cases=1, accepted=0, server_errors=0)


def test_the_command_line_moves_a_laptop_only_with_switch_from_naming_the_old_central(
    central: RunningCentral,
    second_central: RunningCentral,
    vault: Vault,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault.create(PASSPHRASE).close()
    data = ["--data-dir", str(vault.data_dir)]

    def enroll_cli(code: str, *options: str) -> tuple[int, str, str]:
        stdin = io.StringIO(f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n")
        status = main(["enroll", "--passphrase-stdin", *options, *data], stdin)
        return status, capsys.readouterr().err, stdin.read()

    assert enroll_cli(central.issue_code("wendy"))[0] == 0
    other_code = second_central.issue_code("wendy")
    status, err, unread = enroll_cli(other_code)
    assert status == 1
    assert f"connected to central at {central.url}" in err
    assert f"this code is for central at {second_central.url}" in err
    assert f"(--switch-from {central.url})" in err
    assert unread == f"{WENDY_PASSWORD}\n"  # the password was not read, let alone sent
    assert _devices(second_central) == 0
    status, err, _unread = enroll_cli(other_code, "--switch-from", central.url)
    assert status == 0, err
    store = vault.unlock(PASSPHRASE)
    try:
        profile = store.profile.get()
        assert profile is not None
        assert profile.server_url == second_central.url
    finally:
        store.close()
    tally.add(SUITE, cases=1, accepted=0, server_errors=0)


def _gui_enroll(qtbot: QtBot, workspace: Workspace, sync: SyncUi, code: str) -> EnrollDialog:
    sync.open_enroll()
    (dialog,) = workspace.dialogs.open_dialogs()
    assert isinstance(dialog, EnrollDialog)
    dialog.code.setPlainText(code)
    qtbot.keyClicks(dialog.password, WENDY_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


@pytest.mark.parametrize("unsent", [True, False])
def test_the_app_refuses_to_move_with_records_unsent_and_else_asks_naming_both_centrals(
    unsent: bool,
    central: RunningCentral,
    make_workspace: WorkspaceFactory,
    ui_vault: Vault,
    qtbot: QtBot,
) -> None:
    if unsent:
        seed_two_forms(ui_vault)
    else:
        ui_vault.create(PASSPHRASE).close()
    store = ui_vault.unlock(PASSPHRASE)
    try:
        store.profile.save(offline_profile())  # enrolled with a central at 127.0.0.1:9
    finally:
        store.close()
    old = offline_profile().server_url
    workspace = make_workspace()
    sync = SyncUi(workspace, SyncServices(app_version="test"), online_detection=False)
    open_workspace(qtbot, workspace)
    dialog = _gui_enroll(qtbot, workspace, sync, central.issue_code("wendy"))
    if unsent:
        qtbot.waitUntil(dialog.code_problem.isVisible, timeout=30_000)
        words = dialog.code_problem.text()
        assert f"connected to central at {old} and still has 2 record(s)" in words
        assert central.url in words
        assert not dialog.switch_confirm.isVisible()
    else:
        qtbot.waitUntil(dialog.switch_confirm.isVisible, timeout=30_000)
        assert dialog.switch_confirm.text() == f"&Move this laptop from {old} to {central.url}"
        assert _devices(central) == 0  # nothing was sent before the box was ticked
        dialog.switch_confirm.setChecked(True)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog._done, timeout=30_000)
        assert workspace.profile is not None
        assert workspace.profile.server_url == central.url
    assert _devices(central) == (0 if unsent else 1)
    dialog.reject()
    task = asyncio.ensure_future(sync.stop())
    qtbot.waitUntil(task.done, timeout=30_000)
    tally.add(SUITE, cases=1, accepted=0, server_errors=0)
