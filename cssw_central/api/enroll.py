"""POST /v1/enroll: a laptop registers its key with a single-use code and the worker's password.

The request is not signed (the laptop has no registered key yet); what makes it safe is
the code (single use, expiring, burned after five wrong passwords: the limit per code),
the worker's own password, the proof that the laptop holds the private key it registers,
and the limit on refused attempts per client address (`cssw_central.infra.rate_limits`:
429 before anything is checked). A wrong code costs a SHA-256 and an index look-up, never
an Argon2 hash: the password is checked only once the code is known good, so a flood of
wrong codes cannot tie up central's processors. Marking the code used and inserting the
device happen in one transaction.
"""

from __future__ import annotations

import hashlib

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.passwords import password_matches
from cssw_central.infra.problems import Refused
from cssw_central.infra.rate_limits import client_address
from cssw_central.infra.state import CentralState, State
from cssw_central.infra.tables import Device, EnrollmentCode, Team, Worker
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.policy import read_policy
from cssw_core.protocol import (
    API_PREFIX,
    EnrollmentRequest,
    EnrollmentResponse,
    ErrorBody,
    ProblemCode,
    WorkerProfile,
)
from cssw_core.signing import enrollment_proof_holds

MAX_FAILED_ATTEMPTS = 5

INVALID_WORDS = "This enrollment code or password is not right. Check them, or ask IT."
BURNED_WORDS = (
    "This enrollment code was tried too many times and no longer works. Ask IT for a new one."
)
EXPIRED_WORDS = "This enrollment code has expired. Ask IT for a new one."
USED_WORDS = "This enrollment code has already been used. Ask IT for a new one."
PROOF_WORDS = "The laptop could not prove it holds its own key. Try enrolling again."
TAKEN_WORDS = (
    "Central already knows this laptop with a different key. Ask IT to remove the old "
    "entry, then enroll again."
)
REVOKED_WORDS = (
    "IT withdrew this laptop's access to central, so it cannot be enrolled again as it is. "
    "Ask IT to remove the old entry, then enroll again."
)

router = APIRouter(prefix=API_PREFIX)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@router.post(
    "/enroll",
    status_code=201,
    response_model=EnrollmentResponse,
    response_model_exclude_none=True,  # an unset review period is left out (Policy)
    responses={
        401: {"model": ErrorBody},
        409: {"model": ErrorBody},
        422: {"model": ErrorBody},
        429: {"model": ErrorBody, "description": "Too many refused attempts: see Retry-After"},
    },
)
def enroll(request: EnrollmentRequest, state: State, http: Request) -> EnrollmentResponse:
    """Register this laptop's public key for the worker the code was issued to."""
    limiter = state.enroll_limiter
    address = client_address(http.client.host if http.client else None)
    attempt = limiter.begin(state.sessions, address, state.now())  # or 429
    refusal: Refused | None = None
    with transaction(state.sessions) as session:
        outcome = _enroll(session, state, request)
        if isinstance(outcome, Refused):
            refusal = outcome  # committed first: a failed password attempt must count
        else:
            response = outcome
    if refusal is not None:
        raise refusal  # the attempt keeps its place in the window
    limiter.succeeded(state.sessions, attempt)
    return response


def _enroll(
    session: Session, state: CentralState, request: EnrollmentRequest
) -> EnrollmentResponse | Refused:
    now = state.now()
    code = session.scalars(
        select(EnrollmentCode)
        .where(EnrollmentCode.secret_hash == secret_hash(request.code_secret))
        .with_for_update()
    ).one_or_none()
    if code is None:  # no Argon2 here: a wrong code must cost central nothing
        return Refused(401, ProblemCode.CODE_INVALID, INVALID_WORDS)
    if code.burned:
        return Refused(401, ProblemCode.CODE_INVALID, BURNED_WORDS)
    existing = session.get(Device, request.device_id, with_for_update=True)
    retried = (
        code.used_at is not None
        and code.used_by_device_id == request.device_id
        and existing is not None
        and existing.public_key == request.device_public_key
        and existing.revoked_at is None
    )
    if code.used_at is not None and not retried:
        return Refused(401, ProblemCode.CODE_USED, USED_WORDS)
    if code.expires_at <= now and not retried:
        return Refused(401, ProblemCode.CODE_EXPIRED, EXPIRED_WORDS)
    if not enrollment_proof_holds(
        request.code_secret, request.device_id, request.device_public_key, request.proof
    ):
        return Refused(401, ProblemCode.BAD_SIGNATURE, PROOF_WORDS)
    worker = session.get(Worker, code.worker_id)
    if worker is None or not password_matches(worker.password_hash, request.password):
        code.failed_attempts += 1
        code.burned = code.failed_attempts >= MAX_FAILED_ATTEMPTS
        audit(
            session, now, "enroll", "enroll_refused", code.id,
            team_id=worker.team_id if worker is not None else None,
            failed=code.failed_attempts,
        )  # fmt: skip
        return Refused(401, ProblemCode.CODE_INVALID, INVALID_WORDS)
    if not worker.active:
        return Refused(401, ProblemCode.CODE_INVALID, INVALID_WORDS)
    if existing is not None and existing.revoked_at is not None:
        return Refused(409, ProblemCode.CONFLICT, REVOKED_WORDS)
    if existing is not None and existing.public_key != request.device_public_key:
        return Refused(409, ProblemCode.CONFLICT, TAKEN_WORDS)
    if existing is None:
        existing = Device(
            id=request.device_id,
            worker_id=worker.id,
            public_key=request.device_public_key,
            name=request.device_name,
            enrolled_at=now,
            app_version=request.app_version,
        )
        session.add(existing)
    elif not retried:  # the same laptop and key, enrolling again (e.g. for another worker)
        existing.worker_id = worker.id
        existing.name = request.device_name
        existing.app_version = request.app_version
    if not retried:
        code.used_at = now
        code.used_by_device_id = request.device_id
        audit(
            session, now, f"worker:{worker.id}", "device_enrolled", request.device_id,
            team_id=worker.team_id,
        )  # fmt: skip
    team = session.get(Team, worker.team_id)
    assert team is not None
    return EnrollmentResponse(
        profile=WorkerProfile(
            worker_id=worker.id,
            display_name=worker.display_name,
            role="team_lead" if worker.role == "team_lead" else "worker",
            team_id=team.id,
            team_name=team.name,
        ),
        server_signing_key=state.config.receipt_public_key,
        policy=read_policy(session, state.config.policy_defaults),
        enrolled_at=utc_text(existing.enrolled_at),
    )
