"""The pages shown while no store is open, and the lock state in the status bar.

Opening (checking the store), the first run's set-up, the unlock page, and the page that
says a store cannot be used here: what the Session says, rendered. The pages ask the
Session (create, unlock, restore, try again); the Session answers with signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from cssw_desktop.ui.session import Session
from cssw_desktop.ui.unlock.error_page import ErrorPage
from cssw_desktop.ui.unlock.setup_page import SetupPage
from cssw_desktop.ui.unlock.unlock_page import UnlockPage
from cssw_desktop.ui.workspace import Pages


class LockScreens(QObject):
    """Set-up, unlock and the problem page; `lock_state` for the status bar."""

    quit_requested = Signal()  # the problem page's Quit

    def __init__(
        self,
        session: Session,
        pages: Pages,
        parent: QWidget,
        *,
        clock: Callable[[], float],
        unlock_page: UnlockPage | None = None,
    ) -> None:
        """`unlock_page`: one shown before the window was built (startup.py), to take
        over with what was typed in it; it shows at once, as there is a store to unlock."""
        super().__init__(parent)
        self._session = session
        self._pages = pages
        self.starting_page = QLabel(self.tr("Opening…"), parent)
        self.starting_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setup_page = SetupPage(parent)
        self.unlock_page = unlock_page or UnlockPage(parent, clock=clock)
        self.error_page = ErrorPage(parent)
        for page in (self.starting_page, self.setup_page, self.unlock_page, self.error_page):
            pages.add(page)
        self.lock_state = QLabel(parent)
        self.lock_state.setAccessibleDescription(self.tr("Lock state"))
        self._connect()
        self.show_locked()
        if unlock_page is not None:
            pages.show(unlock_page)

    def _connect(self) -> None:
        s = self._session
        self.setup_page.create_requested.connect(s.create)
        self.unlock_page.unlock_requested.connect(s.unlock)
        self.unlock_page.restore_requested.connect(s.restore)
        self.error_page.retry_requested.connect(s.start)
        self.error_page.quit_requested.connect(self.quit_requested)
        s.checking.connect(self._show_unlock)
        s.first_run.connect(self._show_setup)
        s.unlock_wanted.connect(self._wait_then_unlock)
        s.cannot_open.connect(self._show_cannot_open)
        s.busy.connect(self.unlock_page.set_busy)
        s.busy.connect(self.setup_page.set_busy)
        s.setup_failed.connect(self.setup_page.show_error)
        s.unlock_failed.connect(self.unlock_page.show_problem)
        s.restore_offered.connect(self.unlock_page.offer_restore)
        s.unlock_note.connect(self.unlock_page.set_reason)
        s.opened.connect(lambda _store: self._opened())
        s.locked.connect(self._locked)
        s.removed.connect(self._removed)
        s.auto_lock_changed.connect(self.show_unlocked)

    # --- the status bar ----------------------------------------------------------------

    def show_locked(self) -> None:
        self.lock_state.setText(self.tr("Locked"))

    def show_unlocked(self, timeout_ms: int) -> None:
        """ "Unlocked — locks after 5 minutes without use" (or seconds, when so short)."""
        if timeout_ms % 60_000 == 0:
            minutes = timeout_ms // 60_000
            after = self.tr("1 minute") if minutes == 1 else self.tr("%d minutes") % minutes
        else:
            seconds = max(1, round(timeout_ms / 1000))
            after = self.tr("1 second") if seconds == 1 else self.tr("%d seconds") % seconds
        self.lock_state.setText(self.tr("Unlocked — locks after %s without use") % after)

    # --- what the session says ---------------------------------------------------------

    def _show_unlock(self) -> None:
        self.show_locked()
        self._pages.show(self.unlock_page)

    def _wait_then_unlock(self, wait_seconds: float) -> None:
        self.unlock_page.wait(wait_seconds)
        self._show_unlock()

    def _show_setup(self) -> None:
        self.lock_state.setText(self.tr("Not set up yet"))
        self._pages.show(self.setup_page)

    def _show_cannot_open(self, message: str) -> None:
        self.error_page.show_error(message, str(self._session.vault.data_dir))
        self._pages.show(self.error_page)

    def _opened(self) -> None:
        self.setup_page.clear()  # nothing typed stays in a page that is not on screen
        self.unlock_page.clear()

    def _locked(self, reason: str) -> None:
        self.unlock_page.clear()
        self.unlock_page.set_reason(reason + " " + self.tr("Type your passphrase to unlock."))
        self._show_unlock()

    def _removed(self, message: str) -> None:
        """Central revoked this laptop: its store is gone; set up again."""
        self.unlock_page.clear()
        self.setup_page.clear()
        self.setup_page.show_error(message)
        self._show_setup()
