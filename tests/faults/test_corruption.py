"""Corruption of a real store file, or of its write-ahead log, is found at unlock.

Each test damages a real SQLCipher store on disk the way a failing disk, a bad copy or a
crash would: a flipped byte in a page, a damaged first page, a cut-off or emptied file, a
write-ahead log from another store, a deleted log, a log from an earlier moment. The app
must say so plainly at unlock (never a traceback, never "file is not a database" alone,
never "wrong passphrase", and without counting it as a wrong try), change nothing, and
get every sealed record that central has not receipted back from the encrypted backup.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from cssw_desktop.storage.doctor import run_checks
from cssw_desktop.storage.errors import StoreDamagedAtOpen
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.support.keyring import TidyDeviceSecrets
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import FAST_KDF, PASSPHRASE

SUITE = "corruption: damage found at unlock"
PDF = b"%PDF-1.7\n% the PDF kept with a sealed record\n%%EOF\n"


def seal_some(store: Store, count: int) -> dict[uuid.UUID, str]:
    """Seal `count` records, each with a kept PDF; their ids and content hashes."""
    sealed = {}
    for _ in range(count):
        record = seal_consent(store, store.families.add(family_with_teenager()), points=600)
        store.outbox.attach_pdf(record.id, record.version, PDF + str(record.id).encode())
        sealed[record.id] = str(record.content_hash)
    return sealed


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(offset_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset_of(len(data))] ^= 0x20
        path.write_bytes(bytes(data))

    return damage


def truncate(size_of: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.truncate(size_of(path.stat().st_size))

    return damage


FILE_DAMAGE = {
    "a flipped byte in a page": flip(lambda size: size - 3 * 4096 + 1000),
    "a damaged first page": flip(lambda _size: 200),
    "a truncated file": truncate(lambda size: size // 2),
    "a file cut to nothing": truncate(lambda _size: 0),
}


def expect_damage_reported(vault: Vault, unsent: int) -> StoreDamagedAtOpen:
    """Unlocking refuses with the plain message, four times over without any wait."""
    for _attempt in range(4):
        with pytest.raises(StoreDamagedAtOpen) as refused:
            vault.unlock(PASSPHRASE)
    message = refused.value.message
    assert "The store on this laptop is damaged" in message
    assert f"{unsent} sealed record(s) not yet sent to central are safe in the backup" in message
    assert "restore-backup" in message
    assert "not a database" not in message
    assert "malformed" not in message
    assert "passphrase" not in message.lower()
    assert refused.value.backup_records == unsent
    # Damage is not a wrong passphrase: four refusals cost no wait (four wrong tries would).
    assert vault.wait_seconds() == 0
    return refused.value


def restore_and_check(vault: Vault, sealed: dict[uuid.UUID, str], public_key: str) -> Path:
    """restore_backup makes a new store with every record; the damaged one is kept."""
    store, report = vault.restore_backup(PASSPHRASE)
    try:
        assert report.new_store
        assert report.moved_aside is not None
        assert (report.restored, report.refused, report.seal_failures) == (len(sealed), 0, 0)
        assert store.integrity_problems() == []
        assert store.device.key().public_key == public_key  # it can still sync as this laptop
        due = store.outbox.due(store.clock(), retry_waiting=True)
        assert {item.record_id: item.content_hash for item in due} == sealed
        for record_id in sealed:
            assert store.outbox.pdf(record_id, 1) == PDF + str(record_id).encode()
    finally:
        store.close()
    again = vault.unlock(PASSPHRASE)  # and it opens as a sound store from then on
    again.close()
    return report.moved_aside


@pytest.mark.parametrize("damage", list(FILE_DAMAGE))
def test_a_damaged_store_file_is_reported_plainly_and_restored_from_the_backup(
    vault: Vault, data_dir: Path, damage: str
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_some(store, 3)
    public_key = store.device.key().public_key
    store.close()
    path = data_dir / "store.db"
    FILE_DAMAGE[damage](path)
    damaged = digest(path)

    expect_damage_reported(vault, unsent=3)
    assert digest(path) == damaged  # unlocking wrote nothing into the damaged store

    aside = restore_and_check(vault, sealed, public_key)
    assert digest(aside / "store.db") == damaged  # kept aside, never deleted
    tally.add(SUITE, cases=1, detected=1, lost=0, restored=len(sealed))


def seal_then_die(data_dir: Path, count: int) -> list[str]:
    """Seal in a child that is then SIGKILLed: the records live only in the WAL."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults.seal_then_die", str(data_dir), str(count)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    ids = done.stdout.split()
    assert len(ids) == count
    assert (data_dir / "store.db-wal").stat().st_size > 0
    return ids


