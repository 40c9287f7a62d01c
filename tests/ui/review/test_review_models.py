"""The team lead's tables on their own: Qt's model checks, flags in words, laptops."""

from __future__ import annotations

import time
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cssw_core.protocol import DeviceStatus, FlagCode
from cssw_desktop.ui.models.review import DevicesTableModel, ReviewTableModel
from tests.support.review_items import review_item as item


def test_review_model_orders_by_arrival_and_says_flags_in_words(
    qtmodeltester: ModelTester,
) -> None:
    model = ReviewTableModel()
    later = item("2026-03-14T12:00:00.000000Z", family="Brown")
    flagged = item(
        "2026-03-14T11:00:00.000000Z", FlagCode.AGENCY_REFUSED, FlagCode.YOUNG_PERSON_NOT_SIGNED
    )
    model.set_items([later, flagged])
    qtmodeltester.check(model)
    assert model.index(0, model.FAMILY).data() == "Okafor family"
    flags = model.index(0, model.FLAGS).data().split("\n")
    assert flags[0].startswith("• central says: agency_refused — check the worker explained")
    assert flags[1].startswith("• central says: young_person_not_signed — check the reason")
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, model.FLAGS).data() == "Nothing flagged"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    model.remove(flagged.record_id, 1)
    assert model.rowCount() == 1
    assert model.item_at(0) == later
    qtmodeltester.check(model)


def test_devices_model_says_what_waits_on_each_laptop(qtmodeltester: ModelTester) -> None:
    model = DevicesTableModel()
    model.set_devices(
        [
            DeviceStatus(
                device_id=str(uuid.uuid4()),
                device_name="old-laptop",
                worker_name="Wendy Walker",
                pending=None,
                failed=None,
                oldest_pending_seconds=None,
                last_contact_at=None,
                last_sync_at=None,
                app_version="0.1.0",
                revoked=True,
            ),
            DeviceStatus(
                device_id=str(uuid.uuid4()),
                device_name="wendy-laptop",
                worker_name="Wendy Walker",
                pending=3,
                failed=1,
                oldest_pending_seconds=3 * 3600 + 5,
                last_contact_at="2026-03-14T09:00:00.000000Z",
                last_sync_at="2026-03-14T09:00:00.000000Z",
                app_version="0.1.0",
                revoked=False,
            ),
        ]
    )
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[model.LAPTOP] == "wendy-laptop"
    assert row[model.WAITING] == "4 (1 had a problem sending)"
    assert row[model.OLDEST] == "3 hours"
    assert row[model.ACCESS] == "Allowed"
    revoked = [model.index(1, c).data() for c in range(model.columnCount())]
    assert revoked[model.WAITING] == "Not reported yet"
    assert revoked[model.LAST_CONTACT] == "Never"
    assert revoked[model.ACCESS] == "Withdrawn"


def test_a_record_held_from_year_0001_still_renders_west_of_utc(
    qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row central stored before its time bounds must not break the lead's list, even
    where year 0001 cannot be moved into the laptop's time zone."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        model = ReviewTableModel()
        old = item("0001-01-01T00:00:00.000000Z", family="Old")
        model.set_items([old, item()])
        qtmodeltester.check(model)
        texts = [
            str(model.index(row, column).data())
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        assert "Old family" in texts
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
