"""Records a team lead returned to the worker, with their comment, as central lists them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database

# The protocol's models load pydantic (slow to import): only the sync path needs them.
if TYPE_CHECKING:
    from cssw_core.protocol import ReturnedRecord


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    record_id: uuid.UUID
    version: int
    kind: str
    family_id: uuid.UUID
    family_name: str | None  # None when the family is not on this laptop
    comment: str
    returned_at: str
    returned_by: str
    first_seen_at: str  # when this laptop first heard of it


class ReturnedRecords:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock

    def save(self, returned: list[ReturnedRecord]) -> int:
        """Keep what central lists; the count of returns not seen before (or returned again)."""
        now = stamp(self._clock())
        new = 0
        with self._db.transaction() as conn:
            for item in returned:
                row = conn.execute(
                    "SELECT returned_at FROM returned_records WHERE record_id = ? AND version = ?",
                    (item.record_id, item.version),
                ).fetchone()
                if row is not None and row[0] == item.returned_at:
                    continue
                new += 1
                conn.execute(
                    "INSERT INTO returned_records (record_id, version, kind, family_id, comment, "
                    "returned_at, returned_by, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (record_id, version) DO UPDATE SET comment = excluded.comment, "
                    "returned_at = excluded.returned_at, returned_by = excluded.returned_by, "
                    "first_seen_at = excluded.first_seen_at",
                    (
                        item.record_id,
                        item.version,
                        item.kind,
                        item.family_id,
                        item.comment,
                        item.returned_at,
                        item.returned_by,
                        now,
                    ),
                )
            if new:
                self._audit.append(conn, AuditAction.RETURNED_RECEIVED, None, count=new)
        return new

    def all(self) -> list[ReturnedRow]:
        """Every returned record, newest return first, with the family's name if known."""
        rows = self._db.query(
            "SELECT r.record_id, r.version, r.kind, r.family_id, f.family_name, r.comment, "
            "r.returned_at, r.returned_by, r.first_seen_at FROM returned_records r "
            "LEFT JOIN families f ON f.id = r.family_id "
            "ORDER BY r.returned_at DESC, r.record_id, r.version"
        )
        return [
            ReturnedRow(
                uuid.UUID(r[0]), int(r[1]), r[2], uuid.UUID(r[3]), r[4], r[5], r[6], r[7], r[8]
            )
            for r in rows
        ]

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM returned_records"))
