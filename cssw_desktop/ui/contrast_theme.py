"""The high-contrast theme: white and yellow on black, over Fusion with light outlines.

`accessibility.apply_theme` loads this module when the worker turns the theme on (or
starts with it on): with the theme off, the unlock page paints without making its style.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


def high_contrast_palette() -> QPalette:
    """White and yellow on black; disabled text grey but readable."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for g in (group.Active, group.Inactive, group.Disabled):
        for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
            palette.setColor(g, r, black)
        for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
            palette.setColor(g, r, white)
        palette.setColor(g, role.Highlight, yellow)
        palette.setColor(g, role.HighlightedText, black)
        palette.setColor(g, role.Link, yellow)
        palette.setColor(g, role.LinkVisited, yellow)
        palette.setColor(g, role.PlaceholderText, QColor("#c8c8c8"))
        for r in (role.Light, role.Midlight):
            palette.setColor(g, r, white)
        for r in (role.Dark, role.Mid, role.Shadow):
            palette.setColor(g, r, QColor("#c8c8c8"))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#a0a0a0"))
    return palette


class HighContrastStyle(QProxyStyle):
    """Fusion with light outlines: Fusion draws frames and check boxes a shade darker
    than the window, which on black is black."""

    OUTLINED = (
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonBevel,
        QStyle.PrimitiveElement.PE_Frame,
        QStyle.PrimitiveElement.PE_FrameGroupBox,
        QStyle.PrimitiveElement.PE_FrameWindow,
        QStyle.PrimitiveElement.PE_FrameTabWidget,
        QStyle.PrimitiveElement.PE_FrameMenu,
    )

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        if element in self.OUTLINED:
            option = type(option)(option)  # a copy: the caller's option stays as it was
            option.palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        super().drawPrimitive(element, option, painter, widget)
