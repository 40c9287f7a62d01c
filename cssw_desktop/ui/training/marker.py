"""While the app is on a training store, every window says so.

An application-wide event filter, installed only while a training store's window is the
app's window (there is one at a time), marks each top-level window as it is shown: its
title starts "TRAINING — ", and a main window or the family's full-screen window gets the
banner across its top. Dialogs, message boxes and the family's screen need no code of
their own for it, so a window added later is marked too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QMainWindow, QVBoxLayout, QWidget

from cssw_desktop.ui.training.banner import BANNER_NAME, TrainingBanner

_MARKED = "cssw_training_marked"
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
_WATCHED = (QEvent.Type.Show, QEvent.Type.WindowTitleChange)


class TrainingMarker(QObject):
    """Marks the app's windows while `active` (see the module's note)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.active = False

    def start(self) -> None:
        """Mark every window from now on, and those already showing."""
        if not self.active:
            self._app.installEventFilter(self)
            self.active = True
        for window in self._app.topLevelWidgets():
            if window.isVisible():
                self.mark(window)

    def stop(self) -> None:
        """The app left training (its windows, marked, are closed by then)."""
        if self.active:
            self._app.removeEventFilter(self)
            self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _WATCHED
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in _WINDOW_TYPES
        ):
            self.mark(watched)
        return False

    def mark(self, window: QWidget) -> None:
        """Say "training" in the window's title and, unless it is a dialog, on the window."""
        word = self.tr("TRAINING")
        title = window.windowTitle()
        if not title.startswith(word):
            window.setWindowTitle(self.tr("%1 — %2").replace("%1", word).replace("%2", title))
        if window.property(_MARKED) or isinstance(window, QDialog):
            return
        if isinstance(window, QMainWindow):
            placed = _banner_over_central_widget(window)
        else:
            layout = window.layout()
            placed = isinstance(layout, QBoxLayout)
            if isinstance(layout, QBoxLayout):
                banner = TrainingBanner(window)
                layout.insertWidget(0, banner)
                banner.show()  # at once: the window may be on screen already
        # A window still being built (a title set before its layout) gets it when shown.
        window.setProperty(_MARKED, placed)


def _banner_over_central_widget(window: QMainWindow) -> bool:
    """The banner above every page of the window (below its menus and toolbar); False
    while the window has no pages yet."""
    central = window.takeCentralWidget()
    if central is None:
        return False
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(TrainingBanner(holder))
    layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    holder.show()  # at once, as the page it holds was
    return True


def banner_of(window: QWidget) -> TrainingBanner | None:
    """The window's training banner, if it has one."""
    return window.findChild(TrainingBanner, BANNER_NAME)
