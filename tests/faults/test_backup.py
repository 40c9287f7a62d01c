"""The encrypted backup of unsent sealed records: what it holds and who can read it.

Written after each seal (consent and withdrawal) to `backups/unsynced.cssw-backup` in a
real data folder; these tests read the real file. Losing the store and getting the
records back is in test_corruption.py; a backup that cannot be written (full disk) in
test_disk_full.py; records leaving it once central has receipted them in
test_disk_full.py's sync test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cssw_desktop.storage.backup import BackupUnreadable, backup_path
from cssw_desktop.storage.doctor import run_checks
from cssw_desktop.storage.restore import NoBackup
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import PASSPHRASE
from tests.support.sync import seal_demo

SUITE = "corruption: encrypted backup"
NEW_PASSPHRASE = "a different long passphrase 42"


def unsent(store: Store) -> set[tuple[str, int]]:
    return {(str(r.record_id), r.version) for r in store.outbox.rows() if r.receipt_at is None}


def test_every_seal_is_in_the_backup_and_nothing_in_it_is_readable_without_the_keys(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_demo(store, families=12)  # consent records, a withdrawal, two shares
    kinds = {r.kind for r in store.outbox.rows()}
    families = store.families.all()
    assert store.backup is not None
    assert store.backup.problem is None
    contents = store.backup.read()
    assert contents is not None
    assert contents.keys() == unsent(store)
    assert len(contents.keys()) == sealed
    assert kinds == {"consent", "withdrawal", "share"}
    held = {str(r["id"]): r for r in contents.records}
    for stored in store.outbox.rows():
        record = store.records.get(stored.record_id, stored.version)
        assert held[str(record.id)]["body"] == record.text  # the canonical JSON as sealed
        assert held[str(record.id)]["seal_signature"] == record.seal.signature  # type: ignore[union-attr]
    store.close()

    data = backup_path(data_dir).read_bytes()
    for family in families:  # no personal data in the clear
        for text in (family.family_name, family.address, *(c.name for c in family.children)):
            if len(text) >= 4:
                assert text.encode() not in data, "personal data in the backup file"
    assert b'"records"' not in data
    assert b"consent" not in data

    # The passphrase changes; the backup opens as before (it hangs on the store key).
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    store = vault.unlock(NEW_PASSPHRASE)
    try:
        assert store.backup is not None
        assert store.backup.finding is not None
        assert store.backup.finding.readable
        assert store.backup.finding.records == sealed
    finally:
        store.close()

    # Another laptop's store (its own keys) cannot read it.
    other = Vault(data_dir.parent / "other", device_secrets, kdf=vault._kdf)
    other_store = other.create(PASSPHRASE)
    try:
        other_backup = other_store.backup
        assert other_backup is not None
        backup_path(other.data_dir).write_bytes(data)
        with pytest.raises(BackupUnreadable, match="cannot be read"):
            other_backup.read()
    finally:
        other_store.close()
    tally.add(SUITE, cases=3, failures=0)


def test_a_damaged_backup_is_reported_by_doctor_kept_aside_and_written_afresh(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_demo(store, families=12)
    store.close()
    path = backup_path(data_dir)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))

    report = run_checks(data_dir, PASSPHRASE, device_secrets)
    text = "\n".join(report.lines)
    assert not report.ok
    assert "the backup of unsent records could not be decrypted" in text
    assert f"{sealed} record(s), the same as the store's unsent records" in text
    assert list(path.parent.glob("unsynced.cssw-backup.unreadable-*"))  # kept, not deleted

    again = run_checks(data_dir, PASSPHRASE, device_secrets)
    assert again.ok, "\n".join(again.lines)
    tally.add(SUITE, cases=1, failures=0)


def test_doctor_reports_the_backup_and_restore_needs_a_backup(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    store = vault.create(PASSPHRASE)
    sealed = seal_demo(store, families=12)
    store.close()
    report = run_checks(data_dir, PASSPHRASE, device_secrets)
    assert report.ok, "\n".join(report.lines)
    assert any(
        "backup of unsent records: written" in line
        and f"{sealed} record(s), the same as the store's unsent records" in line
        for line in report.lines
    )
    # Restoring a sound store that has every record changes nothing.
    store, restored = vault.restore_backup(PASSPHRASE)
    try:
        assert (restored.new_store, restored.restored, restored.seal_failures) == (False, 0, 0)
        assert restored.seals_checked == sealed
    finally:
        store.close()
    # With no backup at all there is nothing to restore, and it says so.
    backup_path(data_dir).unlink()
    with pytest.raises(NoBackup, match="no backup of unsent records"):
        vault.restore_backup(PASSPHRASE)
    tally.add(SUITE, cases=2, failures=0)
