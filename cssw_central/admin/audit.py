"""`cssw-central admin audit [--team NAME] [--since DATE] [--limit N]`: IT prints
central's audit log, oldest first, one tab-separated line per entry (reading it is
audited too)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.tables import AuditEntry, Team
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.audit_log import AUDIT_READ, described


def add_audit_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register `admin audit` with `admin.command`'s `action(name, help)` factory."""
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
