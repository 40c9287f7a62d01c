"""Guessing enrollment codes and passwords is limited per client address (and per code:
five wrong passwords burn it), never by one overall limit that a flood could fill
(test_enrollment_attacks.py floods from ten addresses while a genuine laptop enrolls).

A real central on real TLS and PostgreSQL, with its clock moved by the test. Loopback has a
whole range of addresses (127.0.0.0/8), so a second "client address" is a real socket
bound to 127.0.0.2.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.api.enroll import secret_hash
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.rate_limits import (
    ENROLL_LIMIT,
    RateLimit,
    RateLimited,
    RateLimiter,
    client_address,
)
from cssw_central.infra.tables import AuditEntry, Device, EnrollmentCode
from cssw_core.enrollment_code import EnrollmentCode as CodeText
from cssw_core.enrollment_code import parse_code
from cssw_core.pinning import pinned_context
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.sync.client import SyncProblem
from cssw_desktop.sync.enrollment import enroll
from tests.faults import tally
from tests.support.central import RunningCentral, start_central
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import WENDY_PASSWORD, add_standard_people
from tests.support.sealed_documents import new_device_key

SUITE = "attack: enrollment rate limits"


class Clock:
    """Central's clock, moved by the test (timezone-aware UTC)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def central_clock() -> Clock:
    return Clock()


@pytest.fixture
def limited(tmp_path: Path, pg_url: str, central_clock: Clock) -> Iterator[RunningCentral]:
    running = start_central(tmp_path, pg_url, clock=central_clock)
    try:
        add_standard_people(running.database_url)
        yield running
    finally:
        running.stop()


def laptop_at(central: RunningCentral, address: str) -> LaptopClient:
    """A laptop whose connections come from `address` (a loopback address)."""
    laptop = LaptopClient(central, new_device_key())
    laptop.http.close()
    laptop.http = httpx.Client(
        base_url=central.url,
        transport=httpx.HTTPTransport(verify=pinned_context(central.pin), local_address=address),
        timeout=30,
    )
    return laptop


def wrong_code(central: RunningCentral) -> str:
    """A well-formed code for this server whose secret central never issued."""
    return CodeText(central.url, central.pin, secrets.token_urlsafe(24)).text()


def _audit_entries(central: RunningCentral) -> list[AuditEntry]:
    with central.session() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "enroll_rate_limited"))
        )


def _device_count(central: RunningCentral) -> int:
    with central.session() as session:
        return int(session.scalar(select(func.count()).select_from(Device)) or 0)


def test_a_burst_of_wrong_codes_is_refused_then_even_the_right_code_until_the_window_passes(
    limited: RunningCentral, central_clock: Clock
) -> None:
    limit = ENROLL_LIMIT  # the production numbers
    right_code = limited.issue_code("wendy")
    with laptop_at(limited, "127.0.0.1") as guesser:
        for _ in range(limit.per_address):
            refused = guesser.enroll(wrong_code(limited), WENDY_PASSWORD)
            assert (refused.status_code, problem_code(refused)) == (401, "code_invalid")
        over = guesser.enroll(wrong_code(limited), WENDY_PASSWORD)
        assert (over.status_code, problem_code(over)) == (429, "rate_limited")
        assert int(over.headers["Retry-After"]) == limit.window_seconds
        assert over.json()["error"]["message"] == (
            "Too many attempts. Wait 15 minutes and try again."
        )
        # The right code and password from the same address: refused before being looked at.
        right = guesser.enroll(right_code, WENDY_PASSWORD)
        assert (right.status_code, problem_code(right)) == (429, "rate_limited")
        assert _device_count(limited) == 0
        # Sliding: ten minutes on, the same attempts still count, five minutes are left.
        central_clock.advance(10 * 60)
        later = guesser.enroll(right_code, WENDY_PASSWORD)
        assert (later.status_code, int(later.headers["Retry-After"])) == (429, 5 * 60)
        assert "Wait 5 minutes" in later.json()["error"]["message"]

        # Another address is not affected by this one's guessing.
        with laptop_at(limited, "127.0.0.2") as colleague:
            other = colleague.enroll(limited.issue_code("wendy"), WENDY_PASSWORD)
            assert other.status_code == 201, other.text

        central_clock.advance(5 * 60 + 1)
        assert guesser.enroll(right_code, WENDY_PASSWORD).status_code == 201
        assert _device_count(limited) == 2

    with limited.session() as session:
        code = session.scalars(
            select(EnrollmentCode).where(
                EnrollmentCode.secret_hash == secret_hash(parse_code(right_code).secret)
            )
        ).one()
        assert code.failed_attempts == 0  # the limited attempts never reached the code
        assert code.used_at is not None
    # Audited once for the address (not once per refusal), and with no secret in it.
    entries = _audit_entries(limited)
    assert [(e.actor, e.subject) for e in entries] == [("address:127.0.0.1", "enroll")]
    detail = json.loads(entries[0].detail_json)
    assert detail["limit"] == "address"
    written = json.dumps([[e.actor, e.subject, e.detail_json] for e in entries])
    assert parse_code(right_code).secret not in written
    assert WENDY_PASSWORD not in written
    tally.add(SUITE, cases=limit.per_address + 5, failures=0)


