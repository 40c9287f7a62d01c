"""Team activity: what central's audit log holds about the team lead's own team.

Read only: who viewed, approved, returned, filed or erased which record, and when, in local
time. Opened from the team review page; online only, like the review itself. Central
sends ids, staff names and action names only, never family data: the family is named from
what the lead's laptop already holds (`family_names`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from cssw_core.errors import CsswError
from cssw_core.protocol import TeamAuditList
from cssw_desktop.translated import error_text
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.models.team_activity import TeamActivityModel
from cssw_desktop.ui.sync.outbox_page import read_only_table
from cssw_desktop.ui.sync.services import ReviewConnection
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message

PAGE_SIZE = 100


class TeamActivityPage(QWidget):
    """The team's activity table, Refresh, Show older, and Back to the review."""

    refresh_requested = Signal()
    older_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TeamActivityModel(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Team activity"), self), 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Ask central again"))
        self.back_button = QPushButton(self.tr("&Back to review"), self)
        self.back_button.setAccessibleDescription(self.tr("Back to the team review page"))
        top.addWidget(self.refresh_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        self.about = paragraph(
            self.tr(
                "Everything done at central with your team's records: who looked at, "
                "approved, returned, filed or erased which record, and when. Newest first. "
                "Nothing here can be changed."
            ),
            self,
        )
        layout.addWidget(self.about)
        self.state = paragraph("", self)
        self.state.setAccessibleDescription(self.tr("Team activity status"))
        layout.addWidget(self.state)
        self.problem = message_label(self)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_table(self.table, self.tr("Team activity"), TeamActivityModel.WHAT)
        self.table.setAccessibleDescription(
            self.tr("Who did what with your team's records at central, newest first")
        )
        self.table.setMinimumHeight(em(self, 10))
        layout.addWidget(self.table, 1)
        self.empty = paragraph(self.tr("Nothing has been recorded for your team yet."), self)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.older_button = QPushButton(self.tr("Show &older"), self)
        self.older_button.setAccessibleDescription(self.tr("Add older entries below these"))
        self.older_button.setVisible(False)
        bottom.addWidget(self.older_button)
        layout.addLayout(bottom)
        for button in (self.refresh_button, self.back_button, self.older_button):
            button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.older_button.clicked.connect(self.older_requested)
        focus_starts_at(self, self.table)

    def show_loading(self) -> None:
        show_message(self.problem, "")
        self.state.setText(self.tr("Asking central…"))
        self.refresh_button.setEnabled(False)
        self.older_button.setEnabled(False)

    def show_page(self, page: TeamAuditList, *, older: bool, asked_at: datetime) -> None:
        """Show a newest page (or add an older one below), with when central was asked."""
        self.refresh_button.setEnabled(True)
        self.older_button.setEnabled(True)
        if older:
            self.model.add_older(page.entries)
        else:
            self.model.set_entries(page.entries)
            if page.entries:
                self.table.selectRow(0)
        self.table.resizeRowsToContents()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.older_button.setVisible(page.more)
        self.state.setText(self.tr("As central had it at %s.") % asked_at.strftime("%H:%M"))

    def show_problem(self, message: str) -> None:
        """Central could not be asked: say so; what was shown before stays, marked as such."""
        self.refresh_button.setEnabled(True)
        self.older_button.setEnabled(True)
        if self.model.rowCount() > 0:
            self.state.setText(self.tr("What is shown below may be out of date."))
        else:
            self.state.setText("")
        show_message(self.problem, message)

    def clear(self) -> None:
        self.model.clear()
        self.older_button.setVisible(False)
        self.state.setText("")
        show_message(self.problem, "")


class TeamActivity(QObject):
    """The activity page and its calls to central, through the review's connection."""

    def __init__(
        self,
        window: QWidget,
        pages_add: Callable[[QWidget], object],
        connection: Callable[[], ReviewConnection | None],
        show_page: Callable[[QWidget], None],
        now: Callable[[], datetime] = datetime.now,
        family_names: Callable[[], Awaitable[Mapping[str, str]]] | None = None,
    ) -> None:
        super().__init__(window)
        self._family_names = family_names
        self._connection = connection
        self._show_page = show_page
        self._now = now
        self.page = TeamActivityPage(window)
        pages_add(self.page)
        self.page.refresh_requested.connect(lambda: spawn(self.refresh()))
        self.page.older_requested.connect(lambda: spawn(self.older()))

    def show(self) -> None:
        self._show_page(self.page)
        spawn(self.refresh())

    async def refresh(self) -> None:
        await self._ask(older=False)

    async def older(self) -> None:
        await self._ask(older=True)

    async def _ask(self, *, older: bool) -> None:
        client = self._connection()
        if client is None:
            self.page.show_problem(
                self.tr("Not connected to central. Open the team review first, then try again.")
            )
            return
        before = self.page.model.oldest_seq() if older else None
        self.page.show_loading()
        try:
            page = await client.review.team_activity(before_seq=before, limit=PAGE_SIZE)
        except CsswError as error:
            if self._connection() is client:
                self.page.show_problem(error_text(error))
            return
        if self._connection() is client and self._family_names is not None:
            names = await self._family_names()
            if self._connection() is client:
                self.page.model.set_family_names(names)
        if self._connection() is client:
            self.page.show_page(page, older=older, asked_at=self._now())

    def clear(self) -> None:
        """On lock: nothing from central stays on screen."""
        self.page.clear()
