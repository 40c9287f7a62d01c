"""Reading a PDF back as text and as page images, with poppler's tools."""

from __future__ import annotations

import re
import subprocess


def pdf_text(pdf: bytes) -> str:
    """The PDF as `pdftotext -layout` reads it (bytes on stdin; pages end with a form feed)."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def pdf_pages(pdf: bytes) -> int:
    done = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    match = re.search(rb"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def pdf_title(pdf: bytes) -> str:
    """The PDF's title, as its metadata gives it (empty when it has none)."""
    done = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    match = re.search(r"^Title:\s+(.*)$", done.stdout.decode("utf-8"), re.MULTILINE)
    return match.group(1) if match else ""
