"""Canary families through the whole flow, then every trace the flow left is searched.

A family whose every detail is a canary (names, address, case reference, the consent
giver's typed signature, a withdrawal's reason, the team lead's comment) goes through
the real app and the real central service:

  a visit through the worker's window, signed by typing names → sealed → the signed form
  viewed and saved as a PDF (the worker's explicit, re-authenticated export) → a
  withdrawal → a sync that fails because central is down → central back, sync →
  the team lead's laptop views both records, approves one (filed to the drop folder)
  and returns the other with a comment → central's policy now purges sent records →
  the worker's sync brings the comment back and purges → a wrong passphrase, an
  unexpected error caught by the app's exception hook → lock and quit.

Central runs as its own process (`python -m cssw_central.cli serve`, real TLS, real
PostgreSQL), so its standard output and error are exactly what an operator's log would
hold. Afterwards, for every canary as UTF-8, UTF-16 and in upper and lower case:
  - no trace in either laptop's data folder (store, -wal, -shm, logs, backups, settings,
    display.json …): the store is encrypted, nothing else may hold family data;
  - none in the temp folder the process used, nor in the home folder the app saw
    (HOME and XDG_* point to a folder we scan: Qt's config, cache and data, and the
    file dialog's QtProject.conf);
  - none in central's output, its audit table or any other table but the two that are
    central's record of the families (records, families);
  - and, as a check that the canaries really travelled, they ARE in central's drop
    folder: that is the hand-off to the case system, meant to hold the filed record.
The PDF the worker chose to save is not searched: it is the unencrypted copy the worker
asked for, after typing the passphrase again (tests/ui/records/test_record_preview.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.document_signing import make_trial_signing_cert
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.family import Child, Family
from cssw_core.domain.visit import Step
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_core.pinning import pin_of_pem, pinned_context
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.errors import ErrorReporter
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.visit.signing import SigningFlow
from tests.faults import tally
from tests.support.central import free_port, run_cli
from tests.support.central_fixtures import TARA_PASSWORD, TEAM, WENDY_PASSWORD
from tests.support.families import open_family, withdraw_dialog
from tests.support.gui import TODAY, FakeClock, WindowFactory, add_families, closed, unlock
from tests.support.leaks import CANARIES, files_under, leaks_in, redirect_temp
from tests.support.postgres import fresh_database
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync_gui import enroll_in_window, stop_sync, unlock_empty
from tests.support.visit import (
    answer_agencies,
    answer_choices,
    click,
    family_screen,
    fill_who,
    hand_back,
    next_step,
    read_leaflet,
    same_as_giver,
    start_visit_from_family_page,
    tick_explained,
    young_people_step,
)

TIMEOUT = 30_000  # ms, for anything that goes over the network
START_SECONDS = 60.0  # central's start (migrations included)

FAMILY_NAME, TEEN, ADDRESS, CASE_REF, GIVER, YOUNGER, REASON, COMMENT_NOTE = CANARIES[:8]
COMMENT = f"Please go back to {GIVER} about this withdrawal ({COMMENT_NOTE})."
# Tables that are central's record of the families; every other table must hold none.
CENTRAL_FAMILY_TABLES = {"records", "families"}


def canary_family() -> Family:
    return Family(
        FAMILY_NAME,
        ADDRESS,
        CASE_REF,
        "Jaspreet Patel",
        (
            Child(TEEN, "Male", date(2011, 5, 2)),  # 14 on the visit date: signs too
            Child(YOUNGER, "Female", date(2019, 9, 30)),
        ),
    )


class Search:
    """Searches files for every canary form at several moments; remembers what it found."""

    def __init__(self) -> None:
        self.files: set[Path] = set()
        self.reads = 0
        self.found: list[str] = []

    def look(self, paths: list[Path]) -> None:
        self.files.update(paths)
        self.reads += len(paths)
        self.found += leaks_in(paths)


# --- central as its own process --------------------------------------------------------


@dataclass
class CentralProcess:
    """`cssw-central serve` in a process of its own; its output goes to two files."""

    folder: Path
    database_url: str
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def cert(self) -> Path:
        return self.folder / "tls" / "cert.pem"

    @property
    def drop_folder(self) -> Path:
        return self.folder / "drop"

    @property
    def logs(self) -> list[Path]:
        return [self.folder / "central.out", self.folder / "central.err"]

    def start(self) -> None:
        if not self.cert.exists():
            make_dev_cert("127.0.0.1", self.cert.parent)
            make_trial_signing_cert(self.cert.parent)  # signs the PDFs central files
        out, err = (path.open("ab") for path in self.logs)
        with out, err:
            self.process = subprocess.Popen(
                [
                    sys.executable, "-m", "cssw_central.cli", "serve",
                    "--database-url", self.database_url,
                    "--tls-cert", str(self.cert),
                    "--tls-key", str(self.cert.parent / "key.pem"),
                    "--port", str(self.port),
                    "--drop-folder", str(self.drop_folder),
                    "--receipt-key", str(self.folder / "receipt-key.pem"),
                    "--signing-cert", str(self.cert.parent / "signing-cert.pem"),
                    "--signing-key", str(self.cert.parent / "signing-key.pem"),
                ],
                stdout=out,
                stderr=err,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )  # fmt: skip
        deadline = time.monotonic() + START_SECONDS
        with httpx.Client(verify=pinned_context(pin_of_pem(self.cert.read_bytes()))) as client:
            while True:
                assert self.process.poll() is None, self.logs[1].read_text(errors="replace")
                try:
                    if client.get(f"{self.url}/v1/openapi.json", timeout=2).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "central did not start in time"
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def admin(self, *args: str, stdin: str = "") -> str:
        status, out, err = run_cli(
            "admin", args[0], "--database-url", self.database_url, *args[1:], stdin=stdin
        )
        assert status == 0, err
        return out

    def issue_code(self, username: str) -> str:
        return self.admin(
            "issue-code", "--username", username, "--server-url", self.url,
            "--tls-cert", str(self.cert),
        ).strip()  # fmt: skip

    def dump_tables(self, into: Path) -> tuple[list[Path], list[Path]]:
        """Every table's rows as text files: (central's family tables, all the others)."""
        into.mkdir(parents=True, exist_ok=True)
        url = self.database_url.replace("postgresql+psycopg://", "postgresql://")
        family: list[Path] = []
        other: list[Path] = []
        with psycopg.connect(url) as conn:
            names = [
                str(row[0])
                for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' ORDER BY table_name"
                )
            ]
            for name in names:
                rows = conn.execute(
                    f'SELECT row_to_json(t)::text FROM "{name}" t'  # noqa: S608 - names from the catalogue
                ).fetchall()
                path = into / f"{name}.jsonl"
                path.write_text("\n".join(str(r[0]) for r in rows), encoding="utf-8")
                (family if name in CENTRAL_FAMILY_TABLES else other).append(path)
        return family, other


@pytest.fixture
def central_process(tmp_path: Path) -> Iterator[CentralProcess]:
    with fresh_database() as url:
        central = CentralProcess(tmp_path / "central", url, free_port())
        central.folder.mkdir()
        try:
            central.start()
            central.admin("create-team", TEAM)
            for username, name, role, password in (
                ("wendy", "Wendy Walker", "worker", WENDY_PASSWORD),
                ("tara", "Tara Lead", "team_lead", TARA_PASSWORD),
            ):
                central.admin(
                    "add-worker", "--team", TEAM, "--username", username, "--name", name,
                    "--role", role, "--password-stdin", stdin=password + "\n",
                )  # fmt: skip
            yield central
        finally:
            central.stop()


@pytest.fixture
def scanned_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG folders Qt uses (config, cache, data, state) in one scanned folder.

    XDG_RUNTIME_DIR stays: the private D-Bus session (and the keyring) live there."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(name, str(home / sub))
    return home


# --- the worker's side -------------------------------------------------------------


def sign_by_typing(qtbot: QtBot, flow: SigningFlow, name: str) -> None:
    """The signer checks the summary, then signs by typing their full name."""
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    click(qtbot, flow.confirm)
    click(qtbot, flow.go_sign)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
    click(qtbot, flow.field.type_button)
    qtbot.waitUntil(flow.field.typing)
    qtbot.keyClicks(flow.field.typed.name, name)
    click(qtbot, flow.sign_button)


def visit_and_seal(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    page = start_visit_from_family_page(qtbot, window, family.id)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, GIVER, "Mother")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    refused = {Agency.POLICE}
    answers = {a: Answer.NO if a in refused else Answer.YES for a in AGENCIES}
    answer_agencies(qtbot, window, Step.SHARE, answers)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, answers)
    next_step(qtbot, window)
    answer_choices(qtbot, window, dict.fromkeys(DocumentKind, Answer.YES), Answer.NO)
    next_step(qtbot, window)
    (box,) = young_people_step(window).boxes.values()
    same_as_giver(qtbot, box)
    next_step(qtbot, window)
    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert flow is not None
    sign_by_typing(qtbot, flow, GIVER)
    qtbot.waitUntil(lambda: TEEN.split()[0] in flow.check_title.text())  # first name
    sign_by_typing(qtbot, flow, TEEN)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    assert page.next_button.text() == "&Seal this record"
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)


def preview(qtbot: QtBot, qapp: QApplication) -> RecordPreviewDialog:
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), RecordPreviewDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, RecordPreviewDialog)
    qtbot.waitUntil(lambda: dialog.pages.page_count() >= 2, timeout=TIMEOUT)
    return dialog


def close_preview(qtbot: QtBot, dialog: RecordPreviewDialog) -> None:
    assert FAMILY_NAME in dialog.windowTitle()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: closed(dialog))


def view_and_save_pdf(qtbot: QtBot, qapp: QApplication, window: MainWindow, out: Path) -> Path:
    """Open the signed form from the family's history and save it (passphrase again)."""
    page = window.family_page
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    click(qtbot, page.view_button)
    dialog = preview(qtbot, qapp)
    assert dialog.windowTitle() == f"{FAMILY_NAME} family — signed consent form"
    click(qtbot, dialog.save_button)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    name.setText(str(out / f"{FAMILY_NAME} consent"))  # a worker may well name it so
    chooser.accept()
    saved = out / f"{FAMILY_NAME} consent.pdf"
    qtbot.waitUntil(dialog.notice.isVisible, timeout=TIMEOUT)
    assert saved.read_bytes().startswith(b"%PDF-")
    close_preview(qtbot, dialog)
    return saved


