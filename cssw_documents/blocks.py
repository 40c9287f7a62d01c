"""Building blocks of the form, shared by the consent and withdrawal layouts: headings,
labelled fields, Yes/No answers with a drawn box, the two-column agency grid, tables,
signatures and the footer that goes on every page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.i18n import fill
from cssw_core.domain.sealing import Seal
from cssw_documents.formatting import decode_png, time_text
from cssw_documents.layout import (
    A4_HEIGHT_PT,
    LEFT,
    MM,
    RIGHT,
    WRAP,
    WRAP_ANYWHERE,
    PageFlow,
    font,
)
from cssw_documents.words import agency_name

translate = QCoreApplication.translate  # the PDF is in the language in force when made

BODY = 10.5
LABEL_WIDTH = 60 * MM
BOX = 4.2 * MM


def answer_word(answer: Answer | None) -> str:
    """The word printed beside every box, so the answer never rests on a tick alone."""
    if answer is Answer.YES:
        return translate("Pdf", "Yes")
    if answer is Answer.NO:
        return translate("Pdf", "No")
    return translate("Pdf", "Not answered")


class Blocks:
    """Draws the form's parts down the page flow."""

    def __init__(self, flow: PageFlow, zone: tzinfo) -> None:
        self.flow = flow
        self.zone = zone

    def title(self, text: str, subtitle: str) -> None:
        f = self.flow
        f.y += f.draw_text(
            f.left,
            f.y,
            f.width,
            translate("Pdf", "Children's Safeguarding and Social Work (CSSW)"),
            font(9),
        )
        f.space(1 * MM)
        f.y += f.draw_text(f.left, f.y, f.width, text, font(19, bold=True))
        f.space(1 * MM)
        f.y += f.draw_text(f.left, f.y, f.width, subtitle, font(9))
        f.space(1.5 * MM)
        f.draw_line(f.left, f.y, f.left + f.width, f.y, line=1.2)
        f.space(4 * MM)

    def heading(self, text: str, *, instruction: str = "", keep: float = 25 * MM) -> None:
        """A section heading (kept with the first `keep` points of what follows)."""
        f = self.flow
        head_font = font(12, bold=True)
        h = f.text_height(text, head_font, f.width)
        i = f.text_height(instruction, font(9.5), f.width) if instruction else 0
        f.space(3.5 * MM)
        f.ensure(h + i + keep)
        f.y += f.draw_text(f.left, f.y, f.width, text, head_font)
        if instruction:
            f.space(0.8 * MM)
            f.y += f.draw_text(f.left, f.y, f.width, instruction, font(9.5))
        f.space(2 * MM)

    def paragraph(self, text: str, size: float = BODY, *, bold: bool = False) -> None:
        f = self.flow
        h = f.text_height(text, font(size, bold=bold), f.width)
        f.ensure(h)
        f.y += f.draw_text(f.left, f.y, f.width, text, font(size, bold=bold))
        f.space(1.5 * MM)

    def field(self, label: str, value: str, *, mono: bool = False) -> None:
        """ "Label:" in bold on the left, the value wrapped beside it."""
        f = self.flow
        value_font = font(8, mono=True) if mono else font(BODY)
        flags = LEFT | (WRAP_ANYWHERE if mono else WRAP)
        value = value if value.strip() else "–"
        label_font = font(BODY, bold=True)
        h = max(
            f.text_height(label, label_font, LABEL_WIDTH - 2 * MM),
            f.text_height(value, value_font, f.width - LABEL_WIDTH, flags),
        )
        f.ensure(h)
        f.draw_text(f.left, f.y, LABEL_WIDTH - 2 * MM, label, label_font)
        f.draw_text(f.left + LABEL_WIDTH, f.y, f.width - LABEL_WIDTH, value, value_font, flags)
        f.y += h + 1.8 * MM

    def answer(self, label: str, answer: Answer | None, note: str = "") -> None:
        """ "Label:" then a box (ticked for Yes) and the word Yes or No; an optional note."""
        f = self.flow
        label_font = font(BODY, bold=True)
        h = max(f.text_height(label, label_font, LABEL_WIDTH - 2 * MM), BOX)
        f.ensure(h)
        f.draw_text(f.left, f.y, LABEL_WIDTH - 2 * MM, label, label_font)
        x = f.left + LABEL_WIDTH
        f.draw_box(x, f.y, BOX, answer is Answer.YES)
        word = answer_word(answer)
        f.draw_text(x + BOX + 2 * MM, f.y, 30 * MM, word, font(BODY, bold=True))
        if note:
            nx = x + BOX + 2 * MM + f.text_width(word, font(BODY, bold=True)) + 4 * MM
            h = max(h, f.draw_text(nx, f.y, f.left + f.width - nx, note, font(BODY)))
        f.y += h + 1.8 * MM

    def agency_grid(self, heading: str, instruction: str, answers: Mapping[str, Any]) -> None:
        """All eleven agencies in two columns as on the form: box, name, and Yes or No.
        The heading and the whole grid stay together on one page."""
        f = self.flow
        col = f.width / 2
        pad = 1.6 * MM
        name_font, word_font = font(BODY), font(BODY, bold=True)
        # The Yes/No column fits the longer word in the language in force (at most a third).
        longest = max(f.text_width(answer_word(a), word_font) for a in Answer)
        word_w = min(max(11 * MM, longest + 1), col / 3)
        name_w = col - BOX - 3 * pad - word_w

        def word(agency: Agency) -> str:
            return answer_word(_answer(answers.get(agency.value)))

        pairs: list[tuple[Agency, Agency | None]] = [
            (AGENCIES[i], AGENCIES[i + 1] if i + 1 < len(AGENCIES) else None)
            for i in range(0, len(AGENCIES), 2)
        ]
        heights = [
            max(
                *(f.text_height(agency_name(a), name_font, name_w) for a in pair if a),
                *(f.text_height(word(a), word_font, word_w, RIGHT | WRAP) for a in pair if a),
                BOX,
            )
            + 2 * pad
            for pair in pairs
        ]
        self.heading(heading, instruction=instruction, keep=sum(heights))
        for pair, h in zip(pairs, heights, strict=True):
            for index, agency in enumerate(pair):
                x = f.left + index * col
                f.draw_frame(x, f.y, col, h)
                if agency is None:
                    continue
                answer = _answer(answers.get(agency.value))
                f.draw_box(x + pad, f.y + pad, BOX, answer is Answer.YES)
                f.draw_text(x + 2 * pad + BOX, f.y + pad, name_w, agency_name(agency), name_font)
                f.draw_text(
                    x + col - pad - word_w,
                    f.y + pad,
                    word_w,
                    answer_word(answer),
                    word_font,
                    RIGHT | WRAP,
                )
            f.y += h

    def note_box(self, text: str) -> None:
        f = self.flow
        pad = 2.5 * MM
        fnt = font(BODY)
        h = f.text_height(text, fnt, f.width - 2 * pad) + 2 * pad
        f.space(3 * MM)
        f.ensure(h)
        f.draw_frame(f.left, f.y, f.width, h, shade=True)
        f.draw_text(f.left + pad, f.y + pad, f.width - 2 * pad, text, fnt)
        f.y += h + 1 * MM

    def table(
        self,
        columns: Sequence[tuple[float, str]],
        rows: Sequence[Sequence[str]],
        size: float = BODY,
    ) -> None:
        """A bordered table; `columns` are (width in points, heading)."""
        self.flow.table_row(columns, [c[1] for c in columns], size, header=True)
        for row in rows:
            self.flow.table_row(columns, row, size, header=False)
        self.flow.space(2 * MM)

    def signature(self, heading: str, signature: Mapping[str, Any]) -> None:
        """The signature as drawn (or typed), in a box, with who signed, in what role and
        when, and how: the ink's points and devices, or that the name was typed."""
        f = self.flow
        box_w, box_h = 82 * MM, 34 * MM
        f.ensure(box_h + 4 * MM)
        f.draw_frame(f.left, f.y, box_w, box_h)
        f.draw_image(
            f.left + 1.5 * MM,
            f.y + 1.5 * MM,
            box_w - 3 * MM,
            box_h - 3 * MM,
            decode_png(signature.get("image_png")),
        )
        strokes = signature.get("strokes") or []
        points = sum(len(s.get("points") or []) for s in strokes if isinstance(s, dict))
        devices = sorted({str(s.get("device")) for s in strokes if isinstance(s, dict)})
        x = f.left + box_w + 5 * MM
        w = f.width - box_w - 5 * MM
        y = f.y
        y += f.draw_text(x, y, w, heading, font(BODY, bold=True)) + 1.5 * MM
        name = fill(translate("Pdf", "Name: %1"), signature.get("signer_name", ""))
        y += f.draw_text(x, y, w, name, font(BODY))
        y += 1 * MM
        signed = time_text(str(signature.get("signed_at") or ""), self.zone)
        y += f.draw_text(x, y, w, fill(translate("Pdf", "Signed: %1"), signed), font(BODY))
        y += 1 * MM
        typed = signature.get("typed_name")
        if isinstance(typed, str):
            how = fill(
                translate(
                    "Pdf", "Typed signature: the signer typed “%1” on the keyboard (no ink)."
                ),
                typed,
            )
            f.draw_text(x, y, w, how, font(BODY, bold=True))
        else:
            ink = fill(
                translate("Pdf", "Ink: %1 points in %2 strokes (%3)"),
                points,
                len(strokes),
                ", ".join(devices) or "–",
            )
            f.draw_text(x, y, w, ink, font(8.5))
        f.y += box_h + 3 * MM