def test_a_write_ahead_log_from_another_store_is_reported_plainly(
    vault: Vault, data_dir: Path, tmp_path: Path, device_secrets: TidyDeviceSecrets
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_some(store, 2)
    public_key = store.device.key().public_key
    store.close()
    other = tmp_path / "other-laptop"
    Vault(other, device_secrets, kdf=FAST_KDF).create(PASSPHRASE).close()
    seal_then_die(other, 1)
    shutil.copyfile(other / "store.db-wal", data_dir / "store.db-wal")
    (data_dir / "store.db-shm").unlink(missing_ok=True)

    expect_damage_reported(vault, unsent=2)
    aside = restore_and_check(vault, sealed, public_key)
    # The foreign log went aside with the damaged store; it is never applied to the new one.
    assert (aside / "store.db-wal").exists()
    tally.add(SUITE, cases=1, detected=1, lost=0, restored=len(sealed))


def lose_log(data_dir: Path, replacement: Path | None) -> None:
    """Delete the WAL (and its index), or put an older copy of it in its place."""
    (data_dir / "store.db-shm").unlink(missing_ok=True)
    if replacement is None:
        (data_dir / "store.db-wal").unlink()
    else:
        shutil.copyfile(replacement, data_dir / "store.db-wal")


@pytest.mark.parametrize("how", ["deleted", "from an earlier moment"])
def test_records_lost_with_the_write_ahead_log_come_back_from_the_backup(
    vault: Vault, data_dir: Path, tmp_path: Path, device_secrets: TidyDeviceSecrets, how: str
) -> None:
    """SQLite cannot tell that a deleted (or older) log held commits: the store opens
    sound but without them. The backup, written after each seal, still has them: doctor
    says so, and unlocking puts them back into the store and its outbox."""
    store = vault.create(PASSPHRASE)
    kept = seal_some(store, 1)
    store.close()
    earlier = tmp_path / "earlier-wal"
    first = seal_then_die(data_dir, 1)
    shutil.copyfile(data_dir / "store.db-wal", earlier)
    later = seal_then_die(data_dir, 2)
    lost = set(later) if how == "from an earlier moment" else set(first + later)
    lose_log(data_dir, earlier if how == "from an earlier moment" else None)

    report = run_checks(data_dir, PASSPHRASE, device_secrets)
    text = "\n".join(report.lines)
    assert not report.ok, text
    assert f"{len(lost)} sealed record(s) in the backup were missing from the store" in text
    assert f"{len(lost)} put back into the store and its outbox now" in text

    store = vault.unlock(PASSPHRASE)
    try:
        unsent = {str(i.record_id) for i in store.outbox.due(store.clock(), retry_waiting=True)}
        assert unsent == {str(i) for i in kept} | set(first) | set(later)
        assert all(c.problem is None for c in store.sealing.check_all())
        assert store.integrity_problems() == []
    finally:
        store.close()
    again = run_checks(data_dir, PASSPHRASE, device_secrets)
    assert again.ok, "\n".join(again.lines)
    tally.add(SUITE, cases=1, detected=1, lost=0, restored=len(lost))


def test_restore_backup_from_the_command_line_puts_back_what_a_lost_log_took(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    store.close()
    ids = seal_then_die(data_dir, 2)
    lose_log(data_dir, None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cssw_desktop",
            "--data-dir",
            str(data_dir),
            "restore-backup",
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 sealed record(s) it had lost were put back from the backup" in done.stdout
    assert "2 sealed record(s) checked, 0 failed" in done.stdout
    store = vault.unlock(PASSPHRASE)
    try:
        assert {str(i.record_id) for i in store.outbox.due(store.clock())} == set(ids)
    finally:
        store.close()
    tally.add(SUITE, cases=1, detected=1, lost=0, restored=len(ids))


def test_verify_on_a_damaged_store_says_so_even_when_every_seal_checks_out(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    try:
        seal_some(store, 2)
        store.checkpoint()
    finally:
        store.close()
    # A byte far from the records: the seals still check out, but the store is not sound.
    FILE_DAMAGE["a flipped byte in a page"](vault.store_path)
    command = ["verify", "--passphrase-stdin"]
    done = subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir), *command],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "The store itself is damaged" in done.stdout
    assert "restore-backup" in done.stdout
    assert done.stderr == "cssw-desktop verify: the store is damaged (above).\n"
    tally.add(SUITE, cases=1, detected=1, lost=0)
