"""Pseudo translations that test the screens and the PDF, made from the English sources.

- `en-XA`: every letter accented (a → á) and the text about 40 % longer, in brackets, so
  text that is cut off, or that was never marked for translation, stands out.
- `ar-XB`: the same, and right-to-left: the layout direction message says "RTL", and
  each run of words is shown right-to-left (Unicode's right-to-left override, as Android's
  ar-XB does), with placeholders left readable.

Placeholders (`%s`, `%1`, `%n`, `%(name)s`, `{name}`), HTML tags and entities, line
breaks and keyboard mnemonics (`&File`: the letter after `&` stays as it is, so Alt+F
still works) are kept exactly. Qt-free: the `scripts/translations` script runs this
after `pyside6-lupdate` and before `pyside6-lrelease`.

    python -m cssw_desktop.pseudo_locale TS_FOLDER LEAFLET_FOLDER
"""

from __future__ import annotations

import json
import math
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cssw_core.domain.i18n import PSEUDO_LANGUAGES

LAYOUT_DIRECTION = "QT_LAYOUT_DIRECTION"
"""The message (context QGuiApplication) whose translation sets Qt's layout direction."""

RLM = "\u200f"  # right-to-left mark: makes a paragraph right-to-left
RLO = "\u202e"  # right-to-left override: shows the letters that follow right-to-left
PDF = "\u202c"  # pop directional formatting: ends the override
PAD = "·"

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
_ACCENT_TABLE = str.maketrans(_ACCENTED)

# What a pseudo translation keeps exactly, earliest alternative first.
_KEEP = re.compile(
    r"""
      %\([A-Za-z_][A-Za-z0-9_]*\)[-#0 +]*[0-9]*(?:\.[0-9]+)?[sdifgrxXc]  # %(name)s
    | %L?[0-9]{1,2}                                 # Qt's %1 … %99, %L1
    | %L?n                                          # Qt's plural count %n, %Ln
    | %[-#0 +]*[0-9]*(?:\.[0-9]+)?[sdifgrxXc]       # printf %s %d %.1f
    | %%                                            # a literal percent sign
    | \{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}              # str.format {name} {0:>3} {}
    | <[^<>]+>                                      # HTML tags
    | &(?:[A-Za-z][A-Za-z0-9]*|\#[0-9]+|\#x[0-9A-Fa-f]+);   # HTML entities
    | &&                                            # a literal & in a button's text
    | \s*\n\s*                                      # line breaks
    """,
    re.VERBOSE,
)
_MNEMONIC = re.compile(r"&(?=[^\s&])")

PLACEHOLDER = re.compile(
    r"%\([A-Za-z_][A-Za-z0-9_]*\)[-#0 +]*[0-9]*(?:\.[0-9]+)?[sdifgrxXc]|%L?[0-9]{1,2}|%L?n"
    r"|%[-#0 +]*[0-9]*(?:\.[0-9]+)?[sdifgrxXc]|%%|\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}"
)
"""Placeholders a translation must keep, each as often as the source has it."""


def mnemonics(text: str) -> list[str]:
    """The letters marked as keyboard mnemonics (`&F` in `&File`); `&&` and entities are
    not mnemonics."""
    text = re.sub(r"&&|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);", "", text)
    return [match.group(0)[1] for match in re.finditer(r"&[^\s&]", text)]


def _pieces(text: str) -> list[tuple[bool, str]]:
    """The text split into (is_words, piece): words to change, and parts kept exactly."""
    out: list[tuple[bool, str]] = []
    at = 0
    for match in _KEEP.finditer(text):
        if match.start() > at:
            out.append((True, text[at : match.start()]))
        out.append((False, match.group(0)))
        at = match.end()
    if at < len(text):
        out.append((True, text[at:]))
    return out


def _accent(words: str) -> str:
    """Accent every letter except one marked as a mnemonic (it stays typeable)."""
    out: list[str] = []
    keep_next = False
    for ch in words:
        if keep_next:
            out.append(ch)
            keep_next = False
        elif ch == "&":
            out.append(ch)
            keep_next = True
        else:
            out.append(ch.translate(_ACCENT_TABLE))
    return "".join(out)


