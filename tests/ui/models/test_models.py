"""The table models on their own: Qt's model checks, filtering, order, speed."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cssw_core.domain.family import Child, Family
from cssw_desktop.ui.models.children import ChildrenTableModel
from cssw_desktop.ui.models.families import FAMILY_ID_ROLE, FamiliesTableModel
from tests.support.gui import TODAY, sample_families


def names(model: FamiliesTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_families_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = FamiliesTableModel()
    model.set_families(sample_families())
    qtmodeltester.check(model)
    model.set_query("okafor")
    qtmodeltester.check(model)


def test_families_are_ordered_by_name_and_show_children_and_reference() -> None:
    model = FamiliesTableModel()
    stamp = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    families = [replace(f, updated_at=stamp) for f in sample_families()]
    model.set_families(families)
    assert names(model) == ["Brown", "Nowak", "Okafor"]
    okafor = model.index(2, FamiliesTableModel.CHILDREN)
    assert okafor.data() == "Chidi, Ada"
    assert model.index(2, FamiliesTableModel.CASE_REFERENCE).data() == "CSSW-1001"
    assert "Mar 2026" in model.index(2, FamiliesTableModel.LAST_CHANGED).data()
    assert model.index(2, 0).data(FAMILY_ID_ROLE) == str(families[0].id)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [
        "Family name",
        "Case reference",
        "Consent",
        "Review by",
        "Children",
        "Last changed",
    ]


def test_search_matches_family_name_child_name_and_case_reference() -> None:
    model = FamiliesTableModel()
    model.set_families(sample_families())
    model.set_query("now")
    assert names(model) == ["Nowak"]
    model.set_query("zoe")  # accents folded: Zoë
    assert names(model) == ["Brown"]
    model.set_query("cssw-1001")
    assert names(model) == ["Okafor"]
    model.set_query("nobody")
    assert names(model) == []
    model.set_query("")
    assert model.rowCount() == 3


def test_put_adds_or_replaces_keeping_search_and_order() -> None:
    model = FamiliesTableModel()
    families = sample_families()
    model.set_families(families)
    model.set_query("a")
    model.put(Family("Abbott", children=(Child("Sam", "", date(2015, 1, 1)),)))
    assert names(model)[0] == "Abbott"
    renamed = replace(families[0], family_name="Zeller")
    model.put(renamed)
    assert model.total == 4
    assert names(model)[-1] == "Zeller"
    model.clear()
    assert model.rowCount() == 0
    assert model.total == 0


def test_ten_thousand_families_filter_quickly() -> None:
    model = FamiliesTableModel()
    model.set_families(
        Family(f"Family {i}", case_reference=f"REF-{i}", children=(Child(f"Kid {i}", "", TODAY),))
        for i in range(10_000)
    )
    started = time.perf_counter()
    for query in ("f", "fa", "fam", "family 99", "kid 5555"):
        model.set_query(query)
    per_keystroke = (time.perf_counter() - started) / 5
    assert names(model) == ["Family 5555"]
    assert per_keystroke < 0.05


def test_children_model_passes_qt_model_checks_and_flags_13_plus(
    qtmodeltester: ModelTester,
) -> None:
    model = ChildrenTableModel()
    model.set_children(sample_families()[0].children, TODAY)
    qtmodeltester.check(model)
    flag = model.index(0, ChildrenTableModel.OWN_CONSENT)
    assert model.index(0, ChildrenTableModel.AGE).data() == "14"
    assert flag.data() == "13+ — own consent needed"
    assert flag.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, ChildrenTableModel.OWN_CONSENT).data() == "Under 13"
    assert model.index(1, ChildrenTableModel.DATE_OF_BIRTH).data() == "30 Sep 2019"
    model.clear()
    assert model.rowCount() == 0
