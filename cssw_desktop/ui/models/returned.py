"""Records a team lead returned to this worker, with the team lead's comment."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from cssw_desktop.storage.returned import ReturnedRow
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import as_datetime, day_time, kind_words


class ReturnedTableModel(HeadedTableModel):
    """Newest first: family, record, returned by, when, and the comment in full."""

    FAMILY, RECORD, RETURNED_BY, RETURNED_AT, COMMENT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReturnedRow] = []
        self._headers = (
            self.tr("Family"),
            self.tr("Record"),
            self.tr("Returned by"),
            self.tr("When"),
            self.tr("What to do"),
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
                return self.tr("Family not on this laptop")
            if column == self.RECORD:
                return kind_words(row.kind)
            if column == self.RETURNED_BY:
                return row.returned_by
            if column == self.RETURNED_AT:
                return day_time(row.returned_at)
            if column == self.COMMENT:
                return row.comment
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_rows(self, rows: Iterable[ReturnedRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            rows,
            key=lambda r: -(stamp.timestamp() if (stamp := as_datetime(r.returned_at)) else 0.0),
        )
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> ReturnedRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
