"""The team lead's page in sections: records waiting for review (filtered as the lead
chooses, the chosen one's flags in full under the list), the team's laptops, and further
sections added beside them (`add_tab`): the shares the family was not told of
(`untold_shares`); and ways to the team's activity (`team_activity`) and the team
dashboard (`dashboard`).

A view: the ReviewDesk fills it from central and acts on what the team lead asks for
(open, approve, approve several, return, refresh), which goes out as signals with the
selected record(s).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_core.protocol import DeviceStatus, ReviewItem
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.models.review import (
    DevicesTableModel,
    ReviewFilter,
    ReviewTableModel,
    flags_text,
)
from cssw_desktop.ui.review.review_filters import ReviewFilters
from cssw_desktop.ui.review.section_tabs import SectionTabs
from cssw_desktop.ui.review.table_fit import keep_rows_fitted
from cssw_desktop.ui.sync.outbox_page import read_only_table
from cssw_desktop.ui.sync.words import count_words, kind_words
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class ReviewPage(QWidget):
    """Tabs (records waiting with the team's laptops first) and the team lead's buttons."""

    refresh_requested = Signal()
    open_requested = Signal(object)  # ReviewItem
    approve_requested = Signal(object)  # ReviewItem
    return_requested = Signal(object)  # ReviewItem
    approve_several_requested = Signal(object)  # list[ReviewItem], two or more
    back_requested = Signal()
    activity_requested = Signal()
    dashboard_requested = Signal()  # the team dashboard (ui/review/dashboard.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewTableModel(self)
        self.devices_model = DevicesTableModel(self)
        self._busy = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = heading(self.tr("Team review"), self)
        top.addWidget(self.title, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Ask central again (F5)"))
        self.back_button = QPushButton(self.tr("&Back to families"), self)
        self.back_button.setAccessibleDescription(self.tr("Back to the families list"))
        self.activity_button = QPushButton(self.tr("Team activit&y"), self)
        self.activity_button.setAccessibleDescription(
            self.tr("Who viewed, approved, returned, filed or erased your team's records")
        )
        top.addWidget(self.refresh_button)
        top.addWidget(self.activity_button)
        self.dashboard_button = QPushButton(self.tr("Team &dashboard"), self)
        self.dashboard_button.setAccessibleDescription(
            self.tr("Your team's figures: consent by state, refusals by agency, what waits")
        )
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        top.addWidget(self.dashboard_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        self.state = paragraph("", self)
        self.state.setAccessibleDescription(self.tr("Review status"))
        layout.addWidget(self.state)
        self.problem = message_label(self)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.tabs = SectionTabs(self)
        layout.addWidget(self.tabs, 1)
        waiting = QWidget(self.tabs)
        self.tabs.addTab(
            waiting,
            self.tr("Waiting for re&view"),
            self.tr("Records your team sent, waiting for your decision"),
        )
        outer, layout = layout, QVBoxLayout(waiting)
        layout.setContentsMargins(0, 0, 0, 0)

        records_top = QHBoxLayout()
        records_top.addWidget(heading(self.tr("Waiting for your review"), self, scale=1.25), 1)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setToolTip(self.tr("Show the signed form (or double-click it)"))
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.return_button = QPushButton(self.tr("Re&turn to worker…"), self)
        self.approve_button.setAccessibleDescription(
            self.tr("Approve the record chosen in the list: nothing more is needed")
        )
        self.return_button.setAccessibleDescription(
            self.tr("Send the record chosen back to its worker, with a comment")
        )
        for button in (self.open_button, self.approve_button, self.return_button):
            button.setAutoDefault(False)
            records_top.addWidget(button)
        layout.addLayout(records_top)
        self.filters = ReviewFilters(self)
        layout.addWidget(self.filters)
        choosing = QHBoxLayout()
        choosing.addStretch(1)
        self.choose_unflagged_button = QPushButton(self.tr("Choose all &unflagged"), self)
        self.choose_unflagged_button.setAccessibleDescription(
            self.tr("Choose every record shown that has nothing flagged, to approve them together")
        )
        self.approve_several_button = QPushButton(self.tr("Approve all &chosen…"), self)
        self.approve_several_button.setAccessibleDescription(
            self.tr("Approve every record chosen in the list, after one confirmation")
        )
        for button in (self.choose_unflagged_button, self.approve_several_button):
            button.setAutoDefault(False)
            choosing.addWidget(button)
        layout.addLayout(choosing)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_table(self.table, self.tr("Waiting for your review"), ReviewTableModel.FLAGS)
        # Several may be chosen (Shift or Ctrl with the arrows or a click) to approve together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keep_rows_fitted(self.table, ReviewTableModel.FLAGS, em(self, 24))
        self.table.setAccessibleDescription(
            self.tr(
                "Records sent by your team, oldest first, what central flagged and what to "
                "do. Shift or Ctrl with the arrow keys chooses several."
            )
        )
        self.table.setMinimumHeight(em(self, 8))
        self.empty = paragraph(self.tr("Nothing is waiting for your review."), self)
        self.empty.setVisible(False)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)
        self.closer_look = paragraph("", self)
        self.closer_look.setAccessibleDescription(self.tr("The record chosen"))
        layout.addWidget(self.closer_look)

        laptops = QWidget(self.tabs)
        self.tabs.addTab(
            laptops,
            self.tr("Your team's &laptops"),
            self.tr("Each laptop in your team, and what waits on it to be sent"),
        )
        layout = QVBoxLayout(laptops)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your team's laptops"), self, scale=1.25))
        self.devices_table = QTableView(self)
        self.devices_table.setModel(self.devices_model)
        read_only_table(
            self.devices_table, self.tr("Your team's laptops"), DevicesTableModel.LAPTOP
        )
        self.devices_table.setAccessibleDescription(
            self.tr("Each laptop in your team, its worker, and what waits to be sent")
        )
        self.devices_table.setMinimumHeight(em(self, 6))
        layout.addWidget(self.devices_table, 1)
        layout = outer

        self.refresh_button.clicked.connect(self.refresh_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.activity_button.clicked.connect(self.activity_requested)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.approve_button.clicked.connect(lambda: self._emit(self.approve_requested))
        self.return_button.clicked.connect(lambda: self._emit(self.return_requested))
        self.table.activated.connect(lambda _index: self._emit(self.open_requested))
        # A problem said about one section (a batch refused) is not left over another.
        self.tabs.current_changed.connect(lambda _index: show_message(self.problem, ""))
        self.approve_several_button.clicked.connect(self._approve_several)
        self.choose_unflagged_button.clicked.connect(self.choose_unflagged)
        self.filters.changed.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        self.model.modelReset.connect(self._refresh_buttons)
        self.model.rowsRemoved.connect(lambda *_: self._refresh_buttons())
        focus_starts_at(self, self.table)  # a proxy would make Tab skip the buttons above
        self._refresh_buttons()

    def selected(self) -> ReviewItem | None:
        current = self.table.currentIndex()
        return self.model.item_at(current.row()) if current.isValid() else None

    def _emit(self, signal: SignalInstance) -> None:
        item = self.selected()
        if item is not None and not self._busy:
            signal.emit(item)

    def chosen(self) -> list[ReviewItem]:
        """The records chosen in the list (several with Shift or Ctrl), in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for item in (self.model.item_at(r) for r in rows) if item is not None]

    def choose_unflagged(self) -> None:
        """Choose every record shown with nothing flagged (the keyboard stays on the list)."""
        selection = self.table.selectionModel()
        selection.clear()
        first = None
        for row in range(self.model.rowCount()):
            item = self.model.item_at(row)
            if item is not None and not item.flags:
                first = row if first is None else first
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if first is not None:
            selection.setCurrentIndex(self.model.index(first, 0), selection.SelectionFlag.NoUpdate)
        self.table.setFocus()

    def _approve_several(self) -> None:
        items = self.chosen()
        if len(items) >= 2 and not self._busy:
            self.approve_several_requested.emit(items)

    def _filter(self, chosen: ReviewFilter) -> None:
        self.model.set_filter(chosen)
        self.table.resizeRowsToContents()
        if self.model.rowCount():
            self.select_row(0)
        self.show_state()

    def _show_chosen(self) -> None:
        """The record chosen, with each flag in full words, across the page's width."""
        item = self.selected()
        if item is None:
            self.closer_look.setText("")
            return
        what = self.tr("%s family, %s (%s), from %s") % (
            item.family_name,
            kind_words(item.kind).lower(),
            item.record_id[:8],
            item.worker_name,
        )
        flags = flags_text(item) or self.tr("Nothing flagged: approve it if it is right.")
        self.closer_look.setText(what + ":\n" + flags)

    def _refresh_buttons(self) -> None:
        self._show_chosen()
        chosen = self.selected() is not None and not self._busy
        for button in (self.open_button, self.approve_button, self.return_button):
            button.setEnabled(chosen)
        self.approve_several_button.setEnabled(len(self.chosen()) >= 2 and not self._busy)
        self.choose_unflagged_button.setEnabled(not self._busy and self.model.rowCount() > 0)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if self.model.total() and not has_rows:
            self.empty.setText(self.tr("No record waiting matches what you chose to show."))
        else:
            self.empty.setText(self.tr("Nothing is waiting for your review."))

    # --- filling -------------------------------------------------------------------------

    def show_loading(self) -> None:
        show_message(self.problem, "")
        self.state.setText(self.tr("Asking central…"))
        self.refresh_button.setEnabled(False)

    def show_review(self, items: Sequence[ReviewItem], devices: Sequence[DeviceStatus]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_items(items, now=datetime.now(UTC))
        self.filters.set_workers(self.model.workers())
        self.devices_model.set_devices(devices)
        self.table.resizeRowsToContents()
        if items:
            self.select_row(0)
        self.show_state()
        announce(self.state, self.state.text())  # what arrived, after opening or a refresh

    def show_state(self) -> None:
        count = self.model.total()
        hidden = count - self.model.rowCount()
        self.state.setText(
            self.tr("Nothing is waiting for your review.")
            if count == 0
            else count_words(
                count,
                self.tr("1 record is waiting for your review."),
                self.tr("%n records are waiting for your review."),
            )
        )
        if hidden > 0:
            self.state.setText(
                self.state.text()
                + " "
                + count_words(
                    hidden,
                    self.tr("1 is hidden by what you chose to show."),
                    self.tr("%n are hidden by what you chose to show."),
                )
            )

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def show_problem(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.state.setText("")
        show_message(self.problem, message)

    def show_done(self, message: str) -> None:
        """After an approval or return: say so, and move to the next record."""
        show_message(self.problem, "")
        self.show_state()
        self.state.setText(message + " " + self.state.text())
        announce(self.state, self.state.text())  # what the lead's decision did

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_buttons()

    def add_tab(self, widget: QWidget, title: str, description: str = "") -> None:
        """Another section beside the records waiting (the untold shares),
        shown by its button; the description is what a screen reader says of it."""
        self.tabs.addTab(widget, title, description)

    def clear(self) -> None:
        self.filters.clear()
        self.model.set_filter(ReviewFilter())
        self.model.clear()
        self.devices_model.clear()
        self.state.setText("")
        show_message(self.problem, "")
