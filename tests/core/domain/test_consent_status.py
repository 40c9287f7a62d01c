"""A family's consent state and the re-consent triggers, at their boundaries."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from cssw_core.domain.agencies import Agency
from cssw_core.domain.answers import Answer
from cssw_core.domain.consent_status import (
    ConsentFacts,
    ConsentReason,
    FamilyConsentStatus,
    FamilyFilter,
    LeafletIssue,
    StatusRules,
    add_months,
    family_consent_status,
    leaflet_issue,
    needs_new_leaflet,
    needs_you,
    refused_and_withdrawn,
    review_months_in_force,
)
from cssw_core.domain.family import Child

SIGNED = date(2025, 12, 7)


def rules(today: date, months: int = 12, leaflet: LeafletIssue | None = None) -> StatusRules:
    return StatusRules(today=today, review_months=months, leaflet=leaflet)


def status(
    today: date,
    *,
    children: tuple[Child, ...] = (),
    facts: ConsentFacts | None = None,
    leaflet: LeafletIssue | None = None,
) -> FamilyConsentStatus:
    facts = facts if facts is not None else ConsentFacts(SIGNED, "2026.1-en")
    return family_consent_status(children, facts, rules(today, leaflet=leaflet))


# --- review --------------------------------------------------------------------------


def test_a_family_with_no_form_was_never_asked() -> None:
    found = family_consent_status((), ConsentFacts.never_asked(), rules(SIGNED))
    assert found.reasons == (ConsentReason.NEVER_ASKED,)
    assert found.review_due is None
    assert found.needs_new_consent


def test_review_due_on_the_day_is_due_not_overdue() -> None:
    due = date(2026, 12, 7)
    found = status(due)
    assert found.review_due == due
    assert found.primary is ConsentReason.REVIEW_DUE_SOON
    assert ConsentReason.CURRENT in found.reasons  # consent still stands today
    assert not found.has(ConsentReason.REVIEW_OVERDUE)


def test_the_day_after_the_review_date_it_is_overdue_and_no_longer_current() -> None:
    found = status(date(2026, 12, 8))
    assert found.primary is ConsentReason.REVIEW_OVERDUE
    assert not found.has(ConsentReason.CURRENT)
    assert found.needs_new_consent


def test_due_soon_starts_thirty_days_before() -> None:
    assert status(date(2026, 11, 7)).primary is ConsentReason.CURRENT  # 30 days to go
    assert status(date(2026, 11, 8)).primary is ConsentReason.REVIEW_DUE_SOON  # 29 days


def test_the_review_period_short_months_end_on_the_last_day() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    found = family_consent_status((), ConsentFacts(date(2026, 1, 31)), rules(SIGNED, months=1))
    assert found.review_due == date(2026, 2, 28)


def test_central_policy_wins_and_the_laptop_setting_is_the_fallback() -> None:
    assert review_months_in_force(6, 12) == 6
    assert review_months_in_force(None, 12) == 12


# --- a young person's own consent -------------------------------------------------------


def child(born: date, name: str = "Chidi") -> Child:
    return Child(name, "Boy", born, uuid.uuid4())


def test_13th_birthday_on_the_visit_day_means_they_were_a_young_person_on_the_form() -> None:
    young = child(date(2012, 12, 7))  # 13 on SIGNED
    facts = ConsentFacts(SIGNED, "2026.1-en", young_people_on_form=frozenset({young.id}))
    found = status(date(2026, 3, 1), children=(young,), facts=facts)
    assert not found.has(ConsentReason.OWN_CONSENT_NEEDED)
    assert found.primary is ConsentReason.CURRENT


def test_13th_birthday_the_day_after_the_form_needs_their_own_consent_from_the_birthday() -> None:
    young = child(date(2012, 12, 8))  # 12 on SIGNED, 13 the next day
    facts = ConsentFacts(SIGNED, "2026.1-en")
    assert not status(date(2025, 12, 7), children=(young,), facts=facts).turned_13
    found = status(date(2025, 12, 8), children=(young,), facts=facts)
    assert found.primary is ConsentReason.OWN_CONSENT_NEEDED
    assert found.turned_13 == (young,)
    assert found.needs_new_consent


def test_13th_birthday_on_today_counts_today() -> None:
    young = child(date(2013, 3, 1))
    facts = ConsentFacts(SIGNED)
    assert not status(date(2026, 2, 28), children=(young,), facts=facts).turned_13
    assert status(date(2026, 3, 1), children=(young,), facts=facts).turned_13 == (young,)


def test_younger_children_and_no_form_never_ask_for_own_consent() -> None:
    small = child(date(2020, 1, 1), "Ada")
    assert not status(date(2026, 6, 1), children=(small,)).turned_13
    teen = child(date(2000, 1, 1))
    never = family_consent_status((teen,), ConsentFacts.never_asked(), rules(SIGNED))
    assert never.reasons == (ConsentReason.NEVER_ASKED,)


# --- a new leaflet ------------------------------------------------------------------------


def test_leaflet_issue_is_the_same_in_every_language() -> None:
    assert leaflet_issue("2026.2-en") == (2026, 2)
    assert leaflet_issue("2026.2-ar-XB") == (2026, 2)
    assert leaflet_issue("2026.2") == (2026, 2)
    assert leaflet_issue("not a version") is None


def test_a_new_leaflet_flagged_for_fresh_consent_asks_families_on_the_old_issue() -> None:
    leaflet = LeafletIssue("2026.3-en", fresh_consent_since="2026.3")
    found = status(date(2026, 3, 1), leaflet=leaflet)
    assert found.primary is ConsentReason.NEW_LEAFLET
    assert found.leaflet_version == "2026.3-en"
    assert found.needs_new_consent


def test_a_new_leaflet_without_the_flag_asks_nobody() -> None:
    leaflet = LeafletIssue("2026.3-en", fresh_consent_since=None)
    found = status(date(2026, 3, 1), leaflet=leaflet)
    assert not found.has(ConsentReason.NEW_LEAFLET)
    assert found.primary is ConsentReason.CURRENT


def test_a_later_issue_without_its_own_flag_keeps_the_earlier_requirement() -> None:
    # 2026.2 needed fresh consent; 2026.3 only corrected a typo and keeps "since 2026.2".
    leaflet = LeafletIssue("2026.3-en", fresh_consent_since="2026.2")
    assert needs_new_leaflet("2026.1-en", leaflet)
    assert not needs_new_leaflet("2026.2-ar-XB", leaflet)  # signed on it, in Arabic
    assert not needs_new_leaflet("2026.3-en", leaflet)


def test_an_unknown_form_version_never_triggers_a_new_leaflet() -> None:
    leaflet = LeafletIssue("2026.3-en", fresh_consent_since="2026.3")
    assert not needs_new_leaflet("", leaflet)
    assert not needs_new_leaflet("garbled", leaflet)


# --- refusals, several reasons, the summary, filters ----------------------------------------


def test_refused_and_withdrawn_are_told_apart() -> None:
    share = {Agency.POLICE: Answer.NO, Agency.HEALTH: Answer.NO, Agency.HOUSING: Answer.YES}
    approach = {Agency.HEALTH: Answer.YES, Agency.PROBATION: Answer.NO}
    refused, withdrawn = refused_and_withdrawn(share, approach, [Agency.HEALTH], [])
    assert refused == (Agency.POLICE, Agency.PROBATION)
    assert withdrawn == (Agency.HEALTH,)


def test_refusals_show_with_consent_still_current() -> None:
    facts = ConsentFacts(SIGNED, refused=(Agency.POLICE,))
    found = status(date(2026, 3, 1), facts=facts)
    assert found.reasons == (ConsentReason.REFUSED_SOME, ConsentReason.CURRENT)
    assert not found.needs_new_consent


def test_every_reason_is_kept_most_urgent_first() -> None:
    young = child(date(2013, 1, 1))
    leaflet = LeafletIssue("2027.1-en", fresh_consent_since="2027.1")
    facts = ConsentFacts(SIGNED, "2026.1-en", withdrawn=(Agency.HEALTH,))
    found = status(date(2027, 1, 2), children=(young,), facts=facts, leaflet=leaflet)
    assert found.reasons == (
        ConsentReason.REVIEW_OVERDUE,
        ConsentReason.OWN_CONSENT_NEEDED,
        ConsentReason.NEW_LEAFLET,
        ConsentReason.REFUSED_SOME,
    )


def test_needs_you_counts_young_people_not_families_and_reviews_this_week() -> None:
    today = date(2026, 12, 1)
    twins = (child(date(2013, 6, 1), "A"), child(date(2013, 6, 1), "B"))
    statuses = [
        status(today, children=twins),  # due 7 Dec: this week; two young people
        status(today, facts=ConsentFacts(date(2025, 11, 1))),  # overdue
        status(today, facts=ConsentFacts(date(2025, 12, 8))),  # due 8 Dec: not this week
        family_consent_status((), ConsentFacts.never_asked(), rules(today)),
    ]
    counted = needs_you(statuses, today)
    assert counted.reviews_overdue == 1
    assert counted.reviews_due_this_week == 1
    assert counted.young_people_turned_13 == 2
    assert counted.never_asked == 1
    assert counted.new_leaflet == 0
    assert counted.anything


@pytest.mark.parametrize(
    ("which", "shown"),
    [
        (FamilyFilter.ALL, {"overdue", "current", "never", "unknown"}),
        (FamilyFilter.NEEDS_YOU, {"overdue", "never"}),
        (FamilyFilter.REVIEW_OVERDUE, {"overdue"}),
        (FamilyFilter.NEVER_ASKED, {"never"}),
        (FamilyFilter.CURRENT, {"current"}),
        (FamilyFilter.REVIEW_DUE_THIS_WEEK, set()),
    ],
)
def test_filters(which: FamilyFilter, shown: set[str]) -> None:
    today = date(2026, 6, 1)
    statuses: dict[str, FamilyConsentStatus | None] = {
        "overdue": status(today, facts=ConsentFacts(date(2025, 1, 1))),
        "current": status(today),
        "never": family_consent_status((), ConsentFacts.never_asked(), rules(today)),
        "unknown": None,  # not read yet
    }
    assert {k for k, s in statuses.items() if which.matches(s, today)} == shown
