"""Where a family's consent stands today, and what would make the worker ask again.

Pure functions over plain facts (no store, no Qt), so the families list, the family page
and tests judge a family the same way:

- **never asked**: no consent form is recorded;
- **review overdue** / **review due soon**: the form's date plus the review period (central's
  policy, the laptop's setting when offline) has passed / falls within `DUE_SOON_DAYS`;
  due *on* the day is due, not overdue;
- **a young person's own consent needed**: a child is 13 or over today and was not a young
  person on the family's latest form (they turned 13 since, or were not on it); a child
  whose 13th birthday is the form's date was 13 on it, so gave (or was asked for) their own;
- **a new leaflet to go through**: the council marked a leaflet issue as needing fresh
  consent (`fresh_consent_since`), and the family's form was signed on an earlier issue;
- **refused or withdrawn for some agencies**: consent in force, with a No for some agency
  (on the form, or withdrawn since);
- **current**: in force until the review date.
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cssw_core.domain.age import YOUNG_PERSON_AGE, age_on
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.answers import Answer
from cssw_core.domain.family import Child

DUE_SOON_DAYS = 30
"""A review falling due within this many days shows as due soon (time to arrange a visit)."""
THIS_WEEK_DAYS = 7
"""The "needs you" summary counts reviews due within a week, today included."""

_ISSUE = re.compile(r"^(?P<year>[0-9]{4})\.(?P<issue>[1-9][0-9]{0,2})(?:-[A-Za-z-]+)?$")


class ConsentReason(StrEnum):
    """One thing about a family's consent, most urgent first (the order is the rank)."""

    REVIEW_OVERDUE = "review_overdue"
    OWN_CONSENT_NEEDED = "own_consent_needed"
    NEW_LEAFLET = "new_leaflet"
    NEVER_ASKED = "never_asked"
    REVIEW_DUE_SOON = "review_due_soon"
    REFUSED_SOME = "refused_some"
    CURRENT = "current"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @property
    def needs_new_consent(self) -> bool:
        """A reason to go through consent with the family again (a re-consent trigger)."""
        return self in _TRIGGERS


_RANKS = {reason: n for n, reason in enumerate(ConsentReason)}
_TRIGGERS = frozenset(
    {
        ConsentReason.REVIEW_OVERDUE,
        ConsentReason.OWN_CONSENT_NEEDED,
        ConsentReason.NEW_LEAFLET,
        ConsentReason.NEVER_ASKED,
        ConsentReason.REVIEW_DUE_SOON,
    }
)


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    """What the family's latest consent form and the consent now say, for judging its state.

    `leaflet_version` is "" when not known (only central's snapshot of a purged record).
    """

    signed_on: date | None
    leaflet_version: str = ""
    young_people_on_form: frozenset[uuid.UUID] = frozenset()
    refused: tuple[Agency, ...] = ()
    """Agencies with a No now (to share with or to approach) that the form itself gave."""
    withdrawn: tuple[Agency, ...] = ()
    """Agencies the family withdrew consent for since the form."""

    @staticmethod
    def never_asked() -> ConsentFacts:
        return ConsentFacts(signed_on=None)


@dataclass(frozen=True, slots=True)
class LeafletIssue:
    """The leaflet in use and, if the council said so, the issue families must consent on
    afresh: anyone who signed on an earlier issue goes through the leaflet again."""

    version: str
    fresh_consent_since: str | None = None


@dataclass(frozen=True, slots=True)
class StatusRules:
    """What a family's state is judged against: the day, the review period, the leaflet."""

    today: date
    review_months: int
    leaflet: LeafletIssue | None = None


