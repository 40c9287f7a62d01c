"""Central in-process: the real app on real PostgreSQL through FastAPI's TestClient, with
laptops enrolled for real (the `service` fixture; `central` is the real server over TLS).

A `Service` runs on a database holding two teams ("North": worker wendy, team lead tara;
"South": worker wes, team lead sam; `TEAMS`, copied from a session template), with a
clock tests move, and enrolls laptops through the real `/v1/enroll` that sign every
request with their device key.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.api.app import create_app
from cssw_central.infra.config import CentralConfig
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.document_signing import make_trial_signing_cert
from cssw_central.infra.tables import EnrollmentCode, Team, Worker
from cssw_core.domain.sealing import DeviceKey
from cssw_core.protocol import EnrollmentRequest, EnrollmentResponse
from cssw_core.signing import enrollment_proof_message, sign_request
from tests.support.postgres import Seed
from tests.support.sealed_documents import SealedDocument

with warnings.catch_warnings():
    # Starlette asks for its `httpx2` fork; the project's httpx works the same here.
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

PASSWORD = "a central password for tests"
CHEAP_PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
USERS = {  # username: (display name, role, team)
    "wendy": ("Wendy Worker", "worker", "North"),
    "tara": ("Tara Lead", "team_lead", "North"),
    "wes": ("Wes South", "worker", "South"),
    "sam": ("Sam Southlead", "team_lead", "South"),
}


class Clock:
    """Central's clock, movable by tests (timezone-aware UTC)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Laptop:
    """An enrolled laptop: its device key and the worker it belongs to."""

    client: TestClient
    key: DeviceKey
    username: str
    profile: EnrollmentResponse
    clock: Clock  # the laptop's clock agrees with central's

    @property
    def device_id(self) -> str:
        return self.key.device_id

    def request(self, method: str, path: str, body: Any = None) -> Any:
        raw = b"" if body is None else json.dumps(body).encode()
        now = self.clock.now.timestamp()
        headers = sign_request(self.key, self.device_id, method, path, raw, now=now)
        if raw:
            headers["Content-Type"] = "application/json"
        return self.client.request(method, path, content=raw, headers=headers)

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, body: Any = None) -> Any:
        return self.request("POST", path, body)

    def upload(self, sealed: SealedDocument) -> Any:
        response = self.post("/v1/records", sealed.upload().model_dump(mode="json"))
        assert response.status_code == 201, response.text
        return response


@dataclass
class Service:
    """Central's app in-process: requests through `client`, its database at `url`."""

    url: str  # the database's SQLAlchemy URL (for `cssw-central admin --database-url`)
    client: TestClient
    config: CentralConfig
    clock: Clock
    sessions: sessionmaker[Session]
    worker_ids: dict[str, str] = field(default_factory=dict)

    def session(self) -> Session:
        """A session on the same database, for setting up and checking what endpoints did."""
        return self.sessions()

    def enroll(self, username: str, device_name: str = "Test laptop") -> Laptop:
        secret = secrets.token_urlsafe(24)
        with self.session() as session, session.begin():
            session.add(
                EnrollmentCode(
                    secret_hash=hashlib.sha256(secret.encode()).hexdigest(),
                    worker_id=self.worker_ids[username],
                    expires_at=self.clock.now + timedelta(hours=1),
                )
            )
        key = DeviceKey(str(uuid.uuid4()), DeviceKey.new_private_bytes())
        proof = key.sign(enrollment_proof_message(secret, key.device_id, key.public_key))
        request = EnrollmentRequest(
            code_secret=secret,
            password=PASSWORD,
            device_id=key.device_id,
            device_public_key=key.public_key,
            device_name=device_name,
            app_version="test",
            proof=proof.hex(),
        )
        response = self.client.post("/v1/enroll", json=request.model_dump(mode="json"))
        assert response.status_code == 201, response.text
        profile = EnrollmentResponse.model_validate(response.json())
        return Laptop(self.client, key, username, profile, self.clock)


def seed_people(session: Session) -> dict[str, str]:
    """Teams North and South with their workers; returns worker ids by username."""
    teams = {name: Team(name=name) for name in ("North", "South")}
    session.add_all(teams.values())
    session.flush()
    # Central verifies with the cost the hash names: a cheap Argon2id hash keeps each of the
    # many enrollments quick (tests/central/test_enroll.py enrolls against the real cost).
    password_hash = CHEAP_PASSWORD_HASHER.hash(PASSWORD)
    ids = {}
    for username, (display_name, role, team) in USERS.items():
        worker = Worker(
            team_id=teams[team].id,
            username=username,
            display_name=display_name,
            role=role,
            password_hash=password_hash,
        )
        session.add(worker)
        session.flush()
        ids[username] = worker.id
    return ids


def add_teams(database_url: str) -> None:
    """Put the two teams and their people into a migrated database (a template's seed)."""
    engine = make_engine(database_url, pool_size=1)
    try:
        with make_sessions(engine)() as session, session.begin():
            seed_people(session)
    finally:
        engine.dispose()


TEAMS = Seed("teams", add_teams)


@contextmanager
def running_service(database_url: str, drop_folder: Path) -> Iterator[Service]:
    """Central over `database_url` (holding `TEAMS`), driven in-process by a TestClient."""
    clock = Clock()
    config = CentralConfig(
        database_url=database_url,
        receipt_key=Ed25519PrivateKey.generate(),
        drop_folder=drop_folder,
        signing=make_trial_signing_cert(drop_folder.parent / "signing"),
        clock=clock,
        pool_size=2,
    )
    engine = make_engine(database_url, pool_size=1)
    sessions = make_sessions(engine)
    try:
        with sessions() as session:
            ids = {
                username: worker_id
                for username, worker_id in session.execute(select(Worker.username, Worker.id))
            }
        with TestClient(create_app(config), base_url="https://testserver") as client:
            yield Service(database_url, client, config, clock, sessions, ids)
    finally:
        engine.dispose()
