"""Where the keyboard is and where it starts: a thick focus ring drawn round whatever
has the focus, in every window, and `focus_starts_at` for a page that should give the
keyboard to one of its controls without the side effects of a Qt focus proxy.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QMenuBar, QWidget

from cssw_desktop.ui.accessibility import colour
from cssw_desktop.ui.per_app import one_per_app

FOCUS_WIDTH = 3  # the ring's thickness in pixels
RING_MARGIN = FOCUS_WIDTH + 1  # how far the ring lies outside the widget: a pixel's gap
_FOLLOWED = (
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
    QEvent.Type.ZOrderChange,
)


class _RingFrame(QFocusFrame):
    """The ring round one widget: a child of the widget's parent, RING_MARGIN larger on
    every side and stacked under it, so only the ring round its edges shows. It moves
    with the widget and is clipped by a scroll area as the widget is.

    A QFocusFrame that places itself: given the widget (setWidget), Qt's frame takes its
    margins from its style, which would need a Python proxy style, and a Python style
    makes PySide build every QStyle enum (about 4 ms, before the unlock page paints)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    @property
    def target(self) -> QWidget | None:
        target = self._target
        return target if target is not None and shiboken6.isValid(target) else None

    def follow(self, widget: QWidget | None) -> None:
        """Go round `widget` from now on (None: nowhere, hidden)."""
        old = self.target
        if old is widget:
            self._place()
            return
        if old is not None:
            old.removeEventFilter(self)
        self._target = widget
        if widget is not None:
            widget.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.target
        parent = target.parentWidget() if target is not None else None
        if target is None or parent is None or target.isHidden():
            self.hide()
            return
        if self.parentWidget() is not parent:
            self.setParent(parent)
        m = RING_MARGIN
        geometry = target.geometry().adjusted(-m, -m, m, m)
        self.setGeometry(geometry)
        if not parent.rect().intersects(geometry):
            self.hide()
            return
        self.stackUnder(target)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in _FOLLOWED:
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour("focus"), FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class FocusRing(QObject):
    """A thick outline drawn around whatever has the keyboard focus, in every window.

    The outline (_RingFrame) is a child of the focused widget's parent, so it follows the
    widget as it moves and is clipped by a scroll area like the widget itself. It goes
    when its parent does (a closed dialog), and a new one is made on the next move.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: _RingFrame | None = None
        app.focusChanged.connect(self._follow)

    @property
    def frame(self) -> _RingFrame | None:
        frame = self._frame
        return frame if frame is not None and shiboken6.isValid(frame) else None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        frame = self.frame
        if new is None or not _wants_ring(new):
            if frame is not None:
                frame.follow(None)
            return
        if frame is None:
            frame = self._frame = _RingFrame()
        frame.follow(new)

    def update(self) -> None:
        frame = self.frame
        if frame is not None:
            frame.update()


def _wants_ring(widget: QWidget) -> bool:
    if isinstance(widget, QMenu | QMenuBar) or widget.isWindow():
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def install_focus_ring(app: QApplication) -> FocusRing:
    """One ring for the whole application (installing again returns the same one)."""
    return one_per_app(app, FocusRing, lambda: FocusRing(app))


# --- where the keyboard starts --------------------------------------------------------


class _FocusStart(QObject):
    def __init__(self, page: QWidget, target: Callable[[], QWidget | None]) -> None:
        super().__init__(page)
        self._page = page
        self._target = target
        page.installEventFilter(self)

    def target(self) -> QWidget | None:
        widget = self._target()
        if widget is None or not widget.isEnabled() or widget.isHidden():
            return None
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched is self._page:
            target = self.target()
            if target is not None and target is not watched:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


def focus_starts_at(page: QWidget, target: QWidget | Callable[[], QWidget | None]) -> None:
    """When `page` is given the focus (page.setFocus()), the keyboard goes to `target`.

    Not a focus proxy: Tab into a widget whose proxy is not its first control jumps to
    the proxy, and the controls before it can no longer be reached with Tab.
    """
    find: Callable[[], QWidget | None] = target if callable(target) else (lambda: target)
    old = page.findChild(_FocusStart, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if old is not None:
        page.removeEventFilter(old)
        old.setParent(None)
    _FocusStart(page, find)


def focus_start(page: QWidget) -> QWidget | None:
    """Where the keyboard goes when `page` is given the focus (None: nowhere set)."""
    start = page.findChild(_FocusStart, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return start.target() if start is not None else None
