"""The team lead's page: records waiting for review, and the team's laptops (and a way
to the team's activity, `team_activity`).

A view: the ReviewDesk fills it from central and acts on what the team lead asks for
(open, approve, return, refresh), which goes out as signals with the selected record.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_core.protocol import DeviceStatus, ReviewItem
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.models.review import DevicesTableModel, ReviewTableModel
from cssw_desktop.ui.sync.outbox_page import read_only_table
from cssw_desktop.ui.sync.words import count_words
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class ReviewPage(QWidget):
    """Two tables and the team lead's buttons."""

    refresh_requested = Signal()
    open_requested = Signal(object)  # ReviewItem
    approve_requested = Signal(object)  # ReviewItem
    return_requested = Signal(object)  # ReviewItem
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
        self.activity_button = QPushButton(self.tr("Team &activity"), self)
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
        self.state.setAccessibleName(self.tr("Review status"))
        layout.addWidget(self.state)
        self.problem = message_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)

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
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_table(self.table, self.tr("Waiting for your review"), ReviewTableModel.FLAGS)
        self.table.setAccessibleDescription(
            self.tr("Records sent by your team, oldest first, and what central flagged")
        )
        self.table.setMinimumHeight(em(self, 8))
        self.empty = paragraph(self.tr("Nothing is waiting for your review."), self)
        self.empty.setVisible(False)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)

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
        layout.addWidget(self.devices_table, 2)

        self.refresh_button.clicked.connect(self.refresh_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.activity_button.clicked.connect(self.activity_requested)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.approve_button.clicked.connect(lambda: self._emit(self.approve_requested))
        self.return_button.clicked.connect(lambda: self._emit(self.return_requested))
        self.table.activated.connect(lambda _index: self._emit(self.open_requested))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_buttons())
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

    def _refresh_buttons(self) -> None:
        chosen = self.selected() is not None and not self._busy
        for button in (self.open_button, self.approve_button, self.return_button):
            button.setEnabled(chosen)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    # --- filling -------------------------------------------------------------------------

    def show_loading(self) -> None:
        show_message(self.problem, "")
        self.state.setText(self.tr("Asking central…"))
        self.refresh_button.setEnabled(False)

    def show_review(self, items: Sequence[ReviewItem], devices: Sequence[DeviceStatus]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_items(items)
        self.devices_model.set_devices(devices)
        self.table.resizeRowsToContents()
        if items:
            self.select_row(0)
        self.show_state()

    def show_state(self) -> None:
        count = self.model.rowCount()
        self.state.setText(
            self.tr("Nothing is waiting for your review.")
            if count == 0
            else count_words(
                count,
                self.tr("1 record is waiting for your review."),
                self.tr("%n records are waiting for your review."),
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

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.devices_model.clear()
        self.state.setText("")
        show_message(self.problem, "")
