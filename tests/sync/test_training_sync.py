"""A training store never reaches central: enrolling and syncing are refused before a byte
goes out, against the real central (real TLS, real PostgreSQL), which is left as it was."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from cssw_central.infra.tables import AuditEntry, Device, EnrollmentCode, Record
from cssw_desktop.headless_sync import run_headless_sync
from cssw_desktop.storage.errors import TRAINING_REFUSED_WORDS, TrainingStoreRefused
from cssw_desktop.storage.thread import OpenStore, store_on_own_thread
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.training import TrainingVault
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE

WORDS = "training store"


@pytest.fixture
def training_vault(tmp_path: Path, device_secrets: TidyDeviceSecrets) -> TrainingVault:
    return TrainingVault(tmp_path / "cssw-data-training", device_secrets, kdf=FAST_KDF)


@pytest.fixture
def training_runner(training_vault: TrainingVault) -> Iterator[OpenStore]:
    store = training_vault.create(PASSPHRASE)  # 12 fictional families, records sealed
    runner = store_on_own_thread(store)
    yield runner
    runner.thread.shutdown()
    store.close()


def central_state(central: RunningCentral) -> tuple[int, ...]:
    """What a laptop's visit would change: devices, used codes, records, audit entries."""
    with central.session() as session:
        return tuple(
            int(session.scalar(query) or 0)
            for query in (
                select(func.count()).select_from(Device),
                select(func.count())
                .select_from(EnrollmentCode)
                .where(EnrollmentCode.used_at.is_not(None) | (EnrollmentCode.failed_attempts > 0)),
                select(func.count()).select_from(Record),
                select(func.count()).select_from(AuditEntry),
            )
        )


class Wire(httpx.AsyncBaseTransport):
    """Counts requests; none should ever be made."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


def test_a_training_store_cannot_enroll_and_central_hears_nothing(
    central: RunningCentral, training_runner: OpenStore
) -> None:
    code = central.issue_code("wendy")
    before = central_state(central)
    with pytest.raises(TrainingStoreRefused, match=WORDS):
        asyncio.run(
            enroll(training_runner, code, WENDY_PASSWORD, device_name="x", app_version="test")
        )
    wire = Wire()
    with pytest.raises(TrainingStoreRefused):
        asyncio.run(
            enroll(
                training_runner,
                code,
                WENDY_PASSWORD,
                device_name="x",
                app_version="test",
                transport=wire,
            )
        )
    assert wire.requests == []
    assert training_runner.store.profile.get() is None
    assert central_state(central) == before  # the code still unused, no device, no audit


def test_a_training_store_is_never_synced(
    central: RunningCentral, training_runner: OpenStore, training_vault: TrainingVault
) -> None:
    unsent = len(training_runner.store.outbox.rows())
    assert unsent > 0  # fictional records sealed, waiting forever
    wire = Wire()
    engine = SyncEngine(
        training_runner,
        app_version="test",
        transport=wire,
        rng=random.Random(1),
    )
    report = asyncio.run(engine.sync(caseload=True, retry_waiting=True))
    assert report.problem == TRAINING_REFUSED_WORDS
    assert (report.sent, report.unsent) == (0, unsent)
    assert wire.requests == []  # not even a heartbeat
    before = central_state(central)

    training_runner.store.close()  # the command line's way: it unlocks by itself
    with pytest.raises(TrainingStoreRefused, match=WORDS):
        asyncio.run(run_headless_sync(training_vault, PASSPHRASE, caseload=True))
    assert central_state(central) == before
