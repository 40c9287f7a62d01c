"""The families list: search as you type, show by consent state, sort by any column, Add
family, Enter or double-click to open; above it, what needs the worker."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent_status import FamilyFilter
from cssw_desktop.ui.families.needs_you import NeedsYouBar
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.models.consent_words import filter_words
from cssw_desktop.ui.models.families import FamiliesTableModel
from cssw_desktop.ui.widgets.layout import heading


class FamiliesPage(QWidget):
    """A search field over a table of families."""

    open_requested = Signal(uuid.UUID)
    add_requested = Signal()

    def __init__(self, model: FamiliesTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Families"), self), 1)
        self.add_button = QPushButton(self.tr("&Add family…"), self)
        self.add_button.setAccessibleName(self.tr("Add family"))
        self.add_button.setToolTip(self.tr("Add a family (Ctrl+N)"))
        top.addWidget(self.add_button)
        layout.addLayout(top)

        self.needs_you = NeedsYouBar(self)
        layout.addWidget(self.needs_you)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Family name, a child's name or the case reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search families"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        show_label = QLabel(self.tr("Sho&w:"), self)
        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(self.tr("Show families by consent"))
        self.show_filter.setAccessibleDescription(
            self.tr("Which families the list shows: all, or those in one consent state")
        )
        for which in FamilyFilter:
            self.show_filter.addItem(filter_words(which), which.value)
        self.show_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        show_label.setBuddy(self.show_filter)
        search_row.addWidget(show_label)
        search_row.addWidget(self.show_filter)
        layout.addLayout(search_row)

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Families"))
        self.table.setAccessibleDescription(
            self.tr("One family a row. Enter opens the family's page.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FamiliesTableModel.FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FamiliesTableModel.CHILDREN, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setToolTip(self.tr("Click a column's heading to sort by it"))
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setAccessibleDescription(self.tr("How many families are shown"))
        bottom.addWidget(self.summary, 1)
        # Enter and a double click open the chosen family; the button does the same for a
        # mouse, a switch or an assistive tool that works through actions (a table's cells
        # offer only "select" to them).
        self.open_button = QPushButton(self.tr("&Open family"), self)
        self.open_button.setAccessibleName(self.tr("Open family"))
        self.open_button.setAccessibleDescription(
            self.tr("Open the page of the family chosen in the list (Enter in the list)")
        )
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.open_button.clicked.connect(self._open_chosen)
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        model.modelReset.connect(self._chosen_changed)
        self.add_button.clicked.connect(self.add_requested)
        model.modelReset.connect(self._update_summary)
        model.consent_changed.connect(self._consent_changed)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.needs_you.filter_requested.connect(self.show_only)
        focus_starts_at(self, self.search)  # a proxy would make Tab skip "Add family"
        self._update_summary()
        self._chosen_changed()

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)

    def _search_entered(self) -> None:
        """Enter in the search field opens the only match, else moves to the list."""
        if self.model.rowCount() == 1:
            self._activated(self.model.index(0, 0))
        elif self.model.rowCount() > 1:
            self.focus_table()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.focus_table()
            return True
        return super().eventFilter(watched, event)

    def focus_table(self, row: int = 0) -> None:
        """Put the keyboard in the list with a row selected."""
        if self.model.rowCount() == 0:
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        self.table.setFocus()
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))

    def select_family(self, family_id: uuid.UUID) -> bool:
        """Select a family's row if it is shown; True when it was."""
        row = self.model.row_of(family_id)
        if row is None:
            return False
        self.focus_table(row)
        return True

    def _chosen_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _chosen_changed(self) -> None:
        self.open_button.setEnabled(self._chosen_row() is not None)

    def _open_chosen(self) -> None:
        row = self._chosen_row()
        if row is not None:
            self._activated(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        family = self.model.family_at(index.row())
        if family is not None:
            self.open_requested.emit(family.id)

    def show_only(self, which: FamilyFilter) -> None:
        """Show only the families in this consent state (the Show box follows)."""
        self.show_filter.setCurrentIndex(self.show_filter.findData(which.value))
        if self.model.rowCount():
            self.focus_table()

    @property
    def current_filter(self) -> FamilyFilter:
        """What the Show box is set to (Qt hands the item's data back as plain text)."""
        return FamilyFilter(self.show_filter.currentData() or FamilyFilter.ALL)

    def _filter_changed(self, _index: int) -> None:
        self.model.set_filter(self.current_filter)
        self.table.resizeColumnToContents(FamiliesTableModel.CONSENT)  # its words may change

    def _consent_changed(self) -> None:
        if self.model.judged and self.model.total:
            self.needs_you.show_counts(self.model.needs_you())
        else:
            self.needs_you.setVisible(False)
        self.table.resizeColumnToContents(FamiliesTableModel.CONSENT)
        self.table.resizeColumnToContents(FamiliesTableModel.REVIEW_BY)

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr("No families yet. Use Add family to add the first one.")
        elif shown == 0 and self.model.filter is not FamilyFilter.ALL:
            text = self.tr("No families to show for “%1”. Choose All families in Show.").replace(
                "%1", self.show_filter.currentText()
            )
        elif self.search.text().strip() and shown == 0:
            text = self.tr("No families match your search.")
        elif shown == total:
            text = self.tr("%n families", "", total) if total != 1 else self.tr("1 family")
        else:
            text = (
                self.tr("Showing %1 of %2 families")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.summary.setText(text)

    def fit_columns(self) -> None:
        """Size the narrow columns to their contents once data is loaded."""
        for column in (
            FamiliesTableModel.FAMILY_NAME,
            FamiliesTableModel.CASE_REFERENCE,
            FamiliesTableModel.CONSENT,
            FamiliesTableModel.REVIEW_BY,
            FamiliesTableModel.LAST_CHANGED,
        ):
            self.table.resizeColumnToContents(column)

    def clear(self) -> None:
        """Empty the search field (it may hold a name), show every family again, hide the
        counts."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_filter.blockSignals(True)
        self.show_filter.setCurrentIndex(0)
        self.show_filter.blockSignals(False)
        self.needs_you.setVisible(False)
