"""Storing a checked upload once, with central's signed receipt.

Idempotency rests on the database's UNIQUE(record_id, version): `store_new` raises
IntegrityError for a version already held, and `stored_copy` says what is held, so the
route can answer a repeat with the original receipt.

One write transaction per upload: the request's nonce is spent in the transaction that
stores the record (`PendingNonce`), not in one of its own. Whatever the outcome, the nonce
is spent once the route answers: with the record; or, for a repeat, with the look-up of
the stored copy; or, for a refusal, on its own — so a replayed request is refused as a
replay, as on every other route.

Authorisation: the record's family must be the laptop's worker's team's, or new to central
(services/family_team.py). A record about another team's family is refused (403) with
nothing stored, and the refusal is audited twice, once for each team, so both teams' leads
see it in Team activity.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.problems import Refused
from cssw_central.infra.state import CentralState
from cssw_central.infra.tables import Record
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.dashboard_facts import facts_of_record, keep_facts
from cssw_central.services.family_children import listed_elsewhere
from cssw_central.services.family_team import (
    FOREIGN_FAMILY_WORDS,
    ForeignFamily,
    RecordDetails,
    apply_details,
    case_system_flags,
    claim_family,
)
from cssw_central.services.flags import flags_for
from cssw_central.services.identity import AuthenticatedDevice
from cssw_central.services.ingest import MALFORMED_WORDS, CheckedUpload, check_times
from cssw_central.services.nonces import PendingNonce
from cssw_core.protocol import (
    Flag,
    ProblemCode,
    Receipt,
    SignedReceipt,
    UploadRequest,
    UploadResponse,
)
from cssw_core.signing import sign_receipt

_INSERT_RECORD = insert(Record)
_HELD = select(Record.content_hash, Record.receipt_json).where(
    Record.record_id == bindparam("record_id"), Record.version == bindparam("version")
)
CHILD_ELSEWHERE_WORDS = (
    "A child on this record is already listed in another family at central, so central "
    "did not take it (one child in two families would break workers' caseloads). Tell IT."
)


def _child_ids(document: dict[str, Any]) -> set[str]:
    record = document.get("record")
    children = record.get("covered_children") if isinstance(record, dict) else None
    if not isinstance(children, list):
        return set()
    return {c["id"] for c in children if isinstance(c, dict) and isinstance(c.get("id"), str)}


def refuse_children_elsewhere(conn: Connection, family_id: str, document: dict[str, Any]) -> None:
    """Refused (422) when a child this record covers is already another family's at central:
    the same child id in two families would make a worker's caseload download fail. One
    indexed look-up in `family_children` (services/family_children.py)."""
    if listed_elsewhere(conn, family_id, _child_ids(document)):
        raise Refused(422, ProblemCode.MALFORMED, CHILD_ELSEWHERE_WORDS)


class AlreadyHeld(Exception):
    """This version is held already (stored before its family moved to another team):
    the route answers as for any repeat."""


def stored_copy(
    state: CentralState, record_id: str, version: int, nonce: PendingNonce | None = None
) -> tuple[str, str] | None:
    """(content hash, receipt JSON) of the version central already holds, if any; spends
    `nonce` in the same transaction."""
    with state.engine.begin() as conn:
        if nonce is not None:
            nonce.spend(conn)
        row = conn.execute(_HELD, {"record_id": record_id, "version": version}).one_or_none()
    return None if row is None else (row[0], row[1])


def store_new(
    state: CentralState,
    upload: UploadRequest,
    checked: CheckedUpload,
    device: AuthenticatedDevice,
    nonce: PendingNonce,
) -> UploadResponse:
    """Store a checked upload with a new signed receipt, the family's details, an audit
    entry and the request's nonce, in one transaction; IntegrityError (or AlreadyHeld) when
    this version is already held (the nonce is then not spent: `stored_copy` spends it);
    Refused (403) for another team's family, or 401 for a replay."""
    now = state.now()
    try:
        check_times(checked, now)
        flags = flags_for(checked.record, checked.document, checked.sealed_at, now)
    except ValueError:  # RecordFormatError: a sealed record not in the expected form
        nonce.spend_alone(state.sessions)
        raise Refused(422, ProblemCode.MALFORMED, MALFORMED_WORDS) from None
    except Refused:
        nonce.spend_alone(state.sessions)
        raise
    receipt = sign_receipt(
        state.config.receipt_key,
        Receipt(
            receipt_id=str(uuid.uuid4()),
            record_id=upload.record_id,
            version=upload.version,
            content_hash=upload.content_hash,
            device_id=device.device_id,
            received_at=utc_text(now),
        ),
    )
    details = RecordDetails.of(checked.document)
    try:
        # Core statements on a connection, no ORM session: every statement here is built
        # once and only its values change (docs/benchmarks.md, central's ingest).
        with state.engine.begin() as conn:
            nonce.spend(conn)  # a replay is refused before anything else
            refuse_children_elsewhere(conn, checked.family_id, checked.document)
            family, _created = claim_family(
                conn, checked.family_id, details, checked.sealed_at, device
            )
            flags += case_system_flags(family, details, now.date())
            _insert(conn, upload, checked, device, now, receipt, flags)
            keep_facts(  # what the team dashboard counts (services/dashboard_facts.py)
                conn, upload.record_id, upload.version, checked.family_id,
                checked.sealed_at, facts_of_record(upload.kind, checked.record),
            )  # fmt: skip
            apply_details(conn, family, details, checked.sealed_at)
            audit(
                conn,
                now,
                f"device:{device.device_id}",
                "record_received",
                upload.record_id,
                team_id=device.team_id,
                version=upload.version,
                flags=len(flags),
                family_team=family.team_id,
            )
    except ForeignFamily as foreign:
        if stored_copy(state, upload.record_id, upload.version) is not None:
            raise AlreadyHeld from None
        _audit_refusal(state, upload, device, foreign.team_id, nonce)
        raise Refused(403, ProblemCode.FORBIDDEN, FOREIGN_FAMILY_WORDS) from None
    except Refused as refused:  # rolled back, nonce and all: spend it on its own
        if refused.code is not ProblemCode.REPLAYED:
            nonce.spend_alone(state.sessions)
        raise
    return UploadResponse(receipt=receipt, duplicate=False)


