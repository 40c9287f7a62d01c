"""Damage found at unlock, and restoring the backup of unsent records.

At unlock the store is checked (`opening_damage`): SQLite's quick_check reads and
decrypts every page in use, so a flipped byte, a damaged first page, a cut-off file or a
write-ahead log from another store is found there and then, and reported in plain words
with what the backup holds (`damaged_at_open`), never as a wrong passphrase.

`restore_backup` puts the backup back. If the store still opens soundly, unlocking has
already put back any record it lost (see backup.UnsyncedBackup.reconcile). If not, a
new store is built beside it with the same store key and id (the key file and keyring
secret stay as they are), the backed-up records go into it and its outbox, and it takes
the damaged store's place; the damaged files are kept in `backups/damaged-<time>/`,
never deleted. Every seal is checked afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.backup import (
    BACKUP_FOLDER,
    BackupContents,
    BackupUnreadable,
    backup_key,
    import_contents,
    read_backup,
)
from cssw_desktop.storage.clock import Clock
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.errors import StoreDamaged, StoreDamagedAtOpen
from cssw_desktop.storage.files import (
    ensure_private_dir,
    fresh_private_file,
    fsync_dir,
    moment_suffix,
    sqlite_sidecars,
)
from cssw_desktop.storage.migrations import migrate, schema_version
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.store_kind import mark_new_store


class NoBackup(CsswError):
    """There is no backup of unsent records to restore."""


def opening_damage(path: Path, store_key: bytes) -> list[str]:
    """What is wrong with the store (empty when sound), found through a read-only
    connection: a damaged store must not be written to, and SQLite would otherwise fold a
    foreign or stale write-ahead log into the file when the connection closes."""
    if path.exists() and path.stat().st_size == 0:
        return ["the store file is empty"]
    try:
        db = Database(path, store_key, read_only=True)
    except StoreDamaged:
        return ["the store cannot be read with its key: its first page or its log is damaged"]
    try:
        if schema_version(db) == 0:
            # Every store is made whole before it is moved into place: it was cut off.
            return ["the store holds no tables"]
        return db.damage()
    finally:
        db.close()


def utc_words(stamp_text: str) -> str:
    """'2026-03-14 10:05 UTC' from the store's time stamps."""
    return stamp_text[:16].replace("T", " ") + " UTC"


def damaged_at_open(data_dir: Path, store_key: bytes, store_id: str) -> StoreDamagedAtOpen:
    """The plain message for a damaged store, with what the backup holds."""
    try:
        contents = read_backup(data_dir, backup_key(store_key, store_id))
    except BackupUnreadable:
        contents = None
    if contents is None:
        return StoreDamagedAtOpen(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The store on this laptop is damaged, so it cannot be opened. Nothing has been "
                "deleted. There is no readable backup of unsent records on this laptop. Contact "
                "IT support; do not delete anything.",
            )
        )
    return StoreDamagedAtOpen(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The store on this laptop is damaged, so it cannot be opened. Nothing has been "
            "deleted. %1 sealed record(s) not yet sent to central are safe in the backup of %2: "
            "restore them into a new store (Restore on the unlock page, or the command "
            "cssw-desktop restore-backup).",
        ),
        len(contents.records),
        utc_words(contents.written_at),
        backup_records=len(contents.records),
        backup_written_at=contents.written_at,
    )


@dataclass(frozen=True, slots=True)
class RestoreReport:
    new_store: bool  # the damaged store was replaced by a new one
    moved_aside: Path | None  # where the damaged store's files are kept
    backup_written_at: str
    in_backup: int  # records the backup held
    restored: int  # put back into the store now
    refused: int  # left out: their seal did not check out
    seals_checked: int  # sealed records in the store, all re-checked
    seal_failures: int


def _set_aside(data_dir: Path, store_path: Path) -> Path:
    """Keep the damaged store's files in backups/damaged-<time>/ (never deleted).

    Its write-ahead log goes first (it must never be applied to the new store); the
    database is hard-linked (or copied), then replaced in one step by the caller."""
    aside = ensure_private_dir(data_dir / BACKUP_FOLDER / f"damaged-{moment_suffix()}")
    for sidecar in sqlite_sidecars(store_path):
        if sidecar.exists():
            os.replace(sidecar, aside / sidecar.name)
    target = aside / store_path.name
    try:
        os.link(store_path, target)
    except OSError:
        shutil.copyfile(store_path, target)
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    fsync_dir(aside)
    return aside


def _build(
    staging: Path,
    store_key: bytes,
    store_id: str,
    clock: Clock,
    contents: BackupContents,
    *,
    training: bool,
) -> int:
    """A new store at `staging` holding the backed-up records; how many went in."""
    fresh_private_file(staging)
    db = Database(staging, store_key)
    try:
        migrate(db, backup=lambda _version: None)
        audit = AuditLog(db, store_id, clock)
        with db.transaction() as conn:
            mark_new_store(conn, training=training)  # the same kind as the damaged one
            audit.append(conn, AuditAction.STORE_CREATED)
            result = import_contents(conn, contents, db)
            audit.append(
                conn,
                AuditAction.STORE_RESTORED,
                None,
                records=result.restored,
                refused=result.refused,
            )
    finally:
        db.close()
    for sidecar in sqlite_sidecars(staging):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    return result.restored


def restore_backup(
    data_dir: Path,
    store_path: Path,
    store_key: bytes,
    store_id: str,
    clock: Clock,
    open_store: Callable[[bytes, str], Store],
    *,
    training: bool = False,
) -> tuple[Store, RestoreReport]:
    """Put the backup's records back (see the module's note); the open store and a report."""
    contents = read_backup(data_dir, backup_key(store_key, store_id))
    if contents is None:
        raise NoBackup(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no backup of unsent records on this laptop, so there is nothing to "
                "restore. Nothing has been changed.",
            )
        )
    store: Store | None = None
    aside: Path | None = None
    try:
        store = open_store(store_key, store_id)
    except StoreDamaged:
        store = None
    if store is not None:
        finding = store.backup.finding if store.backup is not None else None
        restored = finding.restored if finding is not None else 0
        refused = finding.refused if finding is not None else 0
    else:
        staging = data_dir / f".{store_path.name}.restoring"
        restored = _build(staging, store_key, store_id, clock, contents, training=training)
        refused = len(contents.records) - restored
        aside = _set_aside(data_dir, store_path)
        os.replace(staging, store_path)
        fsync_dir(data_dir)
        store = open_store(store_key, store_id)
    try:
        checks = store.sealing.check_all()
    except BaseException:
        store.close(audit=False)
        raise
    return store, RestoreReport(
        new_store=aside is not None,
        moved_aside=aside,
        backup_written_at=contents.written_at,
        in_backup=len(contents.records),
        restored=restored,
        refused=refused,
        seals_checked=len(checks),
        seal_failures=sum(1 for c in checks if c.problem is not None),
    )
