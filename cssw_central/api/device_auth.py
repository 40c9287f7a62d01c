"""Device authentication: every request after enrollment is signed by the laptop's key.

`authenticated_device` is a FastAPI dependency. It refuses (401) an unsigned request, an
unknown or revoked laptop, a bad signature, a clock more than five minutes out, and a
nonce seen before. The signature is checked before the nonce is stored, so a forger
cannot use up a real laptop's nonces. Route modules use it as:

    def handler(device: SignedDevice, session: DbSession) -> ...
    def handler(lead: TeamLead, session: DbSession) -> ...

(`DbSession` is in `cssw_central.infra.state`; `AuthenticatedDevice`, what the services are
given, in `cssw_central.services.identity`.)
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Connection, bindparam, delete, select
from starlette.concurrency import run_in_threadpool

from cssw_central.infra.database import transaction
from cssw_central.infra.problems import Refused
from cssw_central.infra.state import CentralState, central_state
from cssw_central.infra.tables import Device, Nonce, Team, Worker
from cssw_central.services.identity import AuthenticatedDevice
from cssw_central.services.nonces import CONTACT_NOTE_SECONDS, PendingNonce
from cssw_core.protocol import NONCE_TTL_SECONDS, ProblemCode
from cssw_core.signing import (
    RequestRefused,
    SignedHeaders,
    check_request,
    read_signed_headers,
)

UNKNOWN_DEVICE_WORDS = "Central does not know this laptop. Ask IT to enroll it again."
REVOKED_WORDS = "IT has withdrawn this laptop's access."
INACTIVE_WORDS = "This laptop's worker account is not active at central. Ask IT."

_LOOKUP = (
    select(
        Device.id,
        Device.name,
        Device.public_key,
        Device.revoked_at,
        Device.last_contact_at,
        Worker.id.label("worker_id"),
        Worker.display_name,
        Worker.username,
        Worker.role,
        Worker.active,
        Team.id.label("team_id"),
        Team.name.label("team_name"),
    )
    .join(Worker, Worker.id == Device.worker_id)
    .join(Team, Team.id == Worker.team_id)
    .where(Device.id == bindparam("device_id"))
)


def signed_path(request: Request) -> str:
    """The path the laptop signed: the URL path plus '?query' when there is one."""
    query = request.url.query
    return request.url.path + ("?" + query if query else "")


async def _signed_parts(request: Request) -> tuple[SignedHeaders, str, str, bytes]:
    body = await request.body()
    try:
        signed = read_signed_headers(request.headers)
    except RequestRefused as refused:
        raise Refused(401, ProblemCode(refused.code), refused.message) from None
    return signed, request.method, signed_path(request), body


async def authenticated_device(request: Request) -> AuthenticatedDevice:
    state = central_state(request)
    signed, method, path, body = await _signed_parts(request)
    return await run_in_threadpool(authenticate, state, signed, method, path, body)


async def device_with_pending_nonce(
    request: Request,
) -> tuple[AuthenticatedDevice, PendingNonce]:
    """The signed-in laptop, checked as `authenticated_device` checks it, with one SELECT;
    its nonce is left for the route to spend with what it stores."""
    state = central_state(request)
    signed, method, path, body = await _signed_parts(request)
    return await run_in_threadpool(check_device, state, signed, method, path, body)


def authenticate(
    state: CentralState, signed: SignedHeaders, method: str, path: str, body: bytes
) -> AuthenticatedDevice:
    """Check one signed request against the enrolled device, then spend its nonce."""
    now = state.now()
    # Core statements built once: this runs for every request, and the ORM's unit of work
    # costs more than the three statements themselves.
    with transaction(state.sessions) as session:
        conn = session.connection()
        authenticated, pending = _checked(conn, signed, method, path, body, now)
        pending.spend(conn)  # a replay fails here, and the whole transaction is rolled back
    if state.due_for_prune():
        prune_nonces(state)
    return authenticated


def check_device(
    state: CentralState, signed: SignedHeaders, method: str, path: str, body: bytes
) -> tuple[AuthenticatedDevice, PendingNonce]:
    """`authenticate` without spending the nonce: one SELECT, on its own (no transaction
    to begin and end: two round trips to PostgreSQL fewer per upload)."""
    now = state.now()
    with state.reads.connect() as conn:
        checked = _checked(conn, signed, method, path, body, now)
    if state.due_for_prune():
        prune_nonces(state)
    return checked


def _checked(
    conn: Connection, signed: SignedHeaders, method: str, path: str, body: bytes, now: datetime
) -> tuple[AuthenticatedDevice, PendingNonce]:
    """The device, its signature checked (before any nonce is spent, so that a forger
    cannot use up a real laptop's nonces), and its nonce to spend."""
    device = conn.execute(_LOOKUP, {"device_id": signed.device_id}).one_or_none()
    if device is None:
        raise Refused(401, ProblemCode.UNKNOWN_DEVICE, UNKNOWN_DEVICE_WORDS)
    if device.revoked_at is not None:
        raise Refused(401, ProblemCode.DEVICE_REVOKED, REVOKED_WORDS)
    try:
        check_request(signed, device.public_key, method, path, body, now=now.timestamp())
    except RequestRefused as refused:
        raise Refused(
            401, ProblemCode(refused.code), refused.message, refused.skew_seconds
        ) from None
    if not device.active:
        raise Refused(403, ProblemCode.FORBIDDEN, INACTIVE_WORDS)
    last = device.last_contact_at
    authenticated = AuthenticatedDevice(
        device_id=device.id,
        device_name=device.name,
        public_key=device.public_key,
        worker_id=device.worker_id,
        worker_name=device.display_name,
        username=device.username,
        role=device.role,
        team_id=device.team_id,
        team_name=device.team_name,
    )
    pending = PendingNonce(
        device_id=device.id,
        nonce=signed.nonce,
        seen_at=now,
        note_contact=last is None or (now - last).total_seconds() >= CONTACT_NOTE_SECONDS,
    )
    return authenticated, pending


def prune_nonces(state: CentralState) -> None:
    """Forget nonces too old to be replayed (their timestamps would be refused anyway)."""
    cutoff = state.now() - timedelta(seconds=NONCE_TTL_SECONDS)
    with transaction(state.sessions) as session:
        session.execute(delete(Nonce).where(Nonce.seen_at < cutoff))


SignedDevice = Annotated[AuthenticatedDevice, Depends(authenticated_device)]
# For the upload route: the device, and its nonce to spend with the stored record.
SignedDeviceNonceDeferred = Annotated[
    tuple[AuthenticatedDevice, PendingNonce], Depends(device_with_pending_nonce)
]


def team_lead(device: SignedDevice) -> AuthenticatedDevice:
    """The signed-in laptop, provided its worker is a team lead (else 403)."""
    if not device.is_team_lead:
        raise Refused(403, ProblemCode.FORBIDDEN, "Only a team lead can do this.")
    return device


TeamLead = Annotated[AuthenticatedDevice, Depends(team_lead)]
