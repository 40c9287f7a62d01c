"""The clipboard holds a family's details only when the worker copies them, and not for long.

On Linux (X11, and Wayland with primary selection) selecting text — a name in a field, a
line of the summary, a cell — also offers it to every other program as the "primary
selection" (pasted with the middle button), without the worker asking for a copy. The
app gives that selection up at once, each time it takes it: selecting text still works
in the app, but nothing leaves it that way. Copying (Ctrl+C, or Copy in a menu) is the
worker's own request and works as usual; what the app put on the clipboard is cleared
when it locks or quits, if the clipboard still holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

from cssw_desktop.ui.per_app import one_per_app


class SelectionGuard(QObject):
    """Gives up the primary selection whenever this app takes it (one per application)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("cssw-selection-guard")
        self._clipboard = app.clipboard()
        self.given_up = 0  # how many selections were not offered to other programs
        self._clipboard.changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode == QClipboard.Mode.Selection and self._clipboard.ownsSelection():
            self.given_up += 1
            self._clipboard.clear(QClipboard.Mode.Selection)


def guard_selection(app: QGuiApplication) -> SelectionGuard:
    """Install the guard (installing again returns the same one)."""
    return one_per_app(app, SelectionGuard, lambda: SelectionGuard(app))


def forget_app_clipboard() -> None:
    """Clear what this app put on the clipboard (on lock and quit), if it is still there.

    Something another program copied since is left alone: the platform says whose it is.
    """
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer() and clipboard.ownsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)
