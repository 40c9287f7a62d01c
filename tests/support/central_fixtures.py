"""pytest fixtures for central on real PostgreSQL (registered in the root conftest).

Databases (each test gets its own, dropped afterwards):
- `empty_pg_url`: a new database with no tables, for tests that run the migrations;
- `pg_url`: a migrated database with no rows, copied from the session's template.

Central, two ways (one meaning per name):
- `central`: the real server over TLS (`RunningCentral`) on its own database, with team
  "North", worker "wendy" (Wendy Walker, password WENDY_PASSWORD) and team lead "tara"
  (Tara Lead, password TARA_PASSWORD). Parametrise it indirectly with a dict of other
  `CentralConfig` fields (e.g. admission limits) to change its settings.
- `service`: the real app in-process through a TestClient (`tests.support.service`), with
  teams North and South, its clock at `service_time`, filing into `drop`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.support.central import RunningCentral, admin, start_central
from tests.support.postgres import Seed, TemplateDatabases, drop_stale_templates, fresh_database
from tests.support.sealed_documents import SEALED_AT
from tests.support.service import TEAMS, Service, running_service

TEAM = "North"
WENDY_PASSWORD = "wendy-password-1"
TARA_PASSWORD = "tara-password-1"


def add_standard_people(database_url: str) -> None:
    """Team North with wendy and tara, added with the real admin commands."""
    admin(database_url, "create-team", TEAM)
    for username, name, role, password in (
        ("wendy", "Wendy Walker", "worker", WENDY_PASSWORD),
        ("tara", "Tara Lead", "team_lead", TARA_PASSWORD),
    ):
        admin(
            database_url,
            "add-worker",
            "--team", TEAM,
            "--username", username,
            "--name", name,
            "--role", role,
            "--password-stdin",
            stdin=password + "\n",
        )  # fmt: skip


STANDARD_PEOPLE = Seed("people", add_standard_people)


@pytest.fixture(scope="session")
def pg_templates() -> Iterator[TemplateDatabases]:
    """The session's migrated template databases (made on first use, dropped at the end)."""
    drop_stale_templates()
    templates = TemplateDatabases()
    try:
        yield templates
    finally:
        templates.close()


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


@pytest.fixture
def pg_url(pg_templates: TemplateDatabases) -> Iterator[str]:
    with pg_templates.copy() as url:
        yield url


@pytest.fixture
def central(
    request: pytest.FixtureRequest, tmp_path: Path, pg_templates: TemplateDatabases
) -> Iterator[RunningCentral]:
    settings = getattr(request, "param", None) or {}
    with pg_templates.copy(STANDARD_PEOPLE) as url:
        running = start_central(tmp_path, url, settings=settings)
        try:
            yield running
        finally:
            running.stop()


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    """The (empty) drop folder `service` files approved records into."""
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


@pytest.fixture
def service_time() -> datetime:
    """Where `service`'s clock starts: an hour after the test records were sealed."""
    return SEALED_AT + timedelta(hours=1)


@pytest.fixture
def service(
    drop: Path, service_time: datetime, pg_templates: TemplateDatabases
) -> Iterator[Service]:
    with pg_templates.copy(TEAMS) as url, running_service(url, drop) as running:
        running.clock.now = service_time
        yield running
