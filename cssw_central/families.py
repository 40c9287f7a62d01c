"""Keeping the caseload's family snapshot current from the records that arrive.

A family's details (name, address, case reference, children) come from the newest sealed
record about it. A family no worker is allocated to yet is allocated to the worker who
uploaded the record; an existing allocation is never changed here.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import case, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cssw_central.auth import AuthenticatedDevice
from cssw_central.db import FamilySnapshot


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
    values: dict[str, Any] = {
        "family_name": _text(family.get("family_name"), 200),
        "address": _text(family.get("address"), 300),
        "case_reference": _text(family.get("case_reference"), 40),
        "updated_at": sealed_at,
    }
    if children is not None:
        values["children_json"] = json.dumps(children, ensure_ascii=False)
    new_row = {
        "id": family_id,
        "team_id": device.team_id,
        "allocated_worker_id": device.worker_id,
        "children_json": "[]",
        **values,
    }
    # One statement (it runs for every upload): insert, or refresh the details when this
    # record is newer than the snapshot, and allocate the family only if nobody has it.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    insert = dialect.insert(FamilySnapshot).values(**new_row)
    newer = FamilySnapshot.updated_at < insert.excluded.updated_at
    refreshed = {
        name: case((newer, getattr(insert.excluded, name)), else_=getattr(FamilySnapshot, name))
        for name in values
    }
    unallocated = FamilySnapshot.allocated_worker_id.is_(None)
    session.execute(
        insert.on_conflict_do_update(
            index_elements=[FamilySnapshot.id],
            set_={
                **refreshed,
                "allocated_worker_id": func.coalesce(
                    FamilySnapshot.allocated_worker_id, insert.excluded.allocated_worker_id
                ),
                "team_id": case(
                    (unallocated, insert.excluded.team_id), else_=FamilySnapshot.team_id
                ),
            },
        )
    )
