"""Building blocks of the form, shared by the consent and withdrawal layouts: headings,
labelled fields, Yes/No answers with a drawn box, the two-column agency grid, tables,
signatures and the footer that goes on every page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.i18n import fill
from cssw_documents.formatting import decode_png, in_zone, parse_time, time_text, uk_date
from cssw_documents.layout import (
    LEFT,
    MM,
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
OPTION_GAP = 3.5 * MM  # between "Yes" and the "No" box
SIGNATURE_W, SIGNATURE_H = 82 * MM, 34 * MM


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
        """The record's title under the page header (which names the council)."""
        f = self.flow
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
        """ "Label:" then both options, as on the paper form: "☐ Yes  ☑ No", the chosen
        one ticked and in bold (neither ticked if none was given, and then "Not answered"
        unless a note says more); an optional note after them."""
        f = self.flow
        label_font = font(BODY, bold=True)
        h = max(f.text_height(label, label_font, LABEL_WIDTH - 2 * MM), BOX)
        f.ensure(h)
        f.draw_text(f.left, f.y, LABEL_WIDTH - 2 * MM, label, label_font)
        x = f.left + LABEL_WIDTH
        x = self.options(x, f.y, answer)
        if answer is None and not note:
            note = answer_word(None)
        if note:
            nx = x + 2 * MM
            h = max(h, f.draw_text(nx, f.y, f.left + f.width - nx, note, font(BODY)))
        f.y += h + 1.8 * MM

    def options(self, x: float, y: float, answer: Answer | None) -> float:
        """Draw "☐ Yes  ☐ No" at (x, y) with the chosen one ticked and bold; returns the x
        where they end."""
        f = self.flow
        for option in (Answer.YES, Answer.NO):
            chosen = answer is option
            f.draw_box(x, y, BOX, chosen)
            x += BOX + 1.2 * MM
            word = answer_word(option)
            word_font = font(BODY, bold=chosen)
            w = f.text_width(word, font(BODY, bold=True)) + 1
            f.draw_text(x, y, w, word, word_font, LEFT)
            x += w + OPTION_GAP
        return x - OPTION_GAP

    def options_width(self) -> float:
        """The width of both options (the longer word in bold, in the language in force)."""
        f = self.flow
        words = sum(f.text_width(answer_word(a), font(BODY, bold=True)) + 1 for a in Answer)
        return 2 * (BOX + 1.2 * MM) + words + OPTION_GAP

    def agency_grid(self, heading: str, instruction: str, answers: Mapping[str, Any]) -> None:
        """All eleven agencies in two columns as on the form: the name, then both "Yes"
        and "No" with the chosen one ticked. The heading and the whole grid stay together
        on one page."""
        f = self.flow
        col = f.width / 2
        pad = 1.6 * MM
        name_font = font(BODY)
        options_w = min(self.options_width(), col / 2)
        name_w = col - 3 * pad - options_w

        pairs: list[tuple[Agency, Agency | None]] = [
            (AGENCIES[i], AGENCIES[i + 1] if i + 1 < len(AGENCIES) else None)
            for i in range(0, len(AGENCIES), 2)
        ]

        def cell_height(agency: Agency) -> float:
            options = BOX
            if _answer(answers.get(agency.value)) is None:
                options += f.text_height(answer_word(None), font(8), options_w)
            return max(f.text_height(agency_name(agency), name_font, name_w), options)

        heights = [max(cell_height(a) for a in pair if a) + 2 * pad for pair in pairs]
        self.heading(heading, instruction=instruction, keep=sum(heights))
        for pair, h in zip(pairs, heights, strict=True):
            for index, agency in enumerate(pair):
                x = f.left + index * col
                f.draw_frame(x, f.y, col, h)
                if agency is None:
                    continue
                answer = _answer(answers.get(agency.value))
                f.draw_text(x + pad, f.y + pad, name_w, agency_name(agency), name_font)
                ox = x + col - pad - options_w
                self.options(ox, f.y + pad, answer)
                if answer is None:
                    f.draw_text(ox, f.y + pad + BOX, options_w, answer_word(None), font(8))
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
        """One signature block, never split across pages: whose signature it is, the
        signature as drawn (or typed) in a box, and beside it the name, the date, when it
        was signed and how (the ink's points and devices, or that the name was typed)."""
        f = self.flow
        f.ensure(self.signature_height(heading, signature))
        f.y += f.draw_text(f.left, f.y, f.width, heading, font(BODY, bold=True)) + 1.5 * MM
        f.draw_frame(f.left, f.y, SIGNATURE_W, SIGNATURE_H)
        f.draw_image(
            f.left + 1.5 * MM,
            f.y + 1.5 * MM,
            SIGNATURE_W - 3 * MM,
            SIGNATURE_H - 3 * MM,
            decode_png(signature.get("image_png")),
        )
        x = f.left + SIGNATURE_W + 5 * MM
        w = f.width - SIGNATURE_W - 5 * MM
        y = f.y
        for text, fnt in self._signature_lines(signature):
            y += f.draw_text(x, y, w, text, fnt) + 1 * MM
        f.y = max(f.y + SIGNATURE_H, y) + 4 * MM

    def signature_blocks(
        self, heading: str, blocks: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> None:
        """The signatures under their heading: all on one page where they fit together,
        else each block whole on a page (the heading always with the first)."""
        if not blocks:
            return
        f = self.flow
        heights = [self.signature_height(h, s) for h, s in blocks]
        together = sum(heights)
        keep = together if together <= f.bottom - f.top - 20 * MM else heights[0]
        self.heading(heading, keep=keep)
        for block_heading, signature in blocks:
            self.signature(block_heading, signature)

    def signature_height(self, heading: str, signature: Mapping[str, Any]) -> float:
        """The height of a signature block (to keep it, or several, on one page)."""
        f = self.flow
        w = f.width - SIGNATURE_W - 5 * MM
        lines = sum(
            f.text_height(t, fnt, w) + 1 * MM for t, fnt in self._signature_lines(signature)
        )
        head = f.text_height(heading, font(BODY, bold=True), f.width) + 1.5 * MM
        return head + max(SIGNATURE_H, lines) + 4 * MM

    def _signature_lines(self, signature: Mapping[str, Any]) -> list[tuple[str, QFont]]:
        stamp = str(signature.get("signed_at") or "")
        moment = parse_time(stamp) if stamp else None
        day = uk_date(in_zone(moment, self.zone).date()) if moment else "–"
        lines = [
            (fill(translate("Pdf", "Name: %1"), signature.get("signer_name", "")), font(BODY)),
            (fill(translate("Pdf", "Date: %1"), day), font(BODY, bold=True)),
            (fill(translate("Pdf", "Signed: %1"), time_text(stamp, self.zone)), font(9)),
        ]
        typed = signature.get("typed_name")
        if isinstance(typed, str):
            how = translate(
                "Pdf", "Typed signature: the signer typed “%1” on the keyboard (no ink)."
            )
            lines.append((fill(how, typed), font(9, bold=True)))
        else:
            strokes = [s for s in signature.get("strokes") or [] if isinstance(s, dict)]
            points = sum(len(s.get("points") or []) for s in strokes)
            devices = sorted({str(s.get("device")) for s in strokes})
            ink = translate("Pdf", "Ink: %1 points in %2 strokes (%3)")
            lines.append((fill(ink, points, len(strokes), ", ".join(devices) or "–"), font(8.5)))
        return lines


def _answer(value: Any) -> Answer | None:
    try:
        return None if value is None else Answer(value)
    except ValueError:
        return None