def _race_for_a_place(
    processes: list[tuple[RateLimiter, sessionmaker[Session]]],
    barrier: threading.Barrier,
    address: str,
    now: datetime,
    index: int,
) -> bool:
    limiter, sessions = processes[index % 2]
    barrier.wait()
    try:
        limiter.begin(sessions, address, now)
    except RateLimited:
        return False
    return True


def test_racing_guesses_across_two_processes_never_pass_the_limit(pg_url: str) -> None:
    """Two limiters with engines of their own stand for `serve --workers 2`: 32 attempts
    from one address released at once, five rounds, and exactly `per_address` get a place
    each round.
    (Without the advisory lock, 23 to 32 did: measured while writing this test.)"""
    upgrade(pg_url)
    small = RateLimit("enroll", per_address=5, window_seconds=600)
    engines = [make_engine(pg_url, pool_size=16) for _ in range(2)]
    processes = [(RateLimiter(small), make_sessions(engine)) for engine in engines]
    placed_per_round = []
    try:
        for round_number in range(5):
            race = partial(
                _race_for_a_place,
                processes,
                threading.Barrier(32, timeout=30),
                f"192.0.2.{round_number}",
                datetime.now(UTC),
            )
            with ThreadPoolExecutor(32) as pool:
                placed_per_round.append(sum(pool.map(race, range(32))))
    finally:
        for engine in engines:
            engine.dispose()
    assert placed_per_round == [small.per_address] * 5
    tally.add(SUITE, cases=5 * 32, failures=0)


def test_the_laptop_tells_the_worker_how_long_to_wait(
    limited: RunningCentral, central_clock: Clock, store: Store
) -> None:
    limited.app.state.central.enroll_limiter = RateLimiter(
        RateLimit("enroll", per_address=1, window_seconds=150)
    )
    with LaptopClient(limited, new_device_key()) as guesser:
        assert guesser.enroll(wrong_code(limited), WENDY_PASSWORD).status_code == 401
    runner = store_on_own_thread(store)
    try:
        with pytest.raises(SyncProblem) as refused:
            asyncio.run(
                enroll(
                    runner,
                    limited.issue_code("wendy"),
                    WENDY_PASSWORD,
                    device_name="Test laptop",
                    app_version="test",
                )
            )
    finally:
        runner.thread.shutdown()
    assert refused.value.message == "Too many attempts. Wait 3 minutes and try again."
    assert refused.value.retry_after_seconds == 150
    tally.add(SUITE, cases=2, failures=0)


def test_rate_limits_count_an_ipv6_subscriber_as_one_address() -> None:
    assert client_address("2001:db8:1:2:aaaa::1") == client_address("2001:db8:1:2:bbbb::9")
    assert client_address("2001:db8:1:2::1") != client_address("2001:db8:1:3::1")
    assert client_address("::ffff:192.0.2.7") == "192.0.2.7"
    assert client_address("127.0.0.2") == "127.0.0.2"
    assert client_address(None) == "unknown"
