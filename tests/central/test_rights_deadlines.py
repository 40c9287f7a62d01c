"""The legal deadlines of rights requests: calendar months, at month ends and in leap years."""

from __future__ import annotations

from datetime import date

import pytest

from cssw_central.services.rights_deadlines import add_months, due_on, extended_due_on


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),  # 31 January + one month: end of February
        (date(2028, 1, 31), date(2028, 2, 29)),  # in a leap year, the 29th
        (date(2026, 1, 30), date(2026, 2, 28)),
        (date(2026, 1, 28), date(2026, 2, 28)),
        (date(2026, 3, 31), date(2026, 4, 30)),  # into a 30-day month
        (date(2026, 2, 28), date(2026, 3, 28)),  # from a month end to the same day, not the end
        (date(2026, 12, 15), date(2027, 1, 15)),  # across the year
        (date(2026, 12, 31), date(2027, 1, 31)),
    ],
)
def test_one_calendar_month(received, due):
    assert due_on(received) == due


@pytest.mark.parametrize(
    ("received", "extended"),
    [
        (date(2026, 1, 31), date(2026, 4, 30)),  # three months from receipt, not from 28 Feb
        (date(2027, 11, 30), date(2028, 2, 29)),  # into a leap February
        (date(2026, 11, 30), date(2027, 2, 28)),
        (date(2026, 10, 31), date(2027, 1, 31)),
        (date(2026, 5, 10), date(2026, 8, 10)),
    ],
)
def test_an_extension_is_two_further_months_from_receipt(received, extended):
    assert extended_due_on(received) == extended


def test_add_months_keeps_the_day_or_takes_the_month_s_last():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 48) == date(2028, 2, 29)
    assert add_months(date(2026, 5, 31), 0) == date(2026, 5, 31)
    with pytest.raises(ValueError, match="negative"):
        add_months(date(2026, 5, 31), -1)
