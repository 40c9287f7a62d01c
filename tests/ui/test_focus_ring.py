"""The focus ring: a thick outline round whatever has the keyboard, in every window,
following it as it moves, gone when it is hidden, never round a window or a menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFocusFrame,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cssw_desktop.ui.accessibility import colour
from cssw_desktop.ui.focus import FOCUS_WIDTH, RING_MARGIN, FocusRing, install_focus_ring


def _page(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit]:
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    column.setSpacing(24)  # room for the ring between the fields
    column.setContentsMargins(24, 24, 24, 24)
    first, second = QLineEdit(page), QLineEdit(page)
    column.addWidget(first)
    column.addWidget(second)
    page.resize(400, 200)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page, first, second


def _round(ring: FocusRing, widget: QWidget) -> bool:
    frame = ring.frame
    return (
        frame is not None
        and frame.isVisible()
        and frame.parentWidget() is widget.parentWidget()
        and frame.geometry()
        == widget.geometry().adjusted(-RING_MARGIN, -RING_MARGIN, RING_MARGIN, RING_MARGIN)
    )


def test_the_ring_goes_round_the_focused_field_and_is_drawn_in_the_focus_colour(
    qtbot: QtBot, qapp: QApplication
) -> None:
    ring = install_focus_ring(qapp)
    assert install_focus_ring(qapp) is ring  # one for the whole application
    page, first, second = _page(qtbot)

    first.setFocus()
    qtbot.waitUntil(lambda: _round(ring, first))
    frame = ring.frame
    assert frame is not None
    # Under the field in the stacking order: the field stays whole, the ring shows round it.
    siblings = page.children()
    assert siblings.index(frame) < siblings.index(first)
    # Drawn: the middle of the ring's left edge, beside the field, is the focus colour.
    qtbot.waitUntil(lambda: _pixel(page, first, -RING_MARGIN + FOCUS_WIDTH // 2) == _focus())
    assert _pixel(page, first, 4) != _focus()  # the field's own inside is not painted over

    second.setFocus()
    qtbot.waitUntil(lambda: _round(ring, second))
    assert ring.frame is frame  # the same ring moved


def _focus() -> str:
    return colour("focus").name()


def _pixel(page: QWidget, field: QWidget, dx: int) -> str:
    """The colour on screen `dx` pixels right of the field's left edge, half-way down."""
    at = field.geometry()
    image = page.grab(QRect(QPoint(0, 0), page.size())).toImage()
    ratio = image.devicePixelRatio()
    point = QPoint(round((at.left() + dx) * ratio), round(at.center().y() * ratio))
    return image.pixelColor(point).name()


def test_the_ring_follows_the_field_when_it_moves_or_grows_and_goes_when_it_is_hidden(
    qtbot: QtBot, qapp: QApplication
) -> None:
    ring = install_focus_ring(qapp)
    page, first, _second = _page(qtbot)
    first.setFocus()
    qtbot.waitUntil(lambda: _round(ring, first))

    page.resize(600, 300)  # the layout moves and widens the field
    qtbot.waitUntil(lambda: first.width() > 500)
    qtbot.waitUntil(lambda: _round(ring, first))

    first.hide()  # Qt moves the keyboard on; wherever it goes, no ring is left behind
    qtbot.waitUntil(lambda: ring.frame is None or not _round(ring, first))
    assert not any(
        frame.isVisible() and frame.geometry().intersects(first.geometry())
        for frame in page.findChildren(QFocusFrame)
        if frame is not None
    )


def test_no_ring_round_a_window_or_a_menu(qtbot: QtBot, qapp: QApplication) -> None:
    ring = install_focus_ring(qapp)
    _page_widget, first, _second = _page(qtbot)
    first.setFocus()
    qtbot.waitUntil(lambda: _round(ring, first))

    alone = QLineEdit()  # a field that is a window of its own: the window frame shows focus
    qtbot.addWidget(alone)
    alone.show()
    qtbot.waitExposed(alone)
    alone.activateWindow()
    alone.setFocus()
    qtbot.waitUntil(alone.hasFocus)
    qtbot.waitUntil(lambda: ring.frame is None or not ring.frame.isVisible())

    # A menu takes the keyboard while open (not shown here: Xvfb has no window manager
    # for a popup); the ring leaves the field rather than going round the menu.
    first.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: _round(ring, first))
    ring._follow(first, QMenu())
    frame = ring.frame
    assert frame is not None
    assert not frame.isVisible()


def test_a_closed_dialog_takes_its_ring_with_it_and_the_next_field_gets_a_new_one(
    qtbot: QtBot, qapp: QApplication
) -> None:
    ring = install_focus_ring(qapp)
    dialog = QDialog()
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: _round(ring, field))
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: ring.frame is None)

    _page_widget, first, _second = _page(qtbot)
    first.setFocus()
    qtbot.waitUntil(lambda: _round(ring, first))
