"""Families and their children in the store."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from cssw_core.domain.family import Child, Family, family_problems, plainly_sound, tidy
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.clock import Clock, parse_stamp, stamp
from cssw_desktop.storage.database import Database


class FamilyNotFound(CsswError):
    """No family with that id is in the store."""


_FAMILY_COLUMNS = "id, family_name, address, case_reference, allocated_worker, updated_at"
_INSERT_FAMILY = (
    f"INSERT INTO families ({_FAMILY_COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class FamilyRepository:
    """Adds, changes and reads families; every change is audited in the same transaction."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock

    def _validated(self, family: Family, today: date) -> Family:
        """The family tidied, or refused with plain reasons (`today`: the save's date)."""
        if plainly_sound(family, today):  # the usual case: nothing to tidy, nothing wrong
            return family
        family = tidy(family)
        problems = family_problems(family, today)
        if problems:
            raise ValidationFailed([(p.field, p.message) for p in problems])
        return family

    def add(self, family: Family) -> Family:
        """Save a new family with its children; refused with plain reasons if invalid."""
        now = self._clock()
        family = self._validated(family, now.date())
        at = stamp(now)
        saved = _saved_at(family, now)
        row = _family_row(saved, at)
        with self._db.transaction() as conn:
            conn.execute(_INSERT_FAMILY, (*row, at))
            _write_children(conn, saved, row[0])
            self._audit.append_at(
                conn, at, AuditAction.FAMILY_ADDED, row[0], {"children": len(saved.children)}
            )
        return saved

    def update(self, family: Family) -> Family:
        """Replace a family's details and its list of children."""
        now = self._clock()
        saved = _saved_at(self._validated(family, now.date()), now)
        with self._db.transaction() as conn:
            changed = conn.execute(
                "UPDATE families SET family_name = ?, address = ?, case_reference = ?, "
                "allocated_worker = ?, updated_at = ? WHERE id = ?",
                (
                    saved.family_name,
                    saved.address,
                    saved.case_reference,
                    saved.allocated_worker,
                    stamp(now),
                    str(saved.id),
                ),
            ).rowcount
            if changed != 1:
                raise FamilyNotFound(
                    QT_TRANSLATE_NOOP("Errors", "That family is no longer in the store.")
                )
            conn.execute("DELETE FROM children WHERE family_id = ?", (str(saved.id),))
            _write_children(conn, saved)
            self._audit.append(
                conn, AuditAction.FAMILY_UPDATED, saved.id, children=len(saved.children)
            )
        return saved

    def add_many(self, families: list[Family]) -> int:
        """Save many new families, and their audit entries, in one transaction (demo data,
        caseload downloads)."""
        now = self._clock()
        at = stamp(now)
        today = now.date()
        checked = [_saved_at(self._validated(f, today), now) for f in families]
        with self._db.transaction() as conn:
            conn.executemany(
                _INSERT_FAMILY,
                [(*_family_row(f, at), at) for f in checked],
            )
            _write_children_of(conn, checked)
            self._audit.append_many(
                conn,
                [(AuditAction.FAMILY_ADDED, f.id, {"children": len(f.children)}) for f in checked],
            )
        return len(checked)

    def upsert_many(self, families: list[Family]) -> list[uuid.UUID]:
        """Add or replace families (with their children) in one transaction, e.g. a caseload
        download; the ids of the families saved. A family that fails the checks is left as
        it was, and so is one listing a child that another family on this laptop (or earlier
        in this list) already holds: one child in two families is a mistake at the source,
        and keeping it out keeps everything else (the caller says how many were left out)."""
        now = self._clock()
        at = stamp(now)
        today = now.date()
        checked = []
        for family in families:
            try:
                checked.append(_saved_at(self._validated(family, today), now))
            except ValidationFailed:
                continue
        saved: list[uuid.UUID] = []
        claimed: set[str] = set()
        with self._db.transaction() as conn:
            for family in checked:
                child_ids = [str(c.id) for c in family.children]
                if _children_clash(conn, family, child_ids, claimed):
                    continue
                claimed.update(child_ids)
                exists = conn.execute(
                    "SELECT 1 FROM families WHERE id = ?", (str(family.id),)
                ).fetchone()
                if exists:
                    conn.execute(
                        "UPDATE families SET family_name = ?, address = ?, case_reference = ?, "
                        "allocated_worker = ?, updated_at = ? WHERE id = ?",
                        (*_family_row(family, at)[1:], str(family.id)),
                    )
                    conn.execute("DELETE FROM children WHERE family_id = ?", (str(family.id),))
                else:
                    conn.execute(_INSERT_FAMILY, (*_family_row(family, at), at))
                _write_children(conn, family)
                action = AuditAction.FAMILY_UPDATED if exists else AuditAction.FAMILY_ADDED
                self._audit.append(conn, action, family.id, children=len(family.children))
                saved.append(family.id)
        return saved

    def get(self, family_id: uuid.UUID) -> Family:
        rows = self._db.query(
            f"SELECT {_FAMILY_COLUMNS} FROM families WHERE id = ?", (str(family_id),)
        )
        if not rows:
            raise FamilyNotFound(
                QT_TRANSLATE_NOOP("Errors", "That family is no longer in the store.")
            )
        return self._with_children(rows)[0]

    def all(self) -> list[Family]:
        """Every family, by family name, with children in the order entered."""
        rows = self._db.query(
            f"SELECT {_FAMILY_COLUMNS} FROM families ORDER BY family_name COLLATE NOCASE, id"
        )
        return self._with_children(rows)

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM families"))

    def _with_children(self, rows: list[Any]) -> list[Family]:
        ids = [r[0] for r in rows]
        children: dict[str, list[Child]] = {i: [] for i in ids}
        if len(ids) == 1:
            child_rows = self._db.query(
                "SELECT family_id, id, name, gender, date_of_birth FROM children "
                "WHERE family_id = ? ORDER BY position",
                (ids[0],),
            )
        else:
            child_rows = self._db.query(
                "SELECT family_id, id, name, gender, date_of_birth FROM children "
                "ORDER BY family_id, position"
            )
        for fam_id, child_id, name, gender, dob in child_rows:
            if fam_id in children:
                children[fam_id].append(
                    Child(name, gender, date.fromisoformat(dob), uuid.UUID(child_id))
                )
        return [_family_from_row(r, tuple(children[r[0]])) for r in rows]


