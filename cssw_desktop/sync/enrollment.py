"""Enrolling this laptop with central, from the code IT issued and the worker's password.

The code gives central's address and the pin of its TLS key, so the very first request
already goes only to the real central. The laptop proves it holds the key it registers
by signing the code's secret with it; central answers with the worker's profile, the key
that signs receipts and the policy, all kept in the encrypted store.
"""

from __future__ import annotations

import math

import httpx

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.enrollment_code import parse_code
from cssw_core.protocol import (
    API_PREFIX,
    EnrollmentRequest,
    EnrollmentResponse,
    ProblemCode,
)
from cssw_core.signing import enrollment_proof_message
from cssw_desktop.storage.errors import training_refused
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.client import CentralClient, ProblemKind, SyncProblem


async def enroll(
    run_store: OpenStore,
    code_text: str,
    password: str,
    *,
    device_name: str,
    app_version: str,
    transport: httpx.AsyncBaseTransport | None = None,
) -> EnrolledProfile:
    """Enroll and keep the profile; SyncProblem or BadEnrollmentCode in plain words.

    A training store is refused before anything is read from the code or sent anywhere
    (TrainingStoreRefused): its records are fictional."""
    if await run_store(_is_training):
        raise training_refused()
    code = parse_code(code_text)

    def proof(store: Store) -> tuple[str, str, str]:
        key = store.device.key()
        message = enrollment_proof_message(code.secret, key.device_id, key.public_key)
        return key.device_id, key.public_key, key.sign(message).hex()

    device_id, public_key, signed = await run_store(proof)
    request = EnrollmentRequest(
        code_secret=code.secret,
        password=password,
        device_id=device_id,
        device_public_key=public_key,
        device_name=device_name[:100] or "Laptop",
        app_version=app_version[:40],
        proof=signed,
    )
    async with CentralClient(code.server_url, code.pin, transport=transport) as client:
        try:
            answer = await client.call("POST", f"{API_PREFIX}/enroll", request, EnrollmentResponse)
        except SyncProblem as problem:
            if problem.code is ProblemCode.RATE_LIMITED:
                raise too_many_attempts(problem.retry_after_seconds) from None
            if problem.code is ProblemCode.CONFLICT:  # e.g. known with another key: why
                raise enroll_conflict(problem) from None
            raise
    profile = EnrolledProfile(
        worker_id=answer.profile.worker_id,
        display_name=answer.profile.display_name,
        role=answer.profile.role,
        team_id=answer.profile.team_id,
        team_name=answer.profile.team_name,
        server_url=code.server_url,
        pin=code.pin,
        server_signing_key=answer.server_signing_key,
        enrolled_at=answer.enrolled_at,
        policy=answer.policy,
    )
    await run_store(lambda store: store.profile.save(profile))
    return profile


def _is_training(store: Store) -> bool:
    return store.training


def enroll_conflict(problem: SyncProblem) -> SyncProblem:
    """Central refused to enroll this laptop (409), in central's own words when it said why."""
    words = problem.central_words or QT_TRANSLATE_NOOP(
        "Errors",
        "Central already knows this laptop and would not enroll it again. Ask IT to remove "
        "the old entry, then enroll again.",
    )
    return SyncProblem(
        ProblemKind.REFUSED,
        words,
        code=ProblemCode.CONFLICT,
        status=problem.status,
        central_words=problem.central_words,
    )


def too_many_attempts(retry_after_seconds: int | None) -> SyncProblem:
    """Central refused more enrollment attempts from here for a while (429)."""
    minutes = max(1, math.ceil((retry_after_seconds or 60) / 60))
    if minutes == 1:
        words = QT_TRANSLATE_NOOP("Errors", "Too many attempts. Wait 1 minute and try again.")
        return SyncProblem(
            ProblemKind.REFUSED,
            words,
            code=ProblemCode.RATE_LIMITED,
            status=429,
            retry_after_seconds=retry_after_seconds,
        )
    return SyncProblem(
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Too many attempts. Wait %1 minutes and try again."),
        minutes,
        code=ProblemCode.RATE_LIMITED,
        status=429,
        retry_after_seconds=retry_after_seconds,
    )
