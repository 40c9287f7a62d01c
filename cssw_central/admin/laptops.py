"""Laptops: `issue-code` (a single-use enrollment code for a worker), `list-devices` and
`revoke-device`.

Each operation takes a sessionmaker and runs in one transaction. Only the SHA-256 of a
code's secret is stored. Every code is signed with the council's provisioning key
(`infra.provisioning_key`): laptops refuse a code it did not sign.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.provisioning_key import ENV_PROVISIONING_KEY, load_provisioning_key
from cssw_central.infra.tables import Device, EnrollmentCode, Worker
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_core.enrollment_code import BadEnrollmentCode, check_server_url, new_secret, sign_code
from cssw_core.enrollment_code import EnrollmentCode as CodeText
from cssw_core.pinning import pin_of_pem

ACTOR = "admin"
DEFAULT_PROVISIONING_KEY = "cssw-central-data/provisioning-key.pem"


@dataclass(frozen=True, slots=True)
class DeviceRow:
    device_id: str
    name: str
    username: str
    enrolled_at: datetime
    last_contact_at: datetime | None
    revoked_at: datetime | None


def issue_code(
    sessions: sessionmaker[Session],
    *,
    username: str,
    server_url: str,
    pin: str,
    hours: float,
    now: datetime,
    provisioning_key: Ed25519PrivateKey,
) -> str:
    """A new single-use code for the worker, signed with the provisioning key; only the
    SHA-256 of its secret is stored."""
    if not 0 < hours <= 24 * 30:
        raise AdminProblem("A code must expire within 30 days.")
    try:
        url = check_server_url(server_url)
    except BadEnrollmentCode as bad:
        raise AdminProblem(bad.message) from None
    secret = new_secret()
    with transaction(sessions) as session:
        worker = _worker(session, username)
        if not worker.active:
            raise AdminProblem("That worker's account is not active.")
        code = EnrollmentCode(
            secret_hash=hashlib.sha256(secret.encode()).hexdigest(),
            worker_id=worker.id,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
            failed_attempts=0,
            burned=False,
        )
        session.add(code)
        session.flush()
        audit(session, now, ACTOR, "code_issued", code.id, team_id=worker.team_id, worker=worker.id)
    return sign_code(CodeText(url, pin, secret), provisioning_key).text()


def list_devices(sessions: sessionmaker[Session]) -> list[DeviceRow]:
    with transaction(sessions) as session:
        rows = session.execute(
            select(Device, Worker)
            .join(Worker, Worker.id == Device.worker_id)
            .order_by(Device.enrolled_at)
        ).all()
        return [
            DeviceRow(d.id, d.name, w.username, d.enrolled_at, d.last_contact_at, d.revoked_at)
            for d, w in rows
        ]


def revoke_device(sessions: sessionmaker[Session], device_id: str, now: datetime) -> None:
    """Withdraw a laptop's access: its next contact is refused and it wipes its store."""
    with transaction(sessions) as session:
        device = session.get(Device, device_id.strip().lower())
        if device is None:
            raise AdminProblem("There is no laptop with that id.")
        if device.revoked_at is None:
            device.revoked_at = now
            owner = session.get(Worker, device.worker_id)
            team_id = owner.team_id if owner is not None else None
            audit(session, now, ACTOR, "device_revoked", device.id, team_id=team_id)


def _worker(session: Session, username: str) -> Worker:
    worker = session.scalars(select(Worker).where(Worker.username == username)).one_or_none()
    if worker is None:
        raise AdminProblem("There is no worker with that username.")
    return worker


def add_laptop_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register the commands with `admin.command`'s `action(name, help)` factory."""
    code = action("issue-code", "issue a single-use enrollment code for a worker")
    code.add_argument("--username", required=True)
    code.add_argument("--server-url", required=True, help="https://host:port laptops will use")
    code.add_argument("--tls-cert", type=Path, required=True, help="central's certificate")
    code.add_argument("--hours", type=float, default=24.0)
    code.add_argument(
        "--provisioning-key",
        type=Path,
        default=Path(os.environ.get(ENV_PROVISIONING_KEY, DEFAULT_PROVISIONING_KEY)),
        help="the council's provisioning key that signs the code (default: "
        f"${ENV_PROVISIONING_KEY}, else {DEFAULT_PROVISIONING_KEY})",
    )
    action("list-devices", "list enrolled laptops")
    action("revoke-device", "withdraw a laptop's access").add_argument("device_id")


def run_laptop_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run the command if it is one of these (True), else leave it to the caller (False)."""
    now = datetime.now(UTC)
    if args.action == "issue-code":
        try:
            pin = pin_of_pem(args.tls_cert.read_bytes())
        except ValueError:
            raise AdminProblem("The --tls-cert file is not a PEM certificate.") from None
        key = load_provisioning_key(args.provisioning_key)
        text = issue_code(
            sessions,
            username=args.username,
            server_url=args.server_url,
            pin=pin,
            hours=args.hours,
            now=now,
            provisioning_key=key,
        )
        print(text, file=out)
    elif args.action == "list-devices":
        for d in list_devices(sessions):
            state = "revoked" if d.revoked_at else "active"
            last = optional_utc_text(d.last_contact_at) or "never"
            print(
                f"{d.device_id}\t{d.name}\t{d.username}\t{utc_text(d.enrolled_at)}\t{last}\t{state}",
                file=out,
            )
    elif args.action == "revoke-device":
        revoke_device(sessions, args.device_id, now)
        print("Laptop access withdrawn.", file=out)
    else:
        return False
    return True
