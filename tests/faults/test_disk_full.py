"""A full disk while sealing and while syncing: a plain message, nothing half-written,
and the same action succeeds once space is back.

The data folder is a real size-limited tmpfs (tests/faults/small_disk.py), filled with a
real file until the kernel answers ENOSPC.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cssw_core.pinning import pinned_context
from cssw_desktop.storage.errors import DiskFull
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from tests.faults import tally
from tests.faults.small_disk import fill, small_disk
from tests.support.central import RunningCentral
from tests.support.records import complete_draft, family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.sync import count_records, run, seal_demo

FULL_WORDS = "The laptop's disk is full, so nothing was saved just now"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """The data folder on a 24 MiB disk of its own."""
    with small_disk(tmp_path / "small-disk") as disk:
        yield disk / "cssw-data"


def counts(store: Store) -> tuple[int, int, list[str]]:
    """Sealed records, outbox rows, and what the integrity checks find."""
    return (
        store.records.count_by_state()["sealed"],
        len(store.outbox.rows()),
        store.integrity_problems(),
    )


def test_sealing_on_a_full_disk_saves_nothing_and_works_once_space_is_back(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    first = seal_consent(store, store.families.add(family_with_teenager()))
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family)
    store.checkpoint()  # the log is emptied: the next seal needs new space on the disk
    filler = fill(data_dir.parent)

    with pytest.raises(DiskFull) as refused:
        seal_consent(store, family, draft=draft)
    assert FULL_WORDS in refused.value.message
    assert "press Seal again" in refused.value.message
    assert counts(store) == (1, 1, [])  # nothing half-written, the outbox as it was

    filler.unlink()
    second = seal_consent(store, family, draft=draft)  # the same seal, pressed again
    assert counts(store) == (2, 2, [])
    assert store.backup is not None
    assert store.backup.problem is None
    held = store.backup.read()
    assert held is not None
    assert held.keys() == {(str(first.id), 1), (str(second.id), 1)}
    store.close()
    reopened = vault.unlock(PASSPHRASE)
    try:
        assert counts(reopened) == (2, 2, [])
        assert all(c.problem is None for c in reopened.sealing.check_all())
    finally:
        reopened.close()
    tally.add("disk: full while sealing", cases=1, lost=0, duplicates=0)


def test_a_seal_that_fits_is_kept_when_its_backup_does_not_and_the_backup_catches_up(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    first = seal_consent(store, store.families.add(family_with_teenager()), points=3000)
    family = store.families.add(family_with_teenager())
    # Fold the log into the file but keep its space: the next (smaller) seal reuses it,
    # so it fits on the full disk while a new backup file does not.
    store._db.pragma_rows("wal_checkpoint(PASSIVE)")
    filler = fill(data_dir.parent)

    second = seal_consent(store, family, points=100)
    assert store.records.get(second.id, 1).sealed
    assert store.backup is not None
    assert store.backup.problem is not None
    assert FULL_WORDS in store.backup.problem
    held = store.backup.read()  # the last good backup is still there, whole
    assert held is not None
    assert held.keys() == {(str(first.id), 1)}
    store.close(audit=False)

    filler.unlink()
    store = vault.unlock(PASSPHRASE)  # unlocking tries again
    try:
        assert store.backup is not None
        assert store.backup.finding is not None
        assert store.backup.finding.lacking == 1
        assert store.backup.problem is None
        held = store.backup.read()
        assert held is not None
        assert held.keys() == {(str(first.id), 1), (str(second.id), 1)}
    finally:
        store.close()
    tally.add("disk: full while sealing", cases=1, lost=0, duplicates=0)


class FillsTheDiskAtTheFirstUpload(httpx.AsyncBaseTransport):
    """The real pinned HTTPS transport; when central's answer to the first upload comes
    back, the laptop's disk fills up (so its receipt cannot be stored)."""

    def __init__(self, pin: str, disk: Path) -> None:
        self._inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self._disk = disk
        self.filler: Path | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        first_upload = request.method == "POST" and request.url.path.endswith("/records")
        if first_upload and self.filler is None:
            await response.aread()
            self.filler = fill(self._disk)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_a_receipt_that_cannot_be_stored_is_fetched_again_and_nothing_is_duplicated(
    central: RunningCentral,
    enrolled: OpenStore,
    data_dir: Path,
) -> None:
    store = enrolled.store
    sealed = seal_demo(store)
    store.checkpoint()
    transport = FillsTheDiskAtTheFirstUpload(central.pin, data_dir.parent)

    def engine(transport: httpx.AsyncBaseTransport | None = None) -> SyncEngine:
        return SyncEngine(
            enrolled,
            app_version="test",
            rng=random.Random(7),
            transport=transport,
        )

    with pytest.raises(DiskFull) as refused:
        run(engine(transport).sync())
    assert FULL_WORDS in refused.value.message
    assert transport.filler is not None
    at_central = count_records(central)
    assert at_central >= 1  # central has it; the laptop could not store the receipt
    # The receipt that met the full disk was not stored, so its record stays unsent.
    # Uploads already on the wire at that moment (the engine sends a few at once) may
    # still have their receipts kept if SQLite finds room in pages it already holds;
    # what is kept counts as sent, what is not stays unsent: nothing is in between.
    summary = store.outbox.summary(store.clock())
    kept = summary.synced
    assert kept < at_central
    assert summary.pending + summary.failed == sealed - kept

    transport.filler.unlink()
    report = run(engine().sync())
    assert report.problem is None, report.problem
    assert (report.sent, report.unsent) == (sealed - kept, 0)
    # Central answers with the same receipts again, not new records.
    assert report.duplicates >= at_central - kept
    assert count_records(central) == sealed
    assert {r.state for r in store.outbox.rows()} == {"synced"}

    # Receipted records leave the backup at its next write.
    later = seal_consent(store, store.families.add(family_with_teenager()))
    assert store.backup is not None
    held = store.backup.read()
    assert held is not None
    assert held.keys() == {(str(later.id), 1)}
    tally.add(
        "disk: full while syncing",
        cases=1,
        lost=sealed - kept - report.sent,
        duplicates=count_records(central) - sealed,
    )
