"""Radio buttons' and check boxes' indicators as big as their words, at any text size.

Qt's styles draw the round and square boxes at a fixed pixel size: at 200 % text a Yes
or No stands beside a dot half its height, easy to miss and hard to hit. One filter on
the application sizes each indicator from its button's font when the button is first
shown and whenever its font changes (the View menu's text size), never below the style's
own size. A button given a style sheet of its own (the signing page's big confirm box)
is left as it is. The indicator's size is a style sheet, and a style sheet stops a widget
following its parent's font: each button sized here keeps the font it has as its own,
which the View menu's text size rescales like any other (accessibility.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QStyle

from cssw_desktop.ui.per_app import one_per_app

INDICATOR_SCALE = 0.8  # of the line height: about the height of a capital letter and more
_SIZED = "cssw_indicator_sized"  # the style sheet here is this module's


def indicator_side(button: QAbstractButton) -> int:
    """The indicator's side in pixels for the button's font."""
    metric = (
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        if isinstance(button, QRadioButton)
        else QStyle.PixelMetric.PM_IndicatorWidth
    )
    own = QApplication.style().pixelMetric(metric)  # the style's own, not the sheet's
    return max(own, round(QFontMetricsF(button.font()).height() * INDICATOR_SCALE))


def size_indicator(button: QAbstractButton) -> None:
    """Size the button's indicator for its font (unless it has a style sheet of its own)."""
    if button.styleSheet() and not button.property(_SIZED):
        return
    if not button.testAttribute(Qt.WidgetAttribute.WA_SetFont) and button.font().pointSizeF() > 0:
        # A style sheet stops a widget following its parent's font; with a font of its
        # own, the View menu's text size still reaches it (it rescales such fonts).
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF())  # marks the size as the button's own
        button.setFont(font)
    side = indicator_side(button)
    kind = "QRadioButton" if isinstance(button, QRadioButton) else "QCheckBox"
    sheet = f"{kind}::indicator {{ width: {side}px; height: {side}px; }}"
    if button.styleSheet() != sheet:
        button.setProperty(_SIZED, True)
        button.setStyleSheet(sheet)


class IndicatorSizing(QObject):
    """The application's filter (see the module's note)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QRadioButton | QCheckBox) and event.type() in (
            QEvent.Type.Polish,
            QEvent.Type.FontChange,
        ):
            size_indicator(watched)
        return False


def install_indicator_sizing(app: QApplication) -> IndicatorSizing:
    """One filter for the whole application (installing again returns the same one); the
    buttons already made are sized as it is installed."""
    return one_per_app(app, IndicatorSizing, lambda: _install_sizing(app))


def _install_sizing(app: QApplication) -> IndicatorSizing:
    sizing = IndicatorSizing(app)
    app.installEventFilter(sizing)
    for widget in app.allWidgets():
        if isinstance(widget, QRadioButton | QCheckBox):
            size_indicator(widget)
    return sizing
