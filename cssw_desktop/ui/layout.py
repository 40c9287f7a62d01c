"""Small layout helpers so every page looks alike and scales with the system font.

Sizes are in font units (em), never pixels, so text fits at any DPI or scale factor.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

HEADING_SCALE = 1.6
FAMILY_TEXT_SCALE = 1.15  # the texts a family reads on screen: a little larger


def em(widget: QWidget, count: float) -> int:
    """The width of `count` letter Ms in the widget's font, in device-independent pixels."""
    return round(QFontMetricsF(widget.font()).horizontalAdvance("M") * count)


def scaled_font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    """The base font at `scale` times its size (point size, so high-DPI stays right)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget | None = None, scale: float = HEADING_SCALE) -> QLabel:
    """A page title in the system font, larger and bold."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label.font(), scale, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Wrapped body text, a little larger for what a parent may read."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
    return label


def message_label(parent: QWidget | None = None) -> QLabel:
    """A label for a problem message: bold text, hidden while empty (not colour alone)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), 1.0, bold=True))
    label.setStyleSheet("color: #a4262c;")
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show text in a message label, or hide it when the text is empty."""
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


def centred_column(page: QWidget, width_em: float = 38) -> QVBoxLayout:
    """A column of at most `width_em` wide, centred on the page; returns its layout."""
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    column = QWidget(page)
    column.setMaximumWidth(em(page, width_em))
    outer.addWidget(column, 100)
    outer.addStretch(1)
    inner = QVBoxLayout(column)
    inner.addStretch(1)
    return inner
