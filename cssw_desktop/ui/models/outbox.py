"""The outbox as a table: every sealed record on its way to central, in plain words.

Rows come from the store's outbox (store.outbox.rows()); this model only orders them
(what needs attention first) and says what each state means to a worker. Two records of
one family signed in the same minute are told apart by the time to the second and the
record's short id (its first eight characters, as on the PDF and in team activity).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_desktop.storage.outbox import OutboxRow
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import as_datetime, day_time, kind_words, local_day, local_time


def short_id(record_id: object) -> str:
    """A record's short id: the first eight characters of its id."""
    return str(record_id)[:8]


def day_time_seconds(moment: str | None) -> str:
    """ "21 Nov 2026 14:05:09" in local time; "" if none."""
    when = as_datetime(moment)
    if when is None:
        return ""
    with suppress(OverflowError, ValueError):  # out of the local zone's range: in UTC
        when = when.astimezone()
    return when.strftime("%d %b %Y %H:%M:%S")


STATE_ROLE = Qt.ItemDataRole.UserRole + 1

# What needs the worker's attention comes first.
_ORDER = {"failed": 1, "pending": 1, "synced": 2, "purged": 3}


def _sort_key(row: OutboxRow) -> tuple[int, float]:
    """Waiting ones oldest first; sent ones newest first."""
    order = 0 if row.state == "failed" and row.permanent else _ORDER.get(row.state, 9)
    if order >= 2:
        received = as_datetime(row.receipt_at)
        return (order, -received.timestamp() if received else 0.0)
    sealed = as_datetime(row.sealed_at)
    return (order, sealed.timestamp() if sealed else 0.0)


class OutboxTableModel(HeadedTableModel):
    """Failed, then waiting (oldest first), then sent (newest first)."""

    FAMILY, RECORD, SIGNED, STATUS, DETAILS = range(5)

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []
        self._today = today
        self._connected = False
        self._training = False  # a training store's records: kept here, never sent
        self._headers = (
            self.tr("Family"),
            self.tr("Record"),
            self.tr("Signed"),
            self.tr("Status"),
            self.tr("Details"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FAMILY:
                if row.family_name:
                    return self.tr("%s family") % row.family_name
                return self.tr("Family no longer on this laptop")
            if column == self.RECORD:
                text = kind_words(row.kind)
                if row.version > 1:
                    text = self.tr("%s, version %d") % (text, row.version)
                return self.tr("%s · %s") % (text, short_id(row.record_id))
            if column == self.SIGNED:
                return day_time_seconds(row.sealed_at)
            if column == self.STATUS:
                return self.status(row)
            if column == self.DETAILS:
                return self.details(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        if role == Qt.ItemDataRole.FontRole and row.state == "failed" and row.permanent:
            font = QFont()
            font.setBold(True)  # needs a person: stands out by weight, not colour alone
            return font
        if role == STATE_ROLE:
            return row.state
        return None

    def status_words(self, state: str) -> str:
        return {
            "pending": self.tr("Waiting to send"),
            "failed": self.tr("Not sent yet"),
            "synced": self.tr("Sent"),
            "purged": self.tr("Sent and removed"),
        }.get(state, state)

    def status(self, row: OutboxRow) -> str:
        """The state in a few words (never by colour alone)."""
        if self._training and row.state in ("pending", "failed"):
            return self.tr("Training: never sent")
        if row.state == "failed":
            return self.tr("Could not be sent") if row.permanent else self.tr("Not sent yet")
        return self.status_words(row.state)

    def details(self, row: OutboxRow) -> str:
        """What the state means for this record, in a sentence."""
        if self._training and row.state in ("pending", "failed"):
            return self.tr("A practice record: it stays on this laptop and is never sent.")
        if row.state == "failed" and row.permanent:
            return row.last_error or self.tr(
                "Central did not accept it. It is kept safe on this laptop; tell IT."
            )
        if row.state in ("pending", "failed"):
            if row.attempts and row.last_error:
                retry = local_time(row.next_attempt_at, self._today)
                again = (
                    self.tr("Will try again at %s.") % retry
                    if retry
                    else self.tr("Will try again.")
                )
                return f"{row.last_error} {again}"
            if self._connected:
                return self.tr("Will be sent at the next sync.")
            return self.tr("Will be sent once this laptop is connected to central.")
        if row.state == "synced":
            return self.tr("Received by central %s.") % day_time(row.receipt_at)
        if row.state == "purged":
            purged_at = row.purged_at
            if purged_at:
                return self.tr("Sent; removed from this laptop on %s.") % local_day(purged_at)
            return self.tr("Sent on %s; since removed from this laptop.") % local_day(
                row.receipt_at
            )
        return ""

    # --- what the page uses --------------------------------------------------------------

    def set_rows(self, rows: Iterable[OutboxRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=_sort_key)
        self.endResetModel()

    def set_connected(self, connected: bool, *, training: bool = False) -> None:
        """Whether the laptop is enrolled (what "waiting" means depends on it), or the
        store is a training store (nothing waits: it is never sent)."""
        self.beginResetModel()
        self._connected = connected
        self._training = training
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def needing_attention(self) -> int:
        """Records central would not take: they wait for a person, not for a retry."""
        return sum(1 for row in self._rows if row.state == "failed" and row.permanent)
