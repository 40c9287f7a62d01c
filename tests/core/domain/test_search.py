"""Search as you type over families: family name, children's names and case reference."""

from __future__ import annotations

from datetime import date

import pytest

from cssw_core.domain.family import Child, Family
from cssw_core.domain.search import FamilySearchIndex, fold

FAMILIES = [
    Family(
        "Okafor",
        case_reference="DEMO-000123",
        children=(Child("Zoë Okafor", "Female", date(2015, 1, 1)),),
    ),
    Family(
        "Nowak",
        case_reference="DEMO-000456",
        children=(
            Child("Siân Nowak", "Female", date(2012, 1, 1)),
            Child("Tomás Hughes", "Male", date(2018, 1, 1)),
        ),
    ),
    Family("Begum", children=(Child("Aisha Begum", "Female", date(2020, 1, 1)),)),
    Family("O'Brien", address="9 Okafor Road"),  # addresses are not searched
]


@pytest.fixture
def index() -> FamilySearchIndex:
    return FamilySearchIndex(FAMILIES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("okafor", [0]),  # family name (and a child's surname)
        ("OKAF", [0]),  # any case, part of a word
        ("hughes", [1]),  # a child with a different surname
        ("aisha", [2]),  # a child's first name
        ("000456", [1]),  # case reference
        ("demo-", [0, 1]),
        ("o'brien", [3]),
        ("nobody", []),
    ],
)
def test_finds_by_family_name_child_names_and_case_reference(
    index: FamilySearchIndex, query: str, expected: list[int]
) -> None:
    assert list(index.matching(query)) == expected


@pytest.mark.parametrize("query", ["zoe", "Zoë", "ZOE", "zoe\u0308"])
def test_accents_are_folded(index: FamilySearchIndex, query: str) -> None:
    assert list(index.matching(query)) == [0]


def test_accented_text_is_found_by_plain_letters(index: FamilySearchIndex) -> None:
    assert list(index.matching("sian")) == [1]
    assert list(index.matching("tomas")) == [1]


def test_every_word_must_match(index: FamilySearchIndex) -> None:
    assert list(index.matching("nowak tomas")) == [1]
    assert list(index.matching("  tomas   nowak ")) == [1]
    assert list(index.matching("nowak aisha")) == []


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_blank_query_returns_every_family(index: FamilySearchIndex, query: str) -> None:
    assert list(index.matching(query)) == [0, 1, 2, 3]


def test_index_follows_changes(index: FamilySearchIndex) -> None:
    index.set(2, Family("Rahman"))
    assert list(index.matching("begum")) == []
    assert list(index.matching("rahman")) == [2]
    index.set(len(index), Family("Begum"))
    assert list(index.matching("begum")) == [4]
    index.replace_all(FAMILIES[:1])
    assert len(index) == 1
    assert list(index.matching("")) == [0]


def test_fold_lowercases_and_strips_accents() -> None:
    assert fold("Zoë ÉLODIE Straße") == "zoe elodie strasse"
