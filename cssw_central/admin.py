"""What IT does centrally: teams, workers, enrollment codes, devices, policy.

Each function takes a sessionmaker and runs in one transaction; `AdminProblem` carries a
plain one-line reason for the command line to print.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.database import audit, transaction
from cssw_central.db import ROLES, Device, EnrollmentCode, Team, Worker
from cssw_central.passwords import hash_password
from cssw_central.policy import write_policy, write_retention_erase
from cssw_core.enrollment_code import BadEnrollmentCode, check_server_url, new_secret
from cssw_core.enrollment_code import EnrollmentCode as CodeText
from cssw_core.protocol import Policy

MIN_PASSWORD_CHARS = 8
ACTOR = "admin"


class AdminProblem(Exception):
    """An admin command cannot be done; the message is one plain line."""


@dataclass(frozen=True, slots=True)
class WorkerRow:
    username: str
    display_name: str
    role: str
    team: str
    active: bool


@dataclass(frozen=True, slots=True)
class DeviceRow:
    device_id: str
    name: str
    username: str
    enrolled_at: datetime
    last_contact_at: datetime | None
    revoked_at: datetime | None


def create_team(sessions: sessionmaker[Session], name: str, now: datetime) -> str:
    name = name.strip()
    if not name:
        raise AdminProblem("A team needs a name.")
    try:
        with transaction(sessions) as session:
            team = Team(name=name)
            session.add(team)
            session.flush()
            audit(session, now, ACTOR, "team_created", team.id, team_id=team.id)
            return team.id
    except IntegrityError:
        raise AdminProblem("A team with that name already exists.") from None


def add_worker(
    sessions: sessionmaker[Session],
    *,
    team: str,
    username: str,
    display_name: str,
    role: str,
    password: str,
    now: datetime,
) -> str:
    if role not in ROLES:
        raise AdminProblem("The role must be 'worker' or 'team_lead'.")
    if not username.strip() or not display_name.strip():
        raise AdminProblem("A worker needs a username and a display name.")
    if len(password) < MIN_PASSWORD_CHARS:
        raise AdminProblem(f"The password must be at least {MIN_PASSWORD_CHARS} characters.")
    password_hash = hash_password(password)
    try:
        with transaction(sessions) as session:
            team_row = session.scalars(select(Team).where(Team.name == team)).one_or_none()
            if team_row is None:
                raise AdminProblem("There is no team with that name.")
            worker = Worker(
                team_id=team_row.id,
                username=username.strip(),
                display_name=display_name.strip(),
                role=role,
                password_hash=password_hash,
                active=True,
                created_at=now,
            )
            session.add(worker)
            session.flush()
            audit(session, now, ACTOR, "worker_added", worker.id, team_id=team_row.id, role=role)
            return worker.id
    except IntegrityError:
        raise AdminProblem("A worker with that username already exists.") from None


def list_workers(sessions: sessionmaker[Session]) -> list[WorkerRow]:
    with transaction(sessions) as session:
        rows = session.execute(
            select(Worker, Team).join(Team, Team.id == Worker.team_id).order_by(Worker.username)
        ).all()
        return [WorkerRow(w.username, w.display_name, w.role, t.name, w.active) for w, t in rows]


def issue_code(
    sessions: sessionmaker[Session],
    *,
    username: str,
    server_url: str,
    pin: str,
    hours: float,
    now: datetime,
) -> str:
    """A new single-use code for the worker; only the SHA-256 of its secret is stored."""
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
    return CodeText(url, pin, secret).text()


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


def set_policy(
    sessions: sessionmaker[Session], defaults: Policy, changes: dict[str, int], now: datetime
) -> Policy:
    try:
        with transaction(sessions) as session:
            policy = write_policy(session, defaults, **changes)
            audit(session, now, ACTOR, "policy_set", "", team_id=None, **changes)
            return policy
    except ValueError:
        raise AdminProblem(
            "That policy is out of range: auto-lock 1 to 60 minutes, purge 0 to 365 days, "
            "sync interval 30 to 86400 seconds."
        ) from None


def set_retention_erase(sessions: sessionmaker[Session], enabled: bool, now: datetime) -> None:
    """Let the scheduled retention job erase records past their date (on), or only report."""
    with transaction(sessions) as session:
        write_retention_erase(session, enabled)
        audit(session, now, ACTOR, "retention_erase_set", "", team_id=None, enabled=enabled)


def _worker(session: Session, username: str) -> Worker:
    worker = session.scalars(select(Worker).where(Worker.username == username)).one_or_none()
    if worker is None:
        raise AdminProblem("There is no worker with that username.")
    return worker
