"""How long central keeps a filed record, per the privacy notice (section 6).

| case type              | kept for  | counted from                                        |
|------------------------|-----------|-----------------------------------------------------|
| child in need          | 25 years  | the date the case was closed (unknown while open)   |
| child protection       | 35 years  | the record's sealing date (the notice names no start) |
| looked-after child     | 100 years | the youngest covered child's date of birth          |
| adoption               | 100 years | the date of the adoption order (unknown until set)  |
| adopter not approved   | 10 years  | the decision / closure date (`case_closed_on`)      |

A record's `retention_until` is the last day it is kept: it may be erased from the day
after. 29 February plus N years is 28 February when that year has no 29th. A record with
no case type, or whose start date is not known yet, has no date and is never erased.

The case facts (type, closure date, adoption order date) are the case system's: they come
in with `import-families` or `cssw-central admin case set`, and changing them re-dates the
family's filed records here. The job that reports and erases is `retention_job`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.tables import CASE_TYPES, FamilySnapshot, Record

RETENTION_YEARS: dict[str, int] = {
    "child_in_need": 25,
    "child_protection": 35,
    "looked_after": 100,
    "adoption": 100,
    "adopter_not_approved": 10,
}
CASE_TYPE_WORDS: dict[str, str] = {
    "child_in_need": "child in need",
    "child_protection": "child protection",
    "looked_after": "looked-after child",
    "adoption": "adoption",
    "adopter_not_approved": "adopter not approved",
}
RUNS_FROM_WORDS: dict[str, str] = {
    "child_in_need": "the date the case was closed",
    "child_protection": "the date the record was sealed",
    "looked_after": "the youngest child's date of birth",
    "adoption": "the date of the adoption order",
    "adopter_not_approved": "the date of the decision (case closed on)",
}
EARLIEST_FACT = date(1900, 1, 1)
assert set(RETENTION_YEARS) == set(CASE_TYPES)


class CaseFactsRefused(ValueError):
    """The case facts cannot be stored; the message is one plain line, no personal data."""


def add_years(start: date, years: int) -> date:
    """`start` plus whole years; 29 February lands on 28 February in a year without one."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def retention_until(
    case_type: str | None,
    *,
    case_closed_on: date | None,
    adoption_order_on: date | None,
    sealed_on: date,
    youngest_born: date | None,
) -> date | None:
    """The last day a record of this case type is kept, or None while that is unknown."""
    if case_type is None:
        return None
    years = RETENTION_YEARS[case_type]
    start: date | None
    if case_type in ("child_in_need", "adopter_not_approved"):
        start = case_closed_on
    elif case_type == "child_protection":
        start = sealed_on
    elif case_type == "looked_after":
        start = youngest_born
    else:  # adoption
        start = adoption_order_on
    return None if start is None else add_years(start, years)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the case system says about a family that its records' retention runs from."""

    case_type: str | None
    case_closed_on: date | None
    adoption_order_on: date | None

    def problem(self, today: date) -> str | None:
        """Why these facts cannot be stored (plain words), or None."""
        if self.case_type is not None and self.case_type not in CASE_TYPES:
            return "The case type must be one of: " + ", ".join(CASE_TYPES) + "."
        for words, value in (
            ("closed", self.case_closed_on),
            ("adoption order", self.adoption_order_on),
        ):
            if value is not None and not EARLIEST_FACT <= value <= today:
                return f"The {words} date must be a real past date, not after today."
        return None


def facts_of(snapshot: FamilySnapshot | None) -> CaseFacts:
    if snapshot is None:
        return CaseFacts(None, None, None)
    return CaseFacts(snapshot.case_type, snapshot.case_closed_on, snapshot.adoption_order_on)


def _dates_of_birth(children: Iterable[Any]) -> list[date]:
    born = []
    for child in children:
        if isinstance(child, dict) and isinstance(child.get("date_of_birth"), str):
            try:
                born.append(date.fromisoformat(child["date_of_birth"]))
            except ValueError:
                continue
    return born


