"""Enrolling this laptop with central, from the code IT issued and the worker's password.

The code gives central's address and the pin of its TLS key, so the very first request
already goes only to the real central. The laptop proves it holds the key it registers
by signing the code's secret with it; central answers with the worker's profile, the key
that signs receipts and the policy, all kept in the encrypted store.
"""

from __future__ import annotations

import httpx

from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.sync.client import CentralClient
from cssw_desktop.sync.engine import StoreRunner
from cssw_desktop.sync.enrollment_code import parse_code
from cssw_desktop.sync.protocol import API_PREFIX, EnrollmentRequest, EnrollmentResponse
from cssw_desktop.sync.signing import enrollment_proof_message


async def enroll(
    run_store: StoreRunner,
    code_text: str,
    password: str,
    *,
    device_name: str,
    app_version: str,
    transport: httpx.AsyncBaseTransport | None = None,
) -> EnrolledProfile:
    """Enroll and keep the profile; SyncProblem or BadEnrollmentCode in plain words."""
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
        answer = await client.call("POST", f"{API_PREFIX}/enroll", request, EnrollmentResponse)
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
