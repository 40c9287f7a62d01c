"""The PDF of a sealed record, laid out like the council's paper form it replaces.

Rendered entirely in memory (QPdfWriter on a QBuffer): no temporary file ever holds the
family's details. `render_pages` draws the same pages onto images for the app's preview,
through the same layout and drawing code. Every page carries the record id, version,
full content hash, worker, device and "Page N of M"; the last page lists the visit's
audit trail (or, in the PDF central files, what central did with the record:
filing_page.py) and the seal. A training record's pages also say "TRAINING — not a real
record" (training_mark.py). Every page is drawn in the shipped fonts (fonts.py), so the
laptop and central draw the same pages.
Qt needs a QGuiApplication for fonts: the GUI has one; a command line calls
`ensure_gui_app()` first. Rendering does not touch widgets, so it may run in a worker
thread (`loop.run_in_executor`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from cssw_core.domain.sealing import DOCUMENT_FORMAT, RecordKind, Seal, is_training_document
from cssw_documents.blocks import draw_footer
from cssw_documents.filing_page import FilingFacts, draw_filing
from cssw_documents.fonts import register_fonts
from cssw_documents.formatting import display_zone, time_text
from cssw_documents.layout import (
    A4_HEIGHT_PT,
    A4_WIDTH_PT,
    MM,
    Op,
    PageFlow,
    font,
    labelled_rows,
    last_page_heading,
)
from cssw_documents.sections import ConsentSections, WithdrawalSections
from cssw_documents.training_mark import mark_training_pages, training_words

RESOLUTION_DPI = 600
PREVIEW_DPI = 150  # sharp on a laptop screen at fit-to-width, ~9 MB a page


AUDIT_TEXT_PT = 9.5  # the audit-trail table's text size

translate = QCoreApplication.translate  # the PDF is in the language in force when made


class TrailEntry(Protocol):
    """One entry of the visit's audit trail as the PDF prints it (the laptop's audit log
    entries are these)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def action(self) -> str: ...


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
) -> bytes:
    """The sealed record as PDF bytes (A4, portrait), made in memory.

    `document` is the sealed document from `sealing.build_document`; `seal` its seal;
    `audit` the audit entries of the visit (no personal data is in them). `filing`:
    central's facts (receipt, approval) for the PDF central files, printed in place of
    the laptop's audit trail, which central does not hold.
    """
    kind = _checked_kind(document)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, kind, is_training_document(document), central=filing is not None)
    pages = _laid_out(writer, kind, document, seal, audit, leaflet_title, filing)
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


def render_pages(
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    dpi: float = PREVIEW_DPI,
    leaflet_title: str | None = None,
) -> list[QImage]:
    """The same pages as `render_pdf`, as images `dpi` dots per inch (for a preview).

    Laid out against the same PDF writer settings, so the page breaks and "Page N of M"
    are exactly the PDF's; each page is then painted, scaled, onto its own QImage.
    Nothing is written anywhere: the writer only measures text.
    """
    kind = _checked_kind(document)
    if dpi <= 0:
        raise PdfError("the preview resolution must be positive")
    buffer = QBuffer()  # never opened: the writer is used for its metrics only
    writer = _pdf_writer(buffer, kind, is_training_document(document))
    pages = _laid_out(writer, kind, document, seal, audit, leaflet_title, None)
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
    return images


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
        else translate("Pdf", "Withdrawal of consent")
    )
    writer.setTitle(f"{training_words()} · {title}" if training else title)
    return writer


def _laid_out(
    device: QPaintDevice,
    kind: RecordKind,
    document: dict[str, Any],
    seal: Seal,
    audit: Sequence[TrailEntry],
    leaflet_title: str | None,
    filing: FilingFacts | None,
) -> list[list[Op]]:
    """Every page's drawing operations, footers included, measured on `device`."""
    zone = display_zone()
    flow = PageFlow(device)
    if kind is RecordKind.CONSENT:
        ConsentSections(flow, document, zone, leaflet_title).draw()
    else:
        WithdrawalSections(flow, document, zone).draw()
    if filing is None:
        _audit_page(flow, audit, zone)
    else:
        draw_filing(flow, filing, zone)
    _seal_part(flow, document, seal, zone)

    total = len(flow.pages)
    for number, page in enumerate(flow.pages, 1):
        flow.current = page
        draw_footer(flow, document, seal, number, total)
    if is_training_document(document):
        mark_training_pages(flow)
    return flow.pages


def _paint(page: Sequence[Op], painter: QPainter) -> None:
    for op in page:
        op(painter)


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def _audit_page(flow: PageFlow, audit: Sequence[TrailEntry], zone: tzinfo) -> None:
    """The last page: what happened during the visit."""
    last_page_heading(
        flow,
        translate("Pdf", "Audit trail of this visit"),
        translate(
            "Pdf",
            "Each step of the visit was written to the laptop's tamper-evident audit log. "
            "The log holds no names or other personal details.",
        ),
    )
    width = flow.width
    flow.space(3 * MM)
    columns = (
        (14 * MM, translate("Pdf", "Seq", "audit entry number")),
        (52 * MM, translate("Pdf", "Time")),
        (width - 66 * MM, translate("Pdf", "Action")),
    )
    flow.table_row(columns, [c[1] for c in columns], AUDIT_TEXT_PT, header=True)
    if not audit:
        flow.table_row(
            columns,
            ["–", "–", translate("Pdf", "No audit entries were given")],
            AUDIT_TEXT_PT,
            header=False,
        )
    for entry in audit:
        flow.table_row(
            columns,
            [str(entry.seq), time_text(entry.at, zone), entry.action],
            AUDIT_TEXT_PT,
            header=False,
        )


def _seal_part(flow: PageFlow, document: dict[str, Any], seal: Seal, zone: tzinfo) -> None:
    """The end of the last page: the seal that fixes the record."""
    left, width = flow.left, flow.width
    flow.space(8 * MM)
    flow.ensure(60 * MM)
    flow.y += flow.draw_text(left, flow.y, width, translate("Pdf", "Seal"), font(13, bold=True))
    flow.space(2 * MM)
    flow.y += flow.draw_text(
        left,
        flow.y,
        width,
        translate(
            "Pdf",
            "The record's canonical JSON was hashed with SHA-256 and the hash signed with this "
            "laptop's Ed25519 key. Any change to the record after sealing makes the check fail.",
        ),
        font(9.5),
    )
    flow.space(2 * MM)
    rows = [  # (label, value, in a fixed-width font)
        (translate("Pdf", "Content hash (SHA-256)"), seal.content_hash, True),
        (translate("Pdf", "Signature (Ed25519)"), seal.signature, True),
        (translate("Pdf", "Device public key"), seal.public_key, True),
        (translate("Pdf", "Device"), seal.device_id, False),
        (translate("Pdf", "Sealed at"), time_text(str(document.get("sealed_at", "")), zone), False),
        (translate("Pdf", "Record format"), str(document.get("format", "")), False),
        (translate("Pdf", "App version"), str(document.get("app_version", "")), False),
    ]
    labelled_rows(flow, rows)


__all__ = ["FilingFacts", "PdfError", "TrailEntry", "ensure_gui_app", "render_pages", "render_pdf"]
