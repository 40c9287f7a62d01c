"""The worker's passphrase rules, checked as they type on the setup screen.

The passphrase (with the laptop's device secret) protects children's records if a laptop
is lost, so guessable ones are refused: too short, a common password (even with digits or
symbols tacked on), mostly one character, a keyboard or number run,
mostly the worker's own name, or rated below "Strong" by zxcvbn (which knows the
common-password list and many other patterns).
"""

from __future__ import annotations

import string
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, fill

MIN_LENGTH = 12
MAX_LENGTH = 1024
ACCEPTABLE_SCORE = 3
# zxcvbn's matching grows quickly with length; the first 100 characters are plenty to judge.
ANALYSED_LENGTH = 100

STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
    QT_TRANSLATE_NOOP("Passphrase", "Very strong"),
)

# What a passphrase must change, in English; the screens translate each one (context
# "Passphrase"), filling %1 with the length for the two templates.
TOO_SHORT_TEMPLATE = QT_TRANSLATE_NOOP(
    "Passphrase", "Use at least %1 characters — three or four random words work well."
)
TOO_SHORT = fill(TOO_SHORT_TEMPLATE, MIN_LENGTH)
TOO_LONG_TEMPLATE = QT_TRANSLATE_NOOP("Passphrase", "Use no more than %1 characters.")
TOO_LONG = fill(TOO_LONG_TEMPLATE, MAX_LENGTH)
COMMON = QT_TRANSLATE_NOOP(
    "Passphrase",
    "This is a common password, word or name that people try first, even with numbers or "
    "symbols added. "
    "Choose something else — three or four random words work well.",
)
REPEATED = QT_TRANSLATE_NOOP("Passphrase", "Avoid repeating the same letter or word over and over.")
SEQUENCE = QT_TRANSLATE_NOOP(
    "Passphrase", "Avoid keyboard patterns and runs such as “qwerty” or “12345”."
)
PERSONAL = QT_TRANSLATE_NOOP("Passphrase", "Avoid your own name or words to do with your work.")
TOO_GUESSABLE = QT_TRANSLATE_NOOP(
    "Passphrase",
    "This would be too easy to guess. Add another word or two — unusual words are best.",
)
RULES_TEMPLATE = QT_TRANSLATE_NOOP(
    "Passphrase",
    "Use at least %1 characters. Three or four random words work well, for example "
    "“kettle orbit maple drum”. Common passwords, your own name and keyboard patterns such "
    "as “qwerty” are not allowed.",
)

MIN_RUN = 4
COMMON_WORD_RANK = 10_000


@cache
def _zxcvbn() -> ModuleType:
    """zxcvbn, imported on first use: its word lists take a while to load, and only the
    passphrase screens need them (not the app's start-up)."""
    import zxcvbn  # type: ignore[import-untyped]
    import zxcvbn.frequency_lists  # type: ignore[import-untyped]
    import zxcvbn.matching  # type: ignore[import-untyped]

    module: ModuleType = zxcvbn
    return module


@cache
def _keyboards() -> dict[str, Any]:
    return {
        name: graph
        for name, graph in _zxcvbn().matching.GRAPHS.items()
        if name in {"qwerty", "keypad", "mac_keypad"}
    }


_TRAILING = string.digits + string.punctuation + string.whitespace
# zxcvbn keeps the user's words in a module-level table while it runs: one check at a time.
_zxcvbn_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class PassphraseAssessment:
    """The verdict on a passphrase: whether it is allowed, how strong it is, and what to fix."""

    acceptable: bool
    score: int
    strength_label: str
    problems: list[str] = field(default_factory=list)


def rules_text() -> str:
    """One short paragraph for the setup screen describing what is allowed."""
    return fill(RULES_TEMPLATE, MIN_LENGTH)


