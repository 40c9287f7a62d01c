"""The team lead's two tables: records waiting for review, and the team's laptops."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.protocol import DeviceStatus, Flag, FlagCode, ReviewItem
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import age_words, day_time, kind_words


def flag_words(flag: Flag) -> str:
    """A flag as a few words a team lead reads at a glance (central's message as a tip)."""
    translate = QCoreApplication.translate
    words = {
        FlagCode.AGENCY_REFUSED: translate("ReviewModels", "An agency was refused"),
        FlagCode.YOUNG_PERSON_DIFFERS: translate(
            "ReviewModels", "Young person answered differently"
        ),
        FlagCode.YOUNG_PERSON_NOT_SIGNED: translate("ReviewModels", "Child 13+ did not sign"),
        FlagCode.LATE_SYNC: translate("ReviewModels", "Sent over 72 hours after signing"),
        FlagCode.CASE_SYSTEM_DIFFERS: translate(
            "ReviewModels", "Differs from the case system's details"
        ),
        FlagCode.YOUNG_PERSON_WITHDREW: translate(
            "ReviewModels", "Young person withdrew their own consent"
        ),
        FlagCode.SHARED_WITHOUT_CONSENT: translate(
            "ReviewModels", "Information shared without consent"
        ),
        FlagCode.FAMILY_NOT_TOLD: translate("ReviewModels", "The family has not been told"),
        FlagCode.SHARE_CONSENT_NOT_HELD: translate(
            "ReviewModels", "Shared 'with consent' the records do not show"
        ),
    }
    return words.get(flag.code, flag.message)


class ReviewTableModel(HeadedTableModel):
    """Received records, oldest received first (the order they should be looked at)."""

    FAMILY, RECORD, WORKER, SIGNED, RECEIVED, FLAGS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewItem] = []
        self._headers = (
            self.tr("Family"),
            self.tr("Record"),
            self.tr("Worker"),
            self.tr("Signed"),
            self.tr("Received"),
            self.tr("Needs a closer look"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and column != self.FLAGS
        ):
            if column == self.FAMILY:
                return self.tr("%s family") % item.family_name
            if column == self.RECORD:
                text = kind_words(item.kind)
                return (
                    text if item.version <= 1 else self.tr("%s, version %d") % (text, item.version)
                )
            if column == self.WORKER:
                return item.worker_name
            if column == self.SIGNED:
                return day_time(item.sealed_at)
            if column == self.RECEIVED:
                return day_time(item.received_at)
            if column == self.FLAGS:
                return "; ".join(flag_words(f) for f in item.flags) or self.tr("Nothing flagged")
        if role == Qt.ItemDataRole.FontRole and item.flags:
            font = QFont()
            font.setBold(True)  # flagged records stand out by weight as well as by words
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FLAGS:
            return "\n".join(f.message for f in item.flags) or self.tr("Nothing flagged")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_items(self, items: Iterable[ReviewItem]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: (i.received_at, i.record_id, i.version))
        self.endResetModel()

    def clear(self) -> None:
        self.set_items(())

    def item_at(self, row: int) -> ReviewItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def remove(self, record_id: str, version: int) -> None:
        """Take a record off the list once it is approved or returned."""
        for row, item in enumerate(self._items):
            if item.record_id == record_id and item.version == version:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
                return


class DevicesTableModel(HeadedTableModel):
    """The team's laptops: what still waits on each, and when each was last in touch."""

    WORKER, LAPTOP, WAITING, OLDEST, LAST_CONTACT, VERSION, ACCESS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices: list[DeviceStatus] = []
        self._headers = (
            self.tr("Worker"),
            self.tr("Laptop"),
            self.tr("Waiting to send"),
            self.tr("Oldest waiting"),
            self.tr("Last in touch"),
            self.tr("App version"),
            self.tr("Access"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._devices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._devices):
            return None
        device = self._devices[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.WORKER:
                return device.worker_name
            if column == self.LAPTOP:
                return device.device_name
            if column == self.WAITING:
                if device.pending is None:
                    return self.tr("Not reported yet")
                failed = device.failed or 0
                if failed:
                    return self.tr("%d (%d had a problem sending)") % (
                        device.pending + failed,
                        failed,
                    )
                return str(device.pending)
            if column == self.OLDEST:
                if device.oldest_pending_seconds is None:
                    return self.tr("Nothing waiting") if device.pending is not None else ""
                return age_words(device.oldest_pending_seconds)
            if column == self.LAST_CONTACT:
                return day_time(device.last_contact_at) or self.tr("Never")
            if column == self.VERSION:
                return device.app_version
            if column == self.ACCESS:
                return self.tr("Withdrawn") if device.revoked else self.tr("Allowed")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_devices(self, devices: Iterable[DeviceStatus]) -> None:
        self.beginResetModel()
        self._devices = sorted(devices, key=lambda d: (d.revoked, d.worker_name, d.device_name))
        self.endResetModel()

    def clear(self) -> None:
        self.set_devices(())
