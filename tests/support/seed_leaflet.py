"""The council's leaflet as the council sent it (docs/council/), parsed into the pieces a
family reads — title, subtitle, headings, paragraphs, bullets — to compare with the app's
leaflet JSON and with what its screens show.

The seed is a text extraction of the printed leaflet: paragraphs are separated by blank
lines, bullets start with "- " (some indented), a wrapped line continues its paragraph,
and bold is marked `**…**`. Two extraction artefacts are not the council's words and are
dropped: the empty bullet "-" at the start of the list in "About this leaflet", and the
bold markers. Everything else — spelling, punctuation, apostrophes, dashes — is kept.
The leaflet ends where the paper form "Consent to information sharing" starts.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from cssw_desktop.leaflet import BulletList, Leaflet, Paragraph

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = ROOT / "docs" / "council"
LEAFLET_SEED = COUNCIL / "leaflet-your-information-your-rights.txt"
NOTICE_SEED = COUNCIL / "privacy-notice.txt"
LEAFLET_SEED_SHA256 = "799b9eed7dc5c53a11b7735e68347788db6d253e32f98c6f849ff6da9c30c3a2"
NOTICE_SEED_SHA256 = "f8e2929b0689c3f4ce9cd7f6c23c444489e2741bed3221f58f2bfe27ad6f65c1"
FORM_STARTS = "Consent to information sharing"

TITLE, SUBTITLE, HEADING, PARAGRAPH, BULLET = "title", "subtitle", "heading", "paragraph", "bullet"


@dataclass(frozen=True, slots=True)
class Piece:
    """One thing the family reads: its kind and its exact text."""

    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


def _is_heading(text: str) -> bool:
    """A section heading of the leaflet: a short line with no sentence punctuation, no
    address. (The parsed headings are checked against the known list, so a slip shows.)"""
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and text[-1] not in ".:;,!?"
        and "@" not in text
        and "www." not in text
    )


def _paragraphs(text: str) -> list[tuple[bool, str]]:
    """(is_bullet, text) in order: bullets one a line, other lines joined until a blank."""
    found: list[tuple[bool, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            found.append((False, " ".join(lines)))
            lines.clear()

    for raw in text.splitlines():
        line = raw.strip().replace("**", "")
        if not line:
            flush()
        elif line == "-":
            flush()  # the empty bullet of the extraction: not the council's words
        elif line.startswith("- "):
            flush()
            found.append((True, line[2:].strip()))
        else:
            lines.append(line)
    flush()
    return found


def seed_pieces(path: Path = LEAFLET_SEED) -> list[Piece]:
    """The leaflet's pieces in reading order, from the council's text."""
    text = path.read_text(encoding="utf-8")
    leaflet, _form = text.split(f"\n{FORM_STARTS}\n", 1)
    blocks = _paragraphs(leaflet)
    (_, title), (_, subtitle), *rest = blocks
    pieces = [Piece(TITLE, title), Piece(SUBTITLE, subtitle)]
    for is_bullet, words in rest:
        kind = BULLET if is_bullet else HEADING if _is_heading(words) else PARAGRAPH
        pieces.append(Piece(kind, words))
    return pieces


def seed_form_lines(path: Path = LEAFLET_SEED) -> list[str]:
    """The paper form's lines (after the leaflet), stripped, for its quoted sentences."""
    _leaflet, form = path.read_text(encoding="utf-8").split(f"\n{FORM_STARTS}\n", 1)
    return [FORM_STARTS, *(line.strip() for line in form.splitlines() if line.strip())]


def leaflet_pieces(leaflet: Leaflet) -> list[Piece]:
    """The same pieces from the app's leaflet (its JSON, loaded)."""
    pieces = [Piece(TITLE, leaflet.title), Piece(SUBTITLE, leaflet.subtitle)]
    for section in leaflet.sections:
        pieces.append(Piece(HEADING, section.title))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pieces.append(Piece(PARAGRAPH, block.text))
            else:
                assert isinstance(block, BulletList)
                pieces += [Piece(BULLET, item) for item in block.items]
    return pieces


def differences(expected: list[Piece], shown: list[Piece]) -> list[str]:
    """Every piece that differs, as a unified diff (empty when they are the same)."""
    return list(
        difflib.unified_diff(
            [str(p) for p in expected],
            [str(p) for p in shown],
            "the council's leaflet",
            "the app",
            lineterm="",
            n=1,
        )
    )


def normalised(text: str) -> str:
    """Runs of white space as one space (the notice has double spaces between sentences)."""
    return re.sub(r"\s+", " ", text).strip()
