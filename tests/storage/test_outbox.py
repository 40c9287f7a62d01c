"""The outbox in the store: queued with the seal, receipts kept, purge rules, wipe."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_core.domain.sealing import utc_text
from cssw_core.protocol import Receipt, SignedReceipt
from cssw_core.signing import receipt_holds, sign_receipt
from cssw_desktop.storage import backup_changes
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.database import DatabaseError
from cssw_desktop.storage.outbox import ReceiptMismatch
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.caseload import caseload_with_corrections
from tests.support.keyring import TidyDeviceSecrets
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

SERVER_KEY = Ed25519PrivateKey.generate()


def receipt_for(stored: StoredRecord, device_id: str) -> SignedReceipt:
    assert stored.content_hash is not None
    receipt = Receipt(
        receipt_id=str(uuid.uuid4()),
        record_id=str(stored.id),
        version=stored.version,
        content_hash=stored.content_hash,
        device_id=device_id,
        received_at=utc_text(datetime.now(UTC)),
    )
    return sign_receipt(SERVER_KEY, receipt)


def sealed(store: Store) -> StoredRecord:
    family = store.families.add(family_with_teenager())
    return seal_consent(store, family)


def outbox_count(store: Store) -> int:
    return len(store.outbox.rows())


def test_sealing_queues_the_record_in_the_same_transaction(store: Store) -> None:
    record = sealed(store)
    (row,) = store.outbox.rows()
    assert (row.record_id, row.version, row.state) == (record.id, 1, "pending")
    assert row.family_name == "Okafor"
    assert row.sealed_at == record.sealed_at
    (item,) = store.outbox.due(datetime.now(UTC))
    assert item.content_hash == record.content_hash
    assert not item.has_pdf


def test_a_seal_that_fails_leaves_no_outbox_row(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = store.families.add(family_with_teenager())
    original = AuditLog.append

    def failing(
        self: AuditLog, conn: object, action: AuditAction, *a: object, **k: object
    ) -> object:
        if action is AuditAction.RECORD_SEALED:
            raise RuntimeError("disk gone")  # after the outbox insert, inside the transaction
        return original(self, conn, action, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(AuditLog, "append", failing)
    with pytest.raises(RuntimeError):
        seal_consent(store, family)
    monkeypatch.undo()
    assert outbox_count(store) == 0
    assert store.records.count_by_state()["sealed"] == 0


def test_an_unreceipted_sealed_record_cannot_be_deleted_and_never_changed(store: Store) -> None:
    record = sealed(store)
    db = store._db
    with pytest.raises(DatabaseError, match="cannot be deleted"), db.transaction() as conn:
        conn.execute("DELETE FROM consent_records WHERE id = ?", (str(record.id),))
    store.outbox.store_receipt(record.id, 1, receipt_for(record, store.device.device_id))
    with pytest.raises(DatabaseError, match="cannot be changed"), db.transaction() as conn:
        conn.execute("UPDATE consent_records SET body = '{}' WHERE id = ?", (str(record.id),))
    with pytest.raises(DatabaseError), db.transaction() as conn:
        conn.execute("DELETE FROM outbox")
    with pytest.raises(DatabaseError, match="receipt"), db.transaction() as conn:
        conn.execute("UPDATE outbox SET receipt_json = NULL, state = 'pending'")


def test_receipts_are_stored_once_and_must_name_the_record(store: Store) -> None:
    record = sealed(store)
    other = receipt_for(record, store.device.device_id)
    wrong = SignedReceipt(
        receipt=other.receipt.model_copy(update={"content_hash": "0" * 64}),
        signature=other.signature,
    )
    with pytest.raises(ReceiptMismatch):
        store.outbox.store_receipt(record.id, 1, wrong)
    assert store.outbox.store_receipt(record.id, 1, other) is True
    assert store.outbox.store_receipt(record.id, 1, other) is False
    kept = store.outbox.receipt(record.id, 1)
    assert kept is not None
    assert receipt_holds(kept, SERVER_KEY.public_key().public_bytes_raw().hex())
    assert store.outbox.due(datetime.now(UTC)) == []
    summary = store.outbox.summary(datetime.now(UTC))
    assert (summary.pending, summary.failed, summary.synced) == (0, 0, 1)
    assert [e.action for e in store.audit.entries(record.id)][-1] == "record.receipt_stored"


def test_receipts_kept_together_are_all_kept_or_none_is(store: Store) -> None:
    """Receipts arriving together are kept in one transaction: one that does not name its
    record keeps none of them (all stay unsent, to be receipted again), and once they all
    check out every one is kept, with its own audit entry. The laptop's copy of a PDF is
    kept until the receipt, and goes with it."""
    records = [sealed(store) for _ in range(3)]
    store.outbox.attach_pdf(records[0].id, 1, b"%PDF-1.7 the laptop's copy")
    receipts = [receipt_for(r, store.device.device_id) for r in records]
    wrong = SignedReceipt(
        receipt=receipts[2].receipt.model_copy(update={"content_hash": "0" * 64}),
        signature=receipts[2].signature,
    )
    group = [(r.id, 1, receipt) for r, receipt in zip(records, receipts, strict=True)]
    with pytest.raises(ReceiptMismatch):
        store.outbox.store_receipts([*group[:2], (records[2].id, 1, wrong)])
    assert len(store.outbox.due(datetime.now(UTC))) == 3
    assert all(store.outbox.receipt(r.id, 1) is None for r in records)
    assert store.outbox.pdf(records[0].id, 1) == b"%PDF-1.7 the laptop's copy"

    assert store.outbox.store_receipts(group) == [True, True, True]
    assert store.outbox.store_receipts(group[:1]) == [False]
    assert store.outbox.pdf(records[0].id, 1) is None
    assert store.outbox.due(datetime.now(UTC)) == []
    for record in records:
        kept = store.outbox.receipt(record.id, 1)
        assert kept is not None
        assert receipt_holds(kept, SERVER_KEY.public_key().public_bytes_raw().hex())
        actions = [e.action for e in store.audit.entries(record.id)]
        assert actions.count("record.receipt_stored") == 1


def test_failed_records_wait_out_their_backoff_and_permanent_ones_wait_for_a_person(
    store: Store,
) -> None:
    record = sealed(store)
    now = datetime.now(UTC)
    store.outbox.mark_failed(record.id, 1, "Central could not be reached.", now + timedelta(60))
    assert store.outbox.due(now) == []
    assert len(store.outbox.due(now + timedelta(61))) == 1
    store.outbox.mark_failed(record.id, 1, "Changed after signing.", None, permanent=True)
    assert store.outbox.due(now + timedelta(days=365)) == []
    (row,) = store.outbox.rows()
    assert (row.state, row.attempts, row.permanent) == ("failed", 2, True)
    assert row.last_error == "Changed after signing."
    store.outbox.retry(record.id, 1)
    assert len(store.outbox.due(now)) == 1


def test_purge_takes_only_bodies_receipted_long_enough_ago(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    receipted = seal_consent(store, family)
    unsent = seal_consent(store, store.families.add(family_with_teenager()))
    draft = store.records.save_draft(uuid.uuid4(), 1, family.id, {"step": "choices"})
    store.outbox.attach_pdf(receipted.id, 1, b"%PDF-1.7 test")
    store.outbox.store_receipt(receipted.id, 1, receipt_for(receipted, store.device.device_id))
    store.caseload.apply(caseload_with_corrections(family, [(str(receipted.id), 1)], "A note."))
    assert store.corrections.corrected_in_family(family.id) == {(str(receipted.id), 1)}
    before = store.caseload.consent_now(family.id)
    now = datetime.now(UTC)
    issuer = SERVER_KEY.public_key().public_bytes_raw().hex()
    assert store.purge.run(now + timedelta(days=6), after_days=7, receipts_from=issuer) == 0
    # Another central's policy never purges what this one receipted.
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    assert store.purge.run(now + timedelta(days=8), after_days=0, receipts_from=other) == 0
    assert store.purge.run(now + timedelta(days=8), after_days=7, receipts_from=issuer) == 1
    assert store.purge.run(now + timedelta(days=9), after_days=7, receipts_from=issuer) == 0
    with pytest.raises(Exception, match="not in the store"):
        store.records.get(receipted.id, 1)
    assert store.records.get(unsent.id, 1).sealed
    assert store.records.get(draft.id, 1).state == "draft"
    states = {r.record_id: r.state for r in store.outbox.rows()}
    assert states == {receipted.id: "purged", unsent.id: "pending"}
    assert store.outbox.pdf(receipted.id, 1) is None
    assert store.outbox.receipt(receipted.id, 1) is not None  # the stub keeps the receipt
    after = store.caseload.consent_now(family.id)  # still shown, from the kept snapshot
    assert after.record_id == before.record_id
    assert dict(after.share_with) == dict(before.share_with)
    assert [e.action for e in store.audit.entries()][-1] == "records.purged"
    assert store.corrections.corrected_in_family(family.id) == set()  # gone with the record


def test_wipe_removes_the_store_its_key_and_the_keyring_secret(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    store = vault.create(PASSPHRASE)
    sealed(store)
    store_id = next(iter(device_secrets.written))
    store.close()
    store = vault.unlock(PASSPHRASE)  # makes an unlock counter and WAL files
    vault.wipe(store)
    assert not store.is_open
    leftovers = [p.name for p in data_dir.rglob("*") if "store" in p.name or "key" in p.name]
    assert leftovers == []
    assert device_secrets.get(store_id) is None
    assert vault.status().value == "new"


def test_the_records_waiting_unsent_are_read_from_the_index_alone(store: Store) -> None:
    """After each seal the backup asks which records wait and which have a PDF. Read from
    the rows, that cost a page of every waiting record and slowed sealing as they waited;
    the index `outbox_unsent` answers it, and must stay right as PDFs and receipts come."""
    waiting, with_pdf, receipted = sealed(store), sealed(store), sealed(store)
    store.outbox.attach_pdf(with_pdf.id, 1, b"%PDF-1.7 a stand-in")
    store.outbox.store_receipt(receipted.id, 1, receipt_for(receipted, store.device.device_id))

    unsent, pdfs = backup_changes._unsent(store._db)

    assert unsent == {(str(waiting.id), 1), (str(with_pdf.id), 1)}
    assert pdfs == {(str(with_pdf.id), 1)}
    plan = " ".join(
        str(row[3]) for row in store._db.query(f"EXPLAIN QUERY PLAN {backup_changes.UNSENT}")
    )
    assert "COVERING INDEX outbox_unsent" in plan
