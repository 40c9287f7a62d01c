"""A family's children with their ages today and the 13+ own-consent flag."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.domain.family import Child
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel


def format_date(day: date) -> str:
    """A date the way a worker reads it, e.g. "3 Apr 2015"."""
    return f"{day.day} {day:%b %Y}"


class ChildrenTableModel(HeadedTableModel):
    """Read-only rows: name, gender, date of birth, age on today's date, own consent."""

    NAME, GENDER, DATE_OF_BIRTH, AGE, OWN_CONSENT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._children: list[Child] = []
        self._today = date.min
        self._given: dict[object, str] = {}  # child id: their own consent on the latest form
        self._headers = (
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Date of birth"),
            self.tr("Age today"),
            self.tr("Own consent"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._children)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._children):
            return None
        child = self._children[index.row()]
        column = index.column()
        needs_own = child.needs_own_consent(self._today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return child.name
            if column == self.GENDER:
                return child.gender or ("" if role == Qt.ItemDataRole.DisplayRole else "-")
            if column == self.DATE_OF_BIRTH:
                return format_date(child.date_of_birth)
            if column == self.AGE:
                return str(child.age_on(self._today))
            if column == self.OWN_CONSENT:
                if needs_own and child.id in self._given:
                    return self._given[child.id]
                return self.tr("13+ — own consent needed") if needs_own else self.tr("Under 13")
        needs_own = needs_own and child.id not in self._given
        if role == Qt.ItemDataRole.FontRole and column == self.OWN_CONSENT and needs_own:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OWN_CONSENT and needs_own:
            return self.tr(
                "This child is 13 or over: ask for their own consent as well as the parent's."
            )
        return None

    def set_children(self, children: Iterable[Child], today: date) -> None:
        """Show these children, with ages worked out for the given day."""
        self.beginResetModel()
        self._children = list(children)
        self._today = today
        self.endResetModel()

    def set_own_consent(self, given: dict[object, str]) -> None:
        """Each young person's own consent on the latest signed form, in words (their
        row then says so, rather than that it is still needed)."""
        self._given = dict(given)
        if self._children:
            self.dataChanged.emit(
                self.index(0, self.OWN_CONSENT),
                self.index(len(self._children) - 1, self.OWN_CONSENT),
            )

    def clear(self) -> None:
        self.set_children((), date.min)