def _padding(letters: int) -> str:
    """About 40 % more text, as groups of dots that can wrap like words."""
    count = max(2, math.ceil(letters * 0.4))
    groups = [PAD * 5] * (count // 5)
    if count % 5:
        groups.append(PAD * (count % 5))
    return " ".join(groups)


def _is_tag(piece: str) -> bool:
    return piece.startswith("<") or not piece.strip()


def pseudo(text: str, *, right_to_left: bool = False) -> str:
    """One message in pseudo language: accented, about 40 % longer, bracketed; with
    `right_to_left`, each run of words is shown right-to-left and the paragraph starts
    right-to-left."""
    core = text.strip()
    if not core:
        return text
    if core != text:  # spaces around it (" minutes" after a number) stay outside
        start = text[: len(text) - len(text.lstrip())]
        end = text[len(text.rstrip()) :]
        return start + pseudo(core, right_to_left=right_to_left) + end
    pieces = _pieces(text)
    letters = sum(len(piece) for is_words, piece in pieces if is_words)
    converted: list[str] = []
    for is_words, piece in pieces:
        if not is_words:
            converted.append(piece)
            continue
        accented = _accent(piece)
        if right_to_left and accented.strip():
            lead = accented[: len(accented) - len(accented.lstrip())]
            trail = accented[len(accented.rstrip()) :]
            accented = f"{lead}{RLO}{accented.strip()}{PDF}{trail}"
        converted.append(accented)
    # The brackets go inside leading and trailing tags, so rich text stays rich text.
    first = 0
    while first < len(pieces) and not pieces[first][0] and _is_tag(pieces[first][1]):
        first += 1
    last = len(pieces)
    while last > first and not pieces[last - 1][0] and _is_tag(pieces[last - 1][1]):
        last -= 1
    padding = _padding(letters)
    if right_to_left:
        padding = f"{RLO}{padding}{PDF}"
    body = "".join(converted[first:last])
    middle = f"[{body} {padding}]"
    start = RLM if right_to_left else ""
    return "".join(converted[:first]) + start + middle + "".join(converted[last:])


def language_of(ts_path: Path) -> str:
    """The pseudo language a .ts file is for, from its name (cssw_en-XA.ts → en-XA)."""
    return ts_path.stem.split("_", 1)[1]


def fill_ts(ts_path: Path, language: str) -> int:
    """Fill every message of a .ts file with its pseudo translation; returns how many."""
    right_to_left = language == "ar-XB"
    tree = ET.parse(ts_path)  # noqa: S314 - our own .ts files, made by lupdate
    root = tree.getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)  # finished
            if name == "QGuiApplication" and source == LAYOUT_DIRECTION:
                text = "RTL" if right_to_left else "LTR"
            else:
                text = pseudo(source, right_to_left=right_to_left)
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                if not forms:
                    forms = [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            count += 1
    _write_ts(tree, ts_path)
    return count


def _write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write a .ts file in the layout lupdate uses (so regenerating changes nothing)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _convert(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_convert(item, change) for item in value]
    if isinstance(value, dict):
        return {key: _convert(item, change) for key, item in value.items()}
    return value


def pseudo_leaflet(english: dict[str, Any], language: str) -> dict[str, Any]:
    """The English leaflet in a pseudo language: every title, paragraph, bullet and note
    converted; section ids, note names and the format kept; its own language and version
    (so its own content hash)."""
    right_to_left = language == "ar-XB"

    def change(text: str) -> str:
        return pseudo(text, right_to_left=right_to_left)

    year_issue = str(english["version"]).removesuffix(f"-{english['language']}")
    sections = [
        {
            "id": section["id"],
            "title": change(section["title"]),
            "blocks": _convert(section["blocks"], change),
        }
        for section in english["sections"]
    ]
    result = {
        "format": english["format"],
        "version": f"{year_issue}-{language}",
        "language": language,
        "title": change(english["title"]),
    }
    if "subtitle" in english:
        result["subtitle"] = change(english["subtitle"])
    result["sections"] = sections
    result["notes"] = {key: change(text) for key, text in english["notes"].items()}
    if "fresh_consent_since" in english:  # the council's flag is the same in every language
        result["fresh_consent_since"] = english["fresh_consent_since"]
    return result


def write_leaflets(leaflet_folder: Path) -> list[Path]:
    """Write the pseudo leaflets beside the English one; returns the files written."""
    english = json.loads((leaflet_folder / "en" / "leaflet.json").read_text(encoding="utf-8"))
    written = []
    for language in PSEUDO_LANGUAGES:
        folder = leaflet_folder / language
        folder.mkdir(exist_ok=True)
        path = folder / "leaflet.json"
        text = json.dumps(pseudo_leaflet(english, language), ensure_ascii=False, indent=2)
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m cssw_desktop.pseudo_locale TS_FOLDER LEAFLET_FOLDER")
        return 2
    ts_folder, leaflet_folder = Path(args[0]), Path(args[1])
    for language in PSEUDO_LANGUAGES:
        path = ts_folder / f"cssw_{language}.ts"
        print(f"{path}: {fill_ts(path, language)} messages in pseudo language {language}")
    for path in write_leaflets(leaflet_folder):
        print(f"{path}: pseudo leaflet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
