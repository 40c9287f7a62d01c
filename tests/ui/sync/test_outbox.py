"""The outbox page and its models on a real store: pending, failed, sent, returned."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Family
from cssw_core.protocol import Receipt, ReturnedRecord, SignedReceipt
from cssw_core.signing import sign_receipt
from cssw_desktop.storage.store import Store
from cssw_desktop.ui.models.outbox import STATE_ROLE, OutboxTableModel
from cssw_desktop.ui.models.returned import ReturnedTableModel
from cssw_desktop.ui.sync.outbox_page import OutboxPage
from tests.support.records import family_with_teenager, seal_consent

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
SERVER_KEY = Ed25519PrivateKey.generate()
ISSUER = SERVER_KEY.public_key().public_bytes_raw().hex()


def receipt_for(store: Store, record_id: uuid.UUID, version: int) -> SignedReceipt:
    content_hash = store.records.get(record_id, version).content_hash
    assert content_hash is not None
    return sign_receipt(
        SERVER_KEY,
        Receipt(
            receipt_id=str(uuid.uuid4()),
            record_id=str(record_id),
            version=version,
            content_hash=content_hash,
            device_id=str(uuid.uuid4()),
            received_at="2026-03-14T10:42:00.000000Z",
        ),
    )


def outbox_with_every_state(store: Store) -> tuple[Family, list[uuid.UUID]]:
    """Three sealed forms: one waiting, one central refused for good, one sent."""
    family = family_with_teenager()
    store.families.add(family)
    ids = [seal_consent(store, family).id for _ in range(3)]
    store.outbox.mark_failed(
        ids[1], 1, "Central says the record was changed after it was signed.", None, permanent=True
    )
    store.outbox.store_receipt(ids[2], 1, receipt_for(store, ids[2], 1))
    return family, ids


def column(model: OutboxTableModel | ReturnedTableModel, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_outbox_model_passes_qt_checks_and_says_each_state_in_words(
    store: Store, qtmodeltester: ModelTester
) -> None:
    outbox_with_every_state(store)
    model = OutboxTableModel()
    model.set_rows(store.outbox.rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    # What needs a person first, then what waits, then what central has.
    assert column(model, OutboxTableModel.STATUS) == [
        "Could not be sent",
        "Waiting to send",
        "Sent",
    ]
    assert [model.index(r, 0).data(STATE_ROLE) for r in range(3)] == ["failed", "pending", "synced"]
    details = column(model, OutboxTableModel.DETAILS)
    assert details[0] == "Central says the record was changed after it was signed."
    assert details[1] == "Will be sent once this laptop is connected to central."
    assert details[2].startswith("Received by central ")
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # stands out, not by colour
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert column(model, OutboxTableModel.FAMILY) == ["Okafor family"] * 3
    # Three forms of one family: told apart by the record's short id and the second.
    records = column(model, OutboxTableModel.RECORD)
    assert len(set(records)) == 3
    assert {r.split(" · ")[0] for r in records} == {"Consent form"}
    ids = {str(row.record_id)[:8] for row in store.outbox.rows()}
    assert {r.split(" · ")[1] for r in records} == ids
    assert all(len(s.split(":")) == 3 for s in column(model, OutboxTableModel.SIGNED))
    assert model.needing_attention() == 1
    model.clear()
    assert model.rowCount() == 0


def test_a_failed_attempt_that_will_be_retried_says_when(store: Store) -> None:
    family = family_with_teenager()
    store.families.add(family)
    record = seal_consent(store, family)
    retry = NOW + timedelta(minutes=5)
    store.outbox.mark_failed(record.id, 1, "Central could not be reached.", retry)
    model = OutboxTableModel(today=retry.astimezone().date())
    model.set_rows(store.outbox.rows())
    assert column(model, OutboxTableModel.STATUS) == ["Not sent yet"]
    local = retry.astimezone().strftime("%H:%M")
    assert column(model, OutboxTableModel.DETAILS) == [
        f"Central could not be reached. Will try again at {local}."
    ]


def test_returned_model_shows_the_team_leads_comment(
    store: Store, qtmodeltester: ModelTester
) -> None:
    family = family_with_teenager()
    store.families.add(family)
    record = seal_consent(store, family)
    store.returned.save(
        [
            ReturnedRecord(
                record_id=str(record.id),
                version=1,
                kind="consent",
                family_id=str(family.id),
                comment="Chidi's own signature is missing; please revisit.",
                returned_at="2026-03-14T11:00:00.000000Z",
                returned_by="Tara Lead",
            )
        ]
    )
    model = ReturnedTableModel()
    model.set_rows(store.returned.all())
    qtmodeltester.check(model)
    assert column(model, ReturnedTableModel.FAMILY) == ["Okafor family"]
    assert column(model, ReturnedTableModel.RETURNED_BY) == ["Tara Lead"]
    assert column(model, ReturnedTableModel.COMMENT) == [
        "Chidi's own signature is missing; please revisit."
    ]


def test_outbox_page_shows_counts_rows_and_offers_to_connect(store: Store, qtbot: QtBot) -> None:
    outbox_with_every_state(store)
    page = OutboxPage()
    qtbot.addWidget(page)
    page.show()
    page.show_outbox(store.outbox.rows(), store.returned.all())
    assert page.counts.text() == "1 waiting to send · 1 had a problem sending · 1 sent"
    assert page.table.isVisible()
    assert page.model.rowCount() == 3
    assert not page.returned_table.isVisible()
    assert page.returned_note.text() == "Nothing has been returned to you."
    # Not enrolled: the page says so, Sync now is off and Connect is offered.
    assert "not connected to central yet" in page.connection.text()
    assert not page.sync_button.isEnabled()
    assert page.enroll_button.isVisible()
    with qtbot.waitSignal(page.enroll_requested):
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    page.clear()
    assert page.model.rowCount() == 0
    assert page.counts.text() == ""


def test_a_sent_record_whose_body_left_the_laptop_says_when(store: Store) -> None:
    family = family_with_teenager()
    store.families.add(family)
    record = seal_consent(store, family)
    store.outbox.store_receipt(record.id, 1, receipt_for(store, record.id, 1))
    purged_on = datetime.now(UTC) + timedelta(days=8)
    assert store.purge.run(purged_on, after_days=7, receipts_from=ISSUER) == 1
    model = OutboxTableModel()
    model.set_rows(store.outbox.rows())
    assert column(model, OutboxTableModel.STATUS) == ["Sent and removed"]
    (details,) = column(model, OutboxTableModel.DETAILS)
    assert details.startswith("Sent; removed from this laptop on ")
    assert purged_on.astimezone().strftime("%-d %b %Y") in details
