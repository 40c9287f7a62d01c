"""The mark on every page of a training record's PDF: no printout of one can pass as real.

A band across the top of each page says "TRAINING — not a real record" in bold, and the
word TRAINING runs faintly across the page behind the form, so a page cut or copied still
shows it. Whether a record is for training is read from the sealed document itself
(`"training": true`, see cssw_core.domain.sealing), so every PDF of it is marked, wherever
and whenever it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from cssw_documents.layout import A4_HEIGHT_PT, A4_WIDTH_PT, MM, Op, PageFlow, font
from cssw_documents.page_frame import HEADER_BOTTOM

translate = QCoreApplication.translate

BAND_TOP = HEADER_BOTTOM + 2 * MM  # under the council's header, above the form's first line
BAND_HEIGHT = 9 * MM
WATERMARK = QColor(228, 228, 228)  # faint on paper, never hiding the form's text
CENTRED = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)


def training_words() -> str:
    """The band's words, in the language the PDF is made in."""
    return translate("Pdf", "TRAINING — not a real record")


def mark_training_pages(flow: PageFlow) -> None:
    """Put the band on top of, and the faint word behind, every page laid out so far."""
    words = training_words()
    faint = translate("Pdf", "TRAINING", "the word across a training record's pages")
    for page in flow.pages:
        page.insert(0, _watermark(flow, faint))  # first, so the form is drawn over it
        flow.current = page
        flow.draw_frame(flow.left, BAND_TOP, flow.width, BAND_HEIGHT, shade=True, line=1.5)
        size = 13.0
        while size > 8 and flow.text_width(words, font(size, bold=True)) > flow.width - 4 * MM:
            size -= 0.5  # a longer translation still fits on one line
        height = flow.text_height(words, font(size, bold=True), flow.width)
        flow.draw_text(
            flow.left,
            BAND_TOP + (BAND_HEIGHT - height) / 2,
            flow.width,
            words,
            font(size, bold=True),
            CENTRED,
        )


def _watermark(flow: PageFlow, text: str) -> Op:
    unit = flow.unit
    centre = QPointF(A4_WIDTH_PT / 2 * unit, A4_HEIGHT_PT / 2 * unit)
    big = font(96, bold=True)
    width = flow.text_width(text, big) * unit
    height = flow.text_height(text, big, A4_HEIGHT_PT) * unit

    def op(p: QPainter) -> None:
        p.save()
        p.translate(centre)
        p.rotate(-50)
        p.setFont(big)
        p.setPen(WATERMARK)
        p.drawText(QRectF(-width / 2, -height / 2, width, height), CENTRED, text)
        p.restore()

    return op
