"""Translations: the checked-in .ts/.qm files match the sources, the pseudo languages keep
every placeholder and mnemonic, the pseudo leaflets load, and the language is chosen
by the rules the command line follows."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from cssw_core.domain.agencies import AGENCY_LABELS
from cssw_core.domain.consent import DocumentKind, ExplainedItem
from cssw_core.domain.i18n import PSEUDO_LANGUAGES, fill
from cssw_core.domain.visit import STEPS
from cssw_core.resources import resources_dir
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.pseudo_locale import (
    PDF,
    PLACEHOLDER,
    RLM,
    RLO,
    mnemonics,
    pseudo,
    pseudo_leaflet,
)
from cssw_desktop.ui.i18n import TRANSLATIONS_DIR, choose_language, shipped_languages

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS_FILES = ["cssw_en.ts", *(f"cssw_{language}.ts" for language in PSEUDO_LANGUAGES)]
REGENERATE = "run scripts/translations and commit what it changes"

Key = tuple[str, str, str, bool]


def messages(path: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by (context, source, disambiguation, plural)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What pyside6-lupdate finds in the sources now (as scripts/translations runs it)."""
    sources = sorted(
        str(p.relative_to(REPO))
        for package in ("cssw_core", "cssw_documents", "cssw_desktop")
        for p in (REPO / package).rglob("*.py")
        if "__pycache__" not in p.parts
    )
    out = tmp_path_factory.mktemp("lupdate") / "now.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-ts",
            str(out),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return messages(out)


@pytest.mark.parametrize("name", TS_FILES)
def test_the_ts_files_list_exactly_what_the_sources_have(
    name: str, extracted: dict[Key, ET.Element]
) -> None:
    checked_in = messages(TRANSLATIONS_DIR / name)
    missing = sorted(set(extracted) - set(checked_in))
    stale = sorted(set(checked_in) - set(extracted))
    assert not missing, (
        f"{name} lacks {len(missing)} new messages, e.g. {missing[:3]}: {REGENERATE}"
    )
    assert not stale, f"{name} has {len(stale)} messages no longer used: {REGENERATE}"


@pytest.mark.parametrize("language", PSEUDO_LANGUAGES)
def test_the_qm_files_are_what_lrelease_makes(language: str, tmp_path: Path) -> None:
    made = tmp_path / f"cssw_{language}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS_DIR / f"cssw_{language}.ts"),
            "-qm",
            str(made),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shipped = TRANSLATIONS_DIR / f"cssw_{language}.qm"
    assert shipped.read_bytes() == made.read_bytes(), f"cssw_{language}.qm is stale: {REGENERATE}"


def test_the_marked_domain_words_are_listed_for_translators() -> None:
    """QT_TRANSLATE_NOOP in Qt-free code is found by lupdate, in the context the screens
    and the PDF translate with."""
    listed = {
        (context, source) for context, source, _c, _n in messages(TRANSLATIONS_DIR / "cssw_en.ts")
    }
    expected = (
        [("Agency", label) for label in AGENCY_LABELS.values()]
        + [("ConsentForm", item.label) for item in ExplainedItem]
        + [("ConsentForm", kind.label) for kind in DocumentKind]
        + [("VisitStep", step.heading) for step in STEPS]
        + [("Pdf", "Consent to information sharing"), ("Summary", "An interpreter helped, in %1.")]
    )
    assert [pair for pair in expected if pair not in listed] == []


@pytest.mark.parametrize("language", PSEUDO_LANGUAGES)
def test_every_pseudo_message_is_finished_and_keeps_placeholders_and_mnemonics(
    language: str,
) -> None:
    found = messages(TRANSLATIONS_DIR / f"cssw_{language}.ts")
    assert len(found) > 800
    for (context, source, _comment, plural), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, source
        texts = translations(message)
        if plural:
            assert len(texts) >= 2, source
        for text in texts:
            if context == "QGuiApplication":
                assert text == ("RTL" if language == "ar-XB" else "LTR")
                continue
            assert text, source
            assert text != source
            assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source))
            assert mnemonics(text) == mnemonics(source), source
            assert re.findall(r"<[^<>]+>", text) == re.findall(r"<[^<>]+>", source), source