def _saved_at(family: Family, now: datetime) -> Family:
    """The family as saved at `now` (`dataclasses.replace` without its per-field look-up)."""
    return Family(
        family.family_name,
        family.address,
        family.case_reference,
        family.allocated_worker,
        family.children,
        family.id,
        now,
    )


def _family_row(family: Family, updated: str) -> tuple[str, str, str, str, str, str]:
    """The family's row; `updated` is the stamp of its save (worked out once per save)."""
    return (
        str(family.id),
        family.family_name,
        family.address,
        family.case_reference,
        family.allocated_worker,
        updated,
    )


def _family_from_row(row: Any, children: tuple[Child, ...]) -> Family:
    return Family(
        family_name=row[1],
        address=row[2],
        case_reference=row[3],
        allocated_worker=row[4],
        children=children,
        id=uuid.UUID(row[0]),
        updated_at=parse_stamp(row[5]),
    )


def _children_clash(conn: Any, family: Family, child_ids: list[str], claimed: set[str]) -> bool:
    """Whether a child of this family is listed twice, already claimed in this batch, or
    already another family's on this laptop."""
    if len(set(child_ids)) != len(child_ids) or claimed.intersection(child_ids):
        return True
    for child_id in child_ids:
        row = conn.execute(
            "SELECT 1 FROM children WHERE id = ? AND family_id != ?", (child_id, str(family.id))
        ).fetchone()
        if row is not None:
            return True
    return False


_INSERT_CHILD = (
    "INSERT INTO children (id, family_id, position, name, gender, date_of_birth) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _child_rows(
    family: Family, family_id: str | None = None
) -> list[tuple[str, str, int, str, str, str]]:
    """The children's rows (`family_id`: the family's id as text, when already made)."""
    if family_id is None:
        family_id = str(family.id)
    return [
        (str(c.id), family_id, pos, c.name, c.gender, c.date_of_birth.isoformat())
        for pos, c in enumerate(family.children)
    ]


def _write_children(conn: Any, family: Family, family_id: str | None = None) -> None:
    conn.executemany(_INSERT_CHILD, _child_rows(family, family_id))


def _write_children_of(conn: Any, families: list[Family]) -> None:
    """Every family's children in one statement (the families' rows are in already)."""
    conn.executemany(_INSERT_CHILD, [row for f in families for row in _child_rows(f)])