def _answer(value: Any) -> Answer | None:
    try:
        return None if value is None else Answer(value)
    except ValueError:
        return None


def draw_footer(
    flow: PageFlow, document: Mapping[str, Any], seal: Seal, number: int, total: int
) -> None:
    """Queue the footer on the current page: record, version, full hash, worker, device,
    and "Page N of M"."""
    f = flow
    record = document.get("record") or {}
    y = A4_HEIGHT_PT - f.margins.bottom + 5 * MM
    f.draw_line(f.left, y, f.left + f.width, y, line=0.5)
    y += 1.2 * MM
    small = font(7.5)
    page = fill(translate("Pdf", "Page %1 of %2"), number, total)
    page_w = max(26 * MM, f.text_width(page, font(9, bold=True)) + 1 * MM)
    f.draw_text(f.left + f.width - page_w, y, page_w, page, font(9, bold=True), RIGHT)
    version = record.get("version")
    if document.get("kind") == "withdrawal":
        first = translate("Pdf", "Withdrawal %1 · version %2")
        if not version:
            first = translate("Pdf", "Withdrawal %1")
    else:
        first = translate("Pdf", "Consent record %1 · version %2")
        if not version:
            first = translate("Pdf", "Consent record %1")
    first = fill(first, record.get("id", ""), version)
    y += f.draw_text(f.left, y, f.width - page_w, first, small) + 0.3 * MM
    second = fill(
        translate("Pdf", "Worker: %1 · Device: %2"),
        document.get("worker", ""),
        document.get("device_id", ""),
    )
    y += f.draw_text(f.left, y, f.width - page_w, second, small) + 0.3 * MM
    f.draw_text(
        f.left,
        y,
        f.width,
        f"SHA-256: {seal.content_hash}",
        font(7.5, mono=True),
        LEFT | WRAP_ANYWHERE,
    )