def _insert(
    conn: Connection,
    upload: UploadRequest,
    checked: CheckedUpload,
    device: AuthenticatedDevice,
    now: datetime,
    receipt: SignedReceipt,
    flags: list[Flag],
) -> None:
    # Core, not the ORM's unit of work: one INSERT; UNIQUE(record_id, version) is
    # checked here, raising IntegrityError for a second copy.
    conn.execute(
        _INSERT_RECORD,
        {
            "record_id": upload.record_id,
            "version": upload.version,
            "content_hash": upload.content_hash,
            "kind": upload.kind,
            "family_id": checked.family_id,
            "device_id": device.device_id,
            "worker_id": device.worker_id,
            "team_id": device.team_id,
            "document": checked.document_text,
            "seal_signature": upload.seal_signature,
            "sealed_at": checked.sealed_at,
            "received_at": now,
            "receipt_json": receipt.model_dump_json(),
            "receipt_signature": receipt.signature,
            "state": "received",
            "flags_json": json.dumps([f.model_dump(mode="json") for f in flags]),
            "comment": "",
        },
    )


def _audit_refusal(
    state: CentralState,
    upload: UploadRequest,
    device: AuthenticatedDevice,
    family_team: str,
    nonce: PendingNonce,
) -> None:
    """The refusal in both teams' logs: the sender's, and the family's own team's (the
    request's nonce spent with it)."""
    with transaction(state.sessions) as session:
        nonce.spend(session.connection())
        for team_id in (device.team_id, family_team):
            audit(
                session,
                state.now(),
                f"device:{device.device_id}",
                "record_refused_other_team",
                upload.record_id,
                team_id=team_id,
                version=upload.version,
                sender_team=device.team_id,
                family_team=family_team,
            )
