"""Slow and idle clients cannot starve or bloat central (issue 13, findings 3 and 4).

A real central over real TLS on PostgreSQL; attackers are raw sockets on loopback, from
127.0.0.1 or from other loopback addresses (127.0.1.x). While they hold their connections
a genuine enrolled laptop, with its own device key, uploads a sealed record and gets a
receipt that verifies.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import cast

import pytest

from cssw_central.infra.connections import ConnectionLimits
from tests.faults import tally
from tests.support.admission import connections, gate, wait_until
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient
from tests.support.central_fixtures import STANDARD_PEOPLE, WENDY_PASSWORD
from tests.support.postgres import TemplateDatabases
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import new_device_key, seal_consent_document
from tests.support.slow_clients import (
    WITHHELD_BODY,
    Flood,
    attacker_address,
    closed_by_peer,
    genuine_sync,
    half_sent_headers,
    raise_fd_limit,
    rss_mb,
    served_central,
    tls_connect,
)

SUITE = "attack: slow clients"
PORT_OF = lambda central: int(central.url.rsplit(":", 1)[1])  # noqa: E731
QUICK = ConnectionLimits(
    header_timeout_seconds=2.0, body_grace_seconds=1.0, body_min_bytes_per_second=1024
)


def enrolled(central: RunningCentral) -> LaptopClient:
    client = LaptopClient(central, new_device_key())
    assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
    return client


@pytest.mark.parametrize(
    "central", [{"max_inflight": 8, "max_queued": 0, "connections": QUICK}], indirect=True
)
def test_forty_withheld_bodies_take_no_place_and_are_cut(central: RunningCentral) -> None:
    port = PORT_OF(central)
    with enrolled(central) as laptop:
        held = [tls_connect(port, central.pin) for _ in range(40)]
        try:
            for conn in held:
                conn.sendall(WITHHELD_BODY)
            wait_until(lambda: connections(central).open >= 40, "the 40 connections held")
            assert gate(central).in_flight == 0  # a withheld body holds no place
            tries = genuine_sync(central, laptop)
            assert tries == 1  # at once: not one 'busy' answer
            assert laptop.heartbeat().status_code == 200
            # Past the grace and below the minimum rate: every one is cut.
            cut = sum(closed_by_peer(conn, 15) for conn in held)
        finally:
            for conn in held:
                conn.close()
    assert cut == 40
    assert connections(central).cut_bodies >= 40
    assert gate(central).shed == 0
    tally.add(SUITE, cases=1, connections=40, genuine_ok=1, accepted=0, server_errors=0)


@pytest.mark.parametrize(
    "central",
    [{"connections": ConnectionLimits(header_timeout_seconds=2.0, max_per_address=5)}],
    indirect=True,
)
def test_headers_have_a_deadline_a_size_and_a_per_address_limit(
    central: RunningCentral,
) -> None:
    port = PORT_OF(central)
    # A trickle of header bytes (one every half second) is cut at the header deadline.
    trickle = tls_connect(port, central.pin)
    started = time.monotonic()
    cut = False
    for byte in WITHHELD_BODY:
        try:
            trickle.sendall(bytes([byte]))
        except OSError:
            cut = True
            break
        if closed_by_peer(trickle, 0.5):
            cut = True
            break
    trickle.close()
    assert cut
    assert time.monotonic() - started < 10
    # Headers beyond the size limit: refused in central's own words.
    big = tls_connect(port, central.pin)
    big.sendall(
        b"GET /v1/openapi.json HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 40_000 + b"\r\n\r\n"
    )
    answer = b""
    while chunk := big.recv(65536):
        answer += chunk
    big.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert json.loads(body)["error"]["code"] == "malformed"
    # Five idle connections from one address; a sixth closes the oldest, not the others.
    source = attacker_address(0)
    idle = [tls_connect(port, central.pin, source) for _ in range(5)]
    wait_until(lambda: connections(central).from_address(source) == 5, "five held")
    sixth = tls_connect(port, central.pin, source)
    assert closed_by_peer(idle[0], 5)
    assert not any(closed_by_peer(conn, 0.2) for conn in idle[1:])
    assert connections(central).from_address(source) <= 5
    for conn in [*idle, sixth]:
        conn.close()
    # Another address is not affected by that one's limit.
    with enrolled(central) as laptop:
        assert genuine_sync(central, laptop) == 1
    tally.add(SUITE, cases=3, connections=8, genuine_ok=1, accepted=0, server_errors=0)


@pytest.mark.parametrize(
    "central", [{"connections": ConnectionLimits(body_buffer_bytes=100_000)}], indirect=True
)
def test_the_bodies_held_at_once_are_bounded(central: RunningCentral) -> None:
    """A body that would take more than the process's body buffer is answered 'busy' (and
    its bytes discarded as they come); the laptop's next request is served."""
    with enrolled(central) as laptop:
        family = family_with_teenager()
        sealed = seal_consent_document(laptop.key, family, complete_draft(family))
        padded = sealed.upload().model_copy(update={"pdf_base64": "JVBER" + "A" * 400_000})
        busy = laptop.upload(padded)
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "rate_limited"
        assert int(busy.headers["Retry-After"]) >= 1
        assert genuine_sync(central, laptop) == 1  # within the buffer: stored
    assert gate(central).shed == 0  # refused before it reached the gate
    tally.add(SUITE, cases=1, connections=1, genuine_ok=1, accepted=0, server_errors=0)


