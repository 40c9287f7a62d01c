"""pytest fixtures for a real central server on real PostgreSQL (registered in conftest).

- `pg_url`: a fresh, empty PostgreSQL database for the test (dropped afterwards).
- `central`: the real server over TLS on that database, with team "North", worker
  "wendy" (Wendy Walker, password WENDY_PASSWORD) and team lead "tara" (Tara Lead,
  password TARA_PASSWORD).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.central import RunningCentral, start_central
from tests.support.postgres import fresh_database

TEAM = "North"
WENDY_PASSWORD = "wendy-password-1"
TARA_PASSWORD = "tara-password-1"


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


def add_standard_people(running: RunningCentral) -> None:
    running.admin("create-team", TEAM)
    running.admin(
        "add-worker",
        "--team", TEAM,
        "--username", "wendy",
        "--name", "Wendy Walker",
        "--role", "worker",
        "--password-stdin",
        stdin=WENDY_PASSWORD + "\n",
    )  # fmt: skip
    running.admin(
        "add-worker",
        "--team", TEAM,
        "--username", "tara",
        "--name", "Tara Lead",
        "--role", "team_lead",
        "--password-stdin",
        stdin=TARA_PASSWORD + "\n",
    )  # fmt: skip


@pytest.fixture
def central(tmp_path: Path, pg_url: str) -> Iterator[RunningCentral]:
    running = start_central(tmp_path, pg_url)
    try:
        add_standard_people(running)
        yield running
    finally:
        running.stop()
