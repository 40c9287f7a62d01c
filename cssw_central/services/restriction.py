"""Restriction of processing: a restricted family has nothing filed (approval is refused in
plain words) and nothing shared onward until an officer lifts it.

`is_restricted(session, family_id)` is what filing and onward sharing ask; a family's
restrictions are rows, one per period, never edited except to record when it was lifted.
Restricting and lifting are audited (`family_restricted`, `family_restriction_lifted`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.tables import FamilyRestriction
from cssw_central.services.rights_requests import RightsRefused, actor_of, family_team

RESTRICTED_WORDS = (
    "This family's information is restricted at the family's request (since {since}), so "
    "nothing of it can be approved, filed or shared until the data protection officer "
    "lifts the restriction. Leave the record waiting; nothing is lost."
)


def current_restriction(session: Session, family_id: str) -> FamilyRestriction | None:
    return session.scalars(
        select(FamilyRestriction)
        .where(FamilyRestriction.family_id == family_id, FamilyRestriction.lifted_at.is_(None))
        .order_by(FamilyRestriction.id)
        .limit(1)
    ).one_or_none()


def is_restricted(session: Session, family_id: str) -> bool:
    """Whether nothing of this family may be filed or shared onward now."""
    return current_restriction(session, family_id) is not None


def restricted_words(session: Session, family_id: str) -> str | None:
    """The plain refusal for a restricted family, or None when it is not restricted."""
    restriction = current_restriction(session, family_id)
    if restriction is None:
        return None
    return RESTRICTED_WORDS.format(since=restriction.since.date().isoformat())


def restrict(
    session: Session, family_id: str, by: str, now: datetime, request_id: str | None = None
) -> FamilyRestriction:
    team_id = family_team(session, family_id)
    if is_restricted(session, family_id):
        raise RightsRefused("This family is already restricted.")
    restriction = FamilyRestriction(
        family_id=family_id, since=now, restricted_by=by.strip()[:200], request_id=request_id
    )
    session.add(restriction)
    session.flush()
    audit(
        session, now, actor_of(by), "family_restricted", family_id, team_id=team_id,
        request=request_id,
    )  # fmt: skip
    return restriction


def lift(session: Session, family_id: str, by: str, now: datetime) -> None:
    team_id = family_team(session, family_id)
    restriction = current_restriction(session, family_id)
    if restriction is None:
        raise RightsRefused("This family is not restricted.")
    restriction.lifted_at = now
    restriction.lifted_by = by.strip()[:200]
    audit(
        session, now, actor_of(by), "family_restriction_lifted", family_id, team_id=team_id,
        since=restriction.since.isoformat(),
    )  # fmt: skip
