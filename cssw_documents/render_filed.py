"""`python -m cssw_documents.render_filed`: the PDF central files, drawn in a process of
its own.

Central runs this (cssw_central.services.filed_pdf) for each record it files, so its
server process never loads Qt: the sealed document, its seal and central's facts come as
JSON on standard input; the PDF's bytes go to standard output. On any problem the exit
status is 1 and one plain line goes to standard error. It draws offscreen, in the shipped
fonts only (no PDF is made with stand-in fonts), and checks the seal once more first.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, BinaryIO, TextIO

from cssw_core.domain.sealing import Seal, seal_problem
from cssw_documents.child_process import serve_once


class RenderRefused(Exception):
    """Why no PDF was made, in plain words."""


def request_parts(raw: bytes) -> tuple[dict[str, Any], Seal, dict[str, str]]:
    """The document, its seal and central's facts from the request, or RenderRefused."""
    try:
        request = json.loads(raw)
        document = json.loads(request["document"])
        seal = Seal(**{k: str(v) for k, v in request["seal"].items()})
        facts = {k: str(v) for k, v in request["filing"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise RenderRefused("the request to draw the PDF was not in the expected form") from None
    if not isinstance(document, dict):
        raise RenderRefused("the sealed record is not a JSON object")
    problem = seal_problem(document, seal)
    if problem is not None:
        raise RenderRefused(f"the record's seal does not hold ({problem})")
    return document, seal, facts


def render(raw: bytes) -> bytes:
    """The filed PDF for one request (see the module's docstring)."""
    document, seal, facts = request_parts(raw)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # central has no screen
    from cssw_documents.filing_page import FilingFacts
    from cssw_documents.fonts import FontsMissing, register_fonts
    from cssw_documents.pdf import PdfError, ensure_gui_app, render_pdf

    ensure_gui_app()
    try:
        register_fonts(required=True)
        return render_pdf(document, seal, (), filing=FilingFacts(**facts))
    except (FontsMissing, PdfError) as problem:
        raise RenderRefused(str(problem)) from None
    except TypeError:
        raise RenderRefused("central's facts for the PDF were not in the expected form") from None


def main(
    stdin: BinaryIO | None = None, stdout: BinaryIO | None = None, stderr: TextIO | None = None
) -> int:
    return serve_once(render, RenderRefused, "render_filed", stdin, stdout, stderr)


if __name__ == "__main__":
    sys.exit(main())
