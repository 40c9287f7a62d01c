"""Admission control: a busy central queues briefly, then answers 503 with Retry-After.

The real server over TLS on PostgreSQL with tiny limits. A "hog" takes a place on the
server's own loop, as a request being handled does, and gives it back when its block ends
(a withheld body holds no place: tests/faults/test_slow_clients.py).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from cssw_central.infra.admission import BUSY_WORDS, AdmissionGate, AdmissionLimits
from cssw_central.infra.https import ServeProblem
from cssw_central.infra.tables import Record
from cssw_central.serve import ENV_MAX_INFLIGHT, max_inflight
from cssw_core.protocol import UploadResponse
from cssw_core.signing import receipt_holds
from tests.support.admission import WAIT_S, gate, hog, wait_until
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SealedDocument, new_device_key, seal_consent_document

ONE_PLACE = {"max_inflight": 1}  # `central`'s settings: one request in flight at a time


def _enrolled(central: RunningCentral, client: LaptopClient) -> None:
    assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201


def _sealed(client: LaptopClient) -> SealedDocument:
    family = family_with_teenager()
    return seal_consent_document(client.key, family, complete_draft(family))


def _stored(central: RunningCentral) -> int:
    with central.session() as session:
        return int(session.scalar(select(func.count()).select_from(Record)) or 0)


@pytest.mark.parametrize(
    "central", [ONE_PLACE | {"max_queued": 0, "retry_after_seconds": 3}], indirect=True
)
def test_a_busy_central_says_so_with_retry_after_and_a_later_retry_is_stored(
    central: RunningCentral,
) -> None:
    with LaptopClient(central, new_device_key()) as laptop:
        _enrolled(central, laptop)
        sealed = _sealed(laptop)
        with hog(central):
            busy = laptop.upload(sealed.upload())
            beat = laptop.heartbeat()
        assert busy.status_code == 503, busy.text
        assert 3 <= int(busy.headers["Retry-After"]) <= 6
        assert problem_code(busy) == "rate_limited"
        assert busy.json()["error"]["message"] == BUSY_WORDS
        assert beat.status_code == 503  # every request, not only uploads
        assert _stored(central) == 0  # nothing was done with the busy request
        again = laptop.upload(sealed.upload())  # signed afresh, as the laptop does
        assert again.status_code == 201, again.text
        receipt = UploadResponse.model_validate(again.json()).receipt
        assert receipt_holds(receipt, central.receipt_public_key)
        assert _stored(central) == 1
        assert gate(central).shed == 2


@pytest.mark.parametrize(
    "central", [ONE_PLACE | {"max_queued": 1, "queue_wait_seconds": 60}], indirect=True
)
def test_a_waiting_request_gets_the_next_place(central: RunningCentral) -> None:
    with (
        LaptopClient(central, new_device_key()) as laptop,
        ThreadPoolExecutor(1) as pool,
    ):
        _enrolled(central, laptop)
        sealed = _sealed(laptop)
        with hog(central):
            waiting = pool.submit(laptop.upload, sealed.upload())
            wait_until(lambda: gate(central).waiting == 1, "the upload waiting")
            assert not waiting.done()
        response = waiting.result(timeout=WAIT_S)
        assert response.status_code == 201, response.text
        assert _stored(central) == 1
        assert gate(central).shed == 0


@pytest.mark.parametrize(
    "central", [ONE_PLACE | {"max_queued": 5, "queue_wait_seconds": 0.5}], indirect=True
)
def test_a_request_that_waits_too_long_is_answered_busy_not_left_hanging(
    central: RunningCentral,
) -> None:
    with LaptopClient(central, new_device_key()) as laptop:
        _enrolled(central, laptop)
        with hog(central):
            response = laptop.heartbeat()
            assert response.status_code == 503
            assert int(response.headers["Retry-After"]) >= 1
            assert gate(central).waiting == 0
        assert laptop.heartbeat().status_code == 200


@pytest.mark.parametrize("central", [ONE_PLACE | {"max_queued": 0}], indirect=True)
def test_a_turned_away_upload_keeps_its_connection_for_the_next_request(
    central: RunningCentral,
) -> None:
    """The body is read whole, then 503; the connection still serves the next request."""
    with LaptopClient(central, new_device_key()) as laptop:
        _enrolled(central, laptop)
        sealed = _sealed(laptop)
        body = sealed.upload().model_copy(update={"pdf_base64": "JVBER" + "A" * 400_000})
        with hog(central):
            assert laptop.upload(body).status_code == 503
        connections: list[str] = []

        def note(name: str, _info: dict[str, Any]) -> None:
            if name.startswith("connection.connect_tcp"):
                connections.append(name)

        response = laptop.http.get("/nowhere", extensions={"trace": note})
        assert response.status_code == 404
        assert connections == []  # the same connection carried it


# The gate itself, on an event loop of its own.


def _limits(**given: Any) -> AdmissionLimits:
    return AdmissionLimits.for_pool(
        1, **({"limit": 1, "max_queued": 2, "max_wait_seconds": 30.0} | given)
    )


def test_places_go_first_come_first_served() -> None:
    async def scenario() -> list[str]:
        gate = AdmissionGate(_limits())
        order: list[str] = []
        assert await gate.enter()

        async def wait(name: str) -> None:
            assert await gate.enter()
            order.append(name)
            gate.leave()

        first = asyncio.create_task(wait("first"))
        await asyncio.sleep(0)
        second = asyncio.create_task(wait("second"))
        await asyncio.sleep(0)
        assert gate.waiting == 2
        assert not await gate.enter()  # the queue is full: turned away at once
        gate.leave()
        await asyncio.wait_for(asyncio.gather(first, second), WAIT_S)
        assert gate.in_flight == 0
        assert gate.shed == 1
        return order

    assert asyncio.run(scenario()) == ["first", "second"]


def test_a_request_that_goes_away_while_waiting_gives_back_its_place() -> None:
    async def scenario() -> None:
        gate = AdmissionGate(_limits())
        assert await gate.enter()
        gone = asyncio.create_task(gate.enter())
        await asyncio.sleep(0)
        gate.leave()  # hands the place to the waiting request...
        gone.cancel()  # ...which goes away before it runs
        with pytest.raises(asyncio.CancelledError):
            await gone
        assert gate.in_flight == 0
        assert gate.waiting == 0
        assert await gate.enter()  # the place is free again

    asyncio.run(scenario())


def test_a_queue_longer_than_the_recent_pace_can_serve_is_turned_away_at_once() -> None:
    async def scenario() -> None:
        gate = AdmissionGate(_limits(limit=20, max_queued=1000, max_wait_seconds=0.1))
        for _ in range(20):
            assert await gate.enter()
        waiters = [asyncio.create_task(gate.enter()) for _ in range(40)]
        await asyncio.sleep(0)
        assert gate.waiting == 40  # no pace known yet: only max_queued bounds the queue
        for _ in range(20):  # twenty requests finish, their places handed on
            gate.leave()
        await asyncio.sleep(0)
        # Twenty still wait; at the pace just seen, 0.1 s serves only a few of them,
        # so the next request is turned away at once rather than after waiting.
        assert gate.waiting == 20
        assert not await gate.enter()
        for task in waiters:
            task.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)

    asyncio.run(scenario())


def test_retry_after_is_spread_between_the_least_wait_and_twice_it() -> None:
    gate = AdmissionGate(_limits(retry_after_seconds=5))
    seen = {gate.retry_after() for _ in range(200)}
    assert seen <= set(range(5, 11))
    assert len(seen) > 1


def test_max_inflight_comes_from_the_option_else_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_MAX_INFLIGHT, raising=False)
    assert max_inflight(None) is None  # sized to the database pool
    assert max_inflight(40) == 40
    monkeypatch.setenv(ENV_MAX_INFLIGHT, "24")
    assert max_inflight(None) == 24
    for wrong in ("0", "many"):
        monkeypatch.setenv(ENV_MAX_INFLIGHT, wrong)
        with pytest.raises(ServeProblem):
            max_inflight(None)
    with pytest.raises(ServeProblem, match="from 1 to"):
        max_inflight(0)


def test_default_limits_follow_the_database_pool() -> None:
    limits = AdmissionLimits.for_pool(4)
    assert (limits.limit, limits.max_queued) == (32, 512)
