"""A family's children with their ages today and the 13+ own-consent flag: needed, or
what the young person did on the family's latest consent form."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.domain.consent import Answer
from cssw_core.domain.family import Child
from cssw_desktop.storage.consent_overview import OwnAnswerDay
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
        self._own: Mapping[uuid.UUID, OwnAnswerDay] = {}
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
        own = self._own.get(child.id)
        needs_own = child.needs_own_consent(self._today) and own is None
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
                return self._own_consent_text(child, own)
        if role == Qt.ItemDataRole.FontRole and column == self.OWN_CONSENT and needs_own:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OWN_CONSENT and needs_own:
            return self.tr(
                "This child is 13 or over: ask for their own consent as well as the parent's."
            )
        return None

    def _own_consent_text(self, child: Child, own: OwnAnswerDay | None) -> str:
        if own is None:
            if child.needs_own_consent(self._today):
                return self.tr("13+ — own consent needed")
            return self.tr("Under 13")
        day = format_date(own.day)
        if own.not_asked:
            return self.tr("13+ — not asked on %s (reason recorded)") % day
        if own.answer is Answer.YES:
            return self.tr("13+ — gave own consent on %s") % day
        if own.answer is Answer.NO:
            return self.tr("13+ — said No for themselves on %s") % day
        return self.tr("13+ — gave own answers on %s") % day

    def set_children(self, children: Iterable[Child], today: date) -> None:
        """Show these children, with ages worked out for the given day."""
        self.beginResetModel()
        self._children = list(children)
        self._today = today
        self._own = {}
        self.endResetModel()

    def set_own_consent(self, own: Mapping[uuid.UUID, OwnAnswerDay]) -> None:
        """What each young person did on the latest consent form (from the overview)."""
        self._own = dict(own)
        if self._children:
            column, last = self.OWN_CONSENT, len(self._children) - 1
            self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def clear(self) -> None:
        self.set_children((), date.min)
