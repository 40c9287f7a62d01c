"""Small layout helpers so every page looks alike and scales with the system font.

Sizes are in font units (em), never pixels, so text fits at any DPI or scale factor.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cssw_desktop.ui.accessibility import grow_to_fit, use_colours
from cssw_desktop.ui.assistive import Role, announce, set_role

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
    set_role(label, Role.Heading)  # its name is what it shows, even after setText
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
    use_colours(label, text="problem")
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, *, urgent: bool = True, say: bool = True) -> None:
    """Show text in a message label, or hide it when the text is empty; a new message is
    announced to the screen reader (at once when `urgent`: a problem to fix; not at all
    when not `say`: the caller decides when it is worth saying)."""
    changed = say and (text != label.text() or not label.isVisible())
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))
    if text:
        grow_to_fit(label.window())
        if changed:
            announce(label, text, urgent=urgent)


class ElidedLabel(QLabel):
    """One line that gives way when room is short (large text, a narrow window): it ends in
    "…" instead of being cut off, and says the whole text as its tooltip and description.
    For text that is not essential at a glance, such as a folder's path."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(em(self, 3), super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elide = Qt.TextElideMode.ElideMiddle
        shown = self.fontMetrics().elidedText(self.text(), elide, rect.width())
        flags = int(self.alignment())
        style = self.style()
        style.drawItemText(
            painter, rect, flags, self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )
        painter.end()


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
