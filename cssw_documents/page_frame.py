"""What every page carries around the form: the council's name and logo at the top
(branding.py), and at the bottom which record this page belongs to and "Page N of M".

The footer names the record (id and version) and a short check code (the start of the
record's SHA-256 content hash) so a loose page can be matched to its record; the full
hash, the signature and the keys are on the verification page, not on the family's pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.i18n import fill
from cssw_core.domain.sealing import Seal
from cssw_documents.branding import Branding
from cssw_documents.layout import A4_HEIGHT_PT, MM, RIGHT, PageFlow, font

translate = QCoreApplication.translate

HEADER_TOP = 7 * MM
LOGO_SIZE = 12 * MM
HEADER_BOTTOM = HEADER_TOP + LOGO_SIZE + 1.5 * MM  # the rule under the header
CHECK_CODE_LENGTH = 16  # hex digits of the content hash in each footer


def check_code(seal: Seal) -> str:
    """The start of the content hash, in groups of four: "1a2b 3c4d 5e6f 7a8b"."""
    head = seal.content_hash[:CHECK_CODE_LENGTH]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def draw_header(flow: PageFlow, branding: Branding) -> None:
    """Queue the header on the current page: logo, council's name, service's name."""
    f = flow
    x = f.left
    if branding.has_logo:
        f.draw_image(x, HEADER_TOP, LOGO_SIZE, LOGO_SIZE, branding.logo)
        x += LOGO_SIZE + 3 * MM
    w = f.left + f.width - x
    y = HEADER_TOP + 0.5 * MM
    y += f.draw_text(x, y, w, branding.council_name, font(11.5, bold=True)) + 0.5 * MM
    f.draw_text(x, y, w, branding.service_name, font(8.5))
    f.draw_line(f.left, HEADER_BOTTOM, f.left + f.width, HEADER_BOTTOM, line=0.5)


def draw_footer(
    flow: PageFlow,
    document: Mapping[str, Any],
    seal: Seal,
    number: int,
    total: int,
    *,
    family_copy: bool = False,
) -> None:
    """Queue the footer on the current page: record, version, check code, "Page N of M"."""
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
    if document.get("kind") == "share":
        first = translate("Pdf", "Share record %1")
    elif document.get("kind") == "withdrawal":
        first = translate("Pdf", "Withdrawal %1 · version %2")
        if not version:
            first = translate("Pdf", "Withdrawal %1")
    else:
        first = translate("Pdf", "Consent record %1 · version %2")
        if not version:
            first = translate("Pdf", "Consent record %1")
    first = fill(first, record.get("id", ""), version)
    y += f.draw_text(f.left, y, f.width - page_w, first, small) + 0.3 * MM
    if family_copy:
        second = translate("Pdf", "Check code: %1 (the council can match this copy to its record)")
    else:
        second = translate(
            "Pdf", "Check code: %1 (the start of the seal: see “Verifying this record”)"
        )
    second = fill(second, check_code(seal))
    f.draw_text(f.left, y, f.width - page_w, second, small)
