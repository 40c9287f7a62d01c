"""The age rule: a child aged 13 or over on the visit date gives their own consent."""

from datetime import date

YOUNG_PERSON_AGE = 13


def age_on(date_of_birth: date, on: date) -> int:
    """Whole years of age on the given day (a birthday on that day counts)."""
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def needs_young_person_consent(date_of_birth: date, visit_date: date) -> bool:
    """True when the child is 13 or over on the visit date, so their own consent is sought.

    A child born on 29 February turns a year older on 1 March in years without one.
    """
    return age_on(date_of_birth, visit_date) >= YOUNG_PERSON_AGE
