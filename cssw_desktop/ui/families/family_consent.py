"""Reads a family's consent for the family page and seals withdrawals, on the store thread.

The family page stays a view: it asks (consent_wanted, withdraw_requested) and this
loader answers with data (show_consent) or opens the withdraw dialog and seals what it
records. Every store call runs on the session's one store thread; a lock while a call
runs drops its result.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_core.domain.sealing import RecordKind
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.outbox_pdf import seal_for_outbox
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.consent_overview import load_overview
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.workspace import alive

if TYPE_CHECKING:
    from cssw_desktop.storage.thread import OpenStore
    from cssw_desktop.ui.families.family_page import FamilyPage
    from cssw_desktop.ui.families.share_dialog import ShareDialog, ShareRequest
    from cssw_desktop.ui.families.withdraw_dialog import WithdrawalRequest, WithdrawDialog
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class FamilyConsent(QObject):
    """The family page's link to the store for consent."""

    def __init__(self, workspace: Workspace, page: FamilyPage) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._page = page
        self._dialog: WithdrawDialog | None = None
        page.consent_wanted.connect(self.load)
        page.withdraw_requested.connect(self.withdraw)
        page.share_requested.connect(self.record_share)
        self._share_dialog: ShareDialog | None = None
        page.view_requested.connect(self.view)
        workspace.session.settings_changed.connect(self._reload_shown)

    def load(self, family_id: uuid.UUID) -> None:
        """Read the family's consent on the store thread and show it on the page."""
        spawn(self._load(family_id))

    def _reload_shown(self) -> None:
        if self._page.family_id is not None:
            self.load(self._page.family_id)

    async def _load(self, family_id: uuid.UUID) -> None:
        open_store = self._workspace.open_store()
        if open_store is None:
            return
        try:
            overview = await open_store(load_overview, family_id)
        except (CsswError, ValueError) as error:
            log.warning("consent records could not be read: %s", type(error).__name__)
            if open_store.is_open:
                self._page.show_consent_problem(
                    family_id,
                    self.tr(
                        "This family's consent records could not be read. Nothing has been "
                        "changed. Please tell IT support."
                    ),
                )
            return
        self._page.show_consent(overview, self._workspace.today())

    def view(self, record_id: uuid.UUID, version: int) -> None:
        """A sealed form or withdrawal from the history, as its PDF prints it."""
        from cssw_desktop.ui.records.record_viewer import show_record

        show_record(self._workspace, record_id, version)

    # --- withdrawing ---------------------------------------------------------------

    def withdraw(self, family_id: uuid.UUID) -> None:
        """Open the withdraw dialog for the family shown (one at a time)."""
        from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog

        w = self._workspace
        family = w.family(family_id)
        overview = self._page.overview
        if (
            w.store is None
            or family is None
            or overview is None
            or overview.family_id != family_id
            or alive(self._dialog)
        ):
            return
        latest = overview.latest
        worker = w.worker_name(family) or (latest.worker if latest is not None else "")
        dialog = WithdrawDialog(family, overview, w.today(), utc_now, worker, w.dialog_parent)
        dialog.record_requested.connect(lambda request: spawn(self._seal(dialog, request)))
        self._dialog = dialog
        w.track(dialog)

    async def _seal(self, dialog: WithdrawDialog, request: WithdrawalRequest) -> None:
        open_store = self._workspace.open_store()
        if open_store is None:
            return

        def seal(store: Store) -> None:
            seal_for_outbox(
                store,
                RecordKind.WITHDRAWAL,
                request.withdrawal.to_json(),
                request.family,
                request.signatures,
                confirmed_at=request.confirmed_at,
                worker=request.withdrawal.worker,
            )

        done = self.tr("The withdrawal has been recorded and sealed.")
        await self._seal_from(dialog, open_store, seal, done, request.family.id)

    # --- recording a share ----------------------------------------------------------

    def record_share(self, family_id: uuid.UUID) -> None:
        """Open the "Record a share" dialog for the family shown (one at a time)."""
        from cssw_desktop.ui.families.share_dialog import ShareDialog

        w = self._workspace
        family = w.family(family_id)
        if w.store is None or family is None or alive(self._share_dialog):
            return
        latest = self._page.overview.latest if self._page.overview is not None else None
        worker = w.worker_name(family) or (latest.worker if latest is not None else "")
        dialog = ShareDialog(family, w.today(), utc_now, worker, w.dialog_parent)
        dialog.record_requested.connect(lambda request: spawn(self._seal_share(dialog, request)))
        self._share_dialog = dialog
        w.track(dialog)

    async def _seal_share(self, dialog: ShareDialog, request: ShareRequest) -> None:
        open_store = self._workspace.open_store()
        if open_store is None:
            return

        def seal(store: Store) -> None:
            from cssw_desktop.outbox_pdf import keep_outbox_pdf
            from cssw_desktop.storage.shares import record_share

            keep_outbox_pdf(store, record_share(store, request.share, request.family))

        done = self.tr("The share has been recorded and sealed.")
        await self._seal_from(dialog, open_store, seal, done, request.family.id)

    async def _seal_from(
        self,
        dialog: WithdrawDialog | ShareDialog,
        open_store: OpenStore,
        seal: Callable[[Store], None],
        done: str,
        family_id: uuid.UUID,
    ) -> None:
        """Seal on the store thread while the dialog waits; its problems shown in it, or it
        closes, the worker is told `done` and the family's consent read again. Locked
        while sealing: it is sealed, and shows after unlocking."""
        dialog.set_busy(True)
        try:
            await open_store(seal)
        except ValidationFailed as error:
            if alive(dialog):
                dialog.show_problems([message for _field, message in error.problems])
            return
        except CsswError as error:
            if alive(dialog):
                dialog.show_problems([error_text(error)])
            return
        finally:
            if alive(dialog):
                dialog.set_busy(False)
        if alive(dialog):
            dialog.accept()
        self._workspace.notify(done)
        self.load(family_id)
