"""Consent records in the store: drafts saved as the visit goes, sealed records kept as is.

A sealed row cannot be changed or deleted: triggers in the database refuse it, so even a
bug or a hand-typed SQL statement cannot alter evidence.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from cssw_desktop.domain.canonical import canonical_json
from cssw_desktop.errors import CsswError
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database, IntegrityError


class RecordNotFound(CsswError):
    """No consent record with that id and version is in the store."""


class RecordSealed(CsswError):
    """A sealed record was asked to change."""


@dataclass(frozen=True, slots=True)
class StoredRecord:
    id: uuid.UUID
    version: int
    family_id: uuid.UUID
    state: str
    body: dict[str, Any]
    content_hash: str | None
    updated_at: str
    sealed_at: str | None


_COLUMNS = "id, version, family_id, state, body, content_hash, updated_at, sealed_at"


def _from_row(row: Any) -> StoredRecord:
    return StoredRecord(
        uuid.UUID(row[0]),
        int(row[1]),
        uuid.UUID(row[2]),
        row[3],
        json.loads(row[4]),
        row[5],
        row[6],
        row[7],
    )


class RecordRepository:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock

    def save_draft(
        self, record_id: uuid.UUID, version: int, family_id: uuid.UUID, body: dict[str, Any]
    ) -> StoredRecord:
        """Save (or overwrite) a draft at once, so a crash mid-visit loses nothing."""
        now = stamp(self._clock())
        text = canonical_json(body).decode("utf-8")
        with self._db.transaction() as conn:
            try:
                conn.execute(
                    f"INSERT INTO consent_records ({_COLUMNS}, created_at) "
                    "VALUES (?, ?, ?, 'draft', ?, NULL, ?, NULL, ?) "
                    "ON CONFLICT (id, version) DO UPDATE SET body = excluded.body, "
                    "updated_at = excluded.updated_at",
                    (str(record_id), version, str(family_id), text, now, now),
                )
            except IntegrityError as exc:
                if "sealed" in str(exc):
                    raise RecordSealed(
                        "This record is signed and sealed; it cannot be changed."
                    ) from exc
                raise
            self._audit.append(conn, AuditAction.RECORD_DRAFT_SAVED, record_id, version=version)
        return self.get(record_id, version)

    def get(self, record_id: uuid.UUID, version: int) -> StoredRecord:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE id = ? AND version = ?",
            (str(record_id), version),
        )
        if not rows:
            raise RecordNotFound("That consent record is not in the store.")
        return _from_row(rows[0])

    def for_family(self, family_id: uuid.UUID) -> list[StoredRecord]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE family_id = ? "
            "ORDER BY created_at, version",
            (str(family_id),),
        )
        return [_from_row(r) for r in rows]

    def drafts(self) -> list[StoredRecord]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE state = 'draft' ORDER BY updated_at"
        )
        return [_from_row(r) for r in rows]

    def count_by_state(self) -> dict[str, int]:
        rows = self._db.query("SELECT state, count(*) FROM consent_records GROUP BY state")
        return {"draft": 0, "sealed": 0} | {str(s): int(n) for s, n in rows}
