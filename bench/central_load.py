"""Central under load: 300 laptops syncing at once, then a burst of 3,000 (`central_load_300_*`,
`central_burst_3000_*`).

The real service, `cssw-central serve --workers 2` over TLS on a fresh PostgreSQL database
(bench/central_common.py). First 300 laptops, each with its own Ed25519 key and its own
pinned connection, upload their records one after another, all starting together; then
3,000 more laptops each upload one record at the same moment, ten times the first wave.
Each simulated laptop does what the app does with a busy answer: waits the `Retry-After`
central sent (plus up to half again, so they do not return together) and sends again,
re-signed. Figures per phase: stored records per second until the last is in, p50/p99 of
the upload that stored each record (its wait for a place included), errors (any answer
other than 201, or 503 with `Retry-After`; a failed connection; a record not in by the
time limit) and, for the burst, how many answers were 503 "busy" (`_shed`).

Bounded: each phase has a hard time limit and each record a cap on attempts; whatever is
not stored by then counts as an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.central_common import running_central
from bench.central_ingest import _bodies
from bench.common import Figures, log, median, percentile, scratch_dir
from cssw_core.domain.sealing import DeviceKey
from cssw_core.pinning import pinned_context
from cssw_core.signing import sign_request
from tests.support.sealed_documents import new_device_key

LAPTOPS = 300
RECORDS_EACH = 2  # per laptop in the first wave, sent one after another
BURST = 3000  # laptops in the burst, one record each, all at once
INK_POINTS = 600  # per signature, as in central_ingest
WORKERS = 2  # `cssw-central serve --workers 2`: one process per core of this machine
PHASE_LIMIT_S = 150.0
CONNECT_LIMIT_S = 60.0
KEEPALIVE_S = 25.0  # for every laptop to connect before the start
MAX_ATTEMPTS = 40  # per record
CLIENT_TIMEOUT_S = 60.0
PATH = "/v1/records"


@dataclass
class Upload:
    """One record's way to central: every answer it had, and the receipt at the end."""

    key: DeviceKey
    body: bytes
    record_id: str
    version: int
    content_hash: str
    statuses: list[int] = field(default_factory=list)
    retry_after: list[str | None] = field(default_factory=list)  # per 503, as sent
    failures: list[str] = field(default_factory=list)  # connections that failed
    reconnects: int = 0  # kept-alive connections closed before the request was read
    stored_ms: float | None = None  # the attempt that stored it, from sending to answer
    receipt: dict[str, Any] | None = None

    @classmethod
    def of(cls, key: DeviceKey, body: bytes) -> Upload:
        parsed = json.loads(body)
        return cls(key, body, parsed["record_id"], parsed["version"], parsed["content_hash"])

    @property
    def errors(self) -> list[str]:
        """What went wrong on the way, beyond being asked to come back later."""
        found = list(self.failures)
        found += [str(s) for s in self.statuses if s not in (200, 201, 503)]
        found += ["503 without Retry-After" for r in self.retry_after if not _seconds(r)]
        if self.receipt is None and not found:
            found.append("not stored in time")
        return found


@dataclass
class Phase:
    uploads: list[Upload]
    wall_s: float  # from the start until the last record was stored (or the time limit)
    arrival_s: float  # from the start until every laptop had sent its first request

    @property
    def requests(self) -> int:
        return sum(len(u.statuses) + len(u.failures) + u.reconnects for u in self.uploads)

    @property
    def stored(self) -> int:
        return sum(u.receipt is not None for u in self.uploads)

    @property
    def reconnects(self) -> int:
        return sum(u.reconnects for u in self.uploads)

    @property
    def shed(self) -> int:
        return sum(s == 503 for u in self.uploads for s in u.statuses)

    @property
    def errors(self) -> list[str]:
        return [e for u in self.uploads for e in u.errors]

    @property
    def latencies_ms(self) -> list[float]:
        return [u.stored_ms for u in self.uploads if u.stored_ms is not None]

    def figures(self, prefix: str) -> Figures:
        latencies = self.latencies_ms
        return {
            f"{prefix}_throughput": self.stored / self.wall_s,
            f"{prefix}_p50_ms": median(latencies) if latencies else float("nan"),
            f"{prefix}_p99_ms": percentile(latencies, 99) if latencies else float("nan"),
            f"{prefix}_errors": float(len(self.errors)),
            f"{prefix}_shed": float(self.shed),
        }


def _seconds(retry_after: str | None) -> int:
    """Retry-After as whole seconds (central sends seconds); 0 if missing or unreadable."""
    text = (retry_after or "").strip()
    return int(text) if text.isdigit() else 0


