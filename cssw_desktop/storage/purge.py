"""Purge: a receipted record's body leaves the laptop after the policy's delay.

Only a sealed record whose outbox row holds central's receipt for exactly its content is
deleted (the database itself refuses any other); drafts and unsent records never are.
The outbox row stays as the stub (id, version, hash, receipt); its PDF copy is dropped.
Before the bodies go, the family's consent now is kept as a snapshot, so the app can
still show it (see `storage.caseload`). The log is then checkpointed so deleted content
does not linger in the write-ahead log.

The delay is the policy of the central this laptop is enrolled with, so it applies only
to receipts that central signed (`receipts_from`, its receipt key): a record receipted by
a central the laptop has since left is never purged on another central's say-so.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from cssw_core.domain.sealing import utc_text
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.caseload import CaseloadRepository, snapshot_of
from cssw_desktop.storage.clock import stamp
from cssw_desktop.storage.corrections import forget_corrections
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.records import RecordRepository


class Purge:
    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        records: RecordRepository,
        caseload: CaseloadRepository,
    ) -> None:
        self._db = db
        self._audit = audit
        self._records = records
        self._caseload = caseload

    def due(
        self, now: datetime, after_days: int, *, receipts_from: str
    ) -> list[tuple[str, int, str]]:
        """(record id, version, family id) of bodies to purge now: receipted by the central
        whose receipt key is `receipts_from` (hex) more than `after_days` ago."""
        from cssw_core.protocol import SignedReceipt
        from cssw_core.signing import receipt_holds

        cutoff = stamp(now - timedelta(days=max(0, after_days)))
        rows = self._db.query(
            "SELECT c.id, c.version, c.family_id, o.receipt_json FROM consent_records c "
            "JOIN outbox o "
            "ON o.record_id = c.id AND o.version = c.version AND o.content_hash = c.content_hash "
            "WHERE c.state = 'sealed' AND o.receipt_json IS NOT NULL AND o.purged_at IS NULL "
            "AND o.receipt_at <= ? ORDER BY o.receipt_at",
            (cutoff,),
        )
        return [
            (str(r[0]), int(r[1]), str(r[2]))
            for r in rows
            if receipt_holds(SignedReceipt.model_validate_json(r[3]), receipts_from)
        ]

    def run(self, now: datetime, after_days: int, *, receipts_from: str) -> int:
        """Delete the bodies of records the central with receipt key `receipts_from`
        receipted more than `after_days` ago; how many."""
        due = self.due(now, after_days, receipts_from=receipts_from)
        if not due:
            return 0
        families = sorted({family for _, _, family in due})
        snapshots = {}
        for family in families:
            family_id = uuid.UUID(family)
            state = self._caseload.consent_now(family_id)
            signed_at = None
            for stored in self._records.sealed_for_family(family_id):
                if stored.kind == "consent":
                    signed_at = str(stored.body.get("sealed_at"))
            snapshots[family_id] = snapshot_of(state, signed_at)
        with self._db.transaction() as conn:
            for family_id, snapshot in snapshots.items():
                self._caseload.save_snapshot(conn, family_id, snapshot, utc_text(now))
            for record_id, version, _family in due:
                conn.execute(
                    "DELETE FROM consent_records WHERE id = ? AND version = ? AND state = 'sealed'",
                    (record_id, version),
                )
                forget_corrections(conn, record_id, version)
                conn.execute(
                    "UPDATE outbox SET purged_at = ?, pdf = NULL WHERE record_id = ? "
                    "AND version = ?",
                    (stamp(now), record_id, version),
                )
            self._audit.append(conn, AuditAction.RECORDS_PURGED, None, count=len(due))
        self._db.checkpoint()
        return len(due)
