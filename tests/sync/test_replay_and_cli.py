"""A captured signed request is refused when replayed; enroll and sync from the command line."""

from __future__ import annotations

import io
import random

import httpx
import pytest

from cssw_core.pinning import pinned_context
from cssw_desktop.cli import main
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.stores import PASSPHRASE
from tests.support.sync import count_records, run, seal_demo


class Recorder(httpx.AsyncBaseTransport):
    def __init__(self, pin: str) -> None:
        self.inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self.uploads: list[tuple[bytes, dict[str, str]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/records":
            self.uploads.append((request.content, dict(request.headers)))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_replayed_upload_is_refused(central: RunningCentral, enrolled: OpenStore) -> None:
    seal_demo(enrolled.store, families=2)
    recorder = Recorder(central.pin)
    engine = SyncEngine(enrolled, app_version="t", transport=recorder, rng=random.Random(2))
    assert run(engine.sync()).sent > 0
    body, headers = recorder.uploads[0]
    keep = {
        k: v for k, v in headers.items() if k.lower().startswith("x-cssw") or k == "content-type"
    }
    with httpx.Client(verify=pinned_context(central.pin)) as http:
        again = http.post(central.url + "/v1/records", content=body, headers=keep)
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "replayed"


# qapp: the command renders real PDFs, which needs Qt's application object; pytest-qt's
# QApplication serves, where the command's own QGuiApplication would spoil later GUI tests.
@pytest.mark.usefixtures("central", "qapp")
def test_enroll_and_sync_from_the_command_line(
    central: RunningCentral, vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_demo(store, families=3)
    store.close()
    data = ["--data-dir", str(vault.data_dir)]
    code = central.issue_code("wendy")
    missing = main(["enroll", "--passphrase-stdin", *data], io.StringIO(PASSPHRASE + "\n"))
    assert missing == 1
    assert "No enrollment code" in capsys.readouterr().err
    missing = main(["enroll", "--passphrase-stdin", *data], io.StringIO(f"{PASSPHRASE}\n{code}\n"))
    assert missing == 1
    assert "No central password" in capsys.readouterr().err
    # In argv (where the process list shows it) the code is refused, and not repeated.
    in_argv = main(
        ["enroll", code, "--passphrase-stdin", *data],
        io.StringIO(f"{PASSPHRASE}\n{WENDY_PASSWORD}\n"),
    )
    refused = capsys.readouterr()
    assert in_argv == 2
    assert "not taken on the command line" in refused.err
    assert code not in refused.err + refused.out
    status = main(
        ["enroll", "--passphrase-stdin", *data],
        io.StringIO(f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n"),
    )
    out = capsys.readouterr()
    assert status == 0, out.err
    assert "Enrolled this laptop for Wendy Walker" in out.out
    status = main(
        ["sync", "--passphrase-stdin", "--caseload", *data], io.StringIO(PASSPHRASE + "\n")
    )
    out = capsys.readouterr()
    assert status == 0, out.err
    assert f"Sent {sealed} record(s)" in out.out
    assert "Traceback" not in out.err
    assert count_records(central) == sealed
    store = vault.unlock(PASSPHRASE)
    try:
        assert store.outbox.summary(utc_now()).synced == sealed
    finally:
        store.close()
    central.stop()
    status = main(["sync", "--passphrase-stdin", *data], io.StringIO(PASSPHRASE + "\n"))
    out = capsys.readouterr()
    assert status == 1
    assert "could not be reached" in out.err
    assert "Traceback" not in out.err