async def _store(
    client: httpx.AsyncClient, upload: Upload, deadline: float, rng: random.Random
) -> None:
    """Send until stored, as the app would: a busy answer waits its Retry-After."""
    for _ in range(MAX_ATTEMPTS):
        if time.monotonic() >= deadline:
            return
        headers = sign_request(upload.key, upload.key.device_id, "POST", PATH, upload.body)
        headers["Content-Type"] = "application/json"
        began = time.perf_counter()
        try:
            response = await client.post(PATH, content=upload.body, headers=headers)
        except httpx.RemoteProtocolError:
            # The kept-alive connection was closed with no answer: the laptop's request
            # left after central's keep-alive time ran out for it (on a loaded machine the
            # laptop's own clock says it was still fresh). Nothing was done with it; like
            # any HTTP client, send again at once on a new connection (RFC 9112 9.3.1).
            upload.reconnects += 1
            continue
        except httpx.HTTPError as exc:
            upload.failures.append(type(exc).__name__)
            wait = rng.uniform(1.0, 2.0)
        else:
            upload.statuses.append(response.status_code)
            if response.status_code in (200, 201):
                upload.stored_ms = (time.perf_counter() - began) * 1000
                upload.receipt = response.json()["receipt"]
                return
            if response.status_code != 503:
                return  # refused for good: counted as an error, not retried
            upload.retry_after.append(response.headers.get("Retry-After"))
            wait = max(1, _seconds(upload.retry_after[-1])) * rng.uniform(1.0, 1.5)
        await asyncio.sleep(max(0.0, min(wait, deadline - time.monotonic())))


@dataclass
class _Start:
    """The start line: laptops connect (a few at a time), then all go together."""

    laptops: int
    connecting: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(50))
    connected: int = 0
    all_connected: asyncio.Event = field(default_factory=asyncio.Event)
    go: asyncio.Event = field(default_factory=asyncio.Event)
    first_sent: list[float] = field(default_factory=list)

    def one_connected(self) -> None:
        self.connected += 1
        if self.connected == self.laptops:
            self.all_connected.set()


async def _laptop(
    url: str,
    context: object,
    uploads: list[Upload],
    start: _Start,
    time_limit_s: float,
    rng: random.Random,
) -> None:
    async with httpx.AsyncClient(
        base_url=url,
        verify=context,  # type: ignore[arg-type]
        timeout=CLIENT_TIMEOUT_S,
        # A laptop: one connection, kept while it waits out a Retry-After (httpx drops an
        # idle one after 5 s by default; central keeps it 30 s).
        limits=httpx.Limits(max_connections=1, keepalive_expiry=KEEPALIVE_S),
    ) as client:
        # Connected before the start, as by the app's heartbeat before its uploads: the
        # burst is of requests, not of TLS handshakes queueing in the listen backlog.
        async with start.connecting:
            try:
                await client.get("/")  # central answers 404; the connection stays open
            except httpx.HTTPError as exc:
                uploads[0].failures.append(type(exc).__name__)
        start.one_connected()
        await start.go.wait()
        deadline = time.monotonic() + time_limit_s
        start.first_sent.append(time.perf_counter())
        for upload in uploads:
            await _store(client, upload, deadline, rng)


async def drive(
    url: str,
    pin: str,
    laptops: Sequence[list[Upload]],
    *,
    time_limit_s: float = PHASE_LIMIT_S,
    connect_limit_s: float = CONNECT_LIMIT_S,
) -> Phase:
    """Every laptop connects, then all send their uploads at once; bounded in time."""
    context = pinned_context(pin)
    start = _Start(len(laptops))
    rng = random.Random(2026)  # jitter for the simulated laptops
    tasks = [
        asyncio.create_task(_laptop(url, context, uploads, start, time_limit_s, rng))
        for uploads in laptops
    ]
    # Any not connected by then connect as they send (a failure counts as an error).
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(start.all_connected.wait(), connect_limit_s)
    began = time.perf_counter()
    start.go.set()
    _done, pending = await asyncio.wait(tasks, timeout=time_limit_s + 5.0)
    wall = time.perf_counter() - began
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    arrival = (max(start.first_sent) - began) if start.first_sent else wall
    return Phase([u for uploads in laptops for u in uploads], wall, arrival)


def make_laptops(
    keys: list[DeviceKey], records_each: int, ink_points: int, pdf: bytes | None = None
) -> list[list[Upload]]:
    """Each laptop's sealed uploads (made before timing; `pdf` None: none, as the app sends)."""
    bodies = _bodies(keys, records_each, ink_points=ink_points, pdf=pdf)
    return [[Upload.of(key, body) for body in mine] for key, mine in zip(keys, bodies, strict=True)]


def run(quick: bool = False, workers: int = WORKERS) -> Figures:
    laptops_n, burst_n = (30, 300) if quick else (LAPTOPS, BURST)
    with scratch_dir("load") as root, running_central(root, workers) as central:
        keys = [new_device_key() for _ in range(laptops_n + burst_n)]
        central.enroll_devices(keys)
        log(f"central_load: sealing {laptops_n * RECORDS_EACH + burst_n} records")
        wave = make_laptops(keys[:laptops_n], RECORDS_EACH, INK_POINTS)
        burst = make_laptops(keys[laptops_n:], 1, INK_POINTS)
        log(f"central_load: {laptops_n} laptops at once")
        first = asyncio.run(drive(central.url, central.pin, wave))
        log(f"central_load: a burst of {burst_n} at once")
        second = asyncio.run(drive(central.url, central.pin, burst))
    for name, phase in (("300", first), ("burst", second)):
        if phase.errors:
            log(f"central_load {name}: errors {sorted(set(phase.errors))}")
        log(
            f"central_load {name}: {phase.requests} requests, every laptop's first within "
            f"{phase.arrival_s:.1f} s, all stored after {phase.wall_s:.1f} s"
        )
    return first.figures("central_load_300") | second.figures("central_burst_3000")
