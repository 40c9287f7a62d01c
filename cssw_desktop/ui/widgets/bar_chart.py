"""A horizontal bar chart drawn with QPainter (no Qt Charts: the frozen app keeps its size
budget), readable as text too.

Each bar is a row: its label, then its parts side by side (stacked), then its total. Parts
differ by colour and by fill pattern, so they stay apart in greyscale and in high contrast;
the legend names them. Sizes are in font units, so the chart grows with the text size. A
screen reader gets the same figures as words: the chart takes keyboard focus and carries
them as its accessible description (`text()`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cssw_desktop.ui.accessibility import is_high_contrast


@dataclass(frozen=True, slots=True)
class Part:
    """One kind of part every bar is made of: its name (legend) and how it is filled."""

    name: str
    colour: str  # "#rrggbb"
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one per part, in the parts' order

    @property
    def total(self) -> int:
        return sum(self.values)


class BarChart(QWidget):
    """Bars of stacked parts with a legend; `text()` says the same in words."""

    def __init__(self, title: str, parts: Sequence[Part], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.parts = tuple(parts)
        self.bars: tuple[Bar, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(title)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setAccessibleDescription(self.text())
        self.setToolTip(self.text())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The chart in words: each bar's label, total and parts."""
        lines = []
        for bar in self.bars:
            parts = ", ".join(
                f"{part.name} {value}" for part, value in zip(self.parts, bar.values, strict=True)
            )
            detail = f" ({parts})" if len(self.parts) > 1 else ""
            lines.append(f"{bar.label}: {bar.total}{detail}")
        return f"{self.title}. " + "; ".join(lines) + "." if lines else f"{self.title}."

    # --- geometry --------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _label_width(self, width: float) -> float:
        """The label column: as wide as the longest label, at most 45 % of the chart."""
        m = self._metrics()
        longest = max((m.horizontalAdvance(bar.label) for bar in self.bars), default=0.0)
        return min(longest, width * 0.45) + m.horizontalAdvance("M") * 0.6

    def _label_lines(self, label: str, room: float) -> int:
        """How many lines the label wraps to in `room` (at most two; beyond, it ends in …)."""
        bound = self._metrics().boundingRect(
            QRectF(0, 0, max(room, 1.0), 1e6), int(Qt.TextFlag.TextWordWrap), label
        )
        return 1 if bound.height() <= self._metrics().height() * 1.2 else 2

    def _row_heights(self, width: float) -> list[float]:
        m = self._metrics()
        if len(self.bars) == 1:  # one bar is the chart's headline: drawn tall
            return [m.height() * 2.4]
        room = self._label_width(width) - m.horizontalAdvance("M") * 0.4
        return [
            m.height() * (1.6 if self._label_lines(bar.label, room) == 1 else 2.4)
            for bar in self.bars
        ]

    def _legend_places(self, width: float) -> tuple[list[QPointF], float]:
        """Where each part's swatch goes, wrapping to more lines when narrow; the height."""
        if len(self.parts) < 2:
            return [], 0.0
        m = self._metrics()
        line, size, gap = m.height() * 1.5, m.height() * 0.9, m.horizontalAdvance(" ")
        x = y = 0.0
        places = []
        for part in self.parts:
            needed = size + gap + m.horizontalAdvance(part.name)
            if x > 0 and x + needed > width:
                x, y = 0.0, y + line
            places.append(QPointF(x, y + m.height() * 0.3))
            x += needed + m.horizontalAdvance("MM")
        return places, y + line + m.height() * 0.3

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = sum(self._row_heights(width)) if self.bars else self._metrics().height() * 1.6
        return round(self._legend_places(width)[1] + rows + self._metrics().height() * 0.4)

    def sizeHint(self) -> QSize:
        width = round(self._metrics().horizontalAdvance("M") * 30)
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    def minimumSizeHint(self) -> QSize:
        width = round(self._metrics().horizontalAdvance("M") * 18)
        return QSize(width, self.heightForWidth(max(self.width(), width)))

    # --- painting --------------------------------------------------------------------------

    def _fill(self, painter: QPainter, rect: QRectF, part: Part) -> None:
        """The part's colour with its pattern over it in white, so parts differ in
        greyscale too; in high contrast, the theme's text colour on its base."""
        if is_high_contrast():
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
            painter.fillRect(
                rect, QBrush(self.palette().color(QPalette.ColorRole.WindowText), part.pattern)
            )
            return
        painter.fillRect(rect, QColor(part.colour))
        if part.pattern is not Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150), part.pattern))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        m = self._metrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        outline = QPen(text_colour, 1)
        y = self._draw_legend(painter, m, outline)
        if not self.bars:
            return
        label_width = self._label_width(self.width())
        number_width = max(m.horizontalAdvance(str(bar.total)) for bar in self.bars) + (
            m.horizontalAdvance("M") * 0.8
        )
        area = max(self.width() - label_width - number_width - 2, 1.0)
        largest = max((bar.total for bar in self.bars), default=0) or 1
        bar_height = m.height() * (1.8 if len(self.bars) == 1 else 1.1)
        for bar, row in zip(self.bars, self._row_heights(self.width()), strict=True):
            top = y + (row - bar_height) / 2
            painter.setPen(text_colour)
            label_rect = QRectF(0, y, label_width - m.horizontalAdvance("M") * 0.4, row)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if self._label_lines(bar.label, label_rect.width()) == 1:
                painter.drawText(label_rect, int(right), bar.label)
            else:
                painter.drawText(label_rect, int(right | Qt.TextFlag.TextWordWrap), bar.label)
            x = label_width
            for part, value in zip(self.parts, bar.values, strict=True):
                if value <= 0:
                    continue
                width = max(area * value / largest, 2.0)
                rect = QRectF(x, top, width, bar_height)
                self._fill(painter, rect, part)
                painter.setPen(outline)
                painter.drawRect(rect)
                x += width
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + m.horizontalAdvance("M") * 0.3, top, number_width, bar_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(bar.total),
            )
            y += row

    def _draw_legend(self, painter: QPainter, m: QFontMetricsF, outline: QPen) -> float:
        places, height = self._legend_places(self.width())
        size = m.height() * 0.9
        for part, at in zip(self.parts, places, strict=False):  # none for one part
            swatch = QRectF(at.x(), at.y(), size, size)
            self._fill(painter, swatch, part)
            painter.setPen(outline)
            painter.drawRect(swatch)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            text = QRectF(
                at.x() + size + m.horizontalAdvance(" "),
                at.y() - m.height() * 0.3,
                m.horizontalAdvance(part.name) + 2,
                m.height() * 1.5,
            )
            painter.drawText(
                text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), part.name
            )
        return height
