"""The lead's tab of the team's shares without consent whose family has not been told:
a decision on telling them is awaited by a date, overdue ones first and said so.

Online only, like the review: asked of central (`GET /v1/team/shares-untold`) each time
the review is refreshed; nothing of it is kept on the laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from cssw_core.errors import CsswError
from cssw_core.protocol import UntoldShare
from cssw_desktop.translated import error_text
from cssw_desktop.ui.models.untold_shares import UntoldSharesModel
from cssw_desktop.ui.sync.outbox_page import read_only_table
from cssw_desktop.ui.sync.services import ReviewConnection
from cssw_desktop.ui.sync.words import count_words
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class UntoldSharesPanel(QWidget):
    """What it is, how many (and how many overdue), the table."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.model = UntoldSharesModel(self, today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(self.tr("Shares the family has not been told of"), self, scale=1.25)
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your team shared these families' information without consent and did "
                    "not tell the family, because telling them might put a child at risk. "
                    "Decide by each date whether the family can now be told, and tell the "
                    "worker. Soonest first."
                ),
                self,
            )
        )
        self.state = paragraph("", self)
        self.state.setAccessibleDescription(self.tr("Shares not told status"))
        layout.addWidget(self.state)
        self.problem = message_label(self)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_table(
            self.table, self.tr("Shares the family has not been told of"), UntoldSharesModel.WHY_NOT
        )
        self.table.setAccessibleDescription(
            self.tr("Each share without consent the family was not told of, soonest date first")
        )
        self.table.setMinimumHeight(em(self, 8))
        # One row a share, its lines never wrapped (cut short with "…" when narrow); the
        # chosen share is said in full under the list.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.chosen = paragraph("", self)
        self.chosen.setAccessibleDescription(self.tr("The share chosen"))
        layout.addWidget(self.chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.model.modelReset.connect(self._show_chosen)

    def _show_chosen(self) -> None:
        share = self.model.share_at(self.table.currentIndex().row())
        if share is None:
            self.chosen.setText("")
            return
        model = self.model
        row = self.table.currentIndex().row()
        words = [model.index(row, column).data() for column in range(model.columnCount())]
        self.chosen.setText(" · ".join(w.replace("\n", " · ") for w in words if w))

    def show_loading(self) -> None:
        show_message(self.problem, "")
        self.state.setText(self.tr("Asking central…"))

    def show_shares(self, shares: list[UntoldShare], today: date | None = None) -> None:
        self.model.set_shares(shares, today)
        if shares:
            self.table.selectRow(0)
        count, overdue = self.model.rowCount(), self.model.overdue()
        if count == 0:
            self.state.setText(
                self.tr("No share without consent is waiting on a decision to tell the family.")
            )
            return
        text = count_words(
            count,
            self.tr("1 share is waiting on a decision to tell the family."),
            self.tr("%n shares are waiting on a decision to tell the family."),
        )
        if overdue:
            text += " " + count_words(
                overdue,
                self.tr("1 is due or overdue."),
                self.tr("%n are due or overdue."),
            )
        self.state.setText(text)

    def show_problem(self, message: str) -> None:
        self.state.setText(
            self.tr("What is shown below may be out of date.") if self.model.rowCount() else ""
        )
        show_message(self.problem, message)

    def clear(self) -> None:
        self.model.clear()
        self.state.setText("")
        show_message(self.problem, "")


class UntoldShares(QObject):
    """The panel and its call to central, through the review's connection."""

    def __init__(self, parent: QWidget, connection: Callable[[], ReviewConnection | None]) -> None:
        super().__init__(parent)
        self._connection = connection
        self.panel = UntoldSharesPanel(parent)

    async def refresh(self) -> None:
        client = self._connection()
        if client is None:
            return
        self.panel.show_loading()
        try:
            shares = await client.review.untold_shares()
        except CsswError as error:
            if self._connection() is client:
                self.panel.show_problem(error_text(error))
            return
        if self._connection() is client:
            self.panel.show_shares(shares, date.today())

    def clear(self) -> None:
        self.panel.clear()
