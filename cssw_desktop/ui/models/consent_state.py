"""The family's consent now, one row per agency in the form's order, every answer in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import Answer
from cssw_desktop.storage.consent_overview import ConsentOverview, Direction
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_documents.words import agency_name


class ConsentStateModel(HeadedTableModel):
    """Read-only rows: agency, may share with, may approach for information."""

    AGENCY, SHARE, APPROACH = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview: ConsentOverview | None = None
        self._headers = (
            self.tr("Agency"),
            self.tr("May share with"),
            self.tr("May approach for information"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._overview is None else len(AGENCIES)

    def words(self, direction: Direction, row: int) -> str:
        """The answer in words: Yes, No, No — withdrawn on a day, or Not asked yet."""
        if self._overview is None:
            return ""
        agency = AGENCIES[row]
        answer = self._overview.answer(direction, agency)
        if answer is Answer.YES:
            return self.tr("Yes")
        if answer is Answer.NO:
            withdrawn = self._overview.withdrawn_on(direction, agency)
            if withdrawn is not None:
                return self.tr("No — withdrawn %s") % format_date(withdrawn)
            return self.tr("No")
        return self.tr("Not asked yet")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._overview is None or not 0 <= index.row() < len(AGENCIES):
            return None
        column = index.column()
        agency = AGENCIES[index.row()]
        direction = Direction.SHARE if column == self.SHARE else Direction.APPROACH
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AGENCY:
                return agency_name(agency)
            return self.words(direction, index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = agency_name(agency)
            if column == self.AGENCY:
                return name
            return f"{self._headers[column]} {name}: {self.words(direction, index.row())}"
        if (
            role == Qt.ItemDataRole.FontRole
            and column != self.AGENCY
            and self._overview.withdrawn_on(direction, agency) is not None
        ):
            # A withdrawal since the form stands out by weight as well as by its words.
            font = QFont()
            font.setBold(True)
            return font
        return None

    def set_overview(self, overview: ConsentOverview | None) -> None:
        """Show a family's consent (no rows when there is no record to show)."""
        self.beginResetModel()
        self._overview = overview if overview is not None and overview.has_record else None
        self.endResetModel()

    def clear(self) -> None:
        self.set_overview(None)
