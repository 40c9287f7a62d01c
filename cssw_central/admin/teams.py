"""Teams and workers: `create-team`, `add-worker` (password on standard input) and
`list-workers`.

Each operation takes a sessionmaker and runs in one transaction.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.passwords import hash_password
from cssw_central.infra.tables import ROLES, Team, Worker

MIN_PASSWORD_CHARS = 8
ACTOR = "admin"


@dataclass(frozen=True, slots=True)
class WorkerRow:
    username: str
    display_name: str
    role: str
    team: str
    active: bool


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


def add_team_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register the commands with `admin.command`'s `action(name, help)` factory."""
    action("create-team", "add a team").add_argument("name")
    worker = action("add-worker", "add a worker (password read from standard input)")
    worker.add_argument("--team", required=True)
    worker.add_argument("--username", required=True)
    worker.add_argument("--name", required=True, help="display name")
    worker.add_argument("--role", choices=ROLES, default="worker")
    worker.add_argument("--password-stdin", action="store_true", required=True)
    action("list-workers", "list workers")


def run_team_admin(args: argparse.Namespace, sessions: Any, stdin: TextIO, out: TextIO) -> bool:
    """Run the command if it is one of these (True), else leave it to the caller (False)."""
    now = datetime.now(UTC)
    if args.action == "create-team":
        create_team(sessions, args.name, now)
        print("Team created.", file=out)
    elif args.action == "add-worker":
        password = stdin.readline().rstrip("\r\n")
        add_worker(
            sessions,
            team=args.team,
            username=args.username,
            display_name=args.name,
            role=args.role,
            password=password,
            now=now,
        )
        print("Worker added.", file=out)
    elif args.action == "list-workers":
        for w in list_workers(sessions):
            status = "active" if w.active else "inactive"
            print(f"{w.username}\t{w.display_name}\t{w.role}\t{w.team}\t{status}", file=out)
    else:
        return False
    return True