def _covered_children(document: str) -> list[Any]:
    try:
        record = json.loads(document).get("record")
    except (ValueError, AttributeError):
        return []
    covered = record.get("covered_children") if isinstance(record, dict) else None
    return covered if isinstance(covered, list) else []


def youngest_born(session: Session, record: Record, snapshot: FamilySnapshot | None) -> date | None:
    """The latest date of birth the record's period may run from (looked-after children).

    A consent record covers its own children. A withdrawal names none, so it runs from the
    youngest child central knows of for the family (snapshot and every consent record):
    no child's record goes early.
    """
    if record.kind == "consent":
        born = _dates_of_birth(_covered_children(record.document))
    else:
        children: list[Any] = []
        if snapshot is not None:
            with contextlib.suppress(ValueError):
                children += json.loads(snapshot.children_json)
        for document in session.scalars(
            select(Record.document).where(
                Record.family_id == record.family_id, Record.kind == "consent"
            )
        ):
            children += _covered_children(document)
        born = _dates_of_birth(children)
    return max(born) if born else None


def date_record(session: Session, record: Record, snapshot: FamilySnapshot | None) -> None:
    """Give the record its family's case type and the date it is kept until."""
    facts = facts_of(snapshot)
    record.case_type = facts.case_type
    record.retention_until = retention_until(
        facts.case_type,
        case_closed_on=facts.case_closed_on,
        adoption_order_on=facts.adoption_order_on,
        sealed_on=record.sealed_at.date(),
        youngest_born=youngest_born(session, record, snapshot)
        if facts.case_type == "looked_after"
        else None,
    )


def date_on_filing(session: Session, record: Record) -> None:
    """Called as a record is filed: its case type and retention date from the family's facts."""
    date_record(session, record, session.get(FamilySnapshot, record.family_id))


def redate_family(session: Session, family_id: str, actor: str, now: datetime) -> int:
    """Re-date the family's filed records after its facts changed; audit each change.

    The record takes the family's case type now (a case that moved from child in need to
    child protection keeps all its records for the new period). Returns how many changed.
    """
    snapshot = session.get(FamilySnapshot, family_id)
    changed = 0
    records = session.scalars(
        select(Record)
        .where(Record.family_id == family_id, Record.state == "filed")
        .order_by(Record.id)
        .with_for_update()
    ).all()
    for record in records:
        before = (record.case_type, record.retention_until)
        date_record(session, record, snapshot)
        if (record.case_type, record.retention_until) == before:
            continue
        changed += 1
        audit(
            session,
            now,
            actor,
            "retention_redated",
            record.record_id,
            team_id=record.team_id,
            version=record.version,
            case_type=record.case_type,
            retention_until=_iso(record.retention_until),
            was_case_type=before[0],
            was_retention_until=_iso(before[1]),
        )
    return changed


def set_case_facts(
    session: Session, family_id: str, facts: CaseFacts, actor: str, now: datetime
) -> int:
    """Store the family's case facts and re-date its filed records (the caller commits)."""
    problem = facts.problem(now.date())
    if problem is not None:
        raise CaseFactsRefused(problem)
    snapshot = session.get(FamilySnapshot, family_id, with_for_update=True)
    if snapshot is None:
        raise CaseFactsRefused("Central knows no family with that id.")
    snapshot.case_type = facts.case_type
    snapshot.case_closed_on = facts.case_closed_on
    snapshot.adoption_order_on = facts.adoption_order_on
    session.flush()
    changed = redate_family(session, family_id, actor, now)
    audit(
        session,
        now,
        actor,
        "case_facts_set",
        family_id,
        team_id=snapshot.team_id,
        case_type=facts.case_type,
        case_closed_on=_iso(facts.case_closed_on),
        adoption_order_on=_iso(facts.adoption_order_on),
        records_redated=changed,
    )
    return changed


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
