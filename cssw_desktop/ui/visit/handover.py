"""While the family holds the laptop only their screen exists.

The seal is put on when the laptop is handed to the family and taken off when the worker
has typed their passphrase (or the app locks). While it is on:

- every other window of the app is hidden, the worker's main window first (not merely
  behind the family's screen: hidden, so Alt+Tab and the taskbar have nothing to reach),
  with its place, size and state noted;
- any window that tries to show meanwhile (a message box, a dialog, the error message) is
  kept off the screen: it is never put on screen, it is hidden straight after, and it
  shows when the worker is back (unless it was closed in the meantime);
- tooltips, menus and pop-ups of the family's own screen show as usual.

Taking it off puts every hidden window back where it was, as it was. What the worker's
window itself must stop doing (its actions, its notices, reloading the families, sync
news) is the window's and the controllers' part, told by Workspace.family_has_laptop.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

_MODALITY = "cssw_held_modality"  # a held window's modality, put back when it shows


def _restore_modality(window: QWidget) -> None:
    modality = window.property(_MODALITY)
    if isinstance(modality, int):
        window.setWindowModality(Qt.WindowModality(modality))
        window.setProperty(_MODALITY, None)


@dataclass(slots=True)
class _Hidden:
    """A window that was showing when the seal went on, and how it was."""

    window: QWidget
    geometry: QRect  # its place and size when not maximised, full screen or minimised
    state: Qt.WindowState
    active: bool


def belongs_to(widget: QWidget, family_window: QWidget) -> bool:
    """True for the family's window and the windows it opened (its menus, pop-ups,
    tooltips): those whose chain of parents reaches it."""
    current: QWidget | None = widget
    while current is not None:
        if current is family_window:
            return True
        current = current.parentWidget()
    return False


class HandOverSeal(QObject):
    """Keeps every window but the family's off the screen while `on`."""

    def __init__(self, family_window: QWidget, app: QApplication | None = None) -> None:
        super().__init__(family_window)
        instance = app or QApplication.instance()
        assert isinstance(instance, QApplication)
        self._app = instance
        self._family = family_window
        self._hidden: list[_Hidden] = []
        self._held: list[QWidget] = []  # tried to show while the seal was on
        self.on = False

    # --- on and off ----------------------------------------------------------------------

    def put_on(self) -> None:
        """Hide every other window (noting how it was) and keep new ones off the screen."""
        if self.on:
            return
        self.on = True
        QToolTip.hideText()
        self._app.installEventFilter(self)
        for window in self._app.topLevelWidgets():
            if window.isVisible() and not belongs_to(window, self._family):
                self._hidden.append(
                    _Hidden(
                        window,
                        window.normalGeometry(),
                        window.windowState(),
                        window.isActiveWindow(),
                    )
                )
        for hidden in self._hidden:
            self._watch(hidden.window)
            hidden.window.hide()

    def take_off(self) -> None:
        """Put every hidden window back as it was, then show what was held back."""
        if not self.on:
            return
        self.on = False
        self._app.removeEventFilter(self)
        hidden, self._hidden = self._hidden, []
        held, self._held = self._held, []
        for entry in hidden:
            window = entry.window
            if not shiboken6.isValid(window):
                continue
            window.setGeometry(entry.geometry)
            window.setWindowState(entry.state)
            window.show()
            if entry.active:
                if QGuiApplication.platformName() not in ("offscreen", "minimal"):
                    window.raise_()  # (test platforms have no stacking to change)
                window.activateWindow()
        for window in held:
            if shiboken6.isValid(window):
                if window.isVisible():
                    window.hide()  # still showing nowhere: hidden first, then shown for real
                window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
                _restore_modality(window)
                window.show()

    def held_back(self) -> list[QWidget]:
        """The windows kept off the screen now, to show when the worker is back."""
        return [w for w in self._held if shiboken6.isValid(w)]

    # --- keeping windows off the screen --------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show and not belongs_to(watched, self._family):
            self._hold(watched)
        elif kind == QEvent.Type.Close and (watched in self._held or isinstance(watched, QDialog)):
            # Closed while kept off the screen: it does not come back. (A main window
            # hidden at the start comes back even if asked to close meanwhile: it may
            # refuse, and the worker's window must never be lost.)
            self._forget(watched)
        return False

    def _hold(self, window: QWidget) -> None:
        """Sent before the window reaches the screen: keep it off, hide it at once after.
        Not modal meanwhile (it must block nothing, the family's screen least of all);
        its modality comes back with it."""
        if window.windowModality() != Qt.WindowModality.NonModal:
            window.setProperty(_MODALITY, window.windowModality().value)
            window.setWindowModality(Qt.WindowModality.NonModal)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        if window not in self._held:
            self._held.append(window)
            self._watch(window)
        QTimer.singleShot(0, lambda: self._hide_held(window))

    def _hide_held(self, window: QWidget) -> None:
        if not shiboken6.isValid(window):
            return
        if self.on:
            window.hide()  # not on screen, and no longer counted as showing
        if self.on or window not in self._held:
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
        if window not in self._held:
            _restore_modality(window)  # closed meanwhile: as it was, for a next time

    def _watch(self, window: QWidget) -> None:
        """Forget the window if it is finished while the seal is on (closing is seen by
        the filter; a deleted window is skipped when the seal comes off)."""
        if isinstance(window, QDialog):
            window.finished.connect(functools.partial(self._finished, window))

    def _finished(self, window: QWidget, _result: int) -> None:
        self._forget(window)

    def _forget(self, window: QWidget) -> None:
        if window in self._held:
            self._held.remove(window)
        self._hidden = [h for h in self._hidden if h.window is not window]