FLOOD = 5000
PEAK_RSS_BOUND_MB = 400


@pytest.mark.slow
def test_five_thousand_half_sent_headers_leave_memory_bounded(
    tmp_path: Path, pg_templates: TemplateDatabases
) -> None:
    """The real `cssw-central serve` (defaults: 1024 connections per process, 64 per
    address); 5,000 half-sent headers from 100 addresses while a genuine laptop syncs."""
    raise_fd_limit(FLOOD + 1024)
    with pg_templates.copy(STANDARD_PEOPLE) as url, served_central(tmp_path, url) as served:
        pid = served.process.pid
        central = cast(RunningCentral, served)
        client = LaptopClient(central, new_device_key())
        assert client.enroll(served.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        served_rss, _ = rss_mb(pid)
        result: list[Flood] = []
        flood = threading.Thread(
            target=lambda: result.append(
                asyncio.run(
                    half_sent_headers(
                        served.port, served.pin, FLOOD, per_address=50, hold_seconds=3
                    )
                )
            )
        )
        flood.start()
        time.sleep(2)  # the flood under way
        tries = genuine_sync(central, client, attempts=60)
        flood.join(timeout=240)
        assert not flood.is_alive()
        after_rss, peak_rss = rss_mb(pid)
        # Once the attackers are gone central gives the memory back (glibc's malloc_trim
        # after its sweep): wait for that, bounded, rather than time it.
        settled = after_rss
        deadline = time.monotonic() + 20
        while settled > served_rss + (peak_rss - served_rss) / 2 and time.monotonic() < deadline:
            time.sleep(0.5)
            settled, _ = rss_mb(pid)
        assert client.heartbeat().status_code == 200  # still serving
        client.close()
    attack = result[0]
    print(
        f"slow clients: served {served_rss:.0f} MB, peak {peak_rss:.0f} MB, at the end "
        f"{after_rss:.0f} MB, settled {settled:.0f} MB; opened {attack.opened}, "
        f"refused {attack.failed}, closed by central {attack.closed_by_central}; "
        f"genuine tries {tries}"
    )
    assert attack.opened + attack.failed == FLOOD
    assert peak_rss < PEAK_RSS_BOUND_MB
    assert settled <= served_rss + (peak_rss - served_rss) / 2  # it did not stay there
    tally.add(
        SUITE,
        cases=1,
        connections=FLOOD,
        genuine_ok=1,
        accepted=0,
        server_errors=0,
        peak_rss_mb=round(peak_rss),
    )
