"""The heartbeat tells central what waits on the laptop, in counts only: no personal data."""

from __future__ import annotations

import json
import random
from datetime import date

import httpx
from sqlalchemy import select

from cssw_central.infra.tables import Device
from cssw_core.domain.family import Child, Family
from cssw_core.pinning import pinned_context
from cssw_core.protocol import Heartbeat
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.engine import SyncEngine
from tests.support.central import RunningCentral
from tests.support.records import complete_draft, seal_consent
from tests.support.sync import run

CANARY = "Zanzibarquist"


class HeartbeatRecorder(httpx.AsyncBaseTransport):
    def __init__(self, pin: str) -> None:
        self.inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self.beats: list[bytes] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/heartbeat":
            self.beats.append(request.content)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_the_heartbeat_carries_counts_and_no_family_details(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    store = enrolled.store
    family = Family(
        CANARY,
        f"1 {CANARY} Lane",
        "CSSW-999001",
        "Wendy Walker",
        (Child(f"Ada {CANARY}", "Female", date(2012, 1, 2)),),
    )
    store.families.add(family)
    seal_consent(store, family, draft=complete_draft(family))
    recorder = HeartbeatRecorder(central.pin)
    engine = SyncEngine(enrolled, app_version="t", transport=recorder, rng=random.Random(3))
    assert run(engine.sync()).sent == 1
    first, last = recorder.beats[0], recorder.beats[-1]
    for body in recorder.beats:
        assert CANARY.encode() not in body
        assert set(json.loads(body)) == set(Heartbeat.model_fields)
    assert json.loads(first)["pending"] == 1
    assert (json.loads(last)["pending"], json.loads(last)["synced"]) == (0, 1)
    with central.session() as session:
        device = session.scalars(select(Device)).one()
        assert (device.pending, device.synced) == (0, 1)