def withdraw_health_approach(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> None:
    dialog = withdraw_dialog(qtbot, qapp, window)
    click(qtbot, dialog.approach_boxes[Agency.HEALTH])
    click(qtbot, dialog.how_buttons[CommunicatedBy.PHONE])
    qtbot.keyClicks(dialog.reason, f"{REASON}: they want to speak to their doctor themselves.")
    click(qtbot, dialog.attested)
    click(qtbot, dialog.record_button)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: window.family_page.history_model.rowCount() == 2)


def sync_and_wait(qtbot: QtBot, window: MainWindow, *, expect_problem: bool = False) -> str:
    """Sync now; wait for it to end; the status line's problem ('' if none)."""
    sync = window.sync
    with qtbot.waitSignal(sync.controller.finished, timeout=TIMEOUT):
        sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not sync.controller.busy, timeout=TIMEOUT)
    problem = sync.status.problem.text() if sync.status.problem.isVisible() else ""
    assert bool(problem) is expect_problem, problem
    return problem


# --- the team lead's side ------------------------------------------------------------


def lead_window(
    qtbot: QtBot, qapp: QApplication, vault: Vault, fake_clock: FakeClock
) -> tuple[MainWindow, IdleWatcher]:
    """The team lead's own laptop: a second window on its own store and data folder."""
    vault.create(PASSPHRASE).close()
    idle = IdleWatcher(qapp)
    window = MainWindow(vault, idle, today=lambda: TODAY, clock=fake_clock, online_detection=False)
    qtbot.addWidget(window)
    window.show()
    window.session.start()
    unlock_empty(qtbot, window)
    return window, idle


