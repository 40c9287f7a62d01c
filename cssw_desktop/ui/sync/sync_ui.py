"""Everything about central on the laptop's screens: the Sync menu and the pages toolbar,
the status bar's sending news, the outbox page, enrollment, the caseload download,
revocation, and (for team leads) review.

While the family holds the laptop nothing here can be reached (the actions are off, the
pages refuse to show) and sync news (a finished sync, a message) waits for the worker's
return; sending itself carries on in the background.

Built with the workspace and the SyncServices the composition root passes in; the window
only places its menu, toolbar and status widget. It follows the session opening and
locking the store, and reaches the store only through the store thread. On a training
store, sending and connecting are switched off and say why (its records are fictional and
never leave the laptop).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from cssw_core.errors import CsswError
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.sync.controller import Engine, SyncController
from cssw_desktop.ui.sync.services import SyncServices
from cssw_desktop.ui.sync.status import SyncStatus
from cssw_desktop.ui.sync.words import count_words
from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_desktop.sync.engine import SyncReport
    from cssw_desktop.ui.review.desk import ReviewDesk
    from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
    from cssw_desktop.ui.sync.outbox_page import OutboxPage
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class SyncUi(QObject):
    """Everything about central; see the module's docstring."""

    def __init__(
        self, workspace: Workspace, services: SyncServices, *, online_detection: bool = True
    ) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._services = services
        self.controller = SyncController(
            workspace.store_thread,
            self._make_engine,
            online_detection=online_detection,
            parent=self,
        )
        self._outbox: OutboxPage | None = None
        self._review: ReviewDesk | None = None
        self._caseload_wanted = False
        self._refreshing = False
        self._refresh_again = False
        self._message: QMessageBox | None = None
        self.status = SyncStatus(self.controller, workspace.dialog_parent)
        self._make_actions()
        self._connect()
        self.update_actions()

    # --- the engine --------------------------------------------------------------------

    def _make_engine(self, store: Store) -> Engine:
        session = self._workspace.session
        return self._services.make_engine(
            session.store_thread.bind(store, lambda: session.store is store)
        )

    # --- menu and toolbar ----------------------------------------------------------------

    def _make_actions(self) -> None:
        w = self._workspace.dialog_parent
        self.menu = menu = QMenu(self.tr("&Sync"), w)
        self.sync_action = QAction(self.tr("&Sync now"), w)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setToolTip(self.tr("Send what is waiting to central now (Ctrl+Shift+S)"))
        self.outbox_action = QAction(self.tr("&Outbox"), w)
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.outbox_action.setToolTip(self.tr("What is waiting to send, and what was returned"))
        self.caseload_action = QAction(self.tr("&Download my caseload"), w)
        self.caseload_action.setToolTip(
            self.tr("Bring your allocated families onto this laptop before going out")
        )
        self.enroll_action = QAction(self.tr("&Connect this laptop to central…"), w)
        self._tips = {
            action: action.toolTip()
            for action in (self.sync_action, self.caseload_action, self.enroll_action)
        }
        # Shown, greyed, at the top of the menu while on a training store: why it is all off.
        self.training_note = QAction(self.tr("Training: nothing is sent to central"), w)
        self.training_note.setEnabled(False)
        self.training_note.setVisible(False)
        self.review_action = QAction(self.tr("Team &review"), w)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.families_action = QAction(self.tr("&Families"), w)
        self.families_action.setToolTip(self.tr("The families list (Alt+Left from a family)"))
        menu.addAction(self.training_note)
        for action in (self.sync_action, self.outbox_action, self.caseload_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.review_action)
        menu.addSeparator()
        menu.addAction(self.enroll_action)

        self.toolbar = QToolBar(self.tr("Pages"), w)
        self.toolbar.setObjectName("pages")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.families_action,
            self.outbox_action,
            self.review_action,
            self.sync_action,
        ):
            self.toolbar.addAction(action)

    def _connect(self) -> None:
        w, c = self._workspace, self.controller
        session = w.session
        self.sync_action.triggered.connect(self.sync_now)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.caseload_action.triggered.connect(self.download_caseload)
        self.enroll_action.triggered.connect(self.open_enroll)
        self.review_action.triggered.connect(self.show_review)
        self.families_action.triggered.connect(lambda: w.show_families())
        self.status.outbox_requested.connect(self.show_outbox)
        session.opened.connect(self._opened)
        session.closed.connect(self._closed)
        w.pages.changed.connect(self.update_actions)
        c.profile_changed.connect(self._profile_changed)
        c.started.connect(lambda: self._set_busy(True))
        c.ended.connect(lambda: self._set_busy(False))
        c.finished.connect(self._finished)
        c.summary_changed.connect(lambda _s: self._refresh_soon())
        c.progress.connect(lambda done, _total: self._refresh_soon() if done > 0 else None)
        c.revoked.connect(self._revoked)

    def update_actions(self) -> None:
        session_open = self._workspace.session.unlocked
        unlocked = session_open and not self._workspace.family_has_laptop_now
        profile = self.controller.profile
        enrolled = unlocked and profile is not None
        busy = self.controller.sending
        training = unlocked and self.controller.training
        self.toolbar.setVisible(session_open)  # as it was when the worker is back
        self.outbox_action.setEnabled(unlocked)
        self.families_action.setEnabled(unlocked)
        # Not connected: Sync offers to connect. Training: neither, and the reason shows.
        self.sync_action.setEnabled(unlocked and not busy and not training)
        self.caseload_action.setEnabled(enrolled and not busy)
        self.enroll_action.setEnabled(unlocked and not busy and not training)
        self.training_note.setVisible(training)
        for action, tip in self._tips.items():
            action.setToolTip(self.training_note.text() if training else tip)
        self.enroll_action.setText(
            self.tr("&Connect this laptop to central…")
            if profile is None
            else self.tr("Re&connect this laptop to central…")
        )
        lead = enrolled and profile is not None and profile.is_team_lead
        self.review_action.setVisible(lead)
        self.review_action.setEnabled(lead)

    # --- the session -------------------------------------------------------------------

    def _opened(self, store: Store) -> None:
        self.controller.start_session(store)
        self.update_actions()

    def _closed(self) -> None:
        spawn(self.controller.stop())
        self.status.clear()
        if self._outbox is not None:
            self._outbox.clear()
        if self._review is not None:
            self._review.clear()
        self._close_message()
        self.update_actions()

    def _profile_changed(self, profile: EnrolledProfile | None) -> None:
        self._workspace.set_profile(profile)
        self._workspace.session.limit_auto_lock(
            profile.policy.auto_lock_minutes if profile is not None else None
        )
        if self._outbox is not None:
            self._outbox.show_profile(profile, training=self.controller.training)
        self.update_actions()

    def _set_busy(self, busy: bool) -> None:
        if self._outbox is not None:
            self._outbox.set_busy(busy)
        self.update_actions()

    async def stop(self) -> None:
        """Before quitting: stop any sync and close the network client."""
        await self.controller.stop()
        if self._review is not None:
            await self._review.stop()

    @property
    def needs_stopping(self) -> bool:
        return self.controller.active or (self._review is not None and self._review.active)

    # --- syncing -------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self._workspace.family_has_laptop_now:
            return
        if self.controller.training:
            self._refuse_in_training()
        elif self.controller.sync_now(retry_waiting=True) is None and not self.controller.enrolled:
            self.open_enroll()

    def _refuse_in_training(self) -> None:
        self._show_message(
            self.tr("Training"),
            self.tr(
                "This is the training store: its families and records are fictional, so it "
                "is never connected to central and nothing in it is sent. To connect this "
                "laptop for real work, leave training (File menu)."
            ),
        )

    def download_caseload(self) -> None:
        if self._workspace.family_has_laptop_now:
            return
        if self.controller.sync_now(caseload=True, retry_waiting=True) is not None:
            self._caseload_wanted = True

    def _finished(self, report: SyncReport) -> None:
        if self._workspace.after_hand_back(lambda: self._finished(report)):
            return  # the family has the laptop: the news waits for the worker
        caseload, self._caseload_wanted = self._caseload_wanted, False
        notes: list[str] = []
        if report.returned_new:
            notes.append(
                count_words(
                    report.returned_new,
                    self.tr("Your team lead returned 1 record to you. See “Returned to you”."),
                    self.tr("Your team lead returned %n records to you. See “Returned to you”."),
                )
            )
        if notes and self._outbox is not None:
            self._outbox.show_notice(" ".join(notes))
            if self._workspace.pages.current() is self._outbox:
                self.status.seen_returned()
        if caseload:
            self._caseload_done(report)
        if report.caseload_families:
            spawn(self._reload_families())

    def _caseload_done(self, report: SyncReport) -> None:
        if report.problem:
            text = self.tr("Your caseload could not be downloaded: %s") % report.problem
        else:
            text = count_words(
                report.caseload_families or 0,
                self.tr("Your caseload is on this laptop: 1 family."),
                self.tr("Your caseload is on this laptop: %n families."),
            )
            if report.caseload_left_out:
                text += " " + count_words(
                    report.caseload_left_out,
                    self.tr(
                        "1 family from central was not kept: its details are not in the "
                        "expected form (for example a child listed in two families). "
                        "Everything else is on this laptop. Please tell IT."
                    ),
                    self.tr(
                        "%n families from central were not kept: their details are not in "
                        "the expected form (for example a child listed in two families). "
                        "Everything else is on this laptop. Please tell IT."
                    ),
                )
        self._show_message(self.tr("Download my caseload"), text)

    async def _reload_families(self) -> None:
        open_store = self._workspace.open_store()
        if open_store is not None:
            families = await open_store(lambda s: s.families.all())
            self._workspace.families.set_families(families)

    def _revoked(self) -> None:
        message = self.tr(
            "IT has withdrawn this laptop's access to the central system. "
            "The records on it have been removed."
        )
        self._workspace.session.remove_after_revocation(message)
        self._show_message(self.tr("Access withdrawn"), message)

    # --- messages ------------------------------------------------------------------------

    def _show_message(self, title: str, text: str) -> None:
        """A non-modal message (never exec() inside the loop); while the family has the
        laptop, shown once the worker is back."""
        if self._workspace.after_hand_back(lambda: self._show_message(title, text)):
            return
        self._close_message()
        box = QMessageBox(self._workspace.dialog_parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._forget_message(box))
        self._message = box
        box.open()

    def _forget_message(self, box: QMessageBox) -> None:
        if self._message is box:
            self._message = None

    def _close_message(self) -> None:
        if self._message is not None:
            self._message.close()
            self._message = None

    # --- the outbox page -----------------------------------------------------------------

    @property
    def outbox_page(self) -> OutboxPage:
        if self._outbox is None:
            from cssw_desktop.ui.sync.outbox_page import OutboxPage

            page = OutboxPage(self._workspace.dialog_parent)
            self._workspace.pages.add(page)
            page.sync_requested.connect(self.sync_now)
            page.enroll_requested.connect(self.open_enroll)
            page.back_requested.connect(lambda: self._workspace.show_families())
            page.show_profile(self.controller.profile, training=self.controller.training)
            page.set_busy(self.controller.sending)
            self._outbox = page
        return self._outbox

    def show_outbox(self) -> None:
        if not self._workspace.session.unlocked or self._workspace.family_has_laptop_now:
            return
        page = self.outbox_page
        self._workspace.pages.show(page)
        self.status.seen_returned()
        spawn(self.refresh_outbox())

    def _refresh_soon(self) -> None:
        """Show the outbox as it changes while it is on screen (one read at a time)."""
        if self._outbox is None or not self._outbox.isVisible():
            return
        if self._refreshing:
            self._refresh_again = True  # read once more when this read is done
        else:
            spawn(self.refresh_outbox())

    async def refresh_outbox(self) -> None:
        """Read the outbox and the returned records again (only if the page was built)."""
        open_store, page = self._workspace.open_store(), self._outbox
        if open_store is None or page is None:
            return
        self._refreshing = True
        try:
            rows, returned = await open_store(lambda s: (s.outbox.rows(), s.returned.all()))
        finally:
            self._refreshing = False
        page.show_outbox(rows, returned)
        if self._refresh_again:
            self._refresh_again = False
            spawn(self.refresh_outbox())

    # --- enrollment ----------------------------------------------------------------------

    def open_enroll(self) -> None:
        from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog

        w = self._workspace
        if not w.session.unlocked or w.family_has_laptop_now or w.dialogs.showing(EnrollDialog):
            return
        if self.controller.training:
            self._refuse_in_training()
            return
        dialog = EnrollDialog(w.dialog_parent)
        dialog.enroll_requested.connect(
            lambda code, pw, switch_from: spawn(self._enroll(dialog, code, pw, switch_from))
        )
        dialog.caseload_requested.connect(self.download_caseload)
        w.track(dialog)

    async def _enroll(
        self, dialog: EnrollDialog, code: str, password: str, switch_from: str = ""
    ) -> None:
        from cssw_desktop.sync.enrollment import SwitchNotConfirmed

        open_store = self._workspace.open_store()
        if open_store is None:
            return
        try:
            profile = await self._services.enroll(
                open_store, code, password, switch_from=switch_from or None
            )
        except SwitchNotConfirmed as switch:  # nothing was sent: ask, naming both
            if dialog.isVisible():
                dialog.ask_to_switch(switch.current_server, switch.new_server)
            return
        except CsswError as error:
            if dialog.isVisible():
                self._enroll_problem(dialog, error)
            return
        log.info("this laptop was enrolled with central")
        if dialog.isVisible():
            dialog.show_enrolled(profile)
        self.controller.enrolled_now(profile)

    def _enroll_problem(self, dialog: EnrollDialog, error: CsswError) -> None:
        """Put central's reason by the field it is about."""
        code = getattr(error, "code", None)
        code_name = str(getattr(code, "value", code) or "")
        if type(error).__name__ in (
            "BadEnrollmentCode",
            "UntrustedEnrollmentCode",
            "UnsentRecordsStayPut",
        ) or code_name.startswith("code_"):
            dialog.show_code_problem(error_text(error))
        elif code_name in ("forbidden", "bad_password", "wrong_password"):
            dialog.show_password_problem(error_text(error))
        else:
            dialog.show_problem(error_text(error))

    # --- team review ---------------------------------------------------------------------

    def show_review(self) -> None:
        profile = self.controller.profile
        store = self._workspace.store
        if store is None or profile is None or not profile.is_team_lead:
            return
        if self._workspace.family_has_laptop_now:
            return
        if self._review is None:
            from cssw_desktop.ui.review.desk import ReviewDesk

            self._review = ReviewDesk(self._workspace, self._services)
        self._review.show(store, profile)
