"""Store, key and disk problems, each explained in plain words with what to do next."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError


class KeyringUnavailable(CsswError):
    """The OS keyring cannot hold this laptop's device secret safely."""


class DeviceSecretMissing(CsswError):
    """A store exists but the keyring no longer has the secret that opens it."""


class StoreFilesInconsistent(CsswError):
    """The data folder has some of a store's files but not others."""


class StoreAlreadyExists(CsswError):
    """Creating a store was asked for where one already is."""


class NotATrainingStore(CsswError):
    """Training was asked to open a real store (the folders were mixed up)."""


class TrainingStoreRefused(CsswError):
    """A training store's records are fictional: it is never enrolled or synced."""


TRAINING_REFUSED_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "This is a training store: its families and records are fictional, so it is never "
    "connected to central and nothing in it is sent. Nothing has been changed.",
)


def training_refused() -> TrainingStoreRefused:
    """Enrolling or syncing was asked of a training store."""
    return TrainingStoreRefused(TRAINING_REFUSED_WORDS)


class StoreNewerThanApp(CsswError):
    """The store was written by a newer version of the app."""


class StoreDamaged(CsswError):
    """The store file cannot be read with the right key: it is damaged or not ours."""


class WrongPassphrase(CsswError):
    """The passphrase did not open the store."""

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnlockThrottled(CsswError):
    """Too many wrong passphrases: the next attempt must wait."""

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class StoreLocked(CsswError):
    """The store was used after it was locked."""


class StoreDamagedAtOpen(StoreDamaged):
    """Damage found when opening the store (its checks failed, or it is empty).

    `backup_records` and `backup_written_at` say what the encrypted backup of unsent
    records holds (None when there is no readable backup), for the offer to restore it.
    """

    def __init__(
        self,
        message: str,
        *parts: object,
        backup_records: int | None = None,
        backup_written_at: str | None = None,
    ) -> None:
        super().__init__(message, *parts)
        self.backup_records = backup_records
        self.backup_written_at = backup_written_at


class DiskTrouble(CsswError):
    """The disk refused a write (full, read-only or failing); nothing was saved."""


class DiskFull(DiskTrouble):
    """No space left on the disk that holds the data folder."""


class DiskReadOnly(DiskTrouble):
    """The data folder or its disk cannot be written to."""


DISK_FULL_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "The laptop's disk is full, so nothing was saved just now. Everything saved before is "
    "safe. Free some space (or ask IT to), then try again: if you were sealing a record, "
    "press Seal again.",
)
DISK_READ_ONLY_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "The app's data folder cannot be written to at the moment (the disk or the folder is "
    "read-only), so nothing was saved just now. Everything saved before is safe. Ask IT to "
    "make the folder writable again, then try again.",
)
DISK_FAILED_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "The laptop's disk could not be written to just now, so nothing was saved. Everything "
    "saved before is safe. Try again; if it keeps happening, contact IT support.",
)
STORE_DAMAGED_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "The store on this laptop is damaged: part of it can no longer be read. Nothing has been "
    "deleted. Contact IT support; your unsent records can be restored from the backup.",
)

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
MIN_FREE_BYTES = 1 << 20  # below this, a failed write is taken to be a full disk


def _disk_nearly_full(folder: Path) -> bool:
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < MIN_FREE_BYTES


def _writable(path: Path) -> bool:
    """Whether this process may write there (False on a read-only disk, even for root)."""
    return os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)


def disk_trouble(error: BaseException, path: Path | None = None) -> CsswError | None:
    """The plain-words error for a failed read or write, or None if it is something else.

    The one place where SQLite's "database or disk is full", "attempt to write a readonly
    database", disk I/O and corruption errors, and the operating system's ENOSPC, EROFS
    and EACCES, become messages a worker can act on. `path` is the file being written
    (the store), looked at when SQLite only says that the write failed.
    """
    if isinstance(error, CsswError):
        return error
    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in _FULL_ERRNOS:
            return DiskFull(DISK_FULL_WORDS)
        if error.errno in _READ_ONLY_ERRNOS:
            return DiskReadOnly(DISK_READ_ONLY_WORDS)
        if error.errno == errno.EIO:
            return DiskTrouble(DISK_FAILED_WORDS)
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return DiskFull(DISK_FULL_WORDS)
    if primary in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN):
        if path is not None:
            if _disk_nearly_full(path.parent):
                return DiskFull(DISK_FULL_WORDS)
            if not (_writable(path) and _writable(path.parent)):
                return DiskReadOnly(DISK_READ_ONLY_WORDS)
            if primary == _SQLITE_READONLY:
                # Writable files, yet SQLCipher refuses writes: it does so after a page
                # failed its check (the store is damaged).
                return StoreDamaged(STORE_DAMAGED_WORDS)
        elif primary == _SQLITE_READONLY:
            return DiskReadOnly(DISK_READ_ONLY_WORDS)
        return DiskTrouble(DISK_FAILED_WORDS)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreDamaged(STORE_DAMAGED_WORDS)
    return None
