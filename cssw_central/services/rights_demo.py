"""Rights states for a trial central's demo families, so a trainer sees every state.

`cssw-desktop demo` makes fictional families (in the invented town of Demoford, postcode
area DM) and sealed records; once a laptop has synced them to a trial central,
`cssw-central admin rights demo --team T --by NAME` adds, through the same services the
data protection officer uses (so with the same audit entries):

- to the first demo family with a consent record: a rectification request from a parent,
  a correction note beside that record (the sealed record unchanged), the request closed
  as done;
- to the next demo family: a restriction request and the family restricted, so its
  records cannot be approved, filed or shared onward until lifted.

It touches only families whose address central holds is in Demoford: a correction note is
append-only and can never be removed, so a fictional one must never reach a real family.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.tables import FamilySnapshot, Record, RightsRequest, Team
from cssw_central.services.corrections import add_correction
from cssw_central.services.restriction import restrict
from cssw_central.services.rights_requests import RightsRefused, close, log_request

DEMO_TOWN_MARK = ", Demoford, DM"  # cssw_desktop.demo's invented town and postcode area
CORRECTION_NOTE = (
    "Demonstration correction: the family told us the telephone number on this form was "
    "an old one. The sealed form is unchanged; the family's file has the new number."
)
RECEIVED_DAYS_AGO = 3


@dataclass(frozen=True)
class DemoRights:
    corrected_record: tuple[str, int]  # (record id, version) with a correction note beside it
    restricted_family: str  # family id


def add_demo_rights(session: Session, team_name: str, by: str, now: datetime) -> DemoRights:
    """Add the demo's rectification note and restricted family to team `team_name`."""
    team = session.scalars(select(Team).where(Team.name == team_name.strip())).one_or_none()
    if team is None:
        raise RightsRefused(f"There is no team called {team_name.strip()!r}.")
    families = _demo_families_with_consent(session, team.id)
    if len(families) < 2:
        raise RightsRefused(
            "This adds states only to the demo's fictional families (in Demoford), and "
            f"team {team.name} has fewer than two with a consent record at central. Make "
            "them on a laptop (`cssw-desktop demo`) and sync it first."
        )
    if session.scalars(
        select(RightsRequest.id).where(RightsRequest.family_id.in_(families)).limit(1)
    ).first():
        raise RightsRefused("The demo families of this team already have rights requests.")
    received = now.date() - timedelta(days=RECEIVED_DAYS_AGO)
    corrected, restricted = families[0], families[1]

    record = session.scalars(
        select(Record)
        .where(Record.family_id == corrected, Record.kind == "consent")
        .order_by(Record.sealed_at, Record.id)
        .limit(1)
    ).one()
    asked = log_request(
        session, family_id=corrected, kind="rectification", relationship="parent",
        name="", received_on=received, by=by, now=now,
    )  # fmt: skip
    add_correction(
        session, record_id=record.record_id, version=record.version, note=CORRECTION_NOTE,
        by=by, now=now, request_id=asked.id,
    )  # fmt: skip
    close(session, asked, "done", "Correction note added beside the form.", by, now)

    asked = log_request(
        session, family_id=restricted, kind="restriction", relationship="parent",
        name="", received_on=received, by=by, now=now,
    )  # fmt: skip
    restrict(session, restricted, by, now, asked.id)
    return DemoRights((record.record_id, record.version), restricted)


def _demo_families_with_consent(session: Session, team_id: str) -> list[str]:
    """The team's demo family ids with a consent record, in the order their first arrived."""
    first_consent = (
        select(Record.family_id, Record.received_at)
        .join(FamilySnapshot, FamilySnapshot.id == Record.family_id)
        .where(
            Record.team_id == team_id,
            Record.kind == "consent",
            FamilySnapshot.address.contains(DEMO_TOWN_MARK),
        )
        .order_by(Record.received_at, Record.id)
    )
    seen: list[str] = []
    for family_id, _received in session.execute(first_consent):
        if family_id not in seen:
            seen.append(family_id)
    return seen
