"""The council's leaflet "Your information, your rights", as the family reads it on screen.

Each language has one JSON file, `resources/leaflet/<language>/leaflet.json`, holding a
version, a title, the sections in the leaflet's order (each a list of paragraphs and
bullet lists, plain text, never HTML) and notes (the consent form's own sentences, and
where the text comes from), and optionally `fresh_consent_since`: the issue ("2026.3") from
which the council wants families to consent afresh, so anyone who signed on an earlier
issue goes through the leaflet again (absent: a new issue needs no fresh consent; a later
issue that needs none keeps the earlier value). The leaflet's content hash is the SHA-256
of the canonical JSON of the whole file, so the consent record names exactly the words the
family saw: changing any character gives a different hash.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cssw_core.domain.canonical import NotCanonicalisable, content_hash
from cssw_core.domain.consent_status import LeafletIssue
from cssw_core.domain.i18n import LANGUAGE_PATTERN
from cssw_desktop.leaflet_languages import LEAFLET_FILE as LEAFLET_FILE
from cssw_desktop.leaflet_languages import available_languages as available_languages
from cssw_desktop.leaflet_languages import leaflet_root as leaflet_root

LEAFLET_FORMAT = "cssw.leaflet/1"
SAFETY_NOTE = "form_safety_note"
"""The notes key of the form's note that CSSW may approach agencies over safety concerns."""
FRESH_CONSENT_KEY = "fresh_consent_since"

