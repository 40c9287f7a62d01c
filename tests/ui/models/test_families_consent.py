"""The families list's consent columns, sorting and filters, through the table model."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent_status import (
    ConsentFacts,
    FamilyFilter,
    LeafletIssue,
    StatusRules,
)
from cssw_core.domain.family import Child, Family
from cssw_desktop.ui.models.families import FamiliesTableModel

TODAY = date(2026, 12, 7)
RULES = StatusRules(TODAY, 12, LeafletIssue("2026.3-en", fresh_consent_since="2026.3"))

TEEN = Child("Chidi", "Male", date(2013, 11, 1), uuid.uuid4())  # 13 since 1 Nov 2026


def family(name: str, *children: Child) -> Family:
    return Family(name, case_reference=f"REF-{name}", children=children)


FAMILIES = {
    "Adams": family("Adams"),  # never asked
    "Brown": family("Brown"),  # overdue (signed 1 Dec 2025, due 1 Dec 2026)
    "Cole": family("Cole"),  # due today
    "Duffy": family("Duffy", TEEN),  # Chidi turned 13 since the form
    "Evans": family("Evans"),  # signed on an old leaflet issue
    "Fox": family("Fox"),  # current, refused Police, withdrew Health
    "Gray": family("Gray"),  # current
}
FACTS = {
    FAMILIES["Adams"].id: ConsentFacts.never_asked(),
    FAMILIES["Brown"].id: ConsentFacts(date(2025, 12, 1), "2026.3-en"),
    FAMILIES["Cole"].id: ConsentFacts(date(2025, 12, 7), "2026.3-en"),
    FAMILIES["Duffy"].id: ConsentFacts(date(2026, 6, 1), "2026.3-en"),
    FAMILIES["Evans"].id: ConsentFacts(date(2026, 6, 2), "2026.2-en"),
    FAMILIES["Fox"].id: ConsentFacts(
        date(2026, 6, 3), "2026.3-en", refused=(Agency.POLICE,), withdrawn=(Agency.HEALTH,)
    ),
    FAMILIES["Gray"].id: ConsentFacts(date(2026, 6, 4), "2026.3-en"),
}


@pytest.fixture
def model() -> FamiliesTableModel:
    model = FamiliesTableModel()
    model.set_families(FAMILIES.values())
    model.set_consent(FACTS, RULES)
    return model


def column(
    model: FamiliesTableModel, which: int, role: int = Qt.ItemDataRole.DisplayRole
) -> dict[str, object]:
    return {
        model.index(r, 0).data(): model.index(r, which).data(role) for r in range(model.rowCount())
    }


def names(model: FamiliesTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_every_state_in_words_with_a_mark(model: FamiliesTableModel) -> None:
    assert column(model, FamiliesTableModel.CONSENT) == {
        "Adams": "○ Never asked",
        "Brown": "⚠ Review overdue since 1 Dec 2026",
        "Cole": "◷ Review due 7 Dec 2026",
        "Duffy": "⚠ Own consent needed from Chidi (13 or over now)",
        "Evans": "⚠ New leaflet to go through (2026.3-en)",
        "Fox": "✓ Current until 3 Jun 2027 — 1 agency refused, 1 agency withdrawn",
        "Gray": "✓ Current until 4 Jun 2027",
    }
    assert column(model, FamiliesTableModel.REVIEW_BY)["Gray"] == "4 Jun 2027"
    assert column(model, FamiliesTableModel.REVIEW_BY)["Adams"] == ""


def test_what_needs_the_worker_is_bold_and_the_tooltip_lists_every_reason(
    model: FamiliesTableModel,
) -> None:
    fonts = column(model, FamiliesTableModel.CONSENT, Qt.ItemDataRole.FontRole)
    assert isinstance(fonts["Brown"], QFont)
    assert fonts["Brown"].bold()
    assert fonts["Gray"] is None
    assert fonts["Fox"] is None
    tips = column(model, FamiliesTableModel.CONSENT, Qt.ItemDataRole.ToolTipRole)
    assert str(tips["Fox"]).splitlines() == [
        "✓ Refused: Police",
        "✓ Withdrawn: Health",
        "✓ Current until 3 Jun 2027",
    ]
    assert tips["Cole"] == "◷ Review due 7 Dec 2026"
    spoken = column(model, FamiliesTableModel.CONSENT, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken["Brown"] == "⚠ Review overdue since 1 Dec 2026"


def test_several_reasons_show_the_most_urgent_and_how_many_more() -> None:
    model = FamiliesTableModel()
    duffy = FAMILIES["Duffy"]
    model.set_families([duffy])
    model.set_consent({duffy.id: ConsentFacts(date(2025, 11, 1), "2026.1-en")}, RULES)
    assert model.index(0, FamiliesTableModel.CONSENT).data() == (
        "⚠ Review overdue since 1 Nov 2026 (+2 more)"
    )
    tip = model.index(0, FamiliesTableModel.CONSENT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "⚠ Review overdue since 1 Nov 2026",
        "⚠ Own consent needed from Chidi (13 or over now)",
        "⚠ New leaflet to go through (2026.3-en)",
    ]


def test_filtered_on_a_reason_each_row_says_that_reason_first() -> None:
    model = FamiliesTableModel()
    duffy = FAMILIES["Duffy"]
    model.set_families([duffy])
    model.set_consent({duffy.id: ConsentFacts(date(2025, 11, 1), "2026.1-en")}, RULES)
    model.set_filter(FamilyFilter.OWN_CONSENT_NEEDED)
    assert model.index(0, FamiliesTableModel.CONSENT).data() == (
        "⚠ Own consent needed from Chidi (13 or over now) (+2 more)"
    )


def test_sort_by_consent_puts_the_most_urgent_first(model: FamiliesTableModel) -> None:
    model.sort(FamiliesTableModel.CONSENT, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Brown", "Duffy", "Evans", "Adams", "Cole", "Fox", "Gray"]
    model.sort(FamiliesTableModel.CONSENT, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Gray"


def test_sort_by_review_date_with_never_asked_last(model: FamiliesTableModel) -> None:
    model.sort(FamiliesTableModel.REVIEW_BY, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Brown", "Cole", "Duffy", "Evans", "Fox", "Gray", "Adams"]
    model.sort(FamiliesTableModel.FAMILY_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Gray", "Fox", "Evans", "Duffy", "Cole", "Brown", "Adams"]


@pytest.mark.parametrize(
    ("which", "shown"),
    [
        (FamilyFilter.ALL, ["Adams", "Brown", "Cole", "Duffy", "Evans", "Fox", "Gray"]),
        (FamilyFilter.NEEDS_YOU, ["Adams", "Brown", "Cole", "Duffy", "Evans"]),
        (FamilyFilter.REVIEW_OVERDUE, ["Brown"]),
        (FamilyFilter.REVIEW_DUE_THIS_WEEK, ["Cole"]),
        (FamilyFilter.REVIEW_DUE_SOON, ["Cole"]),
        (FamilyFilter.OWN_CONSENT_NEEDED, ["Duffy"]),
        (FamilyFilter.NEW_LEAFLET, ["Evans"]),
        (FamilyFilter.NEVER_ASKED, ["Adams"]),
        (FamilyFilter.REFUSED_SOME, ["Fox"]),
        (FamilyFilter.CURRENT, ["Cole", "Duffy", "Evans", "Fox", "Gray"]),
    ],
)
def test_filters(model: FamiliesTableModel, which: FamilyFilter, shown: list[str]) -> None:
    model.set_filter(which)
    assert names(model) == shown


def test_filter_search_and_sort_work_together(model: FamiliesTableModel) -> None:
    model.set_filter(FamilyFilter.NEEDS_YOU)
    model.sort(FamiliesTableModel.CONSENT, Qt.SortOrder.AscendingOrder)
    model.set_query("d")  # Adams, Duffy
    assert names(model) == ["Duffy", "Adams"]
    model.put(Family("Dent"))  # a new family: not read yet, so not among those needing you
    assert names(model) == ["Duffy", "Adams"]
    model.set_filter(FamilyFilter.ALL)
    assert names(model) == ["Duffy", "Adams", "Dent"]  # unread states sort last


def test_needs_you_counts_every_family_whatever_is_shown(model: FamiliesTableModel) -> None:
    model.set_query("gray")
    counts = model.needs_you()
    assert (counts.reviews_overdue, counts.reviews_due_this_week) == (1, 1)
    assert (counts.young_people_turned_13, counts.new_leaflet, counts.never_asked) == (1, 1, 1)


def test_states_are_kept_across_a_reload_and_forgotten_on_clear(
    model: FamiliesTableModel,
) -> None:
    model.set_families(FAMILIES.values())  # e.g. a caseload download: states stay shown
    assert model.status(FAMILIES["Brown"].id) is not None
    model.clear()
    assert not model.judged
    assert model.status(FAMILIES["Brown"].id) is None
    assert model.filter is FamilyFilter.ALL


def test_model_checks_with_consent_filter_and_sort(
    qtmodeltester: ModelTester, model: FamiliesTableModel
) -> None:
    model.set_filter(FamilyFilter.NEEDS_YOU)
    model.sort(FamiliesTableModel.CONSENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_reading_states_again_or_sorting_keeps_the_selected_family(
    model: FamiliesTableModel,
) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    gray = QPersistentModelIndex(model.index(names(model).index("Gray"), 0))
    model.sort(FamiliesTableModel.CONSENT, Qt.SortOrder.AscendingOrder)
    assert gray.data() == "Gray"
    assert gray.row() == names(model).index("Gray") == 6
    model.set_consent(FACTS, RULES)  # read again after a visit
    assert gray.isValid()
    assert gray.data() == "Gray"
