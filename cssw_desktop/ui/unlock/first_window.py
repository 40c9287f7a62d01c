"""The app's first window: the unlock page alone, painted before the rest of the app loads.

A worker starting the app waits for one thing, the unlock page, and then spends seconds
typing a passphrase. So the start (startup.py) shows this small window first, built from
the few modules the page needs (Qt's widgets, the page, the translations and text size),
and loads the rest of the app while the worker types. The main window then takes the
very same page over, with what was typed and where the cursor is (`hand_over`): the
worker carries on typing in it. An Unlock pressed before then is kept (`pending`) and
given to the session once it runs.

Until it closes, this window passes any key that still reaches it on to the main window,
so no keystroke is lost while the window system moves the keyboard across.

Nothing here may import the store, the session or the main window: tests/ui/unlock/
test_first_window.py checks which modules the start has loaded when this page paints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from cssw_desktop.ui.unlock.unlock_page import UnlockPage
from cssw_desktop.ui.widgets.layout import em

# The main window's size (ui/main_window.py), so the hand-over does not change the size.
WIDTH_EM, HEIGHT_EM = 80, 44
# If the window is never painted (a hidden desktop, a window system that is slow to map
# it), the rest of the app loads anyway after this long.
PAINT_WAIT_MS = 3_000
# After the hand-over this window closes once the main window has the keyboard, or after
# this long at the most.
CLOSE_AFTER_MS = 2_000

_KEY_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.InputMethod,
)


class FirstWindow(QMainWindow):
    """The unlock page in a window of the main window's size and title."""

    painted = Signal()  # the unlock page has been painted (once)

    def __init__(self) -> None:
        super().__init__()
        self._main: QWidget | None = None  # the main window, once it has taken over
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "CSSW offline consent"))
        self.unlock_page: UnlockPage | None = UnlockPage(self)
        self.setCentralWidget(self.unlock_page)
        self.unlock_page.unlock_requested.connect(self._keep_unlock)
        self.unlock_page.installEventFilter(self)
        self.pending: str | None = None
        """A passphrase the worker sent with Unlock before the app had loaded."""
        self.closed = False
        self.was_painted = False
        self.resize(em(self, WIDTH_EM), em(self, HEIGHT_EM))

    def show_and_wait_for_paint(self) -> bool:
        """Show the window and return once its page is painted; False if the worker
        closed it first (the app then quits without loading the rest)."""
        self.show()
        assert self.unlock_page is not None
        self.unlock_page.setFocus()
        if not self.was_painted and not self.closed:
            waiting = QEventLoop()
            self.painted.connect(waiting.quit)
            QTimer.singleShot(PAINT_WAIT_MS, waiting.quit)
            waiting.exec()
        return not self.closed

    def take_page(self) -> UnlockPage:
        """The unlock page, for the main window to adopt (it reparents it)."""
        page = self.unlock_page
        assert page is not None, "the unlock page was handed over already"
        page.unlock_requested.disconnect(self._keep_unlock)
        page.removeEventFilter(self)
        self.unlock_page = None
        return page

    def take_pending(self) -> str | None:
        """The passphrase sent early, once (then forgotten here)."""
        pending, self.pending = self.pending, None
        return pending

    def hand_over(self, main: QWidget) -> None:
        """The main window (showing the adopted page) takes this one's place on screen;
        keys still sent here go to it, and this window closes once it is active."""
        self._main = main
        # A filter rather than an event() override: until now no event of this window
        # had to be looked at in Python (each such call costs at start-up).
        self.installEventFilter(self)
        main.setGeometry(self.geometry())
        if self.isMaximized():
            main.showMaximized()
        main.installEventFilter(self)
        QTimer.singleShot(CLOSE_AFTER_MS, self._retire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        main = self._main
        if kind == QEvent.Type.Paint and watched is self.unlock_page and not self.was_painted:
            self.was_painted = True
            self.painted.emit()
        elif watched is self and main is not None and kind in _KEY_EVENTS:
            QApplication.sendEvent(main.focusWidget() or main, event.clone())
            return True  # passed on to the main window
        elif kind == QEvent.Type.WindowActivate and watched is main:
            QTimer.singleShot(0, self._retire)
        return False

    def _retire(self) -> None:
        main = self._main
        if main is None or self.closed:
            return
        main.removeEventFilter(self)
        self.removeEventFilter(self)
        self.closed = True
        self.hide()
        self.deleteLater()

    def _keep_unlock(self, passphrase: str) -> None:
        self.pending = passphrase

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        self.pending = None
        super().closeEvent(event)
