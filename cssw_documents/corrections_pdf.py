"""`python -m cssw_documents.corrections_pdf`: the "Corrections" PDF filed beside a sealed
record's own, drawn in a process of its own (central's server never loads Qt).

A rectification never edits a sealed record or its signed PDF; central keeps correction
notes beside it and files this page with them (cssw_central.services.correction_pdf),
signed by central like the record's PDF. Standard input: JSON {"record_id", "version",
"corrections": [{"corrected_on", "corrected_by", "note"}]}; standard output: the PDF.
On any problem the exit status is 1 and one plain line goes to standard error.
"""

from __future__ import annotations

import html
import json
import os
import sys
from typing import Any, BinaryIO, TextIO

from cssw_core.domain.fields import shown
from cssw_documents.child_process import serve_once

MAX_CORRECTIONS = 200


class DrawRefused(Exception):
    """Why no PDF was made, in plain words."""


def parts(raw: bytes) -> tuple[str, int, list[dict[str, str]]]:
    try:
        request: dict[str, Any] = json.loads(raw)
        record_id, version = str(request["record_id"]), int(request["version"])
        notes = [
            {k: str(note[k]) for k in ("corrected_on", "corrected_by", "note")}
            for note in request["corrections"][:MAX_CORRECTIONS]
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DrawRefused("the request to draw the PDF was not in the expected form") from None
    if not notes:
        raise DrawRefused("there is no correction to draw")
    return record_id, version, notes


def page_html(record_id: str, version: int, notes: list[dict[str, str]]) -> str:
    """The page as simple HTML (every value escaped; hidden characters shown as U+FFFD)."""

    def esc(text: str, *, multiline: bool = False) -> str:
        return html.escape(shown(text, multiline=multiline)).replace("\n", "<br>")

    rows = "".join(
        f"<h3>Corrected on {esc(n['corrected_on'])} by {esc(n['corrected_by'])}</h3>"
        f"<p>{esc(n['note'], multiline=True)}</p>"
        for n in notes
    )
    return (
        "<h1>Corrections</h1>"
        f"<p>These corrections belong to record {esc(record_id)}, version {version}. "
        "The record itself is sealed and is never changed: read it together with the "
        "corrections below, which were made at the family's request (the right to "
        "rectification). Newest last.</p>"
        f"{rows}"
    )


def render(raw: bytes) -> bytes:
    record_id, version, notes = parts(raw)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from cssw_documents.fonts import FontsMissing, register_fonts
    from cssw_documents.layout import font
    from cssw_documents.pdf import ensure_gui_app

    ensure_gui_app()
    try:
        register_fonts(required=True)
    except FontsMissing as problem:
        raise DrawRefused(str(problem)) from None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator("CSSW central")
    writer.setTitle("Corrections")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(font(11))  # the shipped font, no ligatures
    document.setHtml(page_html(record_id, version, notes))
    document.print_(writer)
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF-"):
        raise DrawRefused("the PDF could not be drawn")
    return pdf


def main(
    stdin: BinaryIO | None = None, stdout: BinaryIO | None = None, stderr: TextIO | None = None
) -> int:
    return serve_once(render, DrawRefused, "corrections_pdf", stdin, stdout, stderr)


if __name__ == "__main__":
    sys.exit(main())
