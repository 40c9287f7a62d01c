"""The quick check a save makes first gives the full checks' answer.

`plainly_sound` lets a save skip building any words when a family is already tidy and
sound; it must never pass a family the full checks (`tidy`, then `family_problems`)
would refuse or change, and it must pass the families workers usually type.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cssw_core.domain.family import (
    MAX_ADDRESS,
    MAX_CASE_REFERENCE,
    MAX_GENDER,
    MAX_NAME,
    Child,
    Family,
    family_problems,
    plainly_sound,
    tidy,
)

TODAY = date(2026, 3, 1)

# Text near every rule's edge: empty, spaces around, line feeds, hidden characters
# (control, bidi, separators, private use), joiners, and lengths either side of a limit.
_pieces = st.sampled_from(
    ["", " ", "a", "Ó", "\n", "\t", "\u202e", "\u2028", "\u200d", "\ue000", "\x00", "  x "]
)
_odd_text = st.lists(_pieces, max_size=6).map("".join)


def _text(limit: int) -> st.SearchStrategy[str]:
    return st.one_of(
        _odd_text,
        st.text(max_size=8),
        st.sampled_from(["x" * limit, "x" * (limit + 1), " " + "x" * (limit - 1)]),
    )


_births = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2027, 1, 1)),
    st.sampled_from(
        [TODAY, TODAY + timedelta(days=1), date(2001, 3, 1), date(2001, 2, 28), date(2000, 3, 2)]
    ),
)
children = st.builds(Child, name=_text(MAX_NAME), gender=_text(MAX_GENDER), date_of_birth=_births)
families = st.builds(
    Family,
    family_name=_text(MAX_NAME),
    address=_text(MAX_ADDRESS),
    case_reference=_text(MAX_CASE_REFERENCE),
    allocated_worker=_text(MAX_NAME),
    children=st.lists(children, max_size=3).map(tuple),
)


@settings(max_examples=400)
@given(family=families)
def test_the_quick_check_passes_only_what_the_full_checks_pass_unchanged(family: Family) -> None:
    full = tidy(family) == family and not family_problems(family, TODAY)
    assert plainly_sound(family, TODAY) == full


def test_a_usual_family_passes_the_quick_check() -> None:
    family = Family(
        "Okafor",
        "12 Mill Lane\nLeeds LS1 4AB",
        "CS-2291",
        "R. Patel",
        (Child("Ada", "girl", date(2015, 6, 1)), Child("Zoë", "", date(2010, 2, 28))),
    )
    assert plainly_sound(family, TODAY)
