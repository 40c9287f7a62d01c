"""The append-only, hash-chained audit log of everything done with the store.

Each entry's hash covers its own fields and the previous entry's hash, so removing,
reordering or editing any entry breaks the chain from that point on. The database
refuses UPDATE and DELETE on the table. Entries name who (the worker's id), when, what
(a fixed action name) and which record (an id), with a detail of counts and identifiers
only: never a name, address or any other personal text.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from json.encoder import encode_basestring
from typing import Any

from cssw_core.domain.canonical import content_hash
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database

GENESIS = "0" * 64
_IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")

DetailValue = int | bool | str
Detail = dict[str, DetailValue]
_INSERT = (
    "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_HEAD = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"  # the chain's last entry


class AuditAction(StrEnum):
    STORE_CREATED = "store.created"
    STORE_UNLOCKED = "store.unlocked"
    STORE_LOCKED = "store.locked"
    STORE_MIGRATED = "store.migrated"
    PASSPHRASE_CHANGED = "passphrase.changed"  # noqa: S105 - an action name
    FAMILY_ADDED = "family.added"
    FAMILY_UPDATED = "family.updated"
    RECORD_DRAFT_SAVED = "record.draft_saved"
    RECORD_DRAFT_DISCARDED = "record.draft_discarded"
    RECORD_SEALED = "record.sealed"
    RECORD_VIEWED = "record.viewed"
    RECORD_EXPORTED = "record.exported"
    FAMILY_COPY_SAVED = "record.family_copy"  # the family's copy saved as a PDF
    RECORD_PRINTED = "record.printed"  # the family's copy printed
    VISIT_STEP = "visit.step"
    SETTING_CHANGED = "setting.changed"
    DEMO_LOADED = "demo.loaded"
    DEVICE_ENROLLED = "device.enrolled"
    POLICY_UPDATED = "policy.updated"
    RECORD_QUEUED = "record.queued"
    RECEIPT_STORED = "record.receipt_stored"
    RECORDS_PURGED = "records.purged"
    RETURNED_RECEIVED = "returned.received"
    CASELOAD_APPLIED = "caseload.applied"
    STORE_WIPED = "store.wiped"
    STORE_RESTORED = "store.restored_from_backup"  # a new store made from the backup
    RECORDS_RESTORED = "records.restored_from_backup"  # records the store had lost, put back


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    detail: dict[str, DetailValue]
    prev_hash: str
    hash: str

    def expected_hash(self) -> str:
        return entry_hash(
            self.seq, self.at, self.actor, self.action, self.subject, self.detail, self.prev_hash
        )


def entry_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    subject: str,
    detail: dict[str, DetailValue],
    prev_hash: str,
) -> str:
    """SHA-256 of the entry's canonical JSON (the slow, general path: checking the chain)."""
    return content_hash(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "subject": subject,
            "detail": detail,
            "prev_hash": prev_hash,
        }
    )


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
_text = encode_basestring  # a JSON string, as json.dumps(ensure_ascii=False) writes it


