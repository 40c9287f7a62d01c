"""The rules every typed or uploaded field follows, in one place for the laptop and central.

The laptop's forms check what a worker types with these rules (so a worker hears at entry
time, in plain words); central checks every upload, heartbeat and return comment with the
same rules (`cssw_core.protocol` for the messages, `cssw_core.domain.document_rules` for a
sealed document) and refuses anything else with a plain 422. Nothing here imports Qt or
pydantic.

Text: bounded lengths, and no hidden characters: control characters (NUL included), and
the invisible format characters that change how text is shown, such as the right-to-left
override (U+202E) or the isolates (U+2066–U+2069), which could make a name on a legal
document read differently from what is stored. Only the zero-width joiner and non-joiner
(U+200C, U+200D) are kept: some scripts (Persian, Kurdish, Indic) need them inside
ordinary names, and they never reorder text. A line break is allowed only where a field
has several lines (an address, a comment).

Times: they must carry a time zone and lie between `EARLIEST_TIME` (2025-01-01 UTC, before
the first release of this app: no record can have been made earlier) and `LATEST_TIME`
(2100-01-01 UTC: a static bound; whether a time is after its record's arrival is central's
separate check). Dates of birth lie between `EARLIEST_BIRTH_DATE` and `LATEST_TIME`.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from enum import StrEnum

# Lengths, in characters (after surrounding spaces are removed, on the laptop's forms).
MAX_NAME = 100  # a family's, child's, worker's, consent giver's or signer's name
MAX_WORKER_NAME = 200  # a worker's name as central holds it (its display name)
MAX_ADDRESS = 300
MAX_CASE_REFERENCE = 40
MAX_GENDER = 40
MAX_RELATIONSHIP = 100
MAX_LANGUAGE_NAME = 100  # an interpreter's language, as typed
MAX_REASON = 2000  # a withdrawal's reason, or why a young person's consent was not sought
MAX_COMMENT = 2000  # a team lead's return comment
MAX_VERSION = 40  # an app or leaflet version
MAX_DEVICE_NAME = 100
MAX_PARTY_NAME = 200  # whom a share went to, when named (a school, a GP, someone else)
MAX_LAW = 300  # the law or court order a share without consent relies on
MAX_ROLE = 100  # a manager's role, as typed

# Lists in a sealed document.
MAX_CHILDREN = 30  # children a consent record covers
MAX_SIGNATURES = MAX_CHILDREN + 2  # the consent giver, each young person, an interpreter
MAX_SECTIONS = 100  # leaflet sections viewed

EARLIEST_TIME = datetime(2025, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

# Format characters kept: they join or separate letters inside a word, never reorder text.
_ALLOWED_FORMAT = frozenset("\u200c\u200d")
_HIDDEN_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


class TextProblem(StrEnum):
    """What is wrong with a piece of text; each side words it for its own reader."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    HIDDEN = "hidden"


class TimeProblem(StrEnum):
    NO_TIME_ZONE = "no_time_zone"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"


def has_hidden_characters(text: str, *, multiline: bool = False) -> bool:
    """Control characters (C0, DEL, C1; NUL included), invisible format characters such as
    bidi overrides and isolates, surrogates, private-use and unassigned code points, and
    line or paragraph separators. `multiline`: a line feed is allowed."""
    if text.isprintable():  # the common case: no control, format or separator characters
        return False
    for ch in text:
        if (ch == "\n" and multiline) or ch in _ALLOWED_FORMAT:
            continue
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            return True
    return False


def shown(text: str, *, multiline: bool = False) -> str:
    """Text safe to show whatever it holds: each hidden character replaced by U+FFFD (the
    replacement character), so text stored before these rules cannot reorder a page."""
    if not has_hidden_characters(text, multiline=multiline):
        return text
    return "".join(
        "\ufffd"
        if not ((ch == "\n" and multiline) or ch in _ALLOWED_FORMAT)
        and unicodedata.category(ch) in _HIDDEN_CATEGORIES
        else ch
        for ch in text
    )


def text_problem(
    text: str, limit: int, *, required: bool = False, multiline: bool = False
) -> TextProblem | None:
    """The first thing wrong with this text, or None. `required`: more than spaces."""
    if required and not text.strip():
        return TextProblem.EMPTY
    if len(text) > limit:
        return TextProblem.TOO_LONG
    if has_hidden_characters(text, multiline=multiline):
        return TextProblem.HIDDEN
    return None


def time_problem(moment: datetime) -> TimeProblem | None:
    """Whether a time carries its time zone and lies within the static bounds."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return TimeProblem.NO_TIME_ZONE
    if moment < EARLIEST_TIME:
        return TimeProblem.TOO_EARLY
    if moment >= LATEST_TIME:
        return TimeProblem.TOO_LATE
    return None


def date_problem(day: date, *, earliest: date | None = None) -> TimeProblem | None:
    """Whether a calendar date lies within the bounds (dates of birth: `EARLIEST_BIRTH_DATE`)."""
    if day < (EARLIEST_TIME.date() if earliest is None else earliest):
        return TimeProblem.TOO_EARLY
    if day >= LATEST_TIME.date():
        return TimeProblem.TOO_LATE
    return None
