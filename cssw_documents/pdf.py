"""The PDF of a sealed record, laid out like the council's paper form it replaces.

Rendered entirely in memory (QPdfWriter on a QBuffer): no temporary file ever holds the
family's details. `render_pages` draws the same pages onto images for the app's preview,
through the same layout and drawing code, and `render_preview` gives with them each
page's text (for a screen reader: the words painted, from the same drawing operations
as the PDF's, in reading order). Every page carries the record id, version,
a check code and "Page N of M" (page_frame.py), and the council's name and logo at the
top (branding.py). After the form come, each on pages of their own: what happened, in
words (trail.py); in the PDF central files, what central did with the record
(filing_page.py); and the seal's technical details for verifying the record
(verification.py). The family's copy (`family_copy=True`) is the form alone, with "what
happens next" and "your rights and who to contact" (rights_section.py, also in the
filed PDF): no audit trail and no technical pages. A training record's pages also say
"TRAINING — not a real record" (training_mark.py). Every page is drawn in the shipped
fonts (fonts.py), embedded in the PDF, so the laptop and central draw the same pages.
Qt needs a QGuiApplication for fonts: the GUI has one; a command line calls
`ensure_gui_app()` first. Rendering does not touch widgets, so it may run in a worker
thread (`loop.run_in_executor`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from cssw_core.domain.sealing import DOCUMENT_FORMAT, RecordKind, Seal, is_training_document
from cssw_documents.branding import Branding, BrandingInvalid, load_branding
from cssw_documents.filing_page import FilingFacts, draw_filing
from cssw_documents.fonts import register_fonts
from cssw_documents.formatting import display_zone
from cssw_documents.layout import (
    A4_HEIGHT_PT,
    A4_WIDTH_PT,
    MM,
    Margins,
    Op,
    PageFlow,
    page_text,
)
from cssw_documents.next_steps import draw_next_steps
from cssw_documents.page_frame import HEADER_BOTTOM, draw_footer, draw_header
from cssw_documents.rights_section import RightsSectionError, draw_rights, rights_points
from cssw_documents.sections import ConsentSections, WithdrawalSections
from cssw_documents.share_sections import ShareSections, share_title
from cssw_documents.trail import TrailEntry, draw_trail
from cssw_documents.training_mark import BAND_HEIGHT, mark_training_pages, training_words
from cssw_documents.verification import draw_verification

RESOLUTION_DPI = 600
PREVIEW_DPI = 150  # sharp on a laptop screen at fit-to-width, ~9 MB a page

translate = QCoreApplication.translate  # the PDF is in the language in force when made


class PdfError(RuntimeError):
    """The PDF could not be made (no GUI application, or a document not in sealed form)."""


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform (command line).

    Creating one is refused while a plain QCoreApplication runs: Qt allows one per process.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise PdfError("a non-GUI Qt application is running; the PDF needs a QGuiApplication")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["cssw-desktop", "-platform", os.environ["QT_QPA_PLATFORM"]])


def render_pdf(
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    leaflet_title: str | None = None,
    *,
    filing: FilingFacts | None = None,
    family_copy: bool = False,
) -> bytes:
    """The sealed record as PDF bytes (A4, portrait), made in memory.

    `document` is the sealed document from `sealing.build_document`; `seal` its seal;
    `audit` the laptop's audit entries of the record (no personal data is in them).
    `filing`: central's facts (receipt, approval) for the PDF central files, which has no
    laptop audit log. `family_copy`: the family's copy, without the audit trail and the
    technical pages.
    """
    kind = _checked_kind(document)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, kind, is_training_document(document), central=filing is not None)
    layout = Layout(audit, leaflet_title, filing, family_copy)
    pages = _laid_out(writer, kind, document, seal, layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("the PDF writer could not start")
    try:
        for number, page in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            _paint(page, painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


@dataclass(frozen=True, slots=True)
class Preview:
    """The record's pages as images, and each page's text (the same words as the PDF's)."""

    images: list[QImage]
    texts: list[list[str]]


def render_pages(
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    dpi: float = PREVIEW_DPI,
    leaflet_title: str | None = None,
    *,
    family_copy: bool = False,
) -> list[QImage]:
    """The same pages as `render_pdf`, as images `dpi` dots per inch (for a preview)."""
    return render_preview(document, seal, audit, dpi, leaflet_title, family_copy=family_copy).images


def render_text(
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    leaflet_title: str | None = None,
    *,
    family_copy: bool = False,
) -> list[list[str]]:
    """Each page's text as `render_pdf` paints it, in reading order (nothing is drawn)."""
    kind = _checked_kind(document)
    writer = _pdf_writer(QBuffer(), kind, is_training_document(document))
    layout = Layout(audit, leaflet_title, None, family_copy)
    return [page_text(page) for page in _laid_out(writer, kind, document, seal, layout)]


def render_preview(
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    dpi: float = PREVIEW_DPI,
    leaflet_title: str | None = None,
    *,
    family_copy: bool = False,
) -> Preview:
    """The same pages as `render_pdf`, as images `dpi` dots per inch, with their text.

    Laid out against the same PDF writer settings, so the page breaks and "Page N of M"
    are exactly the PDF's; each page is then painted, scaled, onto its own QImage.
    Nothing is written anywhere: the writer only measures text.
    """
    kind = _checked_kind(document)
    if dpi <= 0:
        raise PdfError("the preview resolution must be positive")
    buffer = QBuffer()  # never opened: the writer is used for its metrics only
    writer = _pdf_writer(buffer, kind, is_training_document(document))
    pages = _laid_out(writer, kind, document, seal, Layout(audit, leaflet_title, None, family_copy))
    scale = dpi / RESOLUTION_DPI
    size = QSize(round(A4_WIDTH_PT / 72 * dpi), round(A4_HEIGHT_PT / 72 * dpi))
    images = []
    for page in pages:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255))
        # Fonts are sized by the device's resolution: paint at the PDF's, scaled down.
        _set_dpi(image, RESOLUTION_DPI)
        painter = QPainter()
        if not painter.begin(image):
            raise PdfError("a preview page could not be drawn")
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing
                | QPainter.RenderHint.TextAntialiasing
                | QPainter.RenderHint.SmoothPixmapTransform
            )
            painter.scale(scale, scale)
            _paint(page, painter)
        finally:
            painter.end()
        _set_dpi(image, dpi)
        images.append(image)
    return Preview(images, [page_text(page) for page in pages])


