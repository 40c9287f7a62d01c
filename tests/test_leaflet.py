"""The leaflet the family reads: the council's words, in order, with a hash that names them."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cssw_core.resources import resources_dir
from cssw_desktop.leaflet import (
    BulletList,
    LeafletError,
    LeafletSection,
    Paragraph,
    available_languages,
    load_leaflet,
)
from tests.support.seed_leaflet import (
    BULLET,
    HEADING,
    LEAFLET_SEED,
    LEAFLET_SEED_SHA256,
    Piece,
    differences,
    leaflet_pieces,
    seed_form_lines,
    seed_pieces,
)

SEED_SECTIONS = (
    "About this leaflet",
    "Our duties",
    "Your rights",
    "What information we hold",
    "Sharing information with others",
    "Why we share your information",
    "Information we need to share",
    "Sharing information for research purposes",
    "Keeping your information safe",
    "Retention of records",
    "Accessing your records",
)
SAFETY_NOTE = (
    "Please note that where we have concerns about your child's safety we may need to "
    "approach some agencies, for example the police, in order to get the information we "
    "need to protect your child."
)


@pytest.fixture
def leaflet_copy(tmp_path: Path) -> Path:
    """A copy of the shipped leaflets that a test may edit."""
    root = tmp_path / "leaflet"
    shutil.copytree(resources_dir() / "leaflet", root)
    return root


def edit(root: Path, change: Callable[[dict[str, Any]], object]) -> None:
    path = root / "en" / "leaflet.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def test_every_section_of_the_seed_is_there_in_order() -> None:
    leaflet = load_leaflet()
    assert tuple(s.title for s in leaflet.sections) == SEED_SECTIONS
    assert leaflet.version == "2026.2-en"
    assert leaflet.language == "en"
    assert leaflet.title == "Your information, your rights"
    assert len(set(leaflet.section_ids)) == len(SEED_SECTIONS)
    assert all(s.blocks for s in leaflet.sections)
    # English first; the pseudo languages (scripts/translations) are test leaflets.
    assert available_languages() == ("en", "ar-XB", "en-XA")


def test_the_councils_wording_is_kept_word_for_word() -> None:
    leaflet = load_leaflet()
    sharing = leaflet.section("sharing").plain_text()
    assert "On rare occassions, we may not consult with you" in sharing  # the council's spelling
    about = leaflet.section("about")
    bullets = [b for b in about.blocks if isinstance(b, BulletList)]
    assert bullets[0].items[0] == "why we keep information"  # the stray empty bullet is gone
    assert all(item.strip() not in ("", "-") for b in bullets for item in b.items)
    assert "www.ico.org.uk" in leaflet.section("rights").plain_text()
    assert "**" not in json.dumps([s.plain_text() for s in leaflet.sections])


def test_the_seed_is_the_councils_leaflet_as_sent() -> None:
    """docs/council holds the council's leaflet byte for byte (seed 000_6bddd7cc251be519),
    and the parser finds its title, subtitle and every section heading."""
    assert hashlib.sha256(LEAFLET_SEED.read_bytes()).hexdigest() == LEAFLET_SEED_SHA256
    pieces = seed_pieces()
    assert pieces[:2] == [
        Piece("title", "Your information, your rights"),
        Piece("subtitle", "How we share your information fairly and safely"),
    ]
    assert tuple(p.text for p in pieces if p.kind == HEADING) == SEED_SECTIONS
    assert len([p for p in pieces if p.kind == BULLET]) == 46
    assert not any("**" in p.text or p.text in ("", "-") for p in pieces)


def test_every_paragraph_and_bullet_is_the_councils_word_for_word() -> None:
    """The family reads exactly the council's leaflet: every heading, paragraph and bullet,
    in order, spelling and punctuation included (the retention periods too)."""
    found = differences(seed_pieces(), leaflet_pieces(load_leaflet()))
    assert found == [], "\n".join(found)


def test_a_single_changed_character_fails_the_comparison(leaflet_copy: Path) -> None:
    def rewrite(data: dict[str, Any]) -> None:
        bullets = data["sections"][9]["blocks"][1]["bullets"]
        bullets[1] = bullets[1].replace("30", "35")

    edit(leaflet_copy, rewrite)
    found = differences(seed_pieces(), leaflet_pieces(load_leaflet(root=leaflet_copy)))
    assert "-bullet: Child protection cases – 30 years" in found
    assert "+bullet: Child protection cases – 35 years" in found

    def respell(data: dict[str, Any]) -> None:  # "correcting" the council's spelling
        block = data["sections"][4]["blocks"][3]
        block["paragraph"] = block["paragraph"].replace("occassions", "occasions")

    edit(leaflet_copy, respell)
    found = differences(seed_pieces(), leaflet_pieces(load_leaflet(root=leaflet_copy)))
    assert any(line.startswith("+paragraph: On rare occasions") for line in found)

    def add_row(data: dict[str, Any]) -> None:
        data["sections"][9]["blocks"][1]["bullets"].append("Adoption – 100 years")

    edit(leaflet_copy, add_row)
    found = differences(seed_pieces(), leaflet_pieces(load_leaflet(root=leaflet_copy)))
    assert "+bullet: Adoption – 100 years" in found


def test_retention_is_the_leaflets_not_the_notices() -> None:
    text = load_leaflet().section("retention").plain_text()
    assert "• Child protection cases – 30 years\n" in text
    assert "35 years" not in text
    assert "from the date the case was closed" not in text
    assert "adopt" not in text.lower()


def test_the_forms_sentences_are_the_forms() -> None:
    lines = seed_form_lines()
    notes = load_leaflet().notes
    for key, text in notes.items():
        if key.startswith("form_"):
            assert text in lines, key


def test_the_safety_note_is_there_verbatim() -> None:
    leaflet = load_leaflet()
    assert leaflet.safety_note == SAFETY_NOTE
    assert leaflet.notes["form_title"] == "Consent to information sharing"


def test_the_hash_is_stable_and_names_the_exact_words(leaflet_copy: Path) -> None:
    shipped = load_leaflet()
    assert re.fullmatch(r"[0-9a-f]{64}", shipped.content_hash)
    assert load_leaflet().content_hash == shipped.content_hash
    copy = load_leaflet(root=leaflet_copy)
    assert copy.content_hash == shipped.content_hash

    # Reformatting the file (whitespace, key order) does not change the hash...
    edit(leaflet_copy, lambda data: None)
    assert load_leaflet(root=leaflet_copy).content_hash == shipped.content_hash

    # ...but changing a single character of the text does.
    def one_letter(data: dict[str, Any]) -> None:
        block = data["sections"][9]["blocks"][1]
        block["bullets"][1] = block["bullets"][1].replace("30", "31")

    edit(leaflet_copy, one_letter)
    changed = load_leaflet(root=leaflet_copy)
    assert changed.content_hash != shipped.content_hash
    assert "31 years" in changed.section("retention").plain_text()


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version="2026.1"),
        lambda d: d.update(version="next"),
        lambda d: d.update(version="2026.1-fr"),
        lambda d: d.update(language="fr"),
        lambda d: d.update(format="cssw.leaflet/9"),
        lambda d: d.pop("title"),
        lambda d: d.update(extra=1),
        lambda d: d.update(sections=[]),
        lambda d: d["sections"][0].update(id="About This"),
        lambda d: d["sections"][1].update(id=d["sections"][0]["id"]),
        lambda d: d["sections"][0].update(blocks=[{"table": []}]),
        lambda d: d["sections"][0].update(blocks=[{"paragraph": "<b>bold</b>"}]),
        lambda d: d["sections"][0].update(blocks=[{"paragraph": ""}]),
        lambda d: d["sections"][0].update(blocks=[{"bullets": []}]),
        lambda d: d["notes"].pop("form_safety_note"),
    ],
)
def test_a_malformed_leaflet_is_refused(
    leaflet_copy: Path, change: Callable[[dict[str, Any]], object]
) -> None:
    edit(leaflet_copy, change)
    with pytest.raises(LeafletError):
        load_leaflet(root=leaflet_copy)


def test_missing_or_broken_files_are_refused(leaflet_copy: Path) -> None:
    with pytest.raises(LeafletError, match="no leaflet"):
        load_leaflet("cy", root=leaflet_copy)
    with pytest.raises(LeafletError, match="not a language code"):
        load_leaflet("../en", root=leaflet_copy)
    (leaflet_copy / "en" / "leaflet.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(LeafletError, match="JSON"):
        load_leaflet(root=leaflet_copy)
    assert available_languages(leaflet_copy / "nowhere") == ()


def test_html_escapes_text() -> None:
    section = LeafletSection(
        "test",
        "Tom & Jerry <script>",
        (Paragraph('a < b & "c"'), BulletList(("<img src=x>", "plain"))),
    )
    page = section.html(point_size=18)
    assert "<script>" not in page
    assert "<img" not in page
    assert "Tom &amp; Jerry &lt;script&gt;" in page
    assert "a &lt; b &amp; &quot;c&quot;" in page
    assert "<li>&lt;img src=x&gt;</li><li>plain</li>" in page
    assert "font-size:18pt" in page


def test_html_and_plain_text_of_a_real_section() -> None:
    section = load_leaflet().section("why_share")
    page = section.html()
    assert page.count("<li>") == 11
    assert "<h2" in page
    assert "Why we share your information" in page
    text = section.plain_text()
    assert text.startswith("Why we share your information\n")
    assert "• Other local authorities." in text
