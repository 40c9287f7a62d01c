"""Sync helpers and fixtures: a store with sealed records, enrolled with the real central
(fixtures registered by tests/conftest.py).

- `runner`: the test's store on its own store thread.
- `enrolled`: that runner, its laptop enrolled with the `central` fixture as Wendy.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, TypeVar

import pytest

from cssw_core.protocol import Policy
from cssw_desktop.demo import demo_families
from cssw_desktop.demo_records import demo_records, save_demo_records
from cssw_desktop.storage.audit import AuditEntry
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore, store_on_own_thread
from cssw_desktop.sync.enrollment import enroll
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD

T = TypeVar("T")


def fake_pdf(stored: StoredRecord, entries: list[AuditEntry]) -> bytes:
    """A stand-in PDF (the real renderer is tested in tests/documents and the CLI test)."""
    return b"%PDF-1.7\n% test " + str(stored.id).encode() + b"\n%%EOF\n"


def offline_profile() -> EnrolledProfile:
    """Wendy Walker's enrollment with a central that is not there (nothing listens on port
    9: a sync fails quietly, as when offline)."""
    return EnrolledProfile(
        worker_id="0f8fad5b-d9cb-469f-a165-70867728950e",
        display_name="Wendy Walker",
        role="worker",
        team_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
        team_name="North",
        server_url="https://127.0.0.1:9",
        pin="sha256/" + "A" * 43 + "=",
        server_signing_key="ab" * 32,
        enrolled_at="2026-03-01T09:00:00.000000Z",
        policy=Policy(),
    )


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def seal_demo(store: Store, families: int = 12) -> int:
    """Seal the demo plan's records (consents, withdrawals, shares); how many were sealed."""
    found = demo_families(families, date.today(), seed=store.families.count())
    store.families.add_many(found)
    plan = demo_records(found, date.today(), utc_now())
    save_demo_records(store, plan)
    return len(plan.consents) + len(plan.withdrawals) + len(plan.shares)


@pytest.fixture
def runner(store: Store) -> Iterator[OpenStore]:
    made = store_on_own_thread(store)
    yield made
    made.thread.shutdown()


@pytest.fixture
def enrolled(central: RunningCentral, runner: OpenStore) -> OpenStore:
    code = central.issue_code("wendy")
    run(enroll(runner, code, WENDY_PASSWORD, device_name="Test laptop", app_version="test"))
    return runner


def on_store(runner: OpenStore, func: Callable[[Store], T]) -> T:
    return func(runner.store)


def count_records(central: RunningCentral) -> int:
    import sqlalchemy

    eng = sqlalchemy.create_engine(
        central.database_url.replace("postgresql://", "postgresql+psycopg://", 1)
    )
    try:
        with eng.connect() as conn:
            return int(conn.execute(sqlalchemy.text("SELECT count(*) FROM records")).scalar_one())
    finally:
        eng.dispose()