def _quick_entry_hash(
    seq: int, at: str, actor: str, action: str, subject: str, detail_json: str, prev_hash: str
) -> str:
    """`entry_hash` for a checked detail whose canonical JSON is `detail_json`: the same
    bytes built without a second walk of the values. Every key here, and every key of a
    checked detail (an identifier), is ASCII, so sorting by code point is canonical JSON's
    UTF-16 order, and the values are text, whole numbers and flags, encoded the same way
    (tests/storage/test_audit_hash.py holds the two equal)."""
    text = (
        f'{{"action":{_text(action)},"actor":{_text(actor)},"at":{_text(at)},'
        f'"detail":{detail_json},"prev_hash":{_text(prev_hash)},"seq":{int(seq)},'
        f'"subject":{_text(subject)}}}'
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def detail_json(detail: dict[str, DetailValue]) -> str:
    """A checked detail's canonical JSON (as `canonical_json(detail)`, quicker)."""
    if len(detail) == 1:  # most entries: one count, written without the encoder
        ((key, value),) = detail.items()
        if type(value) is int:  # not a flag: bool is a subclass of int
            return f"{{{_text(key)}:{value}}}"
    return _dumps(detail)


def _checked_detail(detail: dict[str, DetailValue]) -> dict[str, DetailValue]:
    """Refuse free text: keys and text values must be short lower-case identifiers."""
    for key, value in detail.items():
        if not _IDENTIFIER.match(key):
            raise ValueError("audit detail keys must be identifiers")
        if isinstance(value, str) and not _IDENTIFIER.match(value):
            raise ValueError("audit detail text must be an identifier, never free text")
        if not isinstance(value, int | bool | str):
            raise ValueError("audit detail values must be numbers, flags or identifiers")
    return dict(detail)


class AuditLog:
    """Appends to and checks the audit log, as one worker on one store."""

    def __init__(self, db: Database, actor: str, clock: Clock) -> None:
        self._db = db
        self.actor = actor
        self._clock = clock

    def append(
        self,
        conn: Any,
        action: AuditAction,
        subject: uuid.UUID | str | None = None,
        **detail: DetailValue,
    ) -> AuditEntry:
        """Add an entry inside the caller's open transaction (so it commits with the change)."""
        return self.append_at(conn, stamp(self._clock()), action, subject, detail)

    def append_at(
        self,
        conn: Any,
        at: str,
        action: AuditAction,
        subject: uuid.UUID | str | None,
        detail: Detail,
    ) -> AuditEntry:
        """`append` with the time stamp the caller has already written for its change (a
        save's entry then says the same moment as the row it saved)."""
        checked = _checked_detail(detail)
        last = conn.execute(_HEAD).fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
        subject_text = str(subject) if subject is not None else ""
        detail_text = detail_json(checked)
        name = action.value
        digest = _quick_entry_hash(seq, at, self.actor, name, subject_text, detail_text, prev)
        conn.execute(_INSERT, (seq, at, self.actor, name, subject_text, detail_text, prev, digest))
        return AuditEntry(seq, at, self.actor, name, subject_text, checked, prev, digest)

    def append_many(
        self, conn: Any, entries: list[tuple[AuditAction, uuid.UUID | str | None, Detail]]
    ) -> int:
        """Add many entries inside the caller's transaction, chained as `append` would chain
        them one by one (the chain's head read once, the rows written in one statement)."""
        checked = [
            (action, subject, _checked_detail(detail)) for action, subject, detail in entries
        ]
        last = conn.execute(_HEAD).fetchone()
        seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
        at = stamp(self._clock())
        rows = []
        for action, subject, detail in checked:
            seq += 1
            subject_text = str(subject) if subject is not None else ""
            detail_text = detail_json(detail)
            digest = _quick_entry_hash(
                seq, at, self.actor, action.value, subject_text, detail_text, prev
            )
            rows.append(
                (seq, at, self.actor, action.value, subject_text, detail_text, prev, digest)
            )
            prev = digest
        conn.executemany(_INSERT, rows)
        return len(rows)

    def record(
        self, action: AuditAction, subject: uuid.UUID | str | None = None, **detail: DetailValue
    ) -> AuditEntry:
        """Add an entry in a transaction of its own."""
        with self._db.transaction() as conn:
            return self.append(conn, action, subject, **detail)

    def entries(self, subject: uuid.UUID | str | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log"
        params: tuple[str, ...] = ()
        if subject is not None:
            sql += " WHERE subject = ?"
            params = (str(subject),)
        rows = self._db.query(sql + " ORDER BY seq", params)
        return [
            AuditEntry(int(r[0]), r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
            for r in rows
        ]

    def broken_at(self) -> int | None:
        """The sequence number where the chain first fails to verify, or None if intact."""
        prev = GENESIS
        expected_seq = 1
        for entry in self.entries():
            if entry.seq != expected_seq or entry.prev_hash != prev:
                return entry.seq
            if entry.hash != entry.expected_hash():
                return entry.seq
            prev = entry.hash
            expected_seq += 1
        return None