def test_pseudo_text_is_accented_longer_and_keeps_what_code_fills_in() -> None:
    text = pseudo("&Save %s of %1 ({count}) for %(name)s <b>now</b> &amp; 100%%")
    assert text.startswith("[&Sáṽé %s öƒ %1 ({count}) ƒöŕ %(name)s <b>ñöŵ</b> &amp; 100%%")
    assert text.endswith("]")
    assert mnemonics(text) == ["S"]  # the letter Alt+S types is not accented
    for source in ("Yes", "Back to families", "A longer sentence that a family reads."):
        assert len(pseudo(source)) >= 1.4 * len(source)


def test_right_to_left_pseudo_text_reads_right_to_left_with_readable_placeholders() -> None:
    text = pseudo("Step %d of %d: %s", right_to_left=True)
    assert text.startswith(RLM + "[" + RLO + "Šţéþ" + PDF + " %d " + RLO + "öƒ" + PDF + " %d")
    assert text.count(RLO) == text.count(PDF)
    assert "%s" in text
    assert RLO + "%s" not in text


@pytest.mark.parametrize("language", PSEUDO_LANGUAGES)
def test_the_pseudo_leaflets_load_with_their_own_version_and_hash(language: str) -> None:
    english = load_leaflet("en")
    leaflet = load_leaflet(language)
    assert leaflet.language == language
    assert leaflet.version == english.version.removesuffix("-en") + f"-{language}"
    assert leaflet.content_hash != english.content_hash
    assert leaflet.section_ids == english.section_ids
    assert leaflet.title == pseudo(english.title, right_to_left=language == "ar-XB")
    source = json.loads((resources_dir() / "leaflet" / "en" / "leaflet.json").read_text("utf-8"))
    on_disk = json.loads(
        (resources_dir() / "leaflet" / language / "leaflet.json").read_text("utf-8")
    )
    assert on_disk == pseudo_leaflet(source, language), REGENERATE


def test_english_and_only_real_languages_ship(tmp_path: Path) -> None:
    assert shipped_languages() == ("en",)  # the pseudo languages are never offered
    (tmp_path / "leaflet" / "cy").mkdir(parents=True)
    (tmp_path / "leaflet" / "cy" / "leaflet.json").write_text("{}", encoding="utf-8")
    (tmp_path / "leaflet" / "pl").mkdir(parents=True)
    (tmp_path / "leaflet" / "pl" / "leaflet.json").write_text("{}", encoding="utf-8")
    (tmp_path / "translations").mkdir()
    for name in ("cssw_cy.qm", "cssw_de.qm", "cssw_en-XA.qm"):
        (tmp_path / "translations" / name).write_bytes(b"")
    # Welsh has both; Polish has no translation, German no leaflet.
    assert shipped_languages(tmp_path / "translations", tmp_path / "leaflet") == ("en", "cy")


def test_the_language_asked_for_wins_then_the_systems_then_english() -> None:
    shipped = ("en", "cy", "pt-BR")
    assert choose_language("cy", system=["pt-BR"], shipped=shipped) == "cy"
    assert choose_language("en-XA", system=["cy-GB"], shipped=shipped) == "en-XA"
    assert choose_language("ar-XB", shipped=shipped) == "ar-XB"
    assert choose_language("cy_GB", system=[], shipped=shipped) == "cy"
    assert choose_language(None, system=["de-DE", "cy-GB", "en-GB"], shipped=shipped) == "cy"
    assert choose_language(None, system=["pt-BR"], shipped=shipped) == "pt-BR"
    assert choose_language(None, system=["de-DE", "fr"], shipped=shipped) == "en"
    assert choose_language("", system=["fr"], shipped=shipped) == "en"


