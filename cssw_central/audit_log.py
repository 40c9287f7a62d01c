"""Reading central's audit log: a team lead's own team (`GET /v1/team/audit`) and IT's
`cssw-central admin audit [--team NAME] [--since DATE]`.

Entries hold ids and counts only (`database.audit`); names shown beside them are staff
names (workers, laptops) looked up when the log is read, never family data. Reading the
log is itself audited (`audit_read`), but those entries are left out of a team lead's
view, so looking at the log never changes what the log shows.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Annotated, Any, TextIO

from fastapi import APIRouter, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.auth import TeamLead
from cssw_central.database import audit, transaction
from cssw_central.db import AuditEntry, Device, Record, Team, Worker
from cssw_central.state import State
from cssw_central.timefmt import utc_text
from cssw_core.protocol import (
    API_PREFIX,
    MAX_AUDIT_PAGE,
    UUID_PATTERN,
    AuditActorKind,
    ErrorBody,
    TeamAuditEntry,
    TeamAuditList,
)

log = logging.getLogger("cssw_central.audit")

AUDIT_READ = "audit_read"
RETURNED_DELIVERED = "returned_delivered"
# Actions a team lead's view leaves out: reading the log itself (no feedback loop).
HIDDEN_FROM_TEAM = (AUDIT_READ,)
DEFAULT_PAGE = 100
MAX_SEQ = 2**63 - 1  # BIGINT
# Actors that are central itself rather than a named operator.
CENTRAL_ACTORS = frozenset({"admin", "enroll", "retention", "system", "central"})
_UUID = re.compile(UUID_PATTERN)
_DETAIL_LIMIT = 20  # keys of detail passed on; entries never hold more than a few

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403)}
router = APIRouter(prefix=API_PREFIX, tags=["audit"], responses=_ERRORS)


# --- reading ------------------------------------------------------------------------------


def team_page(
    session: Session,
    team_id: str,
    *,
    before_seq: int | None = None,
    after_seq: int | None = None,
    limit: int = DEFAULT_PAGE,
) -> TeamAuditList:
    """The team's entries in (after_seq, before_seq), newest first, at most `limit`."""
    query = select(AuditEntry).where(
        AuditEntry.team_id == team_id, AuditEntry.action.not_in(HIDDEN_FROM_TEAM)
    )
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if after_seq is not None:
        query = query.where(AuditEntry.seq > after_seq)
    rows = session.scalars(query.order_by(AuditEntry.seq.desc()).limit(limit + 1)).all()
    return TeamAuditList(entries=described(session, rows[:limit]), more=len(rows) > limit)


def _detail(entry: AuditEntry) -> dict[str, Any]:
    try:
        detail = json.loads(entry.detail_json or "{}")
    except ValueError:
        return {}
    if not isinstance(detail, dict):
        return {}
    return {
        str(k): v
        for k, v in list(detail.items())[:_DETAIL_LIMIT]
        if v is None or isinstance(v, str | int | bool)
    }


def _ids(entries: Iterable[AuditEntry], prefix: str) -> set[str]:
    return {e.actor[len(prefix) :] for e in entries if e.actor.startswith(prefix)}


def described(session: Session, entries: Sequence[AuditEntry]) -> list[TeamAuditEntry]:
    """Entries with the actors' staff names, looked up in two queries."""
    devices = {
        device_id: (device_name, worker_name)
        for device_id, device_name, worker_name in session.execute(
            select(Device.id, Device.name, Worker.display_name)
            .join(Worker, Worker.id == Device.worker_id)
            .where(Device.id.in_(_ids(entries, "device:")))
        )
    }
    workers = {
        worker_id: name
        for worker_id, name in session.execute(
            select(Worker.id, Worker.display_name).where(Worker.id.in_(_ids(entries, "worker:")))
        )
    }
    described_entries = []
    for entry in entries:
        detail = _detail(entry)
        kind: AuditActorKind
        device_name = actor_name = ""
        if entry.actor.startswith("worker:"):
            kind, actor_name = "worker", workers.get(entry.actor[len("worker:") :], "")
        elif entry.actor.startswith("device:"):
            kind = "laptop"
            device_name, actor_name = devices.get(entry.actor[len("device:") :], ("", ""))
        else:
            kind = "central"
            actor_name = "" if entry.actor in CENTRAL_ACTORS else entry.actor[:200]
        version = detail.get("version")
        is_record = isinstance(version, int) and bool(_UUID.match(entry.subject))
        described_entries.append(
            TeamAuditEntry(
                seq=entry.seq,
                at=utc_text(entry.at),
                action=entry.action[:100],
                actor_kind=kind,
                actor_name=actor_name,
                device_name=device_name,
                record_id=entry.subject if is_record else None,
                version=version if is_record and isinstance(version, int) else None,
                detail=detail,
            )
        )
    return described_entries


