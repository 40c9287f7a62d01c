"""Sealing records in the store, checking every seal, and the family's consent now.

Sealing replaces the visit's draft row with the sealed document, its hash and its
signature, and queues it in the outbox, in one transaction. From then on the database
refuses any change to the row; it may only be deleted (purged) once central's receipt for
exactly its content is stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.consent_state import current_consent_state as consent_state_of
from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
from cssw_core.domain.family import Family
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.sealing import (
    RecordKind,
    Seal,
    build_document,
    canonical_seal_problem,
    seal_problem,
    sealing_problems,
)
from cssw_core.domain.signature import Signature
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.errors import ValidationFailed
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database, DatabaseError
from cssw_desktop.storage.device import DeviceKeys
from cssw_desktop.storage.errors import StoreDamaged
from cssw_desktop.storage.outbox import Outbox
from cssw_desktop.storage.records import RecordRepository, RecordSealed, StoredRecord


@dataclass(frozen=True, slots=True)
class SealCheck:
    """The outcome of re-checking one sealed record."""

    record_id: str
    version: int
    problem: str | None  # None: the seal holds


class SealedRecords:
    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        clock: Clock,
        device: DeviceKeys,
        records: RecordRepository,
        app_version: str,
        outbox: Outbox,
        *,
        training: bool = False,
    ) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock
        self._device = device
        self._records = records
        self._app_version = app_version
        self._outbox = outbox
        self._training = training  # every record sealed here says it is for training
        # Called after each seal has committed (the store writes its encrypted backup of
        # unsent records); it must never raise.
        self.after_seal: Callable[[], object] | None = None

    def seal(
        self,
        kind: RecordKind,
        record: dict[str, Any],
        family: Family,
        signatures: Sequence[Signature],
        *,
        confirmed_at: datetime | None,
        worker: str,
        young_people_confirmed_at: Mapping[uuid.UUID, datetime] | None = None,
    ) -> StoredRecord:
        """Seal a finished record (refused with plain reasons if anything is missing)."""
        problems = sealing_problems(kind, record, signatures)
        if problems:
            raise ValidationFailed([("record", p) for p in problems])
        record_id = uuid.UUID(str(record["id"]))
        version = int(record.get("version", 1))
        key = self._device.key()
        now = self._clock()
        document = build_document(
            kind=kind,
            record=record,
            family=family,
            signatures=signatures,
            confirmed_at=confirmed_at,
            young_people_confirmed_at=young_people_confirmed_at,
            sealed_at=now,
            device_id=key.device_id,
            device_public_key=key.public_key,
            worker=worker,
            app_version=self._app_version,
            training=self._training,
        )
        try:  # central's upload rules, so that nothing is sealed that central would refuse
            check_document(document)
        except DocumentRuleBroken as broken:
            raise ValidationFailed([("record", str(broken))]) from None
        canonical = canonical_json(document)  # encoded once: sealed, checked and stored
        seal = key.seal_canonical(canonical)
        if canonical_seal_problem(canonical, document, seal) is not None:
            raise RuntimeError("a fresh seal did not verify")  # never stored
        body = canonical.decode("utf-8")
        values = (
            kind.value,
            body,
            seal.content_hash,
            seal.signature,
            seal.device_id,
            seal.public_key,
            stamp(now),
            stamp(now),
        )
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT state FROM consent_records WHERE id = ? AND version = ?",
                (str(record_id), version),
            ).fetchone()
            if row is not None and row[0] == "sealed":
                raise RecordSealed(
                    QT_TRANSLATE_NOOP("Errors", "This record is already signed and sealed.")
                )
            if row is None:
                conn.execute(
                    "INSERT INTO consent_records (kind, body, content_hash, seal_signature, "
                    "device_id, public_key, sealed_at, updated_at, id, version, family_id, "
                    "state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sealed', ?)",
                    (*values, str(record_id), version, str(family.id), stamp(now)),
                )
            else:
                conn.execute(
                    "UPDATE consent_records SET kind = ?, body = ?, content_hash = ?, "
                    "seal_signature = ?, device_id = ?, public_key = ?, sealed_at = ?, "
                    "updated_at = ?, state = 'sealed' WHERE id = ? AND version = ?",
                    (*values, str(record_id), version),
                )
            # Queued for central in the same transaction: sealed means on its way.
            self._outbox.enqueue(
                conn, record_id, version, seal.content_hash, kind.value, family.id, stamp(now)
            )
            self._audit.append(
                conn, AuditAction.RECORD_SEALED, record_id, version=version, kind=kind.value
            )
        if self.after_seal is not None:  # after the commit, never inside it
            self.after_seal()
        return self._records.get(record_id, version)

    def check_all(self) -> list[SealCheck]:
        """Re-check every sealed record: hash, signature and this device's key."""
        own_key = self._device.key().public_key
        checks = []
        ids = self._db.query(
            "SELECT id, version FROM consent_records WHERE state = 'sealed' ORDER BY sealed_at"
        )
        for record_id, version in ids:
            checks.append(
                SealCheck(record_id, int(version), self._problem(record_id, version, own_key))
            )
        return checks

    def _problem(self, record_id: str, version: int, own_key: str) -> str | None:
        try:
            stored = self._records.get(uuid.UUID(record_id), int(version))
            stored.body  # noqa: B018 - read now: unreadable text means a damaged store
        except (DatabaseError, StoreDamaged, ValueError):
            return "the record could not be read: the store is damaged where it is kept"
        if stored.seal is None:
            return "the record has no seal"
        if stored.seal.public_key != own_key:
            return "the record was sealed with a key that is not this laptop's"
        return seal_problem(stored.body, stored.seal)

    def consent_state(self, family_id: uuid.UUID) -> ConsentState:
        """The family's consent now: the latest sealed record with later withdrawals."""
        latest: ConsentRecordDraft | None = None
        withdrawals: list[Withdrawal] = []
        for stored in self._records.sealed_for_family(family_id):
            record = stored.body["record"]
            if stored.kind == RecordKind.CONSENT.value:
                latest = ConsentRecordDraft.from_json(record)
            elif stored.kind == RecordKind.WITHDRAWAL.value:
                withdrawals.append(Withdrawal.from_json(record))
        return consent_state_of(latest, withdrawals)


def document_and_seal(stored: StoredRecord) -> tuple[dict[str, Any], Seal]:
    """A sealed row's document and seal (ValueError for a draft)."""
    if stored.seal is None:
        raise ValueError("not a sealed record")
    return stored.body, stored.seal
