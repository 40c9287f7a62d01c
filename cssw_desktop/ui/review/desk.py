"""The team lead's review, wired to central: list, open, approve (one, from the viewer,
or several unflagged at once), return, laptops, the shares the family was not told of, and
the team's activity (central's audit log for the team, with the families named from what
this laptop holds).

Holds the ReviewClient while the page is in use; every call is asyncio on the qasync
loop and any refusal from central is shown on the page in central's plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cssw_core.errors import CsswError
from cssw_core.protocol import ReviewItem
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.review.bulk_approve import ApproveSeveral
from cssw_desktop.ui.review.dashboard import Dashboard
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.review.review_page import ReviewPage
from cssw_desktop.ui.review.team_activity import TeamActivity
from cssw_desktop.ui.review.untold_shares import UntoldShares
from cssw_desktop.ui.review.viewer_decisions import Decisions
from cssw_desktop.ui.sync.services import ReviewConnection, SyncServices
from cssw_desktop.ui.sync.words import kind_words
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.workspace import alive

if TYPE_CHECKING:
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class ReviewDesk(QObject):
    """The review page and its link to central."""

    def __init__(self, workspace: Workspace, services: SyncServices) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._services = services
        self._client: ReviewConnection | None = None
        self._store: Store | None = None
        pages = workspace.pages
        self.page = ReviewPage(workspace.dialog_parent)
        pages.add(self.page)
        self.page.refresh_requested.connect(lambda: spawn(self.refresh()))
        self.page.back_requested.connect(lambda: workspace.show_families())
        self.page.open_requested.connect(self.open_record)
        self.page.approve_requested.connect(lambda item: spawn(self.approve(item)))
        self.page.return_requested.connect(self.ask_return)
        self.several = ApproveSeveral(
            workspace.dialog_parent, workspace.track, self.send_approval, self._tell,
            self.page.set_busy,
        )  # fmt: skip
        self.page.approve_several_requested.connect(self.several.ask)
        self.untold = UntoldShares(workspace.dialog_parent, self._current)
        self.page.add_tab(
            self.untold.panel,
            self.tr("Families &not told of a share"),
            self.tr(
                "Shares made without consent the family was not told of, by the date to decide"
            ),
        )
        self._families: dict[str, str] = {}  # record id -> family name, this session only
        self.activity = TeamActivity(
            workspace.dialog_parent, pages.add, self._current, pages.show,
            family_names=self.family_names,
        )  # fmt: skip
        self.page.activity_requested.connect(self.activity.show)
        self.activity.page.back_requested.connect(lambda: pages.show(self.page))
        self.dashboard = Dashboard(workspace.dialog_parent, pages.add, self._current, pages.show)
        self.page.dashboard_requested.connect(self.dashboard.show)
        self.dashboard.page.back_requested.connect(lambda: pages.show(self.page))

    @property
    def active(self) -> bool:
        return self._client is not None

    def show(self, store: Store, profile: EnrolledProfile) -> None:
        self._workspace.pages.show(self.page)
        spawn(self._show(store, profile))

    async def _show(self, store: Store, profile: EnrolledProfile) -> None:
        if self._store is not store or self._client is None:
            old, self._client = self._client, None
            self._store = store
            if old is not None:
                await old.aclose()
            session = self._workspace.session
            self.page.show_loading()
            client = await self._services.review_connection(
                session.store_thread.bind(store, lambda: session.store is store), profile
            )
            if session.store is not store or self._store is not store:
                await client.aclose()
                return
            self._client = client
        await self.refresh()

    def _current(self) -> ReviewConnection | None:
        """The connection, while the store it was made for is still unlocked."""
        if self._workspace.store is not self._store:
            return None
        return self._client

    async def refresh(self) -> None:
        client = self._current()
        if client is None:
            return
        self.page.show_loading()
        try:
            items = await client.review.list("received")
            devices = await client.review.devices()
        except CsswError as error:
            if self._current() is client:
                self.page.show_problem(error_text(error))
            return
        if self._current() is client:
            self._families.update({i.record_id: i.family_name for i in items})
            self.page.show_review(items, devices)
            await self.untold.refresh()

    async def family_names(self) -> dict[str, str]:
        """Family names by record id from what this laptop holds: the records listed for
        review this session, and this laptop's own outbox (its own records)."""
        names = dict(self._families)
        store, session = self._store, self._workspace.session
        if store is not None and session.store is store:
            rows = await session.store_thread.run(lambda: store.outbox.rows())
            for row in rows:
                if row.family_name:
                    names.setdefault(str(row.record_id), row.family_name)
        return names

    async def send_approval(self, item: ReviewItem) -> str | None:
        """Approve one record at central and take it off the list: None when approved,
        else central's refusal in words."""
        client = self._current()
        if client is None:
            return self.tr("Not connected to central: open the team review again.")
        try:
            await client.review.approve(item.record_id, item.version)
        except CsswError as error:
            return error_text(error)
        log.info("a record was approved")
        if self._current() is client:
            row = self.page.table.currentIndex().row()
            self.page.model.remove(item.record_id, item.version)
            self.page.select_row(row)
        return None

    async def approve(self, item: ReviewItem) -> str | None:
        """Approve one record (from the page or its viewer) and say what happened."""
        self.page.set_busy(True)
        try:
            problem = await self.send_approval(item)
        finally:
            self.page.set_busy(False)
        if self._current() is not None:
            if problem is None:
                self.page.show_done(self.tr("Approved: %s.") % self._describe(item))
                self.page.table.setFocus()  # the keyboard goes on with the next record
            else:
                self.page.show_problem(problem)
        return problem

    def _tell(self, message: str, problem: bool) -> None:
        if problem:
            self.page.show_problem(message)
        else:
            self.page.show_done(message)

    def ask_return(
        self,
        item: ReviewItem,
        over: QWidget | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Ask for the comment (over the viewer when returned from it); `then` once done."""
        if self._current() is None:
            return
        dialog = ReturnDialog(item, over or self._workspace.dialog_parent)
        dialog.return_requested.connect(
            lambda comment: spawn(self._return(dialog, item, comment, then))
        )
        self._workspace.track(dialog)

    async def _return(
        self,
        dialog: ReturnDialog,
        item: ReviewItem,
        comment: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        client = self._current()
        if client is None:
            return
        try:
            await client.review.return_record(item.record_id, item.version, comment)
        except CsswError as error:
            if alive(dialog):
                dialog.show_problem(error_text(error))
            return
        log.info("a record was returned to its worker")
        if alive(dialog):
            dialog.accept()
        if then is not None:
            then()
        if self._current() is client:
            row = self.page.table.currentIndex().row()
            self.page.model.remove(item.record_id, item.version)
            self.page.select_row(row)
            self.page.show_done(
                self.tr("Returned to %s: %s.") % (item.worker_name, self._describe(item))
            )
            self.page.table.setFocus()

    def _describe(self, item: ReviewItem) -> str:
        return self.tr("%s family, %s") % (item.family_name, kind_words(item.kind).lower())

    def open_record(self, item: ReviewItem) -> None:
        from cssw_desktop.ui.review.review_viewer import show_review_record

        client = self._current()
        if client is not None:
            decisions = Decisions(approve=self.approve, ask_return=self.ask_return)
            show_review_record(self._workspace, client.review, item, decisions)

    def clear(self) -> None:
        """On lock: nothing from central stays on screen; the client is closed."""
        self.page.clear()
        self.activity.clear()
        self.untold.clear()
        self._families.clear()
        self.dashboard.clear()
        client, self._client = self._client, None
        self._store = None
        if client is not None:
            spawn(client.aclose())

    async def stop(self) -> None:
        await self._close_client()

    async def _close_client(self) -> None:
        client, self._client = self._client, None
        self._store = None
        if client is not None:
            await client.aclose()
