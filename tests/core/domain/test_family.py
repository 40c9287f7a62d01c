"""The plain-words checks on what a worker types about a family and its children."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cssw_core.domain.family import (
    MAX_ADDRESS,
    MAX_CASE_REFERENCE,
    MAX_NAME,
    Child,
    Family,
    FieldProblem,
    child_problems,
    family_problems,
    tidy,
)

TODAY = date(2025, 3, 14)


def family(**changes: object) -> Family:
    fields: dict[str, object] = {
        "family_name": "Okafor",
        "address": "12 Training Street, Demoford",
        "case_reference": "DEMO-000123",
        "allocated_worker": "Demo Worker",
        "children": (Child("Amara Okafor", "Female", date(2015, 5, 1)),),
    }
    fields.update(changes)
    return Family(**fields)  # type: ignore[arg-type]


def messages(problems: list[FieldProblem]) -> dict[str, str]:
    return {p.field: p.message for p in problems}


def test_a_good_family_has_no_problems() -> None:
    assert family_problems(family(), TODAY) == []


@pytest.mark.parametrize("name", ["", "   ", "\n"])
def test_family_name_is_required(name: str) -> None:
    assert messages(family_problems(family(family_name=name), TODAY)) == {
        "family_name": "Please enter the family name."
    }


def test_address_and_case_reference_are_optional() -> None:
    assert family_problems(family(address="", case_reference=""), TODAY) == []


def test_child_name_is_required() -> None:
    kids = (Child("Amara Okafor", "", date(2015, 5, 1)), Child("  ", "", date(2016, 5, 1)))
    assert messages(family_problems(family(children=kids), TODAY)) == {
        "children.1.name": "Please enter the child's name."
    }


def test_date_of_birth_in_the_future_is_refused() -> None:
    tomorrow = Child("Baby Okafor", "", TODAY + timedelta(days=1))
    assert messages(child_problems(tomorrow, TODAY)) == {
        "child.date_of_birth": "A date of birth cannot be in the future."
    }
    born_today = Child("Baby Okafor", "", TODAY)
    assert child_problems(born_today, TODAY) == []


def test_a_typing_slip_in_the_year_is_caught() -> None:
    slip = Child("Amara Okafor", "", date(1915, 5, 1))
    (problem,) = child_problems(slip, TODAY)
    assert problem.field == "child.date_of_birth"
    assert "Please check the year." in problem.message


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("family_name", MAX_NAME, "family name"),
        ("address", MAX_ADDRESS, "address"),
        ("case_reference", MAX_CASE_REFERENCE, "case reference"),
        ("allocated_worker", MAX_NAME, "allocated worker"),
    ],
)
def test_overly_long_fields_are_refused(field: str, limit: int, label: str) -> None:
    assert family_problems(family(**{field: "x" * limit}), TODAY) == []
    assert messages(family_problems(family(**{field: "x" * (limit + 1)}), TODAY)) == {
        field: f"The {label} is too long: keep it to {limit} characters."
    }


HIDDEN = "The family name contains hidden or control characters. Please type it again."


def test_surrounding_spaces_do_not_count_towards_the_limit() -> None:
    assert family_problems(family(family_name=" " + "x" * MAX_NAME + " "), TODAY) == []


@pytest.mark.parametrize("control", ["\x00", "\x07", "\t", "\x1b", "\r"])
def test_control_characters_are_refused(control: str) -> None:
    assert messages(family_problems(family(family_name=f"Oka{control}for"), TODAY)) == {
        "family_name": HIDDEN
    }


def test_line_breaks_are_allowed_in_an_address() -> None:
    assert family_problems(family(address="12 Training Street\nDemoford"), TODAY) == []


@pytest.mark.parametrize("control", ["\x7f", "\x85", "\u202e"])
def test_other_invisible_control_characters_are_refused(control: str) -> None:
    assert family_problems(family(family_name=f"Oka{control}for"), TODAY) != []


def test_problem_messages_never_repeat_what_was_typed() -> None:
    typed = family(family_name="Zz" * MAX_NAME, children=(Child("Qq\x00", "", TODAY),))
    for problem in family_problems(typed, TODAY):
        assert "Zz" not in problem.message
        assert "Qq" not in problem.message


def test_tidy_strips_surrounding_spaces_everywhere() -> None:
    messy = family(
        family_name="  Okafor ",
        address=" 12 Training Street\n",
        case_reference=" DEMO-000123 ",
        allocated_worker="\tDemo Worker ",
        children=(Child("  Amara Okafor  ", " Female ", date(2015, 5, 1)),),
    )
    tidied = tidy(messy)
    assert tidied.family_name == "Okafor"
    assert tidied.address == "12 Training Street"
    assert tidied.case_reference == "DEMO-000123"
    assert tidied.allocated_worker == "Demo Worker"
    assert tidied.children[0].name == "Amara Okafor"
    assert tidied.children[0].gender == "Female"
    assert tidied.id == messy.id
    assert tidied.children[0].id == messy.children[0].id


def test_tidy_keeps_inner_spaces_and_order() -> None:
    kids = (Child(" B ", "", date(2015, 1, 1)), Child(" A ", "", date(2016, 1, 1)))
    tidied = tidy(family(family_name=" Van  der Berg ", children=kids))
    assert tidied.family_name == "Van  der Berg"
    assert [c.name for c in tidied.children] == ["B", "A"]


def test_child_knows_when_their_own_consent_is_needed() -> None:
    child = Child("Amara Okafor", "Female", date(2012, 3, 14))
    assert child.age_on(TODAY) == 13
    assert child.needs_own_consent(TODAY)
    assert not child.needs_own_consent(TODAY - timedelta(days=1))


def test_a_line_break_in_a_name_is_refused() -> None:
    assert messages(family_problems(family(family_name="Oka\nfor"), TODAY)) == {
        "family_name": HIDDEN
    }
