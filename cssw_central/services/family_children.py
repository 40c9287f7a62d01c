"""Which family lists which child, in `family_children` (infra/tables.py, migration
`family_children_ingest`): written whenever a family's `children_json` is, in the same
transaction, so the two always agree.

`listed_elsewhere` is the upload's check that a record's children are not another
family's: one indexed look-up, the same cost with ten families or a hundred thousand
(it was a `LIKE` over every family's children).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, delete, insert, select

from cssw_central.infra.tables import UUID_LEN, FamilyChild

_FORGET = delete(FamilyChild).where(FamilyChild.family_id == bindparam("family_id"))
_ADD = insert(FamilyChild)
_ELSEWHERE = (
    select(FamilyChild.child_id)
    .where(
        FamilyChild.child_id.in_(bindparam("child_ids", expanding=True)),
        FamilyChild.family_id != bindparam("family_id"),
    )
    .limit(1)
)


def child_ids(children: object) -> set[str]:
    """The ids of a family's children as `children_json` lists them (entries that are not
    objects with a 36-character text id are passed over: no record's child matches them)."""
    if not isinstance(children, list):
        return set()
    return {
        c["id"]
        for c in children
        if isinstance(c, dict) and isinstance(c.get("id"), str) and len(c["id"]) == UUID_LEN
    }


def listed_elsewhere(conn: Connection, family_id: str, ids: Iterable[str]) -> bool:
    """True when any of `ids` is listed by a family other than `family_id`."""
    wanted = sorted(ids)
    if not wanted:
        return False
    found = conn.execute(_ELSEWHERE, {"child_ids": wanted, "family_id": family_id})
    return found.first() is not None


def keep_children(conn: Connection, family_id: str, children: object, *, new: bool = False) -> None:
    """Make the family's rows the children `children` (as kept in `children_json`) lists;
    `new`: the family was created in this transaction, so it has none yet."""
    if not new:
        conn.execute(_FORGET, {"family_id": family_id})
    rows = [{"family_id": family_id, "child_id": c} for c in sorted(child_ids(children))]
    if rows:
        conn.execute(_ADD, rows)
