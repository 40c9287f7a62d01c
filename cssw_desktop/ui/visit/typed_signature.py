"""Signing by typing: for someone who cannot draw a signature (with the keyboard alone, or
a screen reader), the signer types their full name. The record keeps the name as typed,
no ink, and a picture of the typed name, and the signed form says it was typed.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from cssw_core.domain.signature import Signature, SignerRole
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, paragraph, scaled_font
from cssw_documents.formatting import encode_png

PICTURE_WIDTH, PICTURE_HEIGHT = 600, 200  # the picture's size, like a pad's
MAX_NAME = 100


def same_name(typed: str, expected: str) -> bool:
    """True if the typed name is the expected one, whatever the capitals or spaces."""

    def plain(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return bool(plain(typed)) and plain(typed) == plain(expected)


def render_typed_name(name: str, width: int = PICTURE_WIDTH, height: int = PICTURE_HEIGHT) -> bytes:
    """The typed name in italic on a signature line, black on white, as PNG bytes."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    baseline = height * 0.72
    left, right = width * 0.05, width * 0.95
    painter.setPen(QPen(QColor(120, 120, 120), 1.5))
    painter.drawLine(round(left), round(baseline), round(right), round(baseline))
    font = QFont("serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setItalic(True)
    font.setPixelSize(max(8, round(height * 0.3)))
    metrics = QFontMetricsF(font)
    room = right - left
    if metrics.horizontalAdvance(name) > room:  # a long name: smaller, never cut off
        font.setPixelSize(max(8, int(font.pixelSize() * room / metrics.horizontalAdvance(name))))
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    box = QRectF(left, 0, room, baseline - height * 0.04)
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, name)
    painter.end()
    return encode_png(image)


def typed_signature(
    role: SignerRole,
    signer_name: str,
    typed_name: str,
    signed_at: datetime,
    child_id: uuid.UUID | None = None,
) -> Signature:
    """A typed signature as the record keeps it."""
    typed = " ".join(typed_name.split())
    return Signature(
        role=role,
        signer_name=signer_name,
        signed_at=signed_at,
        width=PICTURE_WIDTH,
        height=PICTURE_HEIGHT,
        strokes=(),
        image_png=render_typed_name(typed),
        child_id=child_id,
        typed_name=typed,
    )


class TypedNamePanel(QWidget):
    """Where a signer types their full name instead of drawing a signature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = paragraph(
            self.tr(
                "Typing your full name here counts as your signature. The signed form "
                "will say that it was typed."
            ),
            self,
        )
        self.label = QLabel(self.tr("Your &full name:"), self)
        self.label.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE, bold=True))
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setFont(scaled_font(self.font(), 1.3))
        self.name.setAccessibleName(self.tr("Your full name, as your signature"))
        self.name.setAccessibleDescription(
            self.tr("Type your full name and press Enter to sign. It counts as your signature.")
        )
        self.label.setBuddy(self.name)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.name)
        layout.addStretch(1)
        self.setFocusProxy(self.name)

    def text(self) -> str:
        return " ".join(self.name.text().split())

    def problem(self, expected: str | None = None) -> str | None:
        """Why the typed name cannot be taken as a signature, in plain words; None if it can."""
        typed = self.text()
        if not typed:
            return self.tr("Please type your full name.")
        if expected and not same_name(typed, expected):
            return self.tr("Please type your full name as it is shown: %s.") % expected
        return None

    def clear(self) -> None:
        self.name.clear()
