"""What a laptop pulls before and after visits: returned records, the caseload, the team's laptops.

`GET /v1/returned` and `GET /v1/caseload` answer any enrolled laptop about its own worker;
`GET /v1/team/devices` answers a team lead about the team's laptops (counts only, from the
heartbeats). The caseload can be preloaded from the case system (`services.family_import`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from cssw_central.api.device_auth import SignedDevice, TeamLead
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.state import State
from cssw_central.infra.tables import Device, Record, Worker
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_central.services.audit_log import RETURNED_DELIVERED, first_deliveries
from cssw_central.services.caseload import caseload_for
from cssw_central.services.review import audit_record
from cssw_core.domain.fields import shown
from cssw_core.protocol import (
    API_PREFIX,
    Caseload,
    DeviceList,
    DeviceStatus,
    ErrorBody,
    ReturnedList,
    ReturnedRecord,
)

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403)}
router = APIRouter(prefix=API_PREFIX, tags=["fieldwork"], responses=_ERRORS)


@router.get("/returned", response_model=ReturnedList)
def returned(device: SignedDevice, state: State) -> ReturnedList:
    """Records this laptop's worker uploaded (from any laptop) that a team lead returned.

    Audited once per record and laptop (the laptop asks at every sync)."""
    with transaction(state.sessions) as session:
        rows = session.execute(
            select(Record, Worker.display_name)
            .join(Worker, Worker.id == Record.reviewed_by, isouter=True)
            .where(Record.worker_id == device.worker_id, Record.state == "returned")
            .order_by(Record.reviewed_at, Record.id)
        ).all()
        actor = f"device:{device.device_id}"
        for record in first_deliveries(session, actor, [record for record, _name in rows]):
            audit_record(
                session, state.now(), actor, RETURNED_DELIVERED, record,
                worker=device.worker_id,
            )  # fmt: skip
        return ReturnedList(
            returned=[
                ReturnedRecord(
                    record_id=record.record_id,
                    version=record.version,
                    kind=record.kind,  # type: ignore[arg-type]  # the upload checked it
                    family_id=record.family_id,
                    comment=shown(record.comment, multiline=True),  # held before the rules
                    returned_at=utc_text(record.reviewed_at or record.received_at),
                    returned_by=shown(reviewer or "Team lead"),
                )
                for record, reviewer in rows
            ]
        )


@router.get("/caseload", response_model=Caseload)
def caseload(device: SignedDevice, state: State) -> Caseload:
    """The families allocated to this laptop's worker, each with the family's consent now."""
    now = state.now()
    with transaction(state.sessions) as session:
        families = caseload_for(session, device.worker_id)
        audit(
            session, now, f"device:{device.device_id}", "caseload_pulled",
            device.worker_id, team_id=device.team_id, families=len(families),
        )  # fmt: skip
        return Caseload(families=families, as_of=utc_text(now))


@router.get("/team/devices", response_model=DeviceList)
def team_devices(lead: TeamLead, state: State) -> DeviceList:
    """The team's laptops: what waits on each (from its last heartbeat) and when it was seen."""
    with transaction(state.sessions) as session:
        rows = session.execute(
            select(Device, Worker.display_name)
            .join(Worker, Worker.id == Device.worker_id)
            .where(Worker.team_id == lead.team_id)
            .order_by(Worker.display_name, Device.name, Device.id)
        ).all()
        return DeviceList(
            devices=[
                DeviceStatus(
                    device_id=device.id,
                    device_name=shown(device.name),  # held from before the rules: defused
                    worker_name=shown(worker_name),
                    pending=device.pending,
                    failed=device.failed,
                    oldest_pending_seconds=device.oldest_pending_seconds,
                    last_contact_at=optional_utc_text(device.last_contact_at),
                    last_sync_at=optional_utc_text(device.last_sync_at),
                    app_version=shown(device.app_version),
                    revoked=device.revoked_at is not None,
                )
                for device, worker_name in rows
            ]
        )
