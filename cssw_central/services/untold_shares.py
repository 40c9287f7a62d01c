"""The team lead's list of the team's shares without consent whose family has not been
told (a decision on telling them is awaited), as central sends it to the lead's laptop.

The rows come from `services.shares.untold_for_team`; this adds what the lead's list shows
(the family's name and case reference as central holds them for the team, the worker) and
bounds the free text the worker wrote. Looking at the list is audited with a count only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.tables import FamilySnapshot, Worker
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.review import case_reference, family_name_for
from cssw_central.services.shares import untold_for_team
from cssw_core.domain import fields
from cssw_core.domain.fields import shown
from cssw_core.protocol import UntoldShare

UNTOLD_VIEWED = "untold_shares_viewed"


def _bounded(text: str, limit: int, *, multiline: bool = False) -> str:
    return shown(text, multiline=multiline)[:limit]


def untold_shares(session: Session, team_id: str) -> list[UntoldShare]:
    """The team's untold shares without consent, soonest date to reconsider first."""
    rows = [r for r in untold_for_team(session, team_id) if r.record is not None]
    family_ids = {r.record.family_id for r in rows if r.record is not None}
    snapshots = {
        f.id: f
        for f in session.scalars(select(FamilySnapshot).where(FamilySnapshot.id.in_(family_ids)))
    }
    worker_ids = {r.record.worker_id for r in rows if r.record is not None}
    workers = {
        worker_id: name
        for worker_id, name in session.execute(
            select(Worker.id, Worker.display_name).where(Worker.id.in_(worker_ids))
        )
    }
    shares = []
    for row in rows:
        record, share = row.record, row.share
        assert record is not None  # filtered above
        told = share.family_told
        snapshot = snapshots.get(record.family_id)
        shares.append(
            UntoldShare(
                record_id=record.record_id,
                version=record.version,
                family_id=record.family_id,
                family_name=family_name_for(record, snapshot),
                case_reference=case_reference(record, snapshot),
                worker_name=shown(workers.get(record.worker_id, "")),
                party=share.party.value,
                party_name=_bounded(share.party_name, fields.MAX_NAME),
                shared_at=utc_text(share.shared_at),
                reason="" if share.reason is None else share.reason.value,
                law=_bounded(share.law, fields.MAX_REASON),
                why_not=_bounded(told.why_not, fields.MAX_REASON, multiline=True),
                reconsider_on="" if told.reconsider_on is None else told.reconsider_on.isoformat(),
                state=record.state,  # type: ignore[arg-type]  # the column's check keeps it one
            )
        )
    return shares


def untold_viewed(session: Session, team_id: str, lead_id: str, count: int, now: datetime) -> None:
    """One audit entry per look, with how many shares it showed (no names, no ids)."""
    audit(session, now, f"worker:{lead_id}", UNTOLD_VIEWED, "", team_id=team_id, shares=count)
