"""What `doctor` says about the encrypted backup of unsent records (see backup.py)."""

from __future__ import annotations

from typing import Protocol

from cssw_core.errors import CsswError
from cssw_desktop.storage.backup import BACKUP_FILE, BackupContents
from cssw_desktop.storage.restore import utc_words
from cssw_desktop.storage.store import Store


class Lines(Protocol):
    def good(self, text: str) -> None: ...

    def problem(self, text: str) -> None: ...


def _read(report: Lines, store: Store) -> BackupContents | None:
    if store.backup is None:
        report.problem("the backup of unsent records was not opened")
        return None
    try:
        contents = store.backup.read()
    except CsswError as problem:
        report.problem(f"{problem.message} ({store.backup.path})")
        return None
    if contents is None:
        report.problem(f"there is no backup of unsent records ({store.backup.path})")
    return contents


def check_backup(report: Lines, store: Store) -> None:
    """What unlocking found in the backup and did about it, then the backup as it is now."""
    backup = store.backup
    finding = backup.finding if backup is not None else None
    if finding is not None:
        if finding.present and not finding.readable:
            report.problem(
                "the backup of unsent records could not be decrypted: it was kept as "
                f"{BACKUP_FILE}.unreadable-<time> and a new one written"
            )
        if finding.missing_from_store:
            report.problem(
                f"{finding.missing_from_store} sealed record(s) in the backup were missing from "
                "the store (its write-ahead log was lost or replaced?): "
                f"{finding.restored} put back into the store and its outbox now"
                + (
                    f", {finding.refused} left out (seal did not check out)"
                    if finding.refused
                    else ""
                )
            )
        if finding.lacking:
            report.problem(
                f"the backup lacked {finding.lacking} unsent record(s) (a write had failed, or it "
                "was missing); it was written again at this unlock"
            )
    if backup is not None and backup.problem:
        report.problem(f"the backup of unsent records could not be written: {backup.problem}")
    contents = _read(report, store)
    if contents is None:
        return
    unsent = {(str(r.record_id), r.version) for r in store.outbox.rows() if r.receipt_at is None}
    held = contents.keys()
    words = (
        f"backup of unsent records: written {utc_words(contents.written_at)}, {len(held)} record(s)"
    )
    if unsent - held:
        report.problem(f"{words}; it lacks {len(unsent - held)} of the store's unsent record(s)")
    elif held - unsent:
        report.problem(f"{words}; {len(held - unsent)} of them are not unsent in the store")
    else:
        report.good(f"{words}, the same as the store's unsent records")


def check_backup_of_damaged(report: Lines, store: Store) -> None:
    """For a damaged store: what the backup holds, and how to restore it."""
    contents = _read(report, store)
    if contents is not None:
        report.good(
            f"backup of unsent records: written {utc_words(contents.written_at)}, "
            f"{len(contents.records)} record(s); restore them into a new store with "
            "`cssw-desktop restore-backup --passphrase-stdin`"
        )
