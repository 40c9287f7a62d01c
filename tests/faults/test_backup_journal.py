"""The backup of unsent records as an append-only journal (storage/backup_journal.py).

Each seal appends one encrypted frame instead of writing the whole backup again. These
tests check what that must not cost: a kill half way through an append loses no sealed
record (the backup still reads, and restoring it into a new store brings every record
back), a cut-off or unwritten last frame is passed over while damage further in makes the
backup unreadable, and records receipted by central leave it (the file written whole
again once it carries more dropped records than live ones).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import uuid
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.sealing import utc_text
from cssw_core.protocol import Receipt, SignedReceipt
from cssw_core.signing import sign_receipt
from cssw_desktop.storage.backup import BackupUnreadable, backup_path
from cssw_desktop.storage.backup_changes import COMPACT_SLACK
from cssw_desktop.storage.doctor import run_checks
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.support.keyring import TidyDeviceSecrets
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

SUITE = "corruption: encrypted backup"
SERVER_KEY = Ed25519PrivateKey.generate()
SEALS_BEFORE_THE_KILL = 40


def unsent(store: Store) -> set[tuple[str, int]]:
    return {(str(r.record_id), r.version) for r in store.outbox.rows() if r.receipt_at is None}


def receipt_for(record: StoredRecord, device_id: str) -> SignedReceipt:
    assert record.content_hash is not None
    receipt = Receipt(
        receipt_id=str(uuid.uuid4()),
        record_id=str(record.id),
        version=record.version,
        content_hash=record.content_hash,
        device_id=device_id,
        received_at=utc_text(datetime.now(UTC)),
    )
    return sign_receipt(SERVER_KEY, receipt)


def seal_then_die_mid_backup(data_dir: Path, count: int) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults.seal_then_die_mid_backup", str(data_dir), str(count)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    ids = done.stdout.split()
    assert len(ids) == count
    return ids


def test_a_kill_half_way_through_a_backup_append_loses_no_sealed_record(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    vault.create(PASSPHRASE).close()
    printed = seal_then_die_mid_backup(data_dir, SEALS_BEFORE_THE_KILL)

    # The cut-off frame is passed over: the backup reads, with every earlier seal in it.
    store = vault.unlock(PASSPHRASE)
    try:
        assert store.backup is not None
        finding = store.backup.finding
        assert finding is not None
        assert finding.readable
        assert finding.records == SEALS_BEFORE_THE_KILL
        assert finding.lacking == 1  # the last seal, safe in the store: written again now
        all_sealed = unsent(store)
        assert len(all_sealed) == SEALS_BEFORE_THE_KILL + 1
        assert {k[0] for k in all_sealed} >= set(printed)
        held = store.backup.read()
        assert held is not None
        assert held.keys() == all_sealed
        with_pdf = {str(o["record_id"]) for o in held.outbox if o["pdf"] is not None}
        assert with_pdf == set(printed[::3])  # PDFs kept after sealing are in it too
    finally:
        store.close()
    report = run_checks(data_dir, PASSPHRASE, device_secrets)
    assert report.ok, "\n".join(report.lines)

    # The store is then lost: the backup puts every sealed record into a new store.
    path = data_dir / "store.db"
    (data_dir / "store.db-wal").unlink(missing_ok=True)
    (data_dir / "store.db-shm").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[200] ^= 0x01  # a damaged first page
    path.write_bytes(bytes(data))
    store, restored = vault.restore_backup(PASSPHRASE)
    try:
        assert restored.new_store
        assert restored.in_backup == SEALS_BEFORE_THE_KILL + 1
        assert restored.restored == SEALS_BEFORE_THE_KILL + 1
        assert (restored.refused, restored.seal_failures) == (0, 0)
        assert unsent(store) == all_sealed  # queued to send again, every one
    finally:
        store.close()
    tally.add(SUITE, cases=1, failures=0)


def test_a_cut_off_last_frame_is_passed_over_and_damage_further_in_is_not(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    path = backup_path(data_dir)
    sizes = []
    assert store.backup is not None
    first_three: set[tuple[str, int]] = set()
    for number in range(4):
        seal_consent(store, store.families.add(family_with_teenager()))
        sizes.append(path.stat().st_size)
        if number == 2:
            first_three = unsent(store)
    assert sizes == sorted(sizes)
    assert len(set(sizes)) == 4
    whole = path.read_bytes()
    try:
        start, end = sizes[2], sizes[3]
        cuts = [start + 1, start + 4, start + 20, (start + end) // 2, end - 1]
        for cut in cuts:
            path.write_bytes(whole[:cut])
            held = store.backup.read()
            assert held is not None
            assert held.keys() == first_three, cut
        path.write_bytes(whole[:start] + whole[start : start + 4] + bytes(end - start - 4))
        held = store.backup.read()  # the last frame's length written, its bytes never
        assert held is not None
        assert held.keys() == first_three

        damaged = bytearray(whole)
        damaged[(sizes[0] + sizes[1]) // 2] ^= 0x01  # inside the second record's frame
        path.write_bytes(bytes(damaged))
        with pytest.raises(BackupUnreadable, match="cannot be read"):
            store.backup.read()

        # A torn backup is never appended to: the next seal writes it whole again.
        path.write_bytes(whole[: (start + end) // 2])
    finally:
        store.close()
    store = vault.unlock(PASSPHRASE)
    try:
        assert store.backup is not None
        seal_consent(store, store.families.add(family_with_teenager()))
        held = store.backup.read()
        assert held is not None
        assert held.keys() == unsent(store)
        assert len(held.records) == 5
    finally:
        store.close()
    tally.add(SUITE, cases=len(cuts) + 3, failures=0)


def test_receipted_records_leave_the_backup_and_it_is_written_whole_again(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    path = backup_path(data_dir)
    device_id = store.device.key().device_id
    try:
        sealed = [
            seal_consent(store, store.families.add(family_with_teenager()))
            for _ in range(COMPACT_SLACK + 8)
        ]
        grown = path.stat().st_size
        for record in sealed[:-2]:
            store.outbox.store_receipt(record.id, record.version, receipt_for(record, device_id))
        seal_consent(store, store.families.add(family_with_teenager()))  # drops them
        assert store.backup is not None
        held = store.backup.read()
        assert held is not None
        assert held.keys() == unsent(store)
        assert len(held.records) == 3
        assert path.stat().st_size > grown  # appended: the dropped ones are still in the file
        seal_consent(store, store.families.add(family_with_teenager()))  # now written whole
        held = store.backup.read()
        assert held is not None
        assert held.keys() == unsent(store)
        assert path.stat().st_size < grown // 4
    finally:
        store.close()
    tally.add(SUITE, cases=2, failures=0)


def test_a_backup_written_whole_by_an_earlier_version_is_read_and_then_replaced(
    vault: Vault, data_dir: Path
) -> None:
    """Format 1 (before the journal): one AES-256-GCM block of the whole contents, the
    header line its associated data. An upgraded laptop still reads it (doctor, restore),
    and its first write after unlock replaces it with a journal."""
    store = vault.create(PASSPHRASE)
    for _ in range(2):
        seal_consent(store, store.families.add(family_with_teenager()))
    assert store.backup is not None
    contents = store.backup.read()
    assert contents is not None
    key = store.backup._needed_key()
    nonce = os.urandom(12)
    header = canonical_json(
        {
            "format": 1,
            "kind": "cssw-unsynced-backup",
            "store_id": contents.store_id,
            "nonce": base64.b64encode(nonce).decode("ascii"),
        }
    )
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(contents.to_json(), 1), header)
    path = backup_path(data_dir)
    path.write_bytes(header + b"\n" + sealed)
    try:
        old = store.backup.read()
        assert old is not None
        assert old.keys() == unsent(store)
        assert old.records == contents.records
    finally:
        store.close()
    store = vault.unlock(PASSPHRASE)
    try:
        seal_consent(store, store.families.add(family_with_teenager()))
        assert b'"format":2' in path.read_bytes().partition(b"\n")[0]
        assert store.backup is not None
        held = store.backup.read()
        assert held is not None
        assert held.keys() == unsent(store)
        assert len(held.records) == 3
    finally:
        store.close()
    tally.add(SUITE, cases=1, failures=0)
