"""Fictional training families: deterministic, varied, and valid."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cssw_core.domain.age import age_on
from cssw_core.domain.family import Family, family_problems
from cssw_desktop.demo import demo_families

TODAY = date(2025, 6, 1)


def all_children(count: int, today: date, seed: int = 0) -> list[date]:
    return [c.date_of_birth for f in demo_families(count, today, seed) for c in f.children]


def described(families: list[Family]) -> list[tuple[object, ...]]:
    """What a trainer sees of the families: everything but their ids."""
    return [
        (
            f.family_name,
            f.address,
            f.case_reference,
            f.allocated_worker,
            [(c.name, c.gender, c.date_of_birth) for c in f.children],
        )
        for f in families
    ]


def ids(families: list[Family]) -> set[uuid.UUID]:
    return {f.id for f in families} | {c.id for f in families for c in f.children}


def test_same_seed_and_day_give_the_same_families_with_new_ids() -> None:
    """A training script can name the families; no two stores share their ids."""
    first, second = demo_families(12, TODAY, seed=3), demo_families(12, TODAY, seed=3)
    assert described(first) == described(second)
    assert not ids(first) & ids(second)
    assert all(i.version == 4 for i in ids(first))


def test_different_seeds_give_different_families() -> None:
    assert described(demo_families(12, TODAY, seed=1)) != described(
        demo_families(12, TODAY, seed=2)
    )


@pytest.mark.parametrize("count", [0, 1, 5, 37])
def test_count_families_with_one_to_four_children(count: int) -> None:
    families = demo_families(count, TODAY)
    assert len(families) == count
    assert all(1 <= len(f.children) <= 4 for f in families)


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        demo_families(-1, TODAY)


def test_ids_and_case_references_are_unique() -> None:
    families = demo_families(200, TODAY)
    ids = [f.id for f in families] + [c.id for f in families for c in f.children]
    assert len(set(ids)) == len(ids)
    references = [f.case_reference for f in families if f.case_reference]
    assert len(set(references)) == len(references)


def test_clearly_fictional_details() -> None:
    families = demo_families(50, TODAY)
    for family in families:
        assert family.case_reference == "" or re.fullmatch(r"DEMO-\d{6}", family.case_reference)
        assert "Demoford" in family.address
    assert any(f.case_reference == "" for f in families)
    assert any(f.case_reference for f in families)


def test_siblings_have_different_first_names() -> None:
    for family in demo_families(100, TODAY):
        firsts = [c.name.split()[0] for c in family.children]
        assert len(set(firsts)) == len(firsts)


@pytest.mark.parametrize(
    "today", [TODAY, date(2024, 2, 28), date(2024, 2, 29), date(2025, 3, 1), date(2025, 12, 31)]
)
def test_five_families_cover_every_age_and_the_13_boundary(today: date) -> None:
    births = all_children(5, today)
    ages = {age_on(born, today) for born in births}
    assert ages == set(range(18))
    assert any(today - born < timedelta(days=31) for born in births)  # a newborn
    # A child who is 13 today, with 12 the day before (on 29 February nobody can be:
    # the nearest is a child born on 28 February).
    assert any(
        age_on(born, today) == 13 and age_on(born, today - timedelta(days=1)) == 12
        for born in births
    ) or (today.month, today.day) == (2, 29)
    assert any(age_on(born, today) == 13 and born.month == today.month for born in births)
    # And one who is 12 years and 364 days: 13 tomorrow (or as soon as the calendar allows).
    assert any(
        age_on(born, today) == 12 and age_on(born, today + timedelta(days=2)) == 13
        for born in births
    )


def test_on_an_ordinary_day_the_13_boundary_is_exact() -> None:
    births = all_children(5, TODAY)
    assert date(2012, 6, 1) in births  # 13 today
    assert date(2012, 6, 2) in births  # 13 tomorrow


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(0, 1000))
@settings(max_examples=50, deadline=None)
def test_every_family_passes_validation(today: date, seed: int) -> None:
    for family in demo_families(15, today, seed):
        assert family_problems(family, today) == []
        assert all(0 <= c.age_on(today) <= 17 for c in family.children)