def test_a_language_that_does_not_ship_is_refused_in_plain_words() -> None:
    with pytest.raises(ValueError, match="no translation for the language 'de'") as refused:
        choose_language("de", system=["cy"], shipped=("en", "cy"))
    assert "Available: en, cy" in str(refused.value)
    assert "en-XA, ar-XB" in str(refused.value)


def test_the_command_line_refuses_an_unknown_language(tmp_path: Path) -> None:
    for args, env in ((["--language", "xx"], {}), ([], {"CSSW_LANGUAGE": "xx"})):
        done = subprocess.run(
            [sys.executable, "-m", "cssw_desktop", "--data-dir", str(tmp_path / "d"), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
            cwd=REPO,
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("cssw-desktop: There is no translation for the language")
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "d").exists()  # nothing was started or made


def test_error_templates_fill_like_qt() -> None:
    assert fill("%1 of %2 (%1)", 3, "%2") == "3 of %2 (3)"
    assert fill("100% sure, %3", "a") == "100% sure, %3"


# --- text written into the UI without tr() ---------------------------------------------

TEXT_CALLS = frozenset(
    {
        # widgets made with their text
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
        "QToolButton", "QMenu", "heading", "paragraph",
        # text set later
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
        "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle",
        "addAction", "addMenu", "addTab", "setTabText", "setInformativeText", "setDetailedText",
        "showMessage", "setLabelText", "setHorizontalHeaderLabels", "setSuffix", "setPrefix",
        "setSpecialValueText", "setButtonText", "addButton", "show_message", "show_problem",
        "setHtml",
    }
)  # fmt: skip
MESSAGE_BOX_CALLS = frozenset({"information", "warning", "critical", "question", "about"})
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP"})
WORDS = re.compile(r"[A-Za-z]{2,}")


def _called(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def _english_in(node: ast.AST) -> list[str]:
    """Words written into the code in this argument, outside any tr()/translate() call."""
    if isinstance(node, ast.Call) and _called(node.func) in TRANSLATING:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [
            str(v.value)
            for v in node.values
            if isinstance(v, ast.Constant) and WORDS.search(str(v.value))
        ]
    if isinstance(node, ast.BinOp | ast.IfExp | ast.BoolOp):
        return [words for child in ast.iter_child_nodes(node) for words in _english_in(child)]
    return []


def unmarked_ui_text(root: Path, base: Path = REPO) -> list[str]:
    """Every English literal passed to a call that puts text on screen, as file:line."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = _called(node.func)
            box = (
                called in MESSAGE_BOX_CALLS
                and isinstance(node.func, ast.Attribute)
                and _called(node.func.value) == "QMessageBox"
            )
            if called not in TEXT_CALLS and not box:
                continue
            arguments = [
                *node.args,
                *(k.value for k in node.keywords if k.arg in ("text", "title")),
            ]
            for argument in arguments:
                for words in _english_in(argument):
                    where = path.relative_to(base)
                    found.append(f"{where}:{node.lineno}: {called}({words!r})")
    return found


def test_no_text_reaches_the_screen_without_being_marked_for_translation() -> None:
    assert unmarked_ui_text(REPO / "cssw_desktop" / "ui") == []


def test_the_scan_finds_unmarked_text(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "def build(self, name):\n"
        "    QLabel(self.tr('Marked'), self)\n"
        "    QLabel('Not marked', self)\n"
        "    self.button.setToolTip(f'Open {name} now')\n"
        "    self.box.setText(self.tr('%s family') % name + ' extra')\n"
        "    QMessageBox.warning(self, self.tr('Title'), 'Body text')\n"
        "    log.warning('not on screen %s', name)\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in unmarked_ui_text(tmp_path, tmp_path)]
    assert found == [
        "QLabel('Not marked')",
        "setToolTip('Open ')",
        "setToolTip(' now')",
        "setText(' extra')",
        "warning('Body text')",
    ]