@router.get("/team/audit", response_model=TeamAuditList)
def team_audit(
    lead: TeamLead,
    state: State,
    before_seq: Annotated[int | None, Query(ge=1, le=MAX_SEQ)] = None,
    after_seq: Annotated[int | None, Query(ge=0, le=MAX_SEQ)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_AUDIT_PAGE)] = DEFAULT_PAGE,
) -> TeamAuditList:
    """The lead's own team's audit log, newest first; page back with `before_seq`."""
    with transaction(state.sessions) as session:
        page = team_page(
            session, lead.team_id, before_seq=before_seq, after_seq=after_seq, limit=limit
        )
        audit(
            session, state.now(), f"worker:{lead.worker_id}", AUDIT_READ, lead.team_id,
            team_id=lead.team_id, entries=len(page.entries),
        )  # fmt: skip
        return page


# --- who has had what: first deliveries --------------------------------------------------


def first_deliveries(session: Session, actor: str, records: Sequence[Record]) -> list[Record]:
    """Those of `records` not yet delivered to `actor` (one `returned_delivered` entry each
    is written once, not at every sync: the laptop asks for its returned records each time)."""
    if not records:
        return []
    delivered = {
        (subject, _detail_version(detail_json))
        for subject, detail_json in session.execute(
            select(AuditEntry.subject, AuditEntry.detail_json).where(
                AuditEntry.subject.in_({r.record_id for r in records}),
                AuditEntry.action == RETURNED_DELIVERED,
                AuditEntry.actor == actor,
            )
        )
    }
    return [r for r in records if (r.record_id, r.version) not in delivered]


def _detail_version(detail_json: str) -> object:
    try:
        return json.loads(detail_json).get("version")
    except (ValueError, AttributeError):
        return None


# --- IT's command -------------------------------------------------------------------------


def add_audit_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register `admin audit` with `admin_cli`'s `action(name, help)` factory."""
    command = action("audit", "print central's audit log (oldest first)")
    command.add_argument("--team", help="only this team's entries (its name)")
    command.add_argument(
        "--since", type=since_moment, help="from this day (YYYY-MM-DD, UTC) or time on"
    )
    command.add_argument("--limit", type=int, default=10_000, help="at most this many entries")


def since_moment(text: str) -> datetime:
    """YYYY-MM-DD (midnight UTC) or an ISO time (UTC unless it names a zone)."""
    try:
        if len(text.strip()) == 10:
            day = date.fromisoformat(text.strip())
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_audit_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run `admin audit` (True), or leave the command to the caller (False)."""
    if args.action != "audit":
        return False
    from cssw_central.admin import AdminProblem

    if not 1 <= args.limit <= 1_000_000:
        raise AdminProblem("The limit must be between 1 and 1000000.")
    with transaction(sessions) as session:
        team_id = None
        if args.team is not None:
            team_id = session.scalars(select(Team.id).where(Team.name == args.team)).one_or_none()
            if team_id is None:
                raise AdminProblem("There is no team with that name.")
        lines = admin_lines(session, team_id=team_id, since=args.since, limit=args.limit)
        audit(
            session, datetime.now(UTC), "admin", AUDIT_READ, team_id or "",
            team_id=team_id, entries=len(lines),
        )  # fmt: skip
    for line in lines:
        print(line, file=out)
    return True


def admin_lines(
    session: Session, *, team_id: str | None, since: datetime | None, limit: int
) -> list[str]:
    """One tab-separated line per entry: seq, time (UTC), team, who, action, subject, detail."""
    query = select(AuditEntry, Team.name).join(Team, Team.id == AuditEntry.team_id, isouter=True)
    if team_id is not None:
        query = query.where(AuditEntry.team_id == team_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    rows = session.execute(query.order_by(AuditEntry.seq).limit(limit)).all()
    entries = described(session, [entry for entry, _team in rows])
    lines = []
    for (entry, team_name), shown in zip(rows, entries, strict=True):
        who = entry.actor
        names = ", ".join(n for n in (shown.actor_name, shown.device_name) if n)
        if names and names != who:
            who = f"{who} ({names})"
        lines.append(
            "\t".join(
                (
                    str(entry.seq),
                    utc_text(entry.at),
                    team_name or "-",
                    who,
                    entry.action,
                    entry.subject or "-",
                    entry.detail_json,
                )
            )
        )
    return lines