def paint_pages(
    device: QPagedPaintDevice,
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    *,
    family_copy: bool = True,
) -> int:
    """Paint the record's pages onto a paged device (a QPrinter the worker chose in the
    print dialog), one page per sheet, laid out against the device itself (its fonts are
    sized by its own resolution). Returns the number of pages painted."""
    kind = _checked_kind(document)
    pages = _laid_out(device, kind, document, seal, Layout(audit, None, None, family_copy))
    painter = QPainter()
    if not painter.begin(device):
        raise PdfError("the printer could not start")
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        for number, page in enumerate(pages, 1):
            if number > 1 and not device.newPage():
                raise PdfError("the printer could not start a new page")
            _paint(page, painter)
    finally:
        painter.end()
    return len(pages)


def _checked_kind(document: dict[str, Any]) -> RecordKind:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise PdfError("rendering needs a QGuiApplication: call ensure_gui_app() first")
    register_fonts()
    if not isinstance(document, dict) or document.get("format") != DOCUMENT_FORMAT:
        raise PdfError(f"the document is not a {DOCUMENT_FORMAT} sealed record")
    try:
        return RecordKind(str(document.get("kind")))
    except ValueError:
        raise PdfError("the sealed record is of an unknown kind") from None


def _pdf_writer(
    device: QIODevice, kind: RecordKind, training: bool, *, central: bool = False
) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setCreator("CSSW central" if central else "CSSW desktop")
    title = (
        translate("Pdf", "Consent to information sharing")
        if kind is RecordKind.CONSENT
        else share_title()
        if kind is RecordKind.SHARE
        else translate("Pdf", "Withdrawal of consent")
    )
    writer.setTitle(f"{training_words()} · {title}" if training else title)
    return writer


@dataclass(frozen=True, slots=True)
class Layout:
    """What goes into the pages besides the record itself."""

    audit: Sequence[TrailEntry]
    leaflet_title: str | None
    filing: FilingFacts | None  # central's PDF
    family_copy: bool


def _branding() -> Branding:
    try:
        return load_branding()
    except BrandingInvalid as problem:
        raise PdfError(f"the council's branding cannot be used: {problem}") from None


def _rights() -> tuple[str, list[str]]:
    try:
        return rights_points()
    except RightsSectionError as problem:
        raise PdfError(f"the family's rights and contacts cannot be used: {problem}") from None


def _laid_out(
    device: QPaintDevice,
    kind: RecordKind,
    document: dict[str, Any],
    seal: Seal,
    layout: Layout,
) -> list[list[Op]]:
    """Every page's drawing operations, header and footers included, measured on `device`."""
    zone = display_zone()
    branding = _branding()
    rights = _rights()
    training = is_training_document(document)
    top = HEADER_BOTTOM + 5 * MM + (BAND_HEIGHT + 3 * MM if training else 0)
    flow = PageFlow(device, Margins(top=top))
    sections: ConsentSections | WithdrawalSections | ShareSections
    if kind is RecordKind.CONSENT:
        sections = ConsentSections(flow, document, zone, layout.leaflet_title)
    elif kind is RecordKind.SHARE:
        sections = ShareSections(flow, document, zone)
    else:
        sections = WithdrawalSections(flow, document, zone)
    sections.draw()
    if kind is not RecordKind.SHARE:  # a share is CSSW's record, not a copy for the family
        draw_next_steps(sections, document)
        draw_rights(sections, rights)
    if not layout.family_copy:
        # No audit entries: the record is drawn away from the laptop that made it (central,
        # a team lead's laptop), which holds the visit's audit log.
        held = layout.audit if layout.audit and layout.filing is None else None
        draw_trail(flow, document, held, zone)
        if layout.filing is not None:
            draw_filing(flow, layout.filing, zone)
        draw_verification(flow, document, seal, zone)

    total = len(flow.pages)
    for number, page in enumerate(flow.pages, 1):
        flow.current = page
        draw_header(flow, branding)
        draw_footer(flow, document, seal, number, total, family_copy=layout.family_copy)
    if training:
        mark_training_pages(flow)
    return flow.pages


def _paint(page: Sequence[Op], painter: QPainter) -> None:
    for op in page:
        op(painter)


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


__all__ = [
    "FilingFacts",
    "PdfError",
    "Preview",
    "TrailEntry",
    "ensure_gui_app",
    "paint_pages",
    "render_pages",
    "render_pdf",
    "render_preview",
    "render_text",
]
