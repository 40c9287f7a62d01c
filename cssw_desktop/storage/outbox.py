"""The outbox: every sealed record waiting for, or holding, central's signed receipt.

A row is added in the same transaction that seals the record, so nothing sealed can be
left unsent. A row becomes `synced` only when central's signed receipt is stored in it,
and it is never deleted: after the record's body is purged it stays as the stub that
proves central holds the record. Reasons for failure are plain words a worker can act
on (never personal data).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.clock import Clock, parse_stamp, stamp
from cssw_desktop.storage.database import Database

# The protocol's models load pydantic (slow to import): only the sync path needs them.
if TYPE_CHECKING:
    from cssw_core.protocol import SignedReceipt


class ReceiptMismatch(CsswError):
    """A receipt that names another record, version or content than the outbox row."""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A record due to be sent."""

    record_id: uuid.UUID
    version: int
    content_hash: str
    kind: str
    family_id: uuid.UUID
    attempts: int
    has_pdf: bool


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One line of the outbox page. `state` adds 'purged' for a stub whose body is gone."""

    record_id: uuid.UUID
    version: int
    kind: str
    family_id: uuid.UUID
    family_name: str | None  # None when the family is no longer on this laptop
    sealed_at: str
    state: str  # 'pending' | 'failed' | 'synced' | 'purged'
    attempts: int
    last_error: str | None
    permanent: bool  # needs a person: not retried automatically
    next_attempt_at: str | None
    receipt_at: str | None
    purged_at: str | None = None  # when the body left this laptop (a stub is kept)


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """Counts only (the heartbeat sends these; the status bar shows them)."""

    pending: int
    failed: int
    synced: int
    oldest_pending_seconds: int | None
    last_sync_at: str | None


class Outbox:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock
        # Called after a PDF is kept with a queued record (the store rewrites its backup
        # of unsent records so the PDF is in it); it must never raise.
        self.after_pdf: Callable[[], object] | None = None

    def enqueue(
        self,
        conn: Any,
        record_id: uuid.UUID,
        version: int,
        content_hash: str,
        kind: str,
        family_id: uuid.UUID,
        enqueued_at: str,
    ) -> None:
        """Queue a just-sealed record, inside the sealing transaction (`conn`)."""
        conn.execute(
            "INSERT INTO outbox (record_id, version, content_hash, kind, family_id, "
            "enqueued_at) VALUES (?, ?, ?, ?, ?, ?)",
            (str(record_id), version, content_hash, kind, str(family_id), enqueued_at),
        )

    def due(
        self, now: datetime, limit: int = 50, *, retry_waiting: bool = False
    ) -> list[OutboxItem]:
        """Records to send now: unsent, not needing a person, and not waiting out a backoff
        (unless `retry_waiting`: a person pressed Sync now, or the network just came back)."""
        waited = "" if retry_waiting else "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
        params: tuple[object, ...] = (limit,) if retry_waiting else (stamp(now), limit)
        rows = self._db.query(
            "SELECT record_id, version, content_hash, kind, family_id, attempts, "
            "pdf IS NOT NULL "
            "FROM outbox WHERE state IN ('pending', 'failed') AND permanent = 0 "
            + waited
            + "ORDER BY enqueued_at, record_id, version LIMIT ?",
            params,
        )
        return [
            OutboxItem(
                uuid.UUID(r[0]),
                int(r[1]),
                r[2],
                r[3],
                uuid.UUID(r[4]),
                int(r[5]),
                bool(r[6]),
            )
            for r in rows
        ]

    def pdf(self, record_id: uuid.UUID, version: int) -> bytes | None:
        value = self._db.scalar(
            "SELECT pdf FROM outbox WHERE record_id = ? AND version = ?",
            (str(record_id), version),
        )
        return None if value is None else bytes(value)

    def attach_pdf(self, record_id: uuid.UUID, version: int, pdf: bytes) -> None:
        """Keep the rendered PDF with the queued record, so it is made once."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET pdf = ? WHERE record_id = ? AND version = ? "
                "AND receipt_json IS NULL",
                (pdf, str(record_id), version),
            )
        if self.after_pdf is not None:
            self.after_pdf()

    def mark_failed(
        self,
        record_id: uuid.UUID,
        version: int,
        reason: str,
        retry_at: datetime | None,
        permanent: bool = False,
    ) -> None:
        """Note a failed attempt and its reason; `permanent` waits for a person."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                "permanent = ?, next_attempt_at = ? WHERE record_id = ? AND version = ? "
                "AND receipt_json IS NULL",
                (
                    reason,
                    int(permanent),
                    None if retry_at is None else stamp(retry_at),
                    str(record_id),
                    version,
                ),
            )

    def retry(self, record_id: uuid.UUID, version: int) -> None:
        """Let a record that needed a person be sent again at the next sync."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET permanent = 0, next_attempt_at = NULL "
                "WHERE record_id = ? AND version = ? AND receipt_json IS NULL",
                (str(record_id), version),
            )

    def store_receipt(self, record_id: uuid.UUID, version: int, signed: SignedReceipt) -> bool:
        """Store central's receipt: the record is synced from now on. False if it already was.

        The caller has checked the signature; this checks the receipt names this row.
        """
        return self.store_receipts([(record_id, version, signed)])[0]

    def store_receipts(
        self, receipts: Sequence[tuple[uuid.UUID, int, SignedReceipt]]
    ) -> list[bool]:
        """Store several receipts in one transaction (one commit, one flush to disk): all
        are kept, or none is (a record whose receipt is not kept stays unsent, and central
        gives the same receipt again next time). Per receipt, as `store_receipt`: False
        where the row already had one; ReceiptMismatch (nothing kept) where one does not
        name its row."""
        stored: list[bool] = []
        if not receipts:
            return stored
        when = stamp(self._clock())
        with self._db.transaction() as conn:
            for record_id, version, signed in receipts:
                stored.append(self._keep_receipt(conn, record_id, version, signed, when))
        return stored

    def _keep_receipt(
        self, conn: Any, record_id: uuid.UUID, version: int, signed: SignedReceipt, when: str
    ) -> bool:
        receipt = signed.receipt
        row = conn.execute(
            "SELECT content_hash, receipt_json FROM outbox WHERE record_id = ? AND version = ?",
            (str(record_id), version),
        ).fetchone()
        if row is None:
            raise ReceiptMismatch(
                QT_TRANSLATE_NOOP("Errors", "The receipt is for a record this laptop did not send.")
            )
        if (
            receipt.record_id != str(record_id)
            or receipt.version != version
            or receipt.content_hash != row[0]
        ):
            raise ReceiptMismatch(
                QT_TRANSLATE_NOOP("Errors", "The receipt does not name the record that was sent.")
            )
        if row[1] is not None:
            return False
        # The laptop's copy of the PDF was kept only until central's receipt (central files
        # its own; "Save as PDF…" draws the form again from the sealed record): it goes in
        # the same write. Kept, it made every receipt rewrite the whole PDF on disk.
        conn.execute(
            "UPDATE outbox SET state = 'synced', receipt_json = ?, receipt_at = ?, "
            "attempts = attempts + 1, last_error = NULL, permanent = 0, "
            "next_attempt_at = NULL, pdf = NULL WHERE record_id = ? AND version = ?",
            (signed.model_dump_json(), when, str(record_id), version),
        )
        self._audit.append(
            conn,
            AuditAction.RECEIPT_STORED,
            record_id,
            version=version,
            receipt=receipt.receipt_id,
        )
        return True

    def receipt(self, record_id: uuid.UUID, version: int) -> SignedReceipt | None:
        text = self._db.scalar(
            "SELECT receipt_json FROM outbox WHERE record_id = ? AND version = ?",
            (str(record_id), version),
        )
        from cssw_core.protocol import SignedReceipt

        return None if text is None else SignedReceipt.model_validate_json(str(text))

    def rows(self) -> list[OutboxRow]:
        """Every outbox row for the outbox page: unsent first, then newest first."""
        found = self._db.query(
            "SELECT o.record_id, o.version, o.kind, o.family_id, f.family_name, o.enqueued_at, "
            "o.state, o.purged_at, o.attempts, o.last_error, o.permanent, o.next_attempt_at, "
            "o.receipt_at FROM outbox o LEFT JOIN families f ON f.id = o.family_id "
            "ORDER BY o.state = 'synced', o.enqueued_at DESC, o.record_id, o.version"
        )
        return [
            OutboxRow(
                record_id=uuid.UUID(r[0]),
                version=int(r[1]),
                kind=r[2],
                family_id=uuid.UUID(r[3]),
                family_name=r[4],
                sealed_at=r[5],
                state="purged" if r[7] is not None else r[6],
                attempts=int(r[8]),
                last_error=r[9],
                permanent=bool(r[10]),
                next_attempt_at=r[11],
                receipt_at=r[12],
                purged_at=r[7],
            )
            for r in found
        ]

    def unsent_count(self) -> int:
        """Sealed records central has not receipted yet (pending, failed or held)."""
        return int(self._db.scalar("SELECT count(*) FROM outbox WHERE state <> 'synced'") or 0)

    def summary(self, now: datetime) -> OutboxSummary:
        counts = dict(self._db.query("SELECT state, count(*) FROM outbox GROUP BY state"))
        oldest = self._db.scalar("SELECT min(enqueued_at) FROM outbox WHERE state <> 'synced'")
        oldest_seconds = None
        if oldest is not None:
            oldest_seconds = max(0, int((now - parse_stamp(str(oldest))).total_seconds()))
        last = self._db.scalar("SELECT last_sync_at FROM profile WHERE singleton = 1")
        return OutboxSummary(
            pending=int(counts.get("pending", 0)),
            failed=int(counts.get("failed", 0)),
            synced=int(counts.get("synced", 0)),
            oldest_pending_seconds=oldest_seconds,
            last_sync_at=None if last is None else str(last),
        )
