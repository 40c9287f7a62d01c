"""POST /v1/heartbeat and GET /v1/policy: what waits on a laptop, and what it should do.

A heartbeat carries counts only (pending, failed, synced, oldest pending age), never
personal data; team leads see them on the devices page.
"""

from __future__ import annotations

from fastapi import APIRouter

from cssw_central.api.device_auth import SignedDevice
from cssw_central.infra.database import transaction
from cssw_central.infra.state import State
from cssw_central.infra.tables import Device
from cssw_central.infra.timefmt import parse_utc_text, utc_text
from cssw_central.services.policy import read_policy
from cssw_core.protocol import API_PREFIX, ErrorBody, Heartbeat, HeartbeatResponse, Policy

router = APIRouter(prefix=API_PREFIX)
_REFUSALS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.post(
    "/heartbeat",
    response_model=HeartbeatResponse,
    response_model_exclude_none=True,  # an unset review period is left out (Policy)
    responses=_REFUSALS,
)
def heartbeat(beat: Heartbeat, device: SignedDevice, state: State) -> HeartbeatResponse:
    """Record the laptop's outbox counts; answer with the current policy and time."""
    now = state.now()
    with transaction(state.sessions) as session:
        row = session.get(Device, device.device_id)
        assert row is not None  # authenticated a moment ago; devices are never deleted
        row.pending = beat.pending
        row.failed = beat.failed
        row.synced = beat.synced
        row.oldest_pending_seconds = beat.oldest_pending_seconds
        row.app_version = beat.app_version
        row.last_sync_at = None if beat.last_sync_at is None else parse_utc_text(beat.last_sync_at)
        row.last_contact_at = now
        policy = read_policy(session, state.config.policy_defaults)
    return HeartbeatResponse(policy=policy, server_time=utc_text(now))


@router.get("/policy", response_model=Policy, response_model_exclude_none=True, responses=_REFUSALS)
def policy(device: SignedDevice, state: State) -> Policy:
    """The policy every laptop follows (auto-lock, purge delay, sync interval)."""
    with transaction(state.sessions) as session:
        return read_policy(session, state.config.policy_defaults)