_LANGUAGE = LANGUAGE_PATTERN
_VERSION = re.compile(r"^(?P<year>[0-9]{4})\.(?P<issue>[1-9][0-9]{0,2})-(?P<language>[A-Za-z-]+)$")
_SECTION_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_NOTE_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]|&[A-Za-z#][A-Za-z0-9]*;")
_TOP_KEYS = frozenset(
    {"format", "version", "language", "title", "subtitle", "sections", "notes", FRESH_CONSENT_KEY}
)
_ISSUE = re.compile(r"^(?P<year>[0-9]{4})\.(?P<issue>[1-9][0-9]{0,2})$")


class LeafletError(ValueError):
    """A leaflet file is missing or not in the expected form; the message says which part."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[str, ...]


Block = Paragraph | BulletList


@dataclass(frozen=True, slots=True)
class LeafletSection:
    """One section of the leaflet, with a stable id the consent record refers to."""

    id: str
    title: str
    blocks: tuple[Block, ...]

    def html(self, point_size: int = 16, heading: bool = True) -> str:
        """Simple HTML for a QTextBrowser at large type; every piece of text is escaped."""
        parts = [f'<div style="font-size:{int(point_size)}pt;">']
        if heading:
            size = int(point_size) + 4
            parts.append(f'<h2 style="font-size:{size}pt;">{html.escape(self.title)}</h2>')
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(f"<p>{html.escape(block.text)}</p>")
            else:
                items = "".join(f"<li>{html.escape(item)}</li>" for item in block.items)
                parts.append(f"<ul>{items}</ul>")
        parts.append("</div>")
        return "".join(parts)

    def plain_text(self) -> str:
        """The section as plain text: the title, then paragraphs and "• " bullets."""
        lines = [self.title, ""]
        for block in self.blocks:
            if isinstance(block, Paragraph):
                lines += [block.text, ""]
            else:
                lines += [f"• {item}" for item in block.items]
                lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"


@dataclass(frozen=True, slots=True)
class Leaflet:
    """A whole leaflet in one language, with the hash that identifies its exact words."""

    version: str
    language: str
    title: str
    content_hash: str
    sections: tuple[LeafletSection, ...]
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    subtitle: str = ""
    fresh_consent_since: str | None = None
    """The issue ("2026.3") families must have consented on; earlier ones consent afresh."""

    def section(self, section_id: str) -> LeafletSection:
        """The section with this id; KeyError if the leaflet has none."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections)

    @property
    def safety_note(self) -> str:
        """The form's note that CSSW may approach agencies where a child's safety is a concern."""
        return self.notes[SAFETY_NOTE]


def load_leaflet(language: str = "en", root: Path | None = None) -> Leaflet:
    """Read and check one language's leaflet. LeafletError if it is missing or malformed."""
    if not _LANGUAGE.match(language):
        raise LeafletError(f"{language!r} is not a language code")
    path = leaflet_root(root) / language / LEAFLET_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LeafletError(f"there is no leaflet for language {language!r}") from None
    except OSError as error:
        raise LeafletError(f"the leaflet for {language!r} cannot be read: {error}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LeafletError(f"the leaflet for {language!r} is not valid UTF-8 JSON") from None
    return parse_leaflet(data, language)


def parse_leaflet(data: Any, language: str) -> Leaflet:
    """Check a leaflet's JSON content and build it; LeafletError names what is wrong."""
    if not isinstance(data, dict):
        raise LeafletError("the leaflet must be a JSON object")
    if missing := {"format", "version", "language", "title", "sections", "notes"} - data.keys():
        raise LeafletError(f"the leaflet is missing {', '.join(sorted(missing))}")
    if unknown := data.keys() - _TOP_KEYS:
        raise LeafletError(f"the leaflet has unknown fields: {', '.join(sorted(unknown))}")
    if data["format"] != LEAFLET_FORMAT:
        raise LeafletError(f"the leaflet's format must be {LEAFLET_FORMAT!r}")
    if data["language"] != language:
        raise LeafletError(f"the leaflet in folder {language!r} declares another language")
    version = _text(data["version"], "version")
    match = _VERSION.match(version)
    if match is None or match["language"] != language:
        raise LeafletError(
            f"the leaflet version {version!r} is not YEAR.ISSUE-LANGUAGE (e.g. 2026.1-{language})"
        )
    title = _text(data["title"], "title")
    subtitle = _text(data.get("subtitle", ""), "subtitle", allow_empty=True)
    sections_json = data["sections"]
    if not isinstance(sections_json, list) or not sections_json:
        raise LeafletError("the leaflet must have a list of sections")
    sections = tuple(_section(s, n) for n, s in enumerate(sections_json, 1))
    ids = [s.id for s in sections]
    if len(set(ids)) != len(ids):
        raise LeafletError("two leaflet sections have the same id")
    notes_json = data["notes"]
    if not isinstance(notes_json, dict):
        raise LeafletError("the leaflet's notes must be an object")
    notes: dict[str, str] = {}
    for key, value in notes_json.items():
        if not _NOTE_KEY.match(key):
            raise LeafletError(f"the note name {key!r} is not an identifier")
        notes[key] = _text(value, f"note {key}")
    if SAFETY_NOTE not in notes:
        raise LeafletError(f"the leaflet's notes must include {SAFETY_NOTE}")
    fresh = data.get(FRESH_CONSENT_KEY)
    if fresh is not None:
        issue = _ISSUE.match(fresh) if isinstance(fresh, str) else None
        if issue is None:
            raise LeafletError(
                f"the leaflet's {FRESH_CONSENT_KEY} must be an issue such as "
                f"{match['year']}.{match['issue']}"
            )
        if (int(issue["year"]), int(issue["issue"])) > (int(match["year"]), int(match["issue"])):
            raise LeafletError(f"the leaflet's {FRESH_CONSENT_KEY} is later than its own version")
    try:
        digest = content_hash(data)
    except NotCanonicalisable as error:
        raise LeafletError(f"the leaflet holds a value that cannot be hashed: {error}") from None
    return Leaflet(
        version=version,
        language=language,
        title=title,
        content_hash=digest,
        sections=sections,
        notes=MappingProxyType(notes),
        subtitle=subtitle,
        fresh_consent_since=fresh,
    )


def _text(value: Any, what: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise LeafletError(f"the leaflet's {what} must be text")
    if not allow_empty and not value.strip():
        raise LeafletError(f"the leaflet's {what} is empty")
    if value != value.strip() and value.strip():
        raise LeafletError(f"the leaflet's {what} has spaces at its start or end")
    if _MARKUP.search(value):
        raise LeafletError(f"the leaflet's {what} holds markup; the source must be plain text")
    if any(ord(ch) < 32 for ch in value):
        raise LeafletError(f"the leaflet's {what} holds control characters")
    return value


def _section(value: Any, number: int) -> LeafletSection:
    what = f"section {number}"
    if not isinstance(value, dict) or set(value) != {"id", "title", "blocks"}:
        raise LeafletError(f"the leaflet's {what} must have exactly an id, a title and blocks")
    section_id = _text(value["id"], f"{what} id")
    if not _SECTION_ID.match(section_id):
        raise LeafletError(f"the leaflet's {what} id is not a lower-case identifier")
    title = _text(value["title"], f"{what} title")
    blocks_json = value["blocks"]
    if not isinstance(blocks_json, list) or not blocks_json:
        raise LeafletError(f"the leaflet's {what} has no text")
    return LeafletSection(
        section_id,
        title,
        tuple(_block(b, f"{what} block {n}") for n, b in enumerate(blocks_json, 1)),
    )


def _block(value: Any, what: str) -> Block:
    if not isinstance(value, dict) or len(value) != 1:
        raise LeafletError(f"the leaflet's {what} must be one paragraph or one bullet list")
    ((kind, content),) = value.items()
    if kind == "paragraph":
        return Paragraph(_text(content, what))
    if kind == "bullets":
        if not isinstance(content, list) or not content:
            raise LeafletError(f"the leaflet's {what} must list at least one bullet")
        return BulletList(tuple(_text(item, f"{what} bullet") for item in content))
    raise LeafletError(f"the leaflet's {what} is neither a paragraph nor bullets")


def leaflet_issue_of(leaflet: Leaflet) -> LeafletIssue:
    """The leaflet's version and fresh-consent flag, as the consent states judge them."""
    return LeafletIssue(leaflet.version, leaflet.fresh_consent_since)
