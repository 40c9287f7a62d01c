"""The log of rights requests at central (the privacy notice's rights: access,
rectification, erasure, objection, restriction), for the data protection officer.

Each request holds the family, who asked (their relationship to the family, and a name
bounded like every name: no other personal data), the day it was received, its legal
deadline (`services.rights_deadlines`: one calendar month, extendable by two further
months with a reason), its state (open, extended, done, refused) and its outcome. A
request closed (done or refused) stays closed. Every change is audited with ids only
(`rights_request_*`). Functions work on a session; the caller commits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.tables import RIGHTS_KINDS, FamilySnapshot, RightsRequest
from cssw_central.services.rights_deadlines import DUE_SOON_DAYS, due_on, extended_due_on
from cssw_core.domain.fields import MAX_NAME, MAX_REASON, MAX_RELATIONSHIP, text_problem

OPEN_STATES = ("open", "extended")
KIND_WORDS = {
    "access": "access to their records",
    "rectification": "rectification (a correction)",
    "erasure": "erasure",
    "objection": "objection",
    "restriction": "restriction of processing",
}
_TEXT_WORDS = {
    "empty": "{what} is needed.",
    "too_long": "{what} is too long (at most {limit} characters).",
    "hidden": "{what} holds hidden characters; type it again.",
}
REPORT_LIMIT = 1000  # requests listed at once; far above any council's open requests


class RightsRefused(ValueError):
    """The change was refused and nothing changed; one plain line with no personal data."""


def checked_text(text: str, limit: int, what: str, *, required: bool, multiline: bool) -> str:
    """`text` without surrounding spaces, or RightsRefused in plain words (shared field rules)."""
    text = text.strip()
    problem = text_problem(text, limit, required=required, multiline=multiline)
    if problem is not None:
        raise RightsRefused(_TEXT_WORDS[problem.value].format(what=what, limit=limit))
    return text


def family_team(session: Session, family_id: str) -> str | None:
    """The family's team (for the audit), or RightsRefused for a family central does not know."""
    snapshot = session.get(FamilySnapshot, family_id)
    if snapshot is None:
        raise RightsRefused("Central knows no family with that id.")
    return snapshot.team_id


def log_request(
    session: Session,
    *,
    family_id: str,
    kind: str,
    relationship: str,
    name: str,
    received_on: date,
    by: str,
    now: datetime,
) -> RightsRequest:
    if kind not in RIGHTS_KINDS:
        raise RightsRefused("The kind must be one of: " + ", ".join(RIGHTS_KINDS) + ".")
    if received_on > now.date():
        raise RightsRefused("The day received cannot be in the future.")
    team_id = family_team(session, family_id)
    request = RightsRequest(
        family_id=family_id,
        kind=kind,
        requester_relationship=checked_text(
            relationship, MAX_RELATIONSHIP, "Who asked (their relationship)",
            required=True, multiline=False,
        ),
        requester_name=checked_text(
            name, MAX_NAME, "The requester's name", required=False, multiline=False
        ),
        received_on=received_on,
        due_on=due_on(received_on),
        state="open",
        logged_at=now,
    )  # fmt: skip
    session.add(request)
    session.flush()
    _audit(session, now, by, "rights_request_logged", request, team_id)
    return request


def get_request(session: Session, request_id: str, *, lock: bool = False) -> RightsRequest:
    query = select(RightsRequest).where(RightsRequest.id == request_id.strip().lower())
    request = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if request is None:
        raise RightsRefused("There is no rights request with that id.")
    return request


def extend(session: Session, request: RightsRequest, reason: str, by: str, now: datetime) -> None:
    """Open → extended: the deadline becomes three months from receipt, with the reason."""
    if request.state != "open":
        raise RightsRefused(f"This request is {request.state}, so it cannot be extended.")
    request.extension_reason = checked_text(
        reason, MAX_REASON, "The reason for the extension", required=True, multiline=True
    )
    request.state = "extended"
    request.due_on = extended_due_on(request.received_on)
    _audit(session, now, by, "rights_request_extended", request)


def close(
    session: Session, request: RightsRequest, state: str, outcome: str, by: str, now: datetime
) -> None:
    """Open or extended → done (with what was done) or refused (with why)."""
    if state not in ("done", "refused"):
        raise RightsRefused("A request is closed as done or refused.")
    if request.state not in OPEN_STATES:
        raise RightsRefused(f"This request is already {request.state}.")
    what = "What was done" if state == "done" else "The reason for refusing"
    request.outcome = checked_text(outcome, MAX_REASON, what, required=True, multiline=True)
    request.state = state
    request.closed_on = now.date()
    _audit(session, now, by, f"rights_request_{state}", request)


def link_access_bundle(
    session: Session, request: RightsRequest, bundle: Path, by: str, now: datetime
) -> None:
    """An access request answered by a subject access bundle: its hash kept with the request."""
    if request.kind != "access":
        raise RightsRefused("Only an access request is answered with a subject access bundle.")
    request.bundle_sha256 = hashlib.sha256(bundle.read_bytes()).hexdigest()
    _audit(session, now, by, "rights_request_bundle", request, bundle_sha256=request.bundle_sha256)


def check_access_request(session: Session, request_id: str, family_id: str) -> RightsRequest:
    """The access request a bundle answers, checked before the bundle is made."""
    request = get_request(session, request_id)
    if request.kind != "access" or request.family_id != family_id:
        raise RightsRefused("That request is not an access request about this family.")
    if request.state not in OPEN_STATES:
        raise RightsRefused(f"That request is already {request.state}.")
    return request


@dataclass(frozen=True, slots=True)
class DueRequest:
    request_id: str
    family_id: str
    kind: str
    received_on: date
    due_on: date
    state: str
    days_left: int  # negative: overdue by that many days


def due_report(session: Session, today: date) -> list[DueRequest]:
    """Open and extended requests due within `DUE_SOON_DAYS` days or overdue, soonest first."""
    rows = session.scalars(
        select(RightsRequest)
        .where(
            RightsRequest.state.in_(OPEN_STATES),
            RightsRequest.due_on <= today + timedelta(days=DUE_SOON_DAYS),
        )
        .order_by(RightsRequest.due_on, RightsRequest.received_on, RightsRequest.id)
        .limit(REPORT_LIMIT)
    ).all()
    return [
        DueRequest(r.id, r.family_id, r.kind, r.received_on, r.due_on, r.state,
                   (r.due_on - today).days)
        for r in rows
    ]  # fmt: skip


def _audit(
    session: Session,
    now: datetime,
    by: str,
    action: str,
    request: RightsRequest,
    team_id: str | None = None,
    **detail: str | int | bool | None,
) -> None:
    if team_id is None:
        snapshot = session.get(FamilySnapshot, request.family_id)
        team_id = snapshot.team_id if snapshot else None
    audit(
        session, now, actor_of(by), action, request.id, team_id=team_id,
        family=request.family_id, kind=request.kind, state=request.state,
        due_on=request.due_on.isoformat(), **detail,
    )  # fmt: skip


def actor_of(by: str) -> str:
    """The audit actor for an officer named with `--by` (as subject access does)."""
    by = by.strip()
    if not by:
        raise RightsRefused("Say who is making the change (--by).")
    return f"admin:{by[:100]}"
