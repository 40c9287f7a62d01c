"""Which team a family belongs to, and what a record may change about it.

A family belongs to one team at central: the team of the worker the case system's import
allocates it to (services/family_import.py), or else the team of the laptop whose record
first brought it to central. A laptop may write records only for its worker's team's
families (or bring a new family into its team); anything else is refused (`ForeignFamily`)
before anything is stored, and audited for both teams by the caller.

A family's details (name, address, case reference, children) come from its accepted
records in the order they were given: a record's details replace the family's only when it
was sealed after the record the details came from (times are bounded by arrival, see
services/ingest.py, so no record can pin itself as the latest). Facts imported from the
case system (the family's name, its children's names and dates of birth) are never
overwritten by a record: where a record disagrees, central keeps both (the record as
sealed, the facts as imported) and flags the record for the team lead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import Connection, bindparam, select, update

from cssw_central.infra.database import insert_ignoring
from cssw_central.infra.tables import FamilySnapshot
from cssw_central.services.family_children import keep_children
from cssw_central.services.identity import AuthenticatedDevice
from cssw_core.domain.age import age_on
from cssw_core.protocol import Flag, FlagCode

FOREIGN_FAMILY_WORDS = (
    "This family belongs to another team at central, so central refused the record. "
    "Ask your team lead: the family may need to be moved to your team in the case system."
)


class ForeignFamily(Exception):
    """The record is about another team's family; `team_id` is the family's team."""

    def __init__(self, team_id: str) -> None:
        super().__init__("family of another team")
        self.team_id = team_id


@dataclass(frozen=True, slots=True)
class RecordDetails:
    """What a sealed record says about its family (each text cut to its column's size)."""

    family_name: str
    address: str
    case_reference: str
    children: list[dict[str, str]] | None  # None: the record lists no children

    @classmethod
    def of(cls, document: dict[str, Any]) -> RecordDetails:
        family = document.get("family")
        record = document.get("record")
        family = family if isinstance(family, dict) else {}
        record = record if isinstance(record, dict) else {}
        return cls(
            family_name=_text(family.get("family_name"), 200),
            address=_text(family.get("address"), 300),
            case_reference=_text(family.get("case_reference"), 40),
            children=_children(record),
        )


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _children(record: dict[str, Any]) -> list[dict[str, str]] | None:
    covered = record.get("covered_children")
    if not isinstance(covered, list):
        return None
    return [
        {
            "id": _text(child.get("id"), 36),
            "name": _text(child.get("name"), 200),
            "gender": _text(child.get("gender"), 40),
            "date_of_birth": _text(child.get("date_of_birth"), 10),
        }
        for child in covered
        if isinstance(child, dict)
    ]


def case_system_facts(children: list[dict[str, Any]], family_name: str) -> str:
    """The JSON kept in `families.case_system_json` by an import."""
    kept = [
        {"id": c.get("id"), "name": c.get("name"), "date_of_birth": c.get("date_of_birth")}
        for c in children
    ]
    return json.dumps({"family_name": family_name, "children": kept}, ensure_ascii=False)


def imported_facts(snapshot: CaseSystemFacts | None) -> dict[str, Any] | None:
    """The case system's facts about the family, or None if it was never imported."""
    if snapshot is None or snapshot.case_system_json is None:
        return None
    try:
        facts = json.loads(snapshot.case_system_json)
    except ValueError:
        return None
    return facts if isinstance(facts, dict) else None


_CLAIM_COLUMNS = (
    FamilySnapshot.team_id,
    FamilySnapshot.allocated_worker_id,
    FamilySnapshot.updated_at,
    FamilySnapshot.children_json,
    FamilySnapshot.case_system_json,
)
_LOCK = select(*_CLAIM_COLUMNS).where(FamilySnapshot.id == bindparam("family_id")).with_for_update()
_INSERT_NEW = {  # a row returned only when this insert made the family
    name: insert.returning(FamilySnapshot.__table__.c.id)
    for name, insert in insert_ignoring(FamilySnapshot.__table__, "id").items()
}


class CaseSystemFacts(Protocol):
    """Anything that carries a family's imported case-system facts (an ORM row, or the
    columns `claim_family` read)."""

    @property
    def case_system_json(self) -> str | None: ...


@dataclass(slots=True)
class ClaimedFamily:
    """A family's row as `claim_family` locked it, and the changes this record makes to it
    (written by `apply_details` in one UPDATE, or none)."""

    id: str
    team_id: str
    updated_at: datetime
    children_json: str
    case_system_json: str | None
    changes: dict[str, Any] = field(default_factory=dict)


def claim_family(
    conn: Connection,
    family_id: str,
    details: RecordDetails,
    sealed_at: datetime,
    device: AuthenticatedDevice,
) -> tuple[ClaimedFamily, bool]:
    """The family's row, locked for this transaction, and whether this record created it.

    A family new to central is created in the device's team, allocated to its worker, with
    the record's details. `ForeignFamily` if the family is another team's: nothing changed.
    Core statements, not the ORM: this runs once per upload (see docs/benchmarks.md).
    """
    children_json = json.dumps(details.children or [], ensure_ascii=False)
    inserted = conn.execute(
        _INSERT_NEW[conn.dialect.name],
        {
            "id": family_id,
            "team_id": device.team_id,
            "allocated_worker_id": device.worker_id,
            "family_name": details.family_name,
            "address": details.address,
            "case_reference": details.case_reference,
            "children_json": children_json,
            "updated_at": sealed_at,
        },
    )
    if inserted.first() is not None:  # made by this insert, so locked by it: nothing to read
        keep_children(conn, family_id, details.children or [], new=True)
        return ClaimedFamily(family_id, device.team_id, sealed_at, children_json, None), True
    row = conn.execute(_LOCK, {"family_id": family_id}).one()
    claimed = ClaimedFamily(
        family_id, row.team_id or device.team_id, row.updated_at, row.children_json,
        row.case_system_json,
    )  # fmt: skip
    if row.team_id is None:  # a family from before teams were kept: the first claims it
        claimed.changes["team_id"] = device.team_id
    if claimed.team_id != device.team_id:
        raise ForeignFamily(claimed.team_id)
    if row.allocated_worker_id is None:
        claimed.changes["allocated_worker_id"] = device.worker_id
    return claimed, False


def apply_details(
    conn: Connection, family: ClaimedFamily, details: RecordDetails, sealed_at: datetime
) -> None:
    """Refresh the family's details from a record sealed after the ones they came from
    (the case system's own facts, name and children, stay as imported), with the claim's
    own changes, in one UPDATE; none when nothing changes."""
    changes = family.changes
    if sealed_at > family.updated_at:
        changes.update(
            updated_at=sealed_at, address=details.address, case_reference=details.case_reference
        )
        if family.case_system_json is None:
            changes["family_name"] = details.family_name
            if details.children is not None:
                children_json = json.dumps(details.children, ensure_ascii=False)
                if children_json != family.children_json:
                    changes["children_json"] = children_json
                    keep_children(conn, family.id, details.children)
    if changes:
        conn.execute(update(FamilySnapshot).where(FamilySnapshot.id == family.id).values(changes))


def _same(left: object, right: object) -> bool:
    return str(left or "").strip().casefold() == str(right or "").strip().casefold()


def _age(date_of_birth: object, on: date) -> int | None:
    try:
        return age_on(date.fromisoformat(str(date_of_birth)), on)
    except ValueError:
        return None


def case_system_flags(snapshot: CaseSystemFacts, details: RecordDetails, on: date) -> list[Flag]:
    """Where the record disagrees with the case system's facts: one flag per difference,
    in words that name no one (ages only)."""
    facts = imported_facts(snapshot)
    if facts is None:
        return []
    flags = []
    if not _same(facts.get("family_name"), details.family_name):
        flags.append(
            Flag(
                code=FlagCode.CASE_SYSTEM_DIFFERS,
                message="The family name on this record differs from the case system's; "
                "central keeps the case system's.",
            )
        )
    known = {c.get("id"): c for c in facts.get("children", []) if isinstance(c, dict)}
    for child in details.children or []:
        imported = known.get(child["id"])
        if imported is None:
            continue
        if not _same(imported.get("name"), child["name"]):
            flags.append(
                Flag(
                    code=FlagCode.CASE_SYSTEM_DIFFERS,
                    message="A child's name on this record differs from the case system's; "
                    "central keeps the case system's.",
                )
            )
        if str(imported.get("date_of_birth")) != child["date_of_birth"]:
            said, kept = _age(child["date_of_birth"], on), _age(imported.get("date_of_birth"), on)
            flags.append(
                Flag(
                    code=FlagCode.CASE_SYSTEM_DIFFERS,
                    message="A child's date of birth on this record differs from the case "
                    f"system's (aged {said} by the record, {kept} by the case system); "
                    "central keeps the case system's.",
                )
            )
    return flags
