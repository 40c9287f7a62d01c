"""Creating, unlocking and re-keying the store, with the real keyring and SQLCipher."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from cssw_core.domain.family import Child, Family
from cssw_core.errors import ValidationFailed
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.errors import (
    DeviceSecretMissing,
    StoreAlreadyExists,
    StoreDamaged,
    StoreFilesInconsistent,
    StoreNewerThanApp,
    UnlockThrottled,
    WrongPassphrase,
)
from cssw_desktop.storage.keys import KeyFile, unwrap_store_key
from cssw_desktop.storage.vault import Vault, VaultStatus
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE

FAMILY = Family("Okonkwo-Lindqvist", children=(Child("Ada", "female", date(2012, 5, 1)),))


class Wall:
    """A settable wall clock for the unlock wait."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_first_run_creates_a_private_encrypted_store(vault: Vault, data_dir: Path) -> None:
    assert vault.status() is VaultStatus.NEW
    store = vault.create(PASSPHRASE)
    store.families.add(FAMILY)
    store.close()
    assert vault.status() is VaultStatus.READY
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("store.db", "keyfile.json"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600
    # Plain SQLite cannot read it, and the family's name is nowhere in the bytes.
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(data_dir / "store.db").execute("SELECT * FROM sqlite_master").fetchall()
    assert b"Okonkwo" not in (data_dir / "store.db").read_bytes()


def test_unlock_with_the_right_passphrase_finds_the_data(vault: Vault) -> None:
    vault.create(PASSPHRASE).families.add(FAMILY)
    store = vault.unlock(PASSPHRASE)
    try:
        assert [f.family_name for f in store.families.all()] == ["Okonkwo-Lindqvist"]
    finally:
        store.close()


def test_weak_passphrase_is_refused_and_nothing_is_created(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(ValidationFailed, match="12 characters"):
        vault.create("password1")
    assert vault.status() is VaultStatus.NEW
    assert not (data_dir / "store.db").exists()


def test_wrong_passphrases_make_the_next_try_wait_even_after_restart(
    data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    wall = Wall()
    Vault(data_dir, device_secrets, kdf=FAST_KDF, monotonic_wall=wall).create(PASSPHRASE).close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as wrong:
            Vault(data_dir, device_secrets, monotonic_wall=wall).unlock("not the passphrase")
        assert wrong.value.wait_seconds == 0
    with pytest.raises(WrongPassphrase, match="try again in 2 seconds") as wrong:
        Vault(data_dir, device_secrets, monotonic_wall=wall).unlock("still not it")
    assert wrong.value.wait_seconds == 2
    restarted = Vault(data_dir, device_secrets, monotonic_wall=wall)
    with pytest.raises(UnlockThrottled):
        restarted.unlock(PASSPHRASE)  # even the right one waits
    wall.now += 2.5
    with pytest.raises(WrongPassphrase) as wrong:
        restarted.unlock("wrong again")
    assert wrong.value.wait_seconds == 4  # the wait doubles
    wall.now += 4.5
    restarted.unlock(PASSPHRASE).close()
    assert restarted.wait_seconds() == 0  # success resets the count


def test_copied_store_without_this_keyring_secret_opens_nothing(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    vault.create(PASSPHRASE).close()
    before = (data_dir / "store.db").read_bytes()
    store_id = KeyFile.load(data_dir / "keyfile.json").store_id
    device_secrets.delete(store_id)
    with pytest.raises(DeviceSecretMissing, match="no longer holds the device secret"):
        vault.status()
    with pytest.raises(DeviceSecretMissing):
        vault.unlock(PASSPHRASE)
    with pytest.raises(StoreAlreadyExists):
        vault.create(PASSPHRASE)  # never a new empty store over the old one
    assert (data_dir / "store.db").read_bytes() == before


def test_missing_key_file_is_a_named_problem_not_a_first_run(vault: Vault, data_dir: Path) -> None:
    vault.create(PASSPHRASE).close()
    (data_dir / "keyfile.json").unlink()
    with pytest.raises(StoreFilesInconsistent, match="key file"):
        vault.status()
    with pytest.raises(StoreAlreadyExists):
        vault.create(PASSPHRASE)


def test_changing_the_passphrase_rewraps_the_same_key(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    vault.create(PASSPHRASE).families.add(FAMILY)
    keyfile = KeyFile.load(data_dir / "keyfile.json")
    secret = device_secrets.get(keyfile.store_id)
    assert secret is not None
    key_before = unwrap_store_key(keyfile, PASSPHRASE, secret)
    vault.change_passphrase(PASSPHRASE, "plum kettle orbit lantern")
    key_after = unwrap_store_key(
        KeyFile.load(data_dir / "keyfile.json"), "plum kettle orbit lantern", secret
    )
    assert key_after == key_before  # the database was not re-encrypted
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    store = vault.unlock("plum kettle orbit lantern")
    try:
        assert store.families.count() == 1
        assert "passphrase.changed" in [e.action for e in store.audit.entries()]
    finally:
        store.close()


def test_a_store_from_a_newer_app_is_refused_untouched(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    vault.create(PASSPHRASE).close()
    keyfile = KeyFile.load(data_dir / "keyfile.json")
    secret = device_secrets.get(keyfile.store_id)
    assert secret is not None
    db = Database(data_dir / "store.db", unwrap_store_key(keyfile, PASSPHRASE, secret))
    db.query("PRAGMA user_version = 99")
    db.close()
    before = (data_dir / "store.db").read_bytes()
    with pytest.raises(StoreNewerThanApp, match="newer version"):
        vault.unlock(PASSPHRASE)
    assert (data_dir / "store.db").read_bytes() == before


def test_an_interrupted_first_run_can_simply_be_run_again(vault: Vault, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / ".store.db.creating").write_bytes(b"half-made")
    (data_dir / ".store.db.creating-wal").write_bytes(b"junk")
    assert vault.status() is VaultStatus.NEW
    vault.create(PASSPHRASE).close()
    assert vault.status() is VaultStatus.READY


def test_a_damaged_store_file_is_reported_plainly(vault: Vault, data_dir: Path) -> None:
    vault.create(PASSPHRASE).close()
    (data_dir / "store.db").write_bytes(b"\0" * 8192)
    with pytest.raises(StoreDamaged, match="damaged"):
        vault.unlock(PASSPHRASE)


def test_logging_makes_the_data_folder_private_too(tmp_path: Path) -> None:
    from cssw_desktop.logs import configure_logging

    data = tmp_path / "deeper" / "cssw"
    log = configure_logging(data)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_checking_the_passphrase_opens_nothing_and_counts_wrong_tries(
    data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    wall = Wall()
    vault = Vault(data_dir, device_secrets, kdf=FAST_KDF, monotonic_wall=wall)
    vault.create(PASSPHRASE).close()
    vault.check_passphrase(PASSPHRASE)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            vault.check_passphrase("someone else")
    with pytest.raises(UnlockThrottled):
        vault.check_passphrase(PASSPHRASE)
