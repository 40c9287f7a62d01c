"""The families list as a table model, filtered as the worker types and by consent state.

Filtering uses the domain's FamilySearchIndex (a substring scan) rather than
QSortFilterProxyModel's per-row regex, so 10,000 families filter in a few milliseconds; the
consent-state filter and the sort order are applied here too (`sort` is Qt's, so the view's
header sorts). Each family's consent state is judged by the core
(`cssw_core.domain.consent_status`) from facts read on the store thread (`set_consent`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from cssw_core.domain.consent_status import (
    ConsentFacts,
    ConsentReason,
    FamilyConsentStatus,
    FamilyFilter,
    NeedsYou,
    StatusRules,
    family_consent_status,
    needs_you,
)
from cssw_core.domain.family import Family
from cssw_core.domain.search import FamilySearchIndex, fold
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.consent_words import MARKS, URGENT, status_details, status_words
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel

FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def sort_key(family: Family) -> tuple[str, str]:
    return (family.family_name.casefold(), str(family.id))


def format_changed(moment: datetime | None) -> str:
    """A last-changed time in the laptop's local time, e.g. "21 Nov 2026 14:05"."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d %b %Y %H:%M")


class FamiliesTableModel(HeadedTableModel):
    """Families ordered by family name (or the column sorted on); rows are those matching
    the current search and consent-state filter."""

    # The consent state sits by the name and reference (two families may share a name), so
    # it stays in view at 200 % text; the children's names take the room left.
    FAMILY_NAME, CASE_REFERENCE, CONSENT, REVIEW_BY, CHILDREN, LAST_CHANGED = range(6)

    families_changed = Signal()  # which families are listed changed (not their state)
    consent_changed = Signal()  # the families' consent states were (re)judged

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._families: list[Family] = []
        self._index = FamilySearchIndex()
        self._query = ""
        self._filter = FamilyFilter.ALL
        self._sort = (self.FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[int] = range(0)
        self._facts: dict[uuid.UUID, ConsentFacts] = {}
        self._rules: StatusRules | None = None
        self._statuses: dict[uuid.UUID, FamilyConsentStatus] = {}
        self._headers = (
            self.tr("Family name"),
            self.tr("Case reference"),
            self.tr("Consent"),
            self.tr("Review by"),
            self.tr("Children"),
            self.tr("Last changed"),
        )

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        family = self._families[self._rows[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FAMILY_NAME:
                return family.family_name
            if column == self.CHILDREN:
                return ", ".join(child.name for child in family.children)
            if column == self.CASE_REFERENCE:
                return family.case_reference
            if column == self.LAST_CHANGED:
                return format_changed(family.updated_at)
            status = self._statuses.get(family.id)
            if column == self.CONSENT:
                if status is None:
                    return "" if self._rules is not None else self.tr("Reading…")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return status_details(status)
                return status_words(status, self._lead_reason())
            if column == self.REVIEW_BY:
                due = None if status is None else status.review_due
                return "" if due is None else format_date(due)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.CONSENT and family.id in self._statuses:
                return status_details(self._statuses[family.id]).replace("\n", "; ")
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        if role == Qt.ItemDataRole.FontRole and column == self.CONSENT:
            status = self._statuses.get(family.id)
            if status is not None and MARKS[status.primary] == URGENT:
                font = QFont()  # what needs the worker stands out by weight, not colour alone
                font.setBold(True)
                return font
        if role == FAMILY_ID_ROLE:
            return str(family.id)
        return None

    def _lead_reason(self) -> ConsentReason | None:
        """The reason the list is filtered on, shown first so the row says why it is there."""
        try:
            return ConsentReason(self._filter.value)
        except ValueError:
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (the view's header calls this)."""
        if not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        self._relayout()

    def _relayout(self) -> None:
        """Work out the rows again when only their order or contents change (the same
        families shown): the selection follows its family, where a reset would drop it."""
        self.layoutAboutToBeChanged.emit()
        before = [
            (index, self._families[self._rows[index.row()]].id)
            for index in self.persistentIndexList()
            if 0 <= index.row() < len(self._rows)
        ]
        self._rows = self._shown(self._index.matching(self._query))
        rows = {self._families[p].id: row for row, p in enumerate(self._rows)}
        for index, family_id in before:
            row = rows.get(family_id)
            self.changePersistentIndex(
                index, QModelIndex() if row is None else self.index(row, index.column())
            )
        self.layoutChanged.emit()

    # --- rows shown: search, consent-state filter, order ---------------------------------

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        families, statuses = self._families, self._statuses
        far = date.max

        def due(position: int) -> date:
            status = statuses.get(families[position].id)
            return far if status is None or status.review_due is None else status.review_due

        if column == self.CHILDREN:
            return lambda p: fold(", ".join(c.name for c in families[p].children))
        if column == self.CASE_REFERENCE:
            return lambda p: fold(families[p].case_reference)
        if column == self.CONSENT:
            unknown = len(statuses) + 99

            def urgency(p: int) -> tuple[int, date]:
                status = statuses.get(families[p].id)
                return (unknown if status is None else status.primary.rank, due(p))

            return urgency
        if column == self.REVIEW_BY:
            return due
        if column == self.LAST_CHANGED:

            def changed(p: int) -> float:
                moment = families[p].updated_at
                return 0.0 if moment is None else moment.timestamp()

            return changed
        return lambda p: p  # families are kept in name order

    def _shown(self, matching: Sequence[int]) -> Sequence[int]:
        rows = matching
        if self._filter is not FamilyFilter.ALL:
            today = self._rules.today if self._rules is not None else date.today()
            rows = [
                p
                for p in rows
                if self._filter.matches(self._statuses.get(self._families[p].id), today)
            ]
        column, order = self._sort
        if column == self.FAMILY_NAME and order == Qt.SortOrder.AscendingOrder:
            return rows
        # sorted() is stable: ties stay in name order (reversed with the rest when descending)
        return sorted(
            rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _judge(self) -> None:
        rules = self._rules
        self._statuses = (
            {}
            if rules is None
            else {
                f.id: family_consent_status(f.children, self._facts[f.id], rules)
                for f in self._families
                if f.id in self._facts
            }
        )

    # --- what the window uses ----------------------------------------------------------

    def set_families(self, families: Iterable[Family]) -> None:
        """Show these families (any order; they are sorted by family name). States already
        judged are kept for families still listed until `set_consent` brings new ones."""
        self.beginResetModel()
        self._families = sorted(families, key=sort_key)
        self._index.replace_all(self._families)
        self._judge()
        self._rows = self._shown(self._index.matching(self._query))
        self.endResetModel()
        self.families_changed.emit()

    def set_consent(self, facts: Mapping[uuid.UUID, ConsentFacts], rules: StatusRules) -> None:
        """Judge each family's consent state from its facts, against `rules` (today, the
        review period, the leaflet)."""
        self._facts = dict(facts)
        self._rules = rules
        self._judge()
        if self._filter is FamilyFilter.ALL:  # the same families: keep the selection
            self._relayout()
            if self._rows:
                last = self.index(len(self._rows) - 1, len(self._headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:  # a state filter may now show other families
            self.beginResetModel()
            self._rows = self._shown(self._index.matching(self._query))
            self.endResetModel()
        self.consent_changed.emit()

    def clear(self) -> None:
        """Forget every family, its consent, the search text and the filter (on lock)."""
        self._query = ""
        self._filter = FamilyFilter.ALL
        self._facts, self._rules = {}, None
        self.set_families(())
        self.consent_changed.emit()

    def set_filter(self, which: FamilyFilter) -> None:
        """Show only the families in this consent state (ALL: every family)."""
        self.beginResetModel()
        self._filter = which
        self._rows = self._shown(self._index.matching(self._query))
        self.endResetModel()

    @property
    def filter(self) -> FamilyFilter:
        return self._filter

    @property
    def judged(self) -> bool:
        """The consent states have been read (the summary and filters can be trusted)."""
        return self._rules is not None

    def status(self, family_id: uuid.UUID) -> FamilyConsentStatus | None:
        """The family's consent state, None until it has been read."""
        return self._statuses.get(family_id)

    def needs_you(self) -> NeedsYou:
        """What needs the worker across every family (whatever the search or filter)."""
        today = self._rules.today if self._rules is not None else date.today()
        return needs_you(self._statuses.values(), today)

    def put(self, family: Family) -> None:
        """Add a new family or replace a changed one, keeping the order and the search."""
        others = [f for f in self._families if f.id != family.id]
        self.set_families([*others, family])

    def set_query(self, query: str) -> None:
        """Show only the families matching what was typed."""
        self.beginResetModel()
        self._query = query
        self._rows = self._shown(self._index.matching(query))
        self.endResetModel()

    def families(self) -> tuple[Family, ...]:
        """Every family listed, whatever the search or filter, in name order."""
        return tuple(self._families)

    @property
    def total(self) -> int:
        return len(self._families)

    def family_at(self, row: int) -> Family | None:
        if 0 <= row < len(self._rows):
            return self._families[self._rows[row]]
        return None

    def family(self, family_id: uuid.UUID) -> Family | None:
        return next((f for f in self._families if f.id == family_id), None)

    def row_of(self, family_id: uuid.UUID) -> int | None:
        """The visible row of a family, or None if it is not shown."""
        for row, position in enumerate(self._rows):
            if self._families[position].id == family_id:
                return row
        return None
