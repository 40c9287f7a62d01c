"""The team lead's review, wired to central: list, open, approve, return, laptops, and
the team's activity (central's audit log for the team).

Holds the ReviewClient while the page is in use; every call is asyncio on the qasync
loop and any refusal from central is shown on the page in central's plain words.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_core.errors import CsswError
from cssw_core.protocol import ReviewItem
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.review.dashboard import Dashboard
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.review.review_page import ReviewPage
from cssw_desktop.ui.review.team_activity import TeamActivity
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
        self.activity = TeamActivity(workspace.dialog_parent, pages.add, self._current, pages.show)
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
            self.page.show_review(items, devices)

    async def approve(self, item: ReviewItem) -> None:
        client = self._current()
        if client is None:
            return
        self.page.set_busy(True)
        try:
            await client.review.approve(item.record_id, item.version)
        except CsswError as error:
            if self._current() is client:
                self.page.show_problem(error_text(error))
            return
        finally:
            self.page.set_busy(False)
        log.info("a record was approved")
        if self._current() is client:
            row = self.page.table.currentIndex().row()
            self.page.model.remove(item.record_id, item.version)
            self.page.select_row(row)
            self.page.show_done(self.tr("Approved: %s.") % self._describe(item))

    def ask_return(self, item: ReviewItem) -> None:
        if self._current() is None:
            return
        dialog = ReturnDialog(item, self._workspace.dialog_parent)
        dialog.return_requested.connect(lambda comment: spawn(self._return(dialog, item, comment)))
        self._workspace.track(dialog)

    async def _return(self, dialog: ReturnDialog, item: ReviewItem, comment: str) -> None:
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
        if self._current() is client:
            row = self.page.table.currentIndex().row()
            self.page.model.remove(item.record_id, item.version)
            self.page.select_row(row)
            self.page.show_done(
                self.tr("Returned to %s: %s.") % (item.worker_name, self._describe(item))
            )

    def _describe(self, item: ReviewItem) -> str:
        return self.tr("%s family, %s") % (item.family_name, kind_words(item.kind).lower())

    def open_record(self, item: ReviewItem) -> None:
        from cssw_desktop.ui.review.review_viewer import show_review_record

        client = self._current()
        if client is not None:
            show_review_record(self._workspace, client.review, item)

    def clear(self) -> None:
        """On lock: nothing from central stays on screen; the client is closed."""
        self.page.clear()
        self.activity.clear()
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
