"""Consent records in the store: drafts saved as the visit goes, sealed records kept as is.

A sealed row cannot be changed or deleted: triggers in the database refuse it, so even a
bug or a hand-typed SQL statement cannot alter evidence.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.sealing import Seal
from cssw_core.errors import CsswError
from cssw_desktop.storage.audit import AuditAction, AuditLog, DetailValue
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database, IntegrityError


class RecordNotFound(CsswError):
    """No consent record with that id and version is in the store."""


class RecordSealed(CsswError):
    """A sealed record was asked to change."""


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A row of the store: a draft (body = the visit so far) or a sealed document."""

    id: uuid.UUID
    version: int
    family_id: uuid.UUID
    state: str  # "draft" or "sealed"
    kind: str  # "consent" or "withdrawal"
    content_hash: str | None
    updated_at: str
    sealed_at: str | None
    seal: Seal | None
    text: str = field(default="", repr=False)  # the body as stored: a sealed one's canonical JSON
    _body: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def body(self) -> dict[str, Any]:
        """The body as JSON, read on first use (sync sends `text` and never needs it)."""
        if self._body is None:
            object.__setattr__(self, "_body", json.loads(self.text))
        assert self._body is not None
        return self._body

    @property
    def sealed(self) -> bool:
        return self.state == "sealed"


@dataclass(frozen=True, slots=True)
class SealedEntry:
    """A sealed record as the command line lists it: ids, times and states, no contents."""

    id: uuid.UUID
    version: int
    kind: str  # "consent" or "withdrawal"
    sealed_at: str
    outbox_state: str | None  # 'pending' | 'failed' | 'synced'; None if not queued


_COLUMNS = (
    "id, version, family_id, state, kind, body, content_hash, updated_at, sealed_at, "
    "seal_signature, device_id, public_key"
)


def _from_row(row: Any) -> StoredRecord:
    seal = None
    if row[3] == "sealed":
        seal = Seal(content_hash=row[6], signature=row[9], device_id=row[10], public_key=row[11])
    return StoredRecord(
        id=uuid.UUID(row[0]),
        version=int(row[1]),
        family_id=uuid.UUID(row[2]),
        state=row[3],
        kind=row[4],
        content_hash=row[6],
        updated_at=row[7],
        sealed_at=row[8],
        seal=seal,
        text=row[5],
    )


class RecordRepository:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock

    def save_draft(
        self,
        record_id: uuid.UUID,
        version: int,
        family_id: uuid.UUID,
        body: dict[str, Any],
        kind: str = "consent",
        step: str | None = None,
        steps: Sequence[Mapping[str, DetailValue]] = (),
    ) -> StoredRecord:
        """Save (or overwrite) a draft at once, so a crash mid-visit loses nothing.

        Every change is saved; the audit log notes only the steps of the visit: `step`
        (an identifier such as "leaflet" or "choices"), or `steps`, each a detail such as
        {"step": "who", "completed": "leaflet"}, noted in order in the same transaction.
        """
        now = stamp(self._clock())
        text = canonical_json(body).decode("utf-8")
        with self._db.transaction() as conn:
            try:
                conn.execute(
                    "INSERT INTO consent_records (id, version, family_id, state, kind, body, "
                    "created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?) "
                    "ON CONFLICT (id, version) DO UPDATE SET body = excluded.body, "
                    "updated_at = excluded.updated_at",
                    (str(record_id), version, str(family_id), kind, text, now, now),
                )
            except IntegrityError as exc:
                if "sealed" in str(exc):
                    raise RecordSealed(
                        QT_TRANSLATE_NOOP(
                            "Errors", "This record is signed and sealed; it cannot be changed."
                        )
                    ) from exc
                raise
            if step is not None:
                self._audit.append(
                    conn, AuditAction.VISIT_STEP, record_id, version=version, step=step
                )
            self._note(conn, record_id, version, steps)
        return self.get(record_id, version)

    def note_steps(
        self, record_id: uuid.UUID, version: int, steps: Sequence[Mapping[str, DetailValue]]
    ) -> None:
        """Note steps of the visit in the audit log, in order, in one transaction (the
        ones still waiting when the visit is sealed or closed)."""
        if steps:
            with self._db.transaction() as conn:
                self._note(conn, record_id, version, steps)

    def _note(
        self,
        conn: Any,
        record_id: uuid.UUID,
        version: int,
        steps: Sequence[Mapping[str, DetailValue]],
    ) -> None:
        for detail in steps:
            self._audit.append(conn, AuditAction.VISIT_STEP, record_id, version=version, **detail)

    def get(self, record_id: uuid.UUID, version: int) -> StoredRecord:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE id = ? AND version = ?",
            (str(record_id), version),
        )
        if not rows:
            raise RecordNotFound(
                QT_TRANSLATE_NOOP("Errors", "That consent record is not in the store.")
            )
        return _from_row(rows[0])

    def for_family(self, family_id: uuid.UUID) -> list[StoredRecord]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE family_id = ? "
            "ORDER BY created_at, version",
            (str(family_id),),
        )
        return [_from_row(r) for r in rows]

    def discard_draft(self, record_id: uuid.UUID, version: int) -> None:
        """Throw away a visit in progress (the worker chose to); sealed records stay."""
        with self._db.transaction() as conn:
            gone = conn.execute(
                "DELETE FROM consent_records WHERE id = ? AND version = ? AND state = 'draft'",
                (str(record_id), version),
            ).rowcount
            if gone:
                self._audit.append(
                    conn, AuditAction.RECORD_DRAFT_DISCARDED, record_id, version=version
                )

    def sealed_for_family(self, family_id: uuid.UUID) -> list[StoredRecord]:
        """The family's sealed consent records and withdrawals, oldest first."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE family_id = ? AND state = 'sealed' "
            "ORDER BY sealed_at, version",
            (str(family_id),),
        )
        return [_from_row(r) for r in rows]

    def sealed_matching(self, id_prefix: str) -> list[StoredRecord]:
        """Sealed records whose id starts with the given text (a whole id or its start)."""
        prefix = id_prefix.strip().lower()
        if not prefix or any(ch not in "0123456789abcdef-" for ch in prefix):
            return []
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE state = 'sealed' "
            "AND substr(id, 1, ?) = ? ORDER BY id, version",
            (len(prefix), prefix),
        )
        return [_from_row(r) for r in rows]

    def sealed_entries(self) -> list[SealedEntry]:
        """Every sealed record held on this laptop (purged ones are gone), oldest first."""
        rows = self._db.query(
            "SELECT r.id, r.version, r.kind, r.sealed_at, o.state FROM consent_records r "
            "LEFT JOIN outbox o ON o.record_id = r.id AND o.version = r.version "
            "WHERE r.state = 'sealed' ORDER BY r.sealed_at, r.id, r.version"
        )
        return [SealedEntry(uuid.UUID(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4]) for r in rows]

    def drafts(self) -> list[StoredRecord]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM consent_records WHERE state = 'draft' ORDER BY updated_at"
        )
        return [_from_row(r) for r in rows]

    def count_by_state(self) -> dict[str, int]:
        rows = self._db.query("SELECT state, count(*) FROM consent_records GROUP BY state")
        return {"draft": 0, "sealed": 0} | {str(s): int(n) for s, n in rows}
