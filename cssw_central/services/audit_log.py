"""Reading central's audit log: a team lead's own team (`GET /v1/team/audit`, in
`api.team_audit`) and IT's `cssw-central admin audit [--team NAME] [--since DATE]` (in
`admin.audit`); and which returned records a laptop has already been given.

Entries hold ids and counts only (`infra.database.audit`); names shown beside them are staff
names (workers, laptops) looked up when the log is read, never family data. Reading the
log is itself audited (`audit_read`), but those entries are left out of a team lead's
view, so looking at the log never changes what the log shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.tables import AuditEntry, Device, Record, Worker
from cssw_central.infra.timefmt import utc_text
from cssw_core.protocol import UUID_PATTERN, AuditActorKind, TeamAuditEntry, TeamAuditList

AUDIT_READ = "audit_read"
RETURNED_DELIVERED = "returned_delivered"
# Actions a team lead's view leaves out: reading the log itself (no feedback loop).
HIDDEN_FROM_TEAM = (AUDIT_READ,)
DEFAULT_PAGE = 100
# Actors that are central itself rather than a named operator.
CENTRAL_ACTORS = frozenset({"admin", "enroll", "retention", "system", "central"})
_UUID = re.compile(UUID_PATTERN)
_DETAIL_LIMIT = 20  # keys of detail passed on; entries never hold more than a few


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
