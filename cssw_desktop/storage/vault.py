"""The data folder's store: create it, unlock it, change its passphrase.

Files in the data folder:
- `store.db` (+ `-wal`, `-shm`): the SQLCipher database, encrypted with the store key.
- `keyfile.json`: the store key wrapped under passphrase + device secret (see keys.py).
- `unlock-attempts.json`: the count of wrong passphrases, for the growing wait.
- `backups/`: encrypted copies taken before each schema upgrade, the encrypted backup of
  unsent sealed records (`unsynced.cssw-backup`, see backup.py) and any damaged store
  set aside by a restore (`damaged-<time>/`).

A store is only ever created where there is no `store.db`. If the database is there but
its key file or keyring secret is not, that is reported as a problem, never answered with
a new empty store.

A vault made with `training=True` is the training folder's: the store it makes is marked
as a training store for good (store_kind.py), and it opens no other kind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.passphrase import assess
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.storage.audit import AuditAction
from cssw_desktop.storage.backup import UnsyncedBackup, backup_key, backup_path
from cssw_desktop.storage.clock import Clock, utc_now
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.errors import (
    DeviceSecretMissing,
    NotATrainingStore,
    StoreAlreadyExists,
    StoreDamaged,
    StoreFilesInconsistent,
    UnlockThrottled,
    WrongPassphrase,
)
from cssw_desktop.storage.files import (
    OWNER_ONLY_FILE,
    STORE_FILE,
    create_private_file,
    ensure_private_dir,
    fresh_private_file,
    fsync_dir,
    moment_suffix,
    sqlite_sidecars,
)
from cssw_desktop.storage.keys import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    UnwrapFailed,
    new_store_key,
    unwrap_store_key,
    wrap_store_key,
)
from cssw_desktop.storage.migrations import migrate
from cssw_desktop.storage.restore import (
    RestoreReport,
    damaged_at_open,
    opening_damage,
    restore_backup,
)
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.store_kind import mark_new_store, stored_kind
from cssw_desktop.storage.throttle import UnlockThrottle

KEY_FILE = "keyfile.json"
ATTEMPTS_FILE = "unlock-attempts.json"
BACKUP_DIR = "backups"


class VaultStatus(Enum):
    NEW = "new"  # no store yet: first run
    READY = "ready"  # a store, its key file and its device secret are all here


def _wait_words(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 90:
        return f"{whole} second{'s' if whole != 1 else ''}"
    return f"{round(whole / 60)} minutes"


class Vault:
    """The store in one data folder, and the keys that open it."""

    def __init__(
        self,
        data_dir: Path,
        device_secrets: DeviceSecrets,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Clock = utc_now,
        monotonic_wall: Callable[[], float] = time.time,
        training: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.training = training  # the training folder: makes and opens training stores only
        self.store_path = data_dir / STORE_FILE
        self.keyfile_path = data_dir / KEY_FILE
        self._secrets = device_secrets
        self._kdf = kdf
        self._clock = clock
        self._throttle = UnlockThrottle(data_dir / ATTEMPTS_FILE, monotonic_wall)

    # -- state -----------------------------------------------------------------------

    def status(self) -> VaultStatus:
        """NEW on first run, READY when everything to open the store is here; else an error."""
        if not self.store_path.exists():
            return VaultStatus.NEW
        self._device_secret(self._existing_keyfile())
        return VaultStatus.READY

    def store_is_training(self) -> bool:
        """Whether the store here says it is a training store, read from its key file
        before unlocking (False when there is no readable key file: opening says why)."""
        try:
            return self._existing_keyfile().training
        except (OSError, CsswError):
            return False

    def _existing_keyfile(self) -> KeyFile:
        if not self.store_path.exists():
            raise StoreFilesInconsistent(
                QT_TRANSLATE_NOOP("Errors", "There is no store in %1 yet."), self.data_dir
            )
        if not self.keyfile_path.exists():
            raise StoreFilesInconsistent(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The store in %1 is there but its key file (%2) is missing, so it cannot "
                    "be opened. Contact IT support; do not delete anything.",
                ),
                self.data_dir,
                KEY_FILE,
            )
        keyfile = KeyFile.load(self.keyfile_path)
        if self.training and not keyfile.training:
            raise NotATrainingStore(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The store in %1 is a real store, not a training store, so training "
                    "does not open it. Nothing has been changed.",
                ),
                self.data_dir,
            )
        return keyfile

    def wait_seconds(self) -> float:
        """Seconds before another unlock attempt is allowed."""
        return self._throttle.wait_seconds()

    def _device_secret(self, keyfile: KeyFile) -> bytes:
        secret = self._secrets.get(keyfile.store_id)
        if secret is None:
            raise DeviceSecretMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This laptop's keyring no longer holds the device secret for the store in "
                    "%1, so it cannot be opened here. The store has not been changed. Contact "
                    "IT support; do not delete anything.",
                ),
                self.data_dir,
            )
        return secret

    # -- first run ---------------------------------------------------------------------

    def create(self, passphrase: str) -> Store:
        """Make a new, empty store protected by this passphrase and this laptop's keyring."""
        _require_acceptable(passphrase)
        if self.store_path.exists():
            raise StoreAlreadyExists(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is already a store in %1; it has not been changed."
                ),
                self.data_dir,
            )
        self._secrets.check_backend()
        ensure_private_dir(self.data_dir)
        store_id = str(uuid.uuid4())
        store_key = new_store_key()
        secret = self._secrets.new_secret()
        self._secrets.put(store_id, secret)

        # Build the database under a temporary name and move it into place last: until
        # then the folder still reads as "no store", so an interrupted first run can
        # simply be done again.
        staging = self.data_dir / f".{STORE_FILE}.creating"
        fresh_private_file(staging)
        db = Database(staging, store_key)
        try:
            migrate(db, backup=lambda _version: None)
            with db.transaction() as conn:
                mark_new_store(conn, training=self.training)
                Store(db, store_id, self._clock).audit.append(conn, AuditAction.STORE_CREATED)
        finally:
            db.close()
        if self.keyfile_path.exists():  # from an earlier store whose database is gone
            self.keyfile_path.replace(self.data_dir / f"{KEY_FILE}.replaced-{moment_suffix()}")
        old_backup = backup_path(self.data_dir)  # that store's backup: kept, under another name
        if old_backup.exists():
            old_backup.replace(
                old_backup.with_name(f"{old_backup.name}.replaced-{moment_suffix()}")
            )
        wrap_store_key(
            store_key, passphrase, secret, store_id, self._kdf, training=self.training
        ).save(self.keyfile_path)
        os.replace(staging, self.store_path)
        fsync_dir(self.data_dir)
        self._throttle.reset()
        store = self._open(store_key, store_id, training=self.training)
        store.device.key()  # this laptop's signing key is made on first run
        return store

    # -- unlock ------------------------------------------------------------------------

    def _unwrap(self, passphrase: str) -> tuple[bytes, KeyFile]:
        wait = self._throttle.wait_seconds()
        if wait > 0:
            raise UnlockThrottled(
                f"Too many wrong passphrases. You can try again in {_wait_words(wait)}.", wait
            )
        keyfile = self._existing_keyfile()
        secret = self._device_secret(keyfile)
        try:
            store_key = unwrap_store_key(keyfile, passphrase, secret)
        except UnwrapFailed:
            self._throttle.record_failure()
            wait = self._throttle.wait_seconds()
            message = "That passphrase is not right. Please try again."
            if wait > 0:
                message += f" You can try again in {_wait_words(wait)}."
            raise WrongPassphrase(message, wait) from None
        self._throttle.reset()
        return store_key, keyfile

    def unlock(self, passphrase: str, *, allow_damaged: bool = False) -> Store:
        """Open the store, upgrading its schema if this app is newer.

        A damaged store raises StoreDamagedAtOpen, saying what the backup of unsent
        records holds (a wrong passphrase is never the reason: the key has unwrapped).
        `allow_damaged` (doctor, verify) opens it anyway, read only, with `store.damage`.
        """
        store_key, keyfile = self._unwrap(passphrase)
        store = self._open(
            store_key, keyfile.store_id, training=keyfile.training, allow_damaged=allow_damaged
        )
        if not store.damage:
            store.audit.record(AuditAction.STORE_UNLOCKED)
        return store

    def _open(
        self, store_key: bytes, store_id: str, *, training: bool, allow_damaged: bool = False
    ) -> Store:
        """`training`: what the key file says; the store must not say otherwise."""
        damage = opening_damage(self.store_path, store_key)
        if damage and not allow_damaged:
            raise damaged_at_open(self.data_dir, store_key, store_id)
        try:  # damaged: opened read only, for IT to look at
            db = Database(self.store_path, store_key, read_only=bool(damage))
        except StoreDamaged:
            raise damaged_at_open(self.data_dir, store_key, store_id) from None
        try:
            backup = UnsyncedBackup(
                self.data_dir, backup_key(store_key, store_id), store_id, self._clock
            )
            if damage:
                store = Store(db, store_id, self._clock, _app_version(), training=training)
                store.damage = damage
                store.attach_backup(backup)
                return store
            applied = migrate(db, backup=lambda version: self._backup(db, version))
            if stored_kind(db) not in (training, None):
                raise StoreFilesInconsistent(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The store in %1 and its key file disagree about whether it is a "
                        "training store, so it cannot be opened. Contact IT support; do not "
                        "delete anything.",
                    ),
                    self.data_dir,
                )
            store = Store(db, store_id, self._clock, _app_version(), training=training)
            if applied and applied[0] > 1:
                store.audit.record(AuditAction.STORE_MIGRATED, None, to_version=applied[-1])
            store.attach_backup(backup)
            backup.reconcile(
                db,
                lambda conn, count: store.audit.append(
                    conn, AuditAction.RECORDS_RESTORED, None, records=count
                ),
            )
        except BaseException:
            db.close()
            raise
        return store

    def restore_backup(self, passphrase: str) -> tuple[Store, RestoreReport]:
        """Put the backup of unsent records back: into the store if it still opens soundly,
        else into a new store with the same keys, the damaged one kept aside (restore.py)."""
        store_key, keyfile = self._unwrap(passphrase)
        training = keyfile.training
        return restore_backup(
            self.data_dir,
            self.store_path,
            store_key,
            keyfile.store_id,
            self._clock,
            lambda key, store_id: self._open(key, store_id, training=training),
            training=training,
        )

    def _backup(self, db: Database, version: int) -> None:
        """Copy the (still encrypted) store aside before upgrading it.

        The copy is made under a temporary name and renamed once whole, so an upgrade
        killed half way through the copy never leaves a cut-short file that looks like a
        backup, and a name already taken (an upgrade interrupted and started again within
        the same second) gets a number instead of stopping the upgrade."""
        db.checkpoint()
        folder = ensure_private_dir(self.data_dir / BACKUP_DIR)
        for partial in folder.glob(".store-v*.partial"):  # copies an interruption cut short
            partial.unlink(missing_ok=True)
        taken_at = int(time.time())
        partial = folder / f".store-v{version}-{taken_at}.partial"
        create_private_file(partial)
        shutil.copyfile(self.store_path, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        partial.chmod(OWNER_ONLY_FILE)
        target, number = folder / f"store-v{version}-{taken_at}.db", 1
        while target.exists():
            target, number = folder / f"store-v{version}-{taken_at}-{number}.db", number + 1
        os.replace(partial, target)
        fsync_dir(folder)

    def check_passphrase(self, passphrase: str) -> None:
        """Confirm it is the worker (e.g. to leave the family's screen); raises
        WrongPassphrase or UnlockThrottled like unlocking, and opens nothing."""
        self._unwrap(passphrase)

    # -- revocation ---------------------------------------------------------------------

    def wipe(self, store: Store | None = None) -> None:
        """Remove this laptop's store for good (the device was revoked centrally).

        The key file and the keyring's device secret go first: without them the store's
        bytes can never be decrypted, even if a copy of the disk survives. Then the
        database with its write-ahead log, the upgrade backups and the unlock counter.
        `store`, if open, is noted in the audit log and closed first.
        """
        if store is not None and store.is_open:
            store.audit.record(AuditAction.STORE_WIPED)
            store.close(audit=False)
        store_id = None
        with contextlib.suppress(Exception):
            store_id = KeyFile.load(self.keyfile_path).store_id
        doomed = [
            self.keyfile_path,
            *self.data_dir.glob(f"{KEY_FILE}.replaced-*"),
            # A key file copy a killed passphrase change left half way (files.atomic_write).
            *self.data_dir.glob(f".{KEY_FILE}.tmp-*"),
        ]
        for path in doomed:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if store_id is not None:
            self._secrets.delete(store_id)
        staging = self.data_dir / f".{STORE_FILE}.creating"
        for path in (
            self.store_path,
            *sqlite_sidecars(self.store_path),
            staging,
            *sqlite_sidecars(staging),
            self.data_dir / ATTEMPTS_FILE,
        ):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        shutil.rmtree(self.data_dir / BACKUP_DIR, ignore_errors=True)
        if self.data_dir.exists():
            fsync_dir(self.data_dir)

    # -- passphrase change -------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the store key under a new passphrase; the database is not rewritten.

        The key file is replaced atomically, so an interruption leaves either the old
        passphrase or the new one working, never neither.
        """
        _require_acceptable(new)
        store_key, keyfile = self._unwrap(old)
        secret = self._device_secret(keyfile)  # read again: it must still be there to re-wrap
        self._remove_key_copies()
        wrap_store_key(
            store_key, new, secret, keyfile.store_id, self._kdf, training=keyfile.training
        ).save(self.keyfile_path)
        db = Database(self.store_path, store_key)
        try:
            Store(db, keyfile.store_id, self._clock).audit.record(AuditAction.PASSPHRASE_CHANGED)
        finally:
            db.close()

    def _remove_key_copies(self) -> None:
        """Remove key-file copies an interrupted passphrase change left behind (each wraps
        the store key under a passphrase the worker may since have abandoned)."""
        mine = f".{KEY_FILE}.tmp-{os.getpid()}"
        for copy in self.data_dir.glob(f".{KEY_FILE}.tmp-*"):
            if copy.name != mine:
                with contextlib.suppress(FileNotFoundError):
                    copy.unlink()


def _app_version() -> str:
    import cssw_desktop

    return str(cssw_desktop.__version__)


def _require_acceptable(passphrase: str) -> None:
    verdict = assess(passphrase)
    if not verdict.acceptable:
        raise ValidationFailed([("passphrase", problem) for problem in verdict.problems])
