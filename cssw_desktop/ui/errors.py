"""The last-resort exception hook: log where it broke (never what), and tell the worker.

An exception's message can carry a family's details (a name in a ValueError, a row in a
database error), so the log gets only the exception type and the file/line/function of
each frame. The worker gets a plain, non-modal message and can carry on or lock.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("cssw_desktop.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def describe_without_details(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The exception type and its frames' locations, with no message text or values."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(f"{f.filename}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{kind.__module__}.{kind.__qualname__} at {where or 'unknown location'}"


class ErrorReporter:
    """Installs itself as sys.excepthook; shows one message box at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._box: QMessageBox | None = None
        self._previous: ExceptHook | None = None
        self.reported = 0

    def set_parent(self, parent: QWidget | None) -> None:
        """Show later messages over this window (the app changed windows)."""
        self._parent = parent

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the type and location only, then tell the worker plainly."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.reported += 1
        log.error("Unexpected problem: %s", describe_without_details(kind, tb))
        self._show()

    def _show(self) -> None:
        if self._box is not None:
            return  # one message at a time; the worker has already been told
        translate = QCoreApplication.translate
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ErrorReporter", "Something went wrong"))
        box.setText(translate("ErrorReporter", "Something went wrong in the app."))
        box.setInformativeText(
            translate(
                "ErrorReporter",
                "What you saved before this is safe. If the last thing you did does not "
                "show, please try it again. If this keeps happening, tell the IT service "
                "desk the time it happened.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(translate("ErrorReporter", "Error message"))
        box.finished.connect(self._forget)
        self._box = box
        box.show()

    def _forget(self) -> None:
        self._box = None

    def close_message(self) -> None:
        """Close the message if it is showing (on quit, and between tests)."""
        if self._box is not None:
            self._box.close()
