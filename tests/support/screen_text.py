"""What the app shows: the windows on screen and every word in them, for tests that look
for what must not be there (another family's name while the family holds the laptop)."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def on_screen(window: QWidget) -> bool:
    """Qt counts the window as showing, or its native window is on the screen."""
    handle = window.windowHandle()
    return window.isVisible() or (handle is not None and handle.isVisible())


def windows_showing(app: QApplication) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if shiboken6.isValid(w) and on_screen(w)]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model has one column (PySide6 makes its columnCount private)."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _model_text(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, parent) if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            yield str(model.headerData(section, orientation) or "")
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and depth < 4 and model.rowCount(index) > 0:
                yield from _model_text(model, index, depth + 1)


def _widget_text(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_text(widget.model(), QModelIndex())
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()


def text_of(window: QWidget) -> str:
    """Every word in the window and everything in it, shown or not (stricter than what is
    on screen this moment: a page behind another one counts too)."""
    widgets = [window, *window.findChildren(QWidget)]
    return "\n".join(t for w in widgets for t in _widget_text(w) if t)


def text_showing(app: QApplication) -> str:
    """Every word in every window that is showing."""
    return "\n".join(text_of(w) for w in windows_showing(app))


def all_actions(app: QApplication) -> list[QAction]:
    """Every QAction of the application, on any widget or object, once each."""
    found: dict[int, QAction] = {}
    for action in app.findChildren(QAction):
        found[id(action)] = action
    for widget in app.allWidgets():
        for action in [*widget.actions(), *widget.findChildren(QAction)]:
            found[id(action)] = action
    return [a for a in found.values() if shiboken6.isValid(a)]


def all_key_sequences(app: QApplication) -> list[QKeySequence]:
    """The shortcut of every action and QShortcut in the application, enabled or not."""
    sequences: list[QKeySequence] = []
    for action in all_actions(app):
        sequences.extend(action.shortcuts())
    for widget in app.allWidgets():
        sequences.extend(s.key() for s in widget.findChildren(QShortcut))
    return [s for s in sequences if not s.isEmpty()]
