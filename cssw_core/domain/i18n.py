"""Marking text for translation without Qt.

Qt-free code (the domain, errors, sync problems) keeps English text: records are data, so
what goes into a sealed record never changes with the language. Text that is also shown
on screen or printed is marked here with `QT_TRANSLATE_NOOP(context, text)`, which
returns the text unchanged; `pyside6-lupdate` finds the name in the source and lists the
text for translators, and the UI translates it when it shows it
(`QCoreApplication.translate(context, text)`).

Sentences with parts filled in take a `Translate` function (the UI passes Qt's; tests and
the command line the identity) and use Qt-style placeholders `%1`, `%2` so a translator
can move the parts around.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
"""A language tag as the app names languages: "en", "cy", "pt-BR", "zh-Hant-TW"."""

PSEUDO_LANGUAGES: tuple[str, ...] = ("en-XA", "ar-XB")
"""Test translations: accented and lengthened (en-XA), and right-to-left (ar-XB). They
prove the screens and the PDF take longer text and a mirrored layout; they are never
offered to families."""

Translate = Callable[[str, str], str]
"""`translate(context, text)`: the text in the language in force (Qt's, in the UI)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation in `context`; returns it unchanged (English)."""
    return text


def untranslated(context: str, text: str) -> str:
    """The `Translate` that keeps the English text (tests, the command line, records)."""
    return text


def fill(template: str, *parts: object) -> str:
    """Qt's `QString.arg` for `%1` … `%9` placeholders, all at once, without Qt: each
    placeholder is replaced by its part, and text inside a part is never re-scanned."""
    out: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            number = int(template[i + 1])
            if 1 <= number <= len(parts):
                out.append(str(parts[number - 1]))
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)