@dataclass(frozen=True, slots=True)
class FamilyConsentStatus:
    """A family's consent state: every reason that applies, most urgent first."""

    reasons: tuple[ConsentReason, ...]
    review_due: date | None = None
    turned_13: tuple[Child, ...] = ()
    """Children 13 or over now who were not young people on the latest form."""
    refused: tuple[Agency, ...] = ()
    withdrawn: tuple[Agency, ...] = ()
    leaflet_version: str = ""
    """The leaflet issue to go through, when `NEW_LEAFLET` applies."""

    @property
    def primary(self) -> ConsentReason:
        return self.reasons[0]

    @property
    def needs_new_consent(self) -> bool:
        return any(r.needs_new_consent for r in self.reasons)

    def has(self, reason: ConsentReason) -> bool:
        return reason in self.reasons

    def due_within(self, today: date, days: int) -> bool:
        """The review falls due within `days` days from today (today counts), not before."""
        return self.review_due is not None and today <= self.review_due < today + timedelta(days)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it is shorter (31 Jan → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def leaflet_issue(version: str) -> tuple[int, int] | None:
    """A leaflet version's issue ("2026.2-en" → (2026, 2)), the same in every language;
    None when the text is not a version."""
    match = _ISSUE.match(version.strip())
    return None if match is None else (int(match["year"]), int(match["issue"]))


def review_months_in_force(policy_months: int | None, laptop_months: int) -> int:
    """Central's review period when it has sent one; the laptop's own setting otherwise."""
    return policy_months if policy_months is not None else laptop_months


def review_due(signed_on: date | None, review_months: int) -> date | None:
    return None if signed_on is None else add_months(signed_on, review_months)


def turned_13_since(
    children: Iterable[Child], facts: ConsentFacts, today: date
) -> tuple[Child, ...]:
    """Children aged 13 or over today who were not young people on the family's latest
    form: their own consent is needed. None before any form (the first visit asks them)."""
    if facts.signed_on is None:
        return ()
    return tuple(
        child
        for child in children
        if age_on(child.date_of_birth, today) >= YOUNG_PERSON_AGE
        and child.id not in facts.young_people_on_form
    )


def needs_new_leaflet(form_version: str, leaflet: LeafletIssue | None) -> bool:
    """The council marked an issue as needing fresh consent, and the form was signed on an
    earlier one. Unknown or unreadable versions never trigger it."""
    if leaflet is None or leaflet.fresh_consent_since is None or not form_version:
        return False
    signed, fresh = leaflet_issue(form_version), leaflet_issue(leaflet.fresh_consent_since)
    return signed is not None and fresh is not None and signed < fresh


def family_consent_status(
    children: Iterable[Child], facts: ConsentFacts, rules: StatusRules
) -> FamilyConsentStatus:
    """Every reason that applies to the family today, most urgent first."""
    if facts.signed_on is None:
        return FamilyConsentStatus((ConsentReason.NEVER_ASKED,))
    today = rules.today
    due = review_due(facts.signed_on, rules.review_months)
    assert due is not None
    reasons: list[ConsentReason] = []
    if today > due:
        reasons.append(ConsentReason.REVIEW_OVERDUE)
    elif due < today + timedelta(days=DUE_SOON_DAYS):
        reasons.append(ConsentReason.REVIEW_DUE_SOON)
    turned = turned_13_since(children, facts, today)
    if turned:
        reasons.append(ConsentReason.OWN_CONSENT_NEEDED)
    new_leaflet = needs_new_leaflet(facts.leaflet_version, rules.leaflet)
    if new_leaflet:
        reasons.append(ConsentReason.NEW_LEAFLET)
    if facts.refused or facts.withdrawn:
        reasons.append(ConsentReason.REFUSED_SOME)
    if today <= due:
        reasons.append(ConsentReason.CURRENT)
    reasons.sort(key=lambda r: r.rank)
    return FamilyConsentStatus(
        tuple(reasons),
        review_due=due,
        turned_13=turned,
        refused=facts.refused,
        withdrawn=facts.withdrawn,
        leaflet_version=(
            rules.leaflet.version if new_leaflet and rules.leaflet is not None else ""
        ),
    )


def refused_and_withdrawn(
    share_with: Mapping[Agency, Answer | None],
    approach: Mapping[Agency, Answer | None],
    withdrawn_share: Iterable[Agency],
    withdrawn_approach: Iterable[Agency],
) -> tuple[tuple[Agency, ...], tuple[Agency, ...]]:
    """Agencies with a No now, split into those refused on the form and those withdrawn
    since (an agency withdrawn in either direction counts as withdrawn), in the form's order."""
    withdrawn_now = {a for a in withdrawn_share if share_with.get(a) is Answer.NO} | {
        a for a in withdrawn_approach if approach.get(a) is Answer.NO
    }
    no = {a for a in AGENCIES if share_with.get(a) is Answer.NO or approach.get(a) is Answer.NO}
    refused = tuple(a for a in AGENCIES if a in no and a not in withdrawn_now)
    withdrawn = tuple(a for a in AGENCIES if a in withdrawn_now)
    return refused, withdrawn


@dataclass(frozen=True, slots=True)
class NeedsYou:
    """The "needs you" summary on unlocking: counts across the worker's families."""

    reviews_overdue: int = 0
    reviews_due_this_week: int = 0
    young_people_turned_13: int = 0  # young people, not families
    new_leaflet: int = 0
    never_asked: int = 0

    @property
    def anything(self) -> bool:
        return any(
            (
                self.reviews_overdue,
                self.reviews_due_this_week,
                self.young_people_turned_13,
                self.new_leaflet,
                self.never_asked,
            )
        )


def needs_you(statuses: Iterable[FamilyConsentStatus], today: date) -> NeedsYou:
    """Count what needs the worker: overdue reviews, reviews due this week, young people
    whose own consent is needed, families to go through a new leaflet, never asked."""
    overdue = week = young = leaflet = never = 0
    for status in statuses:
        overdue += status.has(ConsentReason.REVIEW_OVERDUE)
        week += status.due_within(today, THIS_WEEK_DAYS)
        young += len(status.turned_13)
        leaflet += status.has(ConsentReason.NEW_LEAFLET)
        never += status.has(ConsentReason.NEVER_ASKED)
    return NeedsYou(overdue, week, young, leaflet, never)


class FamilyFilter(StrEnum):
    """Which families the list shows, by their consent state."""

    ALL = "all"
    NEEDS_YOU = "needs_you"
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_DUE_THIS_WEEK = "review_due_this_week"
    REVIEW_DUE_SOON = "review_due_soon"
    OWN_CONSENT_NEEDED = "own_consent_needed"
    NEW_LEAFLET = "new_leaflet"
    NEVER_ASKED = "never_asked"
    REFUSED_SOME = "refused_some"
    CURRENT = "current"

    def matches(self, status: FamilyConsentStatus | None, today: date) -> bool:
        """True when a family in this state is shown (an unknown state shows only in ALL)."""
        if self is FamilyFilter.ALL:
            return True
        if status is None:
            return False
        if self is FamilyFilter.NEEDS_YOU:
            return status.needs_new_consent
        if self is FamilyFilter.REVIEW_DUE_THIS_WEEK:
            return status.due_within(today, THIS_WEEK_DAYS)
        return status.has(ConsentReason(self.value))
