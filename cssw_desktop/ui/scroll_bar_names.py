"""Scroll bars that say what they scroll, for assistive technology: "Vertical scroll bar of
Families" rather than a nameless "scroll bar" (Qt gives them no name of their own).

The name is given when a screen reader (or a test) first asks for the scroll bar, through
an accessible-interface factory that only names it and lets Qt build its usual interface:
nothing is done, and nothing costs, while no assistive technology runs. The main window
installs it (`name_scroll_bars`) as the app starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar

_scroll_bars_named = False


def name_scroll_bars() -> None:
    """Every scroll bar says what it scrolls ("Vertical scroll bar of Families"), from its
    scroll area's name (or its window's title, or what a pop-up belongs to), when assistive
    technology first asks for it; one named on purpose keeps its name. Costs nothing while
    no one asks."""
    global _scroll_bars_named
    if not _scroll_bars_named:
        QAccessible.installFactory(_name_scroll_bar)
        _scroll_bars_named = True


def _name_scroll_bar(_key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QScrollBar) and not target.accessibleName():
        area = target.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        window = target.window()
        owner = window.parentWidget()  # a pop-up's (a combo box's list): what it belongs to
        subject = (
            (area.accessibleName() if area is not None else "")
            or window.windowTitle()
            or (owner.accessibleName() if owner is not None else "")
        )
        vertical = target.orientation() == Qt.Orientation.Vertical
        translate = QCoreApplication.translate
        if subject:
            name = (
                translate("ScrollBars", "Vertical scroll bar of %1")
                if vertical
                else translate("ScrollBars", "Horizontal scroll bar of %1")
            ).replace("%1", subject)
        else:
            name = (
                translate("ScrollBars", "Vertical scroll bar")
                if vertical
                else translate("ScrollBars", "Horizontal scroll bar")
            )
        target.setAccessibleName(name)
        if not target.accessibleDescription():
            target.setAccessibleDescription(
                translate("ScrollBars", "Moves what is shown up and down")
                if vertical
                else translate("ScrollBars", "Moves what is shown left and right")
            )
    return None  # Qt's own scroll bar interface, with the name it now has
