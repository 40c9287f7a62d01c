"""POST /v1/records: a sealed record arrives, is checked, stored once, and receipted.

Idempotency rests on the database's UNIQUE(record_id, version): whichever of two racing
uploads commits first wins; the other hits the constraint and is answered from the stored
row, with the original receipt when its bytes are the same, 409 when they differ.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from fastapi import APIRouter, Response
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from cssw_central.auth import AuthenticatedDevice, SignedDevice
from cssw_central.database import audit, transaction
from cssw_central.db import Record
from cssw_central.errors import Refused
from cssw_central.families import upsert_family
from cssw_central.flags import compute_flags
from cssw_central.ingest import MALFORMED_WORDS, CheckedUpload, check_upload
from cssw_central.state import CentralState, State
from cssw_central.timefmt import utc_text
from cssw_core.protocol import (
    API_PREFIX,
    ErrorBody,
    ProblemCode,
    Receipt,
    SignedReceipt,
    UploadRequest,
    UploadResponse,
)
from cssw_core.signing import sign_receipt

CONFLICT_WORDS = (
    "Central already holds a different version of this record under the same number; tell IT."
)

router = APIRouter(prefix=API_PREFIX)
_INSERT_RECORD = insert(Record)


@router.post(
    "/records",
    status_code=201,
    response_model=UploadResponse,
    responses={
        200: {"model": UploadResponse, "description": "Already received: the original receipt"},
        401: {"model": ErrorBody},
        409: {"model": ErrorBody},
        413: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
)
def upload_record(
    upload: UploadRequest, device: SignedDevice, state: State, response: Response
) -> UploadResponse:
    """Store a sealed record once and answer with central's signed receipt."""
    checked = check_upload(upload, device)
    try:
        return _store_new(state, upload, checked, device)
    except IntegrityError:
        existing = _existing(state, upload.record_id, upload.version)
        if existing is None:
            raise
    content_hash, receipt_json = existing
    if content_hash != upload.content_hash:
        raise Refused(409, ProblemCode.CONFLICT, CONFLICT_WORDS)
    response.status_code = 200
    return UploadResponse(receipt=SignedReceipt.model_validate_json(receipt_json), duplicate=True)


def _existing(state: CentralState, record_id: str, version: int) -> tuple[str, str] | None:
    with transaction(state.sessions) as session:
        row = session.execute(
            select(Record.content_hash, Record.receipt_json).where(
                Record.record_id == record_id, Record.version == version
            )
        ).one_or_none()
    return None if row is None else (row[0], row[1])


def _store_new(
    state: CentralState, upload: UploadRequest, checked: CheckedUpload, device: AuthenticatedDevice
) -> UploadResponse:
    now = state.now()
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
    try:
        flags = compute_flags(checked.document, now)
    except ValueError:  # RecordFormatError: a sealed record not in the expected form
        raise Refused(422, ProblemCode.MALFORMED, MALFORMED_WORDS) from None
    with transaction(state.sessions) as session:
        # Core, not the ORM's unit of work: one INSERT; UNIQUE(record_id, version) is
        # checked here, raising IntegrityError for a second copy.
        session.connection().execute(
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
                "pdf": checked.pdf,
                "pdf_sha256": hashlib.sha256(checked.pdf).hexdigest(),
                "sealed_at": checked.sealed_at,
                "received_at": now,
                "receipt_json": receipt.model_dump_json(),
                "receipt_signature": receipt.signature,
                "state": "received",
                "flags_json": json.dumps([f.model_dump(mode="json") for f in flags]),
                "comment": "",
            },
        )
        upsert_family(session, checked.document, checked.family_id, checked.sealed_at, device)
        audit(
            session,
            now,
            f"device:{device.device_id}",
            "record_received",
            upload.record_id,
            team_id=device.team_id,
            version=upload.version,
            flags=len(flags),
        )
    return UploadResponse(receipt=receipt, duplicate=False)