def review_view_approve_and_return(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, central: CentralProcess
) -> None:
    sync = window.sync
    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("tara"), TARA_PASSWORD)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: sync.review_action.isVisible() and sync.review_action.isEnabled())
    sync.review_action.trigger()
    assert sync._review is not None
    page = sync._review.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    kinds = {}
    for row in range(2):
        item = page.model.item_at(row)
        assert item is not None
        kinds[item.kind] = row
        page.select_row(row)  # the team lead views each, read-only
        click(qtbot, page.open_button)
        close_preview(qtbot, preview(qtbot, qapp))
    page.select_row(kinds["consent"])
    click(qtbot, page.approve_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.select_row(0)
    click(qtbot, page.return_button)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), ReturnDialog))
    back = qapp.activeModalWidget()
    assert isinstance(back, ReturnDialog)
    qtbot.keyClicks(back.comment, COMMENT)
    click(qtbot, back.return_button)
    qtbot.waitUntil(lambda: closed(back), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


# --- the whole flow ------------------------------------------------------------------


def test_canary_family_through_the_whole_flow_leaves_no_trace_but_the_filed_record(
    central_process: CentralProcess,
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    device_secrets: DeviceSecrets,
    fake_clock: FakeClock,
    scanned_home: Path,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = central_process
    temp = redirect_temp(monkeypatch, tmp_path / "temp")
    from cssw_desktop.logs import configure_logging

    configure_logging(data_dir)
    family = canary_family()
    add_families(ui_vault, [family])
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    window.display.larger_action.trigger()  # the worker's text size is saved (display.json)
    window.display.normal_action.trigger()
    search = Search()
    lead_dir = tmp_path / "lead-data"

    def look_now() -> None:
        """Every file the app and central have written so far, searched as it stands."""
        search.look(
            files_under(data_dir)
            + (files_under(lead_dir) if lead_dir.exists() else [])
            + files_under(temp)
            + files_under(scanned_home)
            + central.logs
        )

    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("wendy"), WENDY_PASSWORD)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: not window.sync.controller.busy, timeout=TIMEOUT)

    # Central goes down; the visit, the form and a withdrawal happen offline.
    central.stop()
    visit_and_seal(qtbot, window, family)
    open_family(qtbot, window, family)
    exports = tmp_path / "exports"
    exports.mkdir()
    view_and_save_pdf(qtbot, qapp, window, exports)
    withdraw_health_approach(qtbot, qapp, window)
    problem = sync_and_wait(qtbot, window, expect_problem=True)  # central is not there
    assert FAMILY_NAME not in problem
    assert (data_dir / "store.db-wal").exists()  # searched open: the log of changes too
    look_now()

    central.start()
    sync_and_wait(qtbot, window)
    store = window.store
    assert store is not None
    assert {row.state for row in store.outbox.rows()} == {"synced"}
    assert len(store.outbox.rows()) == 2

    # The team lead, on a laptop of their own, views both, approves one, returns one.
    lead_vault = Vault(lead_dir, device_secrets, kdf=FAST_KDF, monotonic_wall=fake_clock)
    lead, lead_idle = lead_window(qtbot, qapp, lead_vault, fake_clock)
    try:
        review_view_approve_and_return(qtbot, qapp, lead, central)
        look_now()
        stop_sync(qtbot, lead)
    finally:
        lead.session.shutdown()
        qapp.removeEventFilter(lead_idle)

    # Central now purges sent records at once: the worker's next sync brings the comment
    # back and removes both bodies from the laptop.
    central.admin("set-policy", "--purge-after-days", "0")
    sync_and_wait(qtbot, window)
    store = window.store
    assert store is not None
    assert {row.state for row in store.outbox.rows()} == {"purged"}
    assert store.records.sealed_for_family(family.id) == []
    assert [r.comment for r in store.returned.all()] == [COMMENT]
    look_now()

    # A wrong passphrase on the way back in.
    window.session.lock("Test.")
    qtbot.keyClicks(window.unlock_page.passphrase, f"not {PASSPHRASE}")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in window.unlock_page.message.text())
    window.unlock_page.passphrase.clear()
    unlock(qtbot, window)

    # An unexpected error whose message quotes the family reaches the app's hook.
    reporter = ErrorReporter(window)
    reporter.install()
    try:

        async def broken() -> None:
            raise ValueError(f"{FAMILY_NAME}, {ADDRESS}, {TEEN}, {GIVER}")

        spawn(broken())
        qtbot.waitUntil(lambda: reporter.reported == 1)
        reporter.close_message()
    finally:
        reporter.uninstall()

    # Nothing of theirs on the clipboard (the offscreen test platform has no selection;
    # tests/faults/test_clipboard.py covers it on X11).
    clipboard = QApplication.clipboard()
    held = [clipboard.text(QClipboard.Mode.Clipboard)]
    if clipboard.supportsSelection():
        held.append(clipboard.text(QClipboard.Mode.Selection))
    assert not [c for c in CANARIES for text in held if c.casefold() in text.casefold()]

    stop_sync(qtbot, window)
    window.close()
    window.session.shutdown()
    central.stop()

    # --- the search, once everything is closed ---
    assert {p.name for p in files_under(data_dir)} >= {"store.db", "display.json"}
    assert any(p.suffix == ".log" for p in files_under(data_dir))
    assert any(p.stat().st_size > 0 for p in central.logs)  # central did write its log
    look_now()
    family_tables, other_tables = central.dump_tables(tmp_path / "central-tables")
    assert "audit.jsonl" in {p.name for p in other_tables}
    search.look(other_tables)
    assert any(p.name.endswith("-wal") for p in search.files)
    assert search.found == []
    # The canaries did travel: central's record of them, and the filed copy, hold them.
    assert leaks_in(family_tables)
    assert leaks_in(files_under(central.drop_folder))
    tally.add(
        "leaks: canary flow",
        files_scanned=len(search.files),
        file_reads=search.reads,
        leaks=len(search.found),
    )
