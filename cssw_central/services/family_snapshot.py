"""Keeping the caseload's family snapshot current from the records that arrive.

A family's details (name, address, case reference, children) come from the newest sealed
record about it. A family no worker is allocated to yet is allocated to the worker who
uploaded the record; an existing allocation is never changed here.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, and_, bindparam, case, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cssw_central.infra.tables import FamilySnapshot
from cssw_central.services.identity import AuthenticatedDevice


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _children(record: dict[str, Any]) -> list[dict[str, str]] | None:
    covered = record.get("covered_children")
    if not isinstance(covered, list):
        return None
    children = []
    for child in covered:
        if not isinstance(child, dict):
            continue
        children.append(
            {
                "id": _text(child.get("id"), 36),
                "name": _text(child.get("name"), 200),
                "gender": _text(child.get("gender"), 40),
                "date_of_birth": _text(child.get("date_of_birth"), 10),
            }
        )
    return children


def upsert_family(
    session: Session,
    document: dict[str, Any],
    family_id: str,
    sealed_at: datetime,
    device: AuthenticatedDevice,
) -> None:
    """Insert the family if new; refresh its details if this record is the newest about it."""
    family = document.get("family")
    record = document.get("record")
    if not isinstance(family, dict) or not isinstance(record, dict):
        return
    children = _children(record)
    session.connection().execute(  # Core: no ORM unit of work for one statement
        _upsert(session.get_bind().dialect.name),
        {
            "id": family_id,
            "team_id": device.team_id,
            "allocated_worker_id": device.worker_id,
            "family_name": _text(family.get("family_name"), 200),
            "address": _text(family.get("address"), 300),
            "case_reference": _text(family.get("case_reference"), 40),
            "updated_at": sealed_at,
            "children_json": "[]" if children is None else json.dumps(children, ensure_ascii=False),
            "has_children": children is not None,
        },
    )


@functools.cache
def _upsert(dialect_name: str) -> Any:
    """One statement, built once (it runs for every upload): insert the family, or refresh
    its details when this record is newer than the snapshot (its children only when the
    record lists them), and allocate it only if nobody has it yet."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    columns = (
        "id",
        "team_id",
        "allocated_worker_id",
        "family_name",
        "address",
        "case_reference",
        "updated_at",
        "children_json",
    )
    insert = dialect.insert(FamilySnapshot).values(
        {name: bindparam(name, type_=FamilySnapshot.__table__.c[name].type) for name in columns}
    )
    newer = FamilySnapshot.updated_at < insert.excluded.updated_at
    refreshed = {
        name: case((newer, getattr(insert.excluded, name)), else_=getattr(FamilySnapshot, name))
        for name in ("family_name", "address", "case_reference", "updated_at")
    }
    refreshed["children_json"] = case(
        (and_(newer, bindparam("has_children", type_=Boolean)), insert.excluded.children_json),
        else_=FamilySnapshot.children_json,
    )
    return insert.on_conflict_do_update(
        index_elements=[FamilySnapshot.id],
        set_={
            **refreshed,
            "allocated_worker_id": func.coalesce(
                FamilySnapshot.allocated_worker_id, insert.excluded.allocated_worker_id
            ),
            "team_id": case(
                (FamilySnapshot.allocated_worker_id.is_(None), insert.excluded.team_id),
                else_=FamilySnapshot.team_id,
            ),
        },
    )
