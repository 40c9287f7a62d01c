"""The age rule: a child aged 13 or over on the visit date gives their own consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cssw_core.domain.age import YOUNG_PERSON_AGE, age_on, needs_young_person_consent

dates = st.dates(date(1950, 1, 1), date(2100, 12, 31))


def test_the_rule_is_13() -> None:
    assert YOUNG_PERSON_AGE == 13


@pytest.mark.parametrize(
    ("born", "visit", "needed"),
    [
        (date(2012, 6, 15), date(2025, 6, 14), False),  # 12 years 364 days
        (date(2012, 6, 15), date(2025, 6, 15), True),  # 13th birthday is the visit day
        (date(2012, 6, 15), date(2025, 6, 16), True),
        (date(2011, 12, 31), date(2024, 12, 30), False),
        (date(2011, 12, 31), date(2024, 12, 31), True),
        (date(2012, 1, 1), date(2024, 12, 31), False),  # 13 the next day, a new year
        (date(2025, 6, 15), date(2025, 6, 15), False),  # born on the day of the visit
    ],
)
def test_age_rule_at_its_boundaries(born: date, visit: date, needed: bool) -> None:
    assert needs_young_person_consent(born, visit) is needed


@pytest.mark.parametrize(
    ("visit", "age"),
    [
        (date(2025, 2, 28), 12),  # no 29 February in 2025: not 13 yet
        (date(2025, 3, 1), 13),  # 13 on 1 March
        (date(2024, 2, 28), 11),
        (date(2024, 2, 29), 12),  # a real birthday in a leap year
        (date(2024, 3, 1), 12),
    ],
)
def test_29_february_birthdays(visit: date, age: int) -> None:
    born = date(2012, 2, 29)
    assert age_on(born, visit) == age
    assert needs_young_person_consent(born, visit) is (age >= 13)


def test_a_leap_day_visit_for_a_child_born_on_28_february() -> None:
    assert age_on(date(2011, 2, 28), date(2024, 2, 28)) == 13
    assert age_on(date(2011, 3, 1), date(2024, 2, 29)) == 12


@given(dates, dates, dates)
def test_age_never_goes_down_as_time_passes(born: date, first: date, second: date) -> None:
    earlier, later = sorted((first, second))
    assert age_on(born, earlier) <= age_on(born, later)


@given(dates, st.integers(0, 80))
def test_age_on_the_nth_birthday_is_n_and_the_day_before_is_one_less(
    born: date, years: int
) -> None:
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:  # 29 February in a year without one: the birthday is 1 March
        birthday = date(born.year + years, 3, 1)
    assert age_on(born, birthday) == years
    if years:
        assert age_on(born, birthday - timedelta(days=1)) == years - 1


@given(dates, dates)
def test_rule_matches_age(born: date, visit: date) -> None:
    assert needs_young_person_consent(born, visit) is (age_on(born, visit) >= 13)