@cache
def _common_passwords() -> frozenset[str]:
    """zxcvbn's common passwords, plus the commonest words and names: zxcvbn keeps those in
    other lists, so "jessica" (a top-50 password) is not in its password list itself."""
    lists = _zxcvbn().frequency_lists.FREQUENCY_LISTS
    common: set[str] = set(lists["passwords"])
    for name, words in lists.items():
        if name != "passwords":
            common.update(words[:COMMON_WORD_RANK])
    return frozenset(common)


def is_common_password(passphrase: str) -> bool:
    """A common password, word or name, ignoring case, spaces and anything tacked on at either
    end ("Password1!", "jessica1990!!")."""
    folded = passphrase.casefold().strip()
    candidates = {folded, folded.strip(_TRAILING), "".join(folded.split())}
    common = _common_passwords()
    return any(c in common for c in candidates if c)


def _mostly_one_character(text: str) -> bool:
    characters = [ch for ch in text.casefold() if not ch.isspace()]
    if not characters:
        return False
    _most, count = Counter(characters).most_common(1)[0]
    return count * 2 >= len(characters)


def _coverage(matches: Iterable[dict[str, Any]], patterns: set[str] | None = None) -> int:
    """How many characters the given zxcvbn matches cover between them."""
    covered: set[int] = set()
    for match in matches:
        if patterns is None or match["pattern"] in patterns:
            covered.update(range(match["i"], match["j"] + 1))
    return len(covered)


def _runs(text: str) -> list[dict[str, Any]]:
    """Keyboard runs ("qwerty", "asdf", keypad "7894") and sequences ("abcd", "9876").

    Only runs of four or more on the keyboards used here count: shorter ones turn up by
    chance in ordinary words ("concert" holds "ert").
    """
    matches: list[dict[str, Any]] = _zxcvbn().matching.spatial_match(
        text, _graphs=_keyboards()
    ) + _zxcvbn().matching.sequence_match(text)
    return [m for m in matches if m["j"] - m["i"] + 1 >= MIN_RUN]


def _score(text: str, user_inputs: Sequence[str]) -> dict[str, Any]:
    if not text:  # zxcvbn 4.5 fails on an empty string
        return {"score": 0, "sequence": []}
    with _zxcvbn_lock:
        result: dict[str, Any] = _zxcvbn().zxcvbn(
            text, user_inputs=list(user_inputs), max_length=ANALYSED_LENGTH
        )
    return result


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> PassphraseAssessment:
    """Check a passphrase against the rules.

    `user_inputs` are words that should not be relied on, such as the worker's name and
    user name, or "cssw" and the council's name.
    """
    text = unicodedata.normalize("NFC", passphrase)
    analysed = text[:ANALYSED_LENGTH]
    # zxcvbn matches each input whole; the separate words of a name count as well.
    words = [*user_inputs, *(w for phrase in user_inputs for w in phrase.split() if len(w) > 2)]
    result = _score(analysed, words)
    score = int(result["score"])
    sequence: list[dict[str, Any]] = result["sequence"]

    problems: list[str] = []
    if len(text) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    elif len(text) > MAX_LENGTH:
        problems.append(TOO_LONG)
    if is_common_password(text):
        problems.append(COMMON)
    if analysed and (
        _mostly_one_character(analysed) or _coverage(sequence, {"repeat"}) * 2 >= len(analysed)
    ):
        problems.append(REPEATED)
    if analysed and _coverage(_runs(analysed)) * 2 >= len(analysed):
        problems.append(SEQUENCE)
    personal = _coverage(m for m in sequence if m.get("dictionary_name") == "user_inputs")
    if personal and (score < ACCEPTABLE_SCORE or personal * 2 >= len(analysed)):
        problems.append(PERSONAL)
    if score < ACCEPTABLE_SCORE and not problems:
        problems.append(TOO_GUESSABLE)

    if problems:
        # The meter must never call a refused passphrase "Strong".
        score = min(score, ACCEPTABLE_SCORE - 1)
    return PassphraseAssessment(
        acceptable=not problems,
        score=score,
        strength_label=STRENGTH_LABELS[score],
        problems=problems,
    )
