"""A busy central (503 with Retry-After): the laptop waits, tries again, and never marks a
record failed for it. The real central over TLS with one place per process; a held
request (tests/support/admission.hog) keeps it busy exactly when the test says."""

from __future__ import annotations

import random
import threading
from contextlib import ExitStack

import pytest

from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync import engine as engine_module
from cssw_desktop.sync.client import BUSY_RETRIES
from cssw_desktop.sync.engine import SyncEngine, SyncProgress
from tests.support.admission import gate, hog, wait_until
from tests.support.central import RunningCentral
from tests.support.sync import run, seal_demo

BUSY = {"max_inflight": 1, "max_queued": 0}  # `central`'s settings: one place, no queue


@pytest.fixture(autouse=True)
def one_upload_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The laptop's own uploads would otherwise compete for central's single place.
    monkeypatch.setattr(engine_module, "IN_FLIGHT", 1)


def _engine(runner: OpenStore) -> SyncEngine:
    return SyncEngine(runner, app_version="test", rng=random.Random(7))


class BusyAfterFirstRecord:
    """A progress callback that makes central busy once the first record is in."""

    def __init__(self, central: RunningCentral, release_after_busy: bool) -> None:
        self.central = central
        self.release_after_busy = release_after_busy
        self.held = ExitStack()
        self.releaser: threading.Thread | None = None

    def __call__(self, progress: SyncProgress) -> None:
        if progress.done != 1:
            return
        self.held.enter_context(hog(self.central))
        if self.release_after_busy:
            self.releaser = threading.Thread(target=self._release_once_busy)
            self.releaser.start()

    def _release_once_busy(self) -> None:
        wait_until(lambda: gate(self.central).shed >= 1, "a busy answer")
        self.held.close()

    def close(self) -> None:
        if self.releaser is not None:
            self.releaser.join(timeout=30)
        self.held.close()


@pytest.mark.parametrize("central", [BUSY | {"retry_after_seconds": 1}], indirect=True)
def test_records_wait_while_central_is_busy_and_none_is_marked_failed(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    sealed = seal_demo(enrolled.store, families=4)
    busy = BusyAfterFirstRecord(central, release_after_busy=False)
    try:
        report = run(_engine(enrolled).sync(progress=busy))
    finally:
        busy.close()
    assert report.problem == "Central is busy just now. The laptop will try again shortly."
    assert report.sent == 1
    assert report.failed == []
    assert report.unsent == sealed - 1
    assert gate(central).shed == 1 + BUSY_RETRIES  # each wait honoured, then left for later
    rows = enrolled.store.outbox.rows()
    assert sorted(r.state for r in rows) == ["pending"] * (sealed - 1) + ["synced"]
    # attempts: 1 once a receipt is stored; a record marked failed would count one more
    assert sorted(r.attempts for r in rows) == [0] * (sealed - 1) + [1]
    assert all(r.last_error is None for r in rows)
    again = run(_engine(enrolled).sync())  # central has room again
    assert again.ok, again
    assert again.sent == sealed - 1
    assert {r.state for r in enrolled.store.outbox.rows()} == {"synced"}


@pytest.mark.parametrize("central", [BUSY | {"retry_after_seconds": 1}], indirect=True)
def test_the_same_sync_goes_on_once_central_has_room(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    sealed = seal_demo(enrolled.store, families=4)
    busy = BusyAfterFirstRecord(central, release_after_busy=True)
    try:
        report = run(_engine(enrolled).sync(progress=busy))
    finally:
        busy.close()
    assert gate(central).shed >= 1
    assert report.ok, report
    assert report.sent == sealed
    rows = enrolled.store.outbox.rows()
    assert {r.state for r in rows} == {"synced"}
    assert all(r.attempts == 1 for r in rows)  # sent once; never marked failed


@pytest.mark.parametrize("central", [BUSY | {"retry_after_seconds": 120}], indirect=True)
def test_a_long_retry_after_is_left_to_the_next_sync(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    seal_demo(enrolled.store, families=2)
    busy = BusyAfterFirstRecord(central, release_after_busy=False)
    try:
        report = run(_engine(enrolled).sync(progress=busy))
    finally:
        busy.close()
    assert gate(central).shed == 1  # not sent again within this sync
    assert report.problem is not None
    assert report.failed == []
    assert sorted(r.state for r in enrolled.store.outbox.rows())[0] == "pending"
    assert all(r.attempts <= 1 and r.last_error is None for r in enrolled.store.outbox.rows())
