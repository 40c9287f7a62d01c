"""The council's flag in the leaflet file: which issue families must consent on afresh."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from cssw_core.domain.consent_status import (
    ConsentFacts,
    ConsentReason,
    StatusRules,
    family_consent_status,
)
from cssw_core.resources import resources_dir
from cssw_desktop.leaflet import LeafletError, leaflet_issue_of, load_leaflet


@pytest.fixture
def leaflet_copy(tmp_path: Path) -> Path:
    root = tmp_path / "leaflet"
    shutil.copytree(resources_dir() / "leaflet", root)
    return root


def new_issue(root: Path, version: str, fresh: str | None) -> None:
    """The council issues `version` of the English leaflet, flagged or not."""
    path = root / "en" / "leaflet.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = version
    data.pop("fresh_consent_since", None)
    if fresh is not None:
        data["fresh_consent_since"] = fresh
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_shipped_leaflet_asks_no_one_afresh() -> None:
    assert load_leaflet().fresh_consent_since is None


def state_for_form_on(version: str, root: Path) -> tuple[ConsentReason, ...]:
    rules = StatusRules(date(2026, 12, 7), 12, leaflet_issue_of(load_leaflet(root=root)))
    return family_consent_status((), ConsentFacts(date(2026, 6, 1), version), rules).reasons


def test_a_new_issue_with_the_flag_asks_families_on_earlier_issues(leaflet_copy: Path) -> None:
    new_issue(leaflet_copy, "2026.3-en", "2026.3")
    assert load_leaflet(root=leaflet_copy).fresh_consent_since == "2026.3"
    assert ConsentReason.NEW_LEAFLET in state_for_form_on("2026.2-en", leaflet_copy)
    assert ConsentReason.NEW_LEAFLET not in state_for_form_on("2026.3-en", leaflet_copy)


def test_a_new_issue_without_the_flag_asks_no_one(leaflet_copy: Path) -> None:
    new_issue(leaflet_copy, "2026.3-en", None)
    assert state_for_form_on("2026.2-en", leaflet_copy) == (ConsentReason.CURRENT,)


@pytest.mark.parametrize("fresh", ["2026.4", "next", "2026.3-en", 3, ""])
def test_a_flag_that_is_not_an_issue_up_to_the_leaflets_own_is_refused(
    leaflet_copy: Path, fresh: object
) -> None:
    path = leaflet_copy / "en" / "leaflet.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = "2026.3-en"
    data["fresh_consent_since"] = fresh
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LeafletError, match="fresh_consent_since"):
        load_leaflet(root=leaflet_copy)


def test_the_pseudo_leaflets_carry_the_councils_flag(leaflet_copy: Path) -> None:
    from cssw_desktop.leaflet import parse_leaflet
    from cssw_desktop.pseudo_locale import pseudo_leaflet

    new_issue(leaflet_copy, "2026.3-en", "2026.3")
    english = json.loads((leaflet_copy / "en" / "leaflet.json").read_text(encoding="utf-8"))
    arabic = parse_leaflet(pseudo_leaflet(english, "ar-XB"), "ar-XB")
    assert arabic.version == "2026.3-ar-XB"
    assert arabic.fresh_consent_since == "2026.3"
