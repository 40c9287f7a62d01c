"""A small page-layout engine over QPainter for the sealed-record PDF.

Content is laid out top to bottom into pages of drawing operations first, so the total
page count is known before anything is painted ("Page N of M" on every footer); then
each page is painted, followed by its footer. Sizes are given in points (1/72 inch) and
converted to the PDF writer's device units. Boxes are drawn with lines; the tick in a
chosen box is the shipped font's check mark, so it is in the PDF's text too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPaintDevice,
    QPainter,
    QPen,
)

from cssw_documents.fonts import MONO, SANS

Op = Callable[[QPainter], None]

A4_WIDTH_PT = 595.28
A4_HEIGHT_PT = 841.89
MM = 72 / 25.4  # points per millimetre

# The shipped fonts first (cssw_documents.fonts); the rest only stand in for a character
# they lack, or for a broken installation.
SANS_FAMILIES = [SANS, "Segoe UI", "Arial", "Liberation Sans", "Helvetica"]
MONO_FAMILIES = [MONO, "Consolas", "Liberation Mono", "Courier New", "Courier"]

INK = QColor(0, 0, 0)
RULE = QColor(90, 90, 90)
SHADE = QColor(238, 238, 238)
TICK = "\u2714"  # ✔ heavy check mark (in the shipped fonts: scripts/subset-fonts)

WRAP = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


LRE = "\u202a"  # left-to-right embedding
POP = "\u202c"  # pop directional formatting (ends the embedding)
_RIGHT_TO_LEFT = frozenset({"R", "AL", "RLE", "RLO", "RLI"})


def _has_right_to_left(text: str) -> bool:
    """Whether any character of the text is written right to left (Arabic, Hebrew …)."""
    return any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


def font(size: float, *, bold: bool = False, mono: bool = False) -> QFont:
    """A font at `size` points: the shipped family (registered by `register_fonts`)."""
    chosen = QFont()
    chosen.setFamilies(MONO_FAMILIES if mono else SANS_FAMILIES)
    if mono:
        chosen.setStyleHint(QFont.StyleHint.TypeWriter)
    chosen.setPointSizeF(size)
    chosen.setBold(bold)
    chosen.setKerning(False)  # keeps pdftotext's word spacing faithful
    # No ligatures: "ff" and "fi" must stay letters a search or a screen reader finds.
    for tag in ("liga", "clig", "dlig"):
        chosen.setFeature(QFont.Tag(tag), 0)
    return chosen


@dataclass(frozen=True, slots=True)
class Margins:
    left: float = 20 * MM
    right: float = 20 * MM
    top: float = 16 * MM
    bottom: float = 27 * MM  # room for the footer


@dataclass(frozen=True, slots=True)
class Words:
    """Text a drawing operation puts on a page and where (device units): the record's text
    for a screen reader is read from the very operations that paint the page."""

    top: float
    start: float  # the left edge, or the right in a right-to-left page
    text: str


class TextOp:
    """A drawing operation that puts text on the page, with the text it puts there."""

    __slots__ = ("_draw", "words")

    def __init__(self, draw: Op, words: Words) -> None:
        self._draw = draw
        self.words = words

    def __call__(self, painter: QPainter) -> None:
        self._draw(painter)


def page_text(page: Sequence[Op]) -> list[str]:
    """The texts painted on a page in reading order, a line for each row: top to bottom,
    and along the row ("Name of family: Nguyen", a table row's cells); the direction
    marks dropped."""
    rows: dict[int, list[Words]] = {}
    for op in page:
        if isinstance(op, TextOp):
            rows.setdefault(round(op.words.top), []).append(op.words)
    lines = []
    for top in sorted(rows):
        parts = (w.text.replace(LRE, "").replace(POP, "").strip() for w in rows[top])
        ordered = sorted(zip((w.start for w in rows[top]), parts, strict=True))
        line = " ".join(text for _start, text in ordered if text)
        if line:
            lines.append(line)
    return lines


class PageFlow:
    """Lays content out down A4 pages, starting a new page when the next block will not fit."""

    def __init__(
        self,
        device: QPaintDevice,
        margins: Margins | None = None,
        direction: Qt.LayoutDirection | None = None,
    ) -> None:
        self.device = device
        self.unit = device.logicalDpiY() / 72  # device units per point
        # In a right-to-left language (default: the application's direction, which follows
        # the translation in force) the page is mirrored: positions are given as for
        # left-to-right and flipped when drawn, and text starts at the right.
        self.direction = QGuiApplication.layoutDirection() if direction is None else direction
        self.mirrored = self.direction == Qt.LayoutDirection.RightToLeft
        self.margins = margins or Margins()
        self.left = self.margins.left
        self.width = A4_WIDTH_PT - self.margins.left - self.margins.right
        self.top = self.margins.top
        self.bottom = A4_HEIGHT_PT - self.margins.bottom
        self.pages: list[list[Op]] = [[]]
        self.current = self.pages[0]  # the page that new drawing operations go to
        self.y = self.top

    # -- geometry -------------------------------------------------------------------------

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        u = self.unit
        if self.mirrored:
            x = A4_WIDTH_PT - x - w
        return QRectF(x * u, y * u, w * u, h * u)

    def text_height(self, text: str, fnt: QFont, width: float, flags: int = LEFT | WRAP) -> float:
        """The height in points `text` takes when wrapped to `width` points."""
        metrics = QFontMetricsF(fnt, self.device)
        bound = metrics.boundingRect(
            QRectF(0, 0, width * self.unit, 1e7), flags, text if text else " "
        )
        return bound.height() / self.unit

    def text_width(self, text: str, fnt: QFont) -> float:
        return QFontMetricsF(fnt, self.device).horizontalAdvance(text) / self.unit

    # -- pages ----------------------------------------------------------------------------

    def new_page(self) -> None:
        self.current = []
        self.pages.append(self.current)
        self.y = self.top

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` points still fit on this one."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def space(self, height: float) -> None:
        self.y = min(self.y + height, self.bottom)

    def add(self, op: Op) -> None:
        self.current.append(op)

    # -- drawing operations (positions in points) -----------------------------------------

    def draw_text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        fnt: QFont,
        flags: int = LEFT | WRAP,
        colour: QColor = INK,
    ) -> float:
        """Queue wrapped text at (x, y); returns its height in points."""
        if self.mirrored and not _has_right_to_left(text):
            text = f"{LRE}{text}{POP}"  # data (names, dates, hashes) still reads left to right
        height = self.text_height(text, fnt, width, flags)
        target = self.rect(x, y, width, height + 2)

        direction = self.direction

        def op(p: QPainter) -> None:
            p.setLayoutDirection(direction)  # left and right alignment follow it
            p.setFont(fnt)
            p.setPen(colour)
            p.drawText(target, flags, text)

        self.add(TextOp(op, self._words(target, text)))
        return height

    def _words(self, target: QRectF, text: str) -> Words:
        start = -target.right() if self.mirrored else target.left()
        return Words(target.top(), start, text)

    def draw_box(self, x: float, y: float, size: float, ticked: bool) -> None:
        """A square tick box drawn with lines; ticked puts a check mark (✔, from the
        shipped font) in it, so the mark is also in the PDF's text: a search, a screen
        reader or `pdftotext` finds which option was chosen."""
        box = self.rect(x, y, size, size)
        u = self.unit
        mark = font(size * 0.82, bold=True)

        def op(p: QPainter) -> None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(INK, 0.8 * u))
            p.drawRect(box)
            if ticked:
                p.setFont(mark)
                p.setPen(INK)
                p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), TICK)

        self.add(TextOp(op, self._words(box, TICK if ticked else "")))

    def draw_frame(
        self, x: float, y: float, w: float, h: float, *, shade: bool = False, line: float = 0.6
    ) -> None:
        target = self.rect(x, y, w, h)
        u = self.unit

        def op(p: QPainter) -> None:
            p.setPen(QPen(RULE, line * u))
            if shade:
                p.setBrush(SHADE)
            else:
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(target)

        self.add(op)

    def draw_line(self, x1: float, y1: float, x2: float, y2: float, line: float = 0.6) -> None:
        u = self.unit
        if self.mirrored:
            x1, x2 = A4_WIDTH_PT - x1, A4_WIDTH_PT - x2
        start, end = QPointF(x1 * u, y1 * u), QPointF(x2 * u, y2 * u)

        def op(p: QPainter) -> None:
            p.setPen(QPen(RULE, line * u))
            p.drawLine(start, end)

        self.add(op)

    def draw_image(self, x: float, y: float, w: float, h: float, image: QImage) -> None:
        """The image scaled to fit inside the box, keeping its shape, centred."""
        if image.isNull() or image.width() == 0 or image.height() == 0:
            return
        scale = min(w / image.width(), h / image.height())
        iw, ih = image.width() * scale, image.height() * scale
        target = self.rect(x + (w - iw) / 2, y + (h - ih) / 2, iw, ih)

        def op(p: QPainter) -> None:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            # Signatures are evidence: store the ink losslessly, never as JPEG.
            p.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            p.drawImage(target, image)

        self.add(op)

    def table_row(
        self,
        columns: Sequence[tuple[float, str]],
        cells: Sequence[str],
        size: float,
        *,
        header: bool,
    ) -> None:
        """One row of a ruled table: each cell framed (shaded for a header) and wrapped."""
        fnt = font(size, bold=header)
        pad = 1.5 * MM
        height = max(
            self.text_height(c, fnt, w - 2 * pad) for (w, _), c in zip(columns, cells, strict=True)
        )
        height += 2 * pad
        self.ensure(height)
        x = self.left
        for (w, _), text in zip(columns, cells, strict=True):
            self.draw_frame(x, self.y, w, height, shade=header)
            self.draw_text(x + pad, self.y + pad, w - 2 * pad, text, fnt)
            x += w
        self.y += height


def column_heights(flow: PageFlow, cells: Sequence[tuple[str, QFont, float]]) -> float:
    """The tallest of several wrapped texts: (text, font, width) each."""
    return max((flow.text_height(t, f, w) for t, f, w in cells), default=0.0)


def labelled_rows(flow: PageFlow, rows: Sequence[tuple[str, str, bool]]) -> None:
    """(label, value, fixed-width) rows down the page: the seal's and central's facts."""
    left, width = flow.left, flow.width
    label_w = 48 * MM
    for label, value, mono in rows:
        value_font = font(8.5, mono=True) if mono else font(9.5)
        flags = LEFT | (WRAP_ANYWHERE if mono else WRAP)
        h = max(
            flow.text_height(label, font(9.5, bold=True), label_w - 2 * MM),
            flow.text_height(value, value_font, width - label_w, flags),
        )
        flow.ensure(h + 2 * MM)
        flow.draw_text(left, flow.y, label_w - 2 * MM, label, font(9.5, bold=True))
        flow.draw_text(left + label_w, flow.y, width - label_w, value, value_font, flags)
        flow.y += h + 1.5 * MM


def last_page_heading(flow: PageFlow, title: str, words: str) -> None:
    """A new page with its title and the paragraph under it (the audit trail's page, or
    central's)."""
    flow.new_page()
    flow.y += flow.draw_text(flow.left, flow.y, flow.width, title, font(15, bold=True))
    flow.space(2 * MM)
    flow.y += flow.draw_text(flow.left, flow.y, flow.width, words, font(9.5))
