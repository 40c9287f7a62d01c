"""POST /v1/records: a sealed record arrives, is checked (`services.ingest`), stored once
and receipted (`services.upload`).

Idempotency rests on the database's UNIQUE(record_id, version): whichever of two racing
uploads commits first wins; the other hits the constraint and is answered from the stored
row, with the original receipt when its bytes are the same, 409 when they differ.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy.exc import IntegrityError

from cssw_central.api.device_auth import SignedDeviceNonceDeferred
from cssw_central.infra.problems import Refused
from cssw_central.infra.state import State
from cssw_central.services.ingest import check_upload
from cssw_central.services.upload import AlreadyHeld, store_new, stored_copy
from cssw_core.protocol import (
    API_PREFIX,
    ErrorBody,
    ProblemCode,
    SignedReceipt,
    UploadRequest,
    UploadResponse,
)

CONFLICT_WORDS = (
    "Central already holds a different version of this record under the same number; tell IT."
)

router = APIRouter(prefix=API_PREFIX)


@router.post(
    "/records",
    status_code=201,
    response_model=UploadResponse,
    responses={
        200: {"model": UploadResponse, "description": "Already received: the original receipt"},
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        409: {"model": ErrorBody},
        413: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
)
def upload_record(
    upload: UploadRequest, signed: SignedDeviceNonceDeferred, state: State, response: Response
) -> UploadResponse:
    """Store a sealed record once and answer with central's signed receipt. The request's
    nonce is spent with the record (services/upload.py), or on its own when refused."""
    device, nonce = signed
    try:
        checked = check_upload(upload, device)
    except Refused:
        nonce.spend_alone(state.sessions)  # a replayed refusal is refused as a replay
        raise
    try:
        return store_new(state, upload, checked, device, nonce)
    except (IntegrityError, AlreadyHeld):
        existing = stored_copy(state, upload.record_id, upload.version, nonce)
        if existing is None:
            raise
    content_hash, receipt_json = existing
    if content_hash != upload.content_hash:
        raise Refused(409, ProblemCode.CONFLICT, CONFLICT_WORDS)
    response.status_code = 200
    return UploadResponse(receipt=SignedReceipt.model_validate_json(receipt_json), duplicate=True)
