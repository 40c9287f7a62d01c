"""The team lead's two tables: records waiting for review (with the lead's filter), and
the team's laptops."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.protocol import DeviceStatus, ReviewItem
from cssw_desktop.ui.models.flag_advice import flag_sentence
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import age_words, as_datetime, day_time, kind_words

LONG_WAIT = timedelta(hours=72)


@dataclass(frozen=True, slots=True)
class ReviewFilter:
    """Which received records the lead wants to see: only flagged ones, only those that
    have waited at central more than 72 hours, only one worker's ("" for everyone's)."""

    flagged: bool = False
    waiting_long: bool = False
    worker: str = ""

    def keeps(self, item: ReviewItem, now: datetime) -> bool:
        if self.flagged and not item.flags:
            return False
        if self.waiting_long and not waited_long(item, now):
            return False
        return not self.worker or item.worker_name == self.worker


def flags_text(item: ReviewItem) -> str:
    """Each flag in full words with what to do next; one a line, bulleted when several."""
    sentences = [flag_sentence(f) for f in item.flags]
    if len(sentences) <= 1:
        return "".join(sentences)
    return "\n".join(f"• {sentence}" for sentence in sentences)


def two_lines(day_and_time: str) -> str:
    """ "07 Dec 2026 14:05" as the day over the time: a narrow column at 200 % text."""
    day, _, time = day_and_time.rpartition(" ")
    return f"{day}\n{time}" if day else day_and_time


def waited_long(item: ReviewItem, now: datetime) -> bool:
    """Received by central more than 72 hours before `now`."""
    received = as_datetime(item.received_at)
    return received is not None and now - received > LONG_WAIT


class ReviewTableModel(HeadedTableModel):
    """Received records, oldest received first (the order they should be looked at), as
    the lead's filter keeps them; each flag in full words with what to do next."""

    FAMILY, REFERENCE, RECORD, WORKER, SIGNED, RECEIVED, FLAGS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ReviewItem] = []
        self._items: list[ReviewItem] = []
        self._filter = ReviewFilter()
        self._now = datetime.now(UTC)
        self._headers = (
            self.tr("Family"),
            self.tr("Case reference"),
            self.tr("Record"),
            self.tr("Worker"),
            self.tr("Signed"),
            self.tr("Received"),
            self.tr("Needs a closer look, and what to do"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FAMILY:
                return self.tr("%s family") % item.family_name
            if column == self.REFERENCE:
                return item.case_reference or self.tr("None")
            if column == self.RECORD:
                text = kind_words(item.kind)
                if item.version > 1:
                    text = self.tr("%s, version %d") % (text, item.version)
                return f"{text}\n{item.record_id[:8]}"  # its short id tells two alike apart
            if column == self.WORKER:
                return item.worker_name
            if column == self.SIGNED:
                return two_lines(day_time(item.sealed_at))
            if column == self.RECEIVED:
                received = two_lines(day_time(item.received_at))
                if waited_long(item, self._now):
                    return received + "\n" + self.tr("waiting over 72 hours")
                return received
            if column == self.FLAGS:
                return flags_text(item) or self.tr("Nothing flagged")
        if role == Qt.ItemDataRole.FontRole and item.flags:
            font = QFont()
            font.setBold(column != self.FLAGS)  # flagged rows stand out by weight and words
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_items(self, items: Iterable[ReviewItem], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._all = sorted(items, key=lambda i: (i.received_at, i.record_id, i.version))
        if now is not None:
            self._now = now
        self._items = [i for i in self._all if self._filter.keeps(i, self._now)]
        self.endResetModel()

    def set_filter(self, chosen: ReviewFilter, now: datetime | None = None) -> None:
        """Show only what `chosen` keeps (what it hides stays, for when it is cleared)."""
        self._filter = chosen
        self.set_items(list(self._all), now)

    @property
    def filter(self) -> ReviewFilter:
        return self._filter

    def total(self) -> int:
        """Every received record held, whether the filter shows it or not."""
        return len(self._all)

    def workers(self) -> list[str]:
        """The workers whose records are waiting, by name."""
        return sorted({i.worker_name for i in self._all})

    def clear(self) -> None:
        self.set_items(())

    def item_at(self, row: int) -> ReviewItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def remove(self, record_id: str, version: int) -> None:
        """Take a record off the list once it is approved or returned."""
        self._all = [
            i for i in self._all if not (i.record_id == record_id and i.version == version)
        ]
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
