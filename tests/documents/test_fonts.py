"""Every machine draws the same pages: the PDF is drawn in the fonts shipped in
resources/fonts, registered by the renderer, whatever fonts the machine has; and central's
renderer process refuses to draw without them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.pdf import SampleRecord, sample_consent
from cssw_core.domain.canonical import canonical_json
from cssw_core.resources import resources_dir
from cssw_documents.fonts import FONT_FILES, register_fonts
from cssw_documents.pdf import render_pdf


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent()


def embedded_fonts(pdf: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in listing}


def test_the_form_is_drawn_in_the_shipped_fonts_only(
    qapp: object, consent: SampleRecord, tmp_path: Path
) -> None:
    assert register_fonts() is True
    pdf = render_pdf(consent.document, consent.seal, consent.audit)
    assert embedded_fonts(pdf, tmp_path) == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"}


def test_the_fonts_and_their_licence_ship_in_resources() -> None:
    for name in FONT_FILES:
        assert (resources_dir() / "fonts" / name).stat().st_size < 250_000  # cut down
    licence = (resources_dir() / "licences" / "DejaVu-fonts.txt").read_text("utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence


def test_centrals_renderer_refuses_to_draw_without_the_shipped_fonts(
    consent: SampleRecord, tmp_path: Path
) -> None:
    """Central never files a PDF drawn in stand-in fonts (a broken installation)."""
    request = json.dumps(
        {
            "document": canonical_json(consent.document).decode(),
            "seal": {
                "content_hash": consent.seal.content_hash,
                "signature": consent.seal.signature,
                "device_id": consent.seal.device_id,
                "public_key": consent.seal.public_key,
            },
            "filing": {
                "receipt_id": "r",
                "received_at": "2026-03-14T12:00:00.000000Z",
                "approved_by": "Tara Lead",
                "approved_at": "2026-03-14T13:00:00.000000Z",
            },
        }
    )
    probe = (
        "import sys, cssw_core.resources as r, pathlib;"
        f"r.resources_dir = lambda: pathlib.Path({str(tmp_path)!r});"
        "from cssw_documents.render_filed import main; sys.exit(main())"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], input=request.encode(), capture_output=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == b""
    assert b"fonts shipped for the PDF were not found" in done.stderr
    good = subprocess.run(
        [sys.executable, "-m", "cssw_documents.render_filed"],
        input=request.encode(),
        capture_output=True,
        check=False,
    )
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith(b"%PDF-")
