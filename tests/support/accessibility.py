"""What a screen reader and a large-text user meet on a screen: each control's accessible
name and description (through QAccessible, as assistive technology reads them), and text
that does not fit its widget."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cssw_desktop.ui.scroll_bar_names import name_scroll_bars
from cssw_desktop.ui.visit.signature_pad import SignaturePad
from cssw_desktop.ui.widgets.layout import ElidedLabel

Role = QAccessible.Role

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
    SignaturePad,
)
NOT_CONTROLS = (QScrollBar, QMenu, QMenuBar, QFocusFrame, QHeaderView)
COMPOUND = (QAbstractSpinBox, QComboBox)  # their inner line edit and list are theirs


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit | QLabel) else ""
    return f"{type(widget).__name__} objectName={widget.objectName()!r} text={text!r}"


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    """Something a person can operate: a control, or anything the Tab key stops at."""
    if isinstance(widget, NOT_CONTROLS) or widget.isWindow() or _inside_compound(widget):
        return False
    if isinstance(widget.parentWidget(), QAbstractScrollArea) and not isinstance(
        widget, INTERACTIVE
    ):
        return False  # a scroll area's viewport or corner
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def shown_controls(window: QWidget) -> list[QWidget]:
    """Every control shown on screen now in the window (the window itself included)."""
    widgets = [window, *window.findChildren(QWidget)]
    return [w for w in widgets if w.isVisible() and is_control(w)]


def spoken(widget: QWidget) -> tuple[str, str]:
    """The Name and Description a screen reader gets for the widget."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, describe(widget)
    return (
        interface.text(QAccessible.Text.Name).strip(),
        interface.text(QAccessible.Text.Description).strip(),
    )


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls shown in `window` without an accessible name or description, and scroll
    bars shown or menu items (the window's menus, shown or not) without a name."""
    problems = []
    for widget in shown_controls(window):
        name, description = spoken(widget)
        if not name or not description:
            problems.append(f"{describe(widget)}: name={name!r} description={description!r}")
    return problems + unnamed_scroll_bars(window) + unnamed_menu_items(window)


def unnamed_scroll_bars(window: QWidget) -> list[str]:
    """Scroll bars shown without a name (saying what they scroll)."""
    name_scroll_bars()  # as the main window does when the app starts
    bars = [window, *window.findChildren(QScrollBar)]
    return [
        f"{describe(bar)} of {describe(bar.parentWidget() or bar)}: no name"
        for bar in bars
        if isinstance(bar, QScrollBar) and bar.isVisible() and not spoken(bar)[0]
    ]


def menu_items(menu: QWidget) -> list[QAccessibleInterface]:
    """The items of a menu or menu bar as a screen reader gets them (separators left out)."""
    interface = QAccessible.queryAccessibleInterface(menu)
    assert interface is not None, describe(menu)
    items = (interface.child(index) for index in range(interface.childCount()))
    return [item for item in items if item is not None and item.role() != Role.Separator]


def unnamed_menu_items(window: QWidget) -> list[str]:
    """Menu items in the window's menu bar and menus, or its widgets' menus, with no name."""
    problems = []
    for menu in [window, *window.findChildren(QWidget)]:
        if isinstance(menu, QMenu | QMenuBar):
            for item in menu_items(menu):
                if not item.text(QAccessible.Text.Name).strip():
                    problems.append(f"an item of {describe(menu)} has no name")
    return problems


def open_windows(app: QApplication) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if w.isVisible() and not isinstance(w, QMenu)]


def _shown_on_screen(widget: QWidget) -> bool:
    """Shown, and not scrolled out of its scroll area's view (where it cannot be cut)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def clipped(window: QWidget) -> list[str]:
    """Text or controls shown smaller than they need, in words (empty: nothing cut off).

    A wrapped label must be as tall as its text at its width; any other label, button,
    check box or field at least its size hint; every other widget at least its minimum
    size hint. A label made to end in "…" (ElidedLabel) says its whole text elsewhere.
    """
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown_on_screen(widget) or isinstance(widget, ElidedLabel | QFocusFrame):
            continue
        size = widget.size()
        if isinstance(widget, QLabel):
            if not widget.text():
                continue
            if widget.wordWrap():
                needed = QSize(
                    widget.minimumSizeHint().width(), widget.heightForWidth(size.width())
                )
            else:
                needed = widget.sizeHint()
        elif isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
            needed = widget.minimumSizeHint()
            if isinstance(widget, QAbstractButton) and widget.text():
                needed = needed.expandedTo(QSize(widget.sizeHint().width(), 0))
        else:
            needed = widget.minimumSizeHint()
        if size.width() + 1 < needed.width() or size.height() + 1 < needed.height():
            problems.append(
                f"{describe(widget)}: {size.width()}×{size.height()}, "
                f"needs {needed.width()}×{needed.height()}"
            )
    return problems
