"""The legal deadlines of a rights request: one calendar month from the day it is
received, extendable by two further months (UK GDPR Article 12(3)).

A calendar month ends on the same day of the next month; where that month is shorter, on
its last day: 31 January + one month is 28 February (29 in a leap year), 31 March + one
month is 30 April. An extension counts its two months from the original day received,
so 31 January extended is 30 April (three months from receipt), never a shortened date.
"""

from __future__ import annotations

import calendar
from datetime import date

RESPONSE_MONTHS = 1
EXTENSION_MONTHS = 2
DUE_SOON_DAYS = 7  # the officer's report lists requests due within this many days


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, or that month's last day."""
    if months < 0:
        raise ValueError("months must not be negative")
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_on(received_on: date) -> date:
    return add_months(received_on, RESPONSE_MONTHS)


def extended_due_on(received_on: date) -> date:
    return add_months(received_on, RESPONSE_MONTHS + EXTENSION_MONTHS)
