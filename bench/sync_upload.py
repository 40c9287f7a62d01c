"""The laptop's sync engine against raw HTTPS: `sync_1000_ratio`.

A laptop store holds 1,000 sealed consent records (two signatures of 600 ink points each)
queued in its outbox, each with its PDF already made (a real rendering of the form; the
rendering itself is `pdf_render_ms`). The engine's full run is timed: heartbeat, every
record read from SQLCipher, signed, uploaded, checked by central (hash, seal, flags,
PostgreSQL), its signed receipt verified and stored in the encrypted store, then the pull
of returned records, the purge and a last heartbeat. The baseline, in the same run
against the same server process, is raw HTTPS POSTs of exactly the same request bodies,
one after another on one pinned connection, to a bare endpoint that only reads them.
The ratio is engine / baseline per repetition; the median is reported.

The bare endpoint does none of central's work, so the wall-clock ratio holds central's
own cost per upload as well as the laptop's. CPU time splits them (Linux, from /proc):
the bench process's CPU (the engine, its store thread and TLS: the laptop) and the
central process's, for the engine's run and for the raw POSTs; PostgreSQL's backends of
the bench database are counted apart. `sync_1000_laptop_cpu_ratio` (the laptop's CPU for
the engine's run against its CPU for the raw POSTs) is the laptop's own overhead.

A second baseline gets all of central's work: after the engine's run, a fifth as many
more records are sealed in the same store and sent as signed raw POSTs (built and signed
in advance, as many in flight as the engine keeps) to the real upload route; their
receipts are then stored, untimed. `sync_1000_vs_real_posts_ratio` is the engine's time per
record against theirs: the laptop's own share plus any extra requests it makes.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.central_common import BenchCentral, running_central
from bench.common import CHEAP_KDF, PASSPHRASE, Figures, device_secrets, log, median, scratch_dir
from cssw_central.admin.laptops import issue_code
from cssw_central.admin.teams import add_worker, create_team
from cssw_central.infra.receipt_key import public_hex
from cssw_core.domain.sealing import DeviceKey
from cssw_core.pinning import pinned_context
from cssw_core.protocol import API_PREFIX, UploadResponse
from cssw_core.signing import sign_request
from cssw_desktop.storage.outbox import OutboxItem
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import IN_FLIGHT, SyncEngine, upload_request
from cssw_desktop.sync.enrollment import enroll
from tests.support.records import family_with_teenager, seal_consent

T = TypeVar("T")

RECORDS = 1000
INK_POINTS = 600
PASSWORD = "bench-password-1"


# The bench's own provisioning key: its codes are signed with it, its laptops trust it.
PROVISIONING_KEY = Ed25519PrivateKey.generate()
TRUSTED = [public_hex(PROVISIONING_KEY)]


def _people(central: BenchCentral, rep: int) -> str:
    """A team and a worker for this repetition; an enrollment code for the worker."""
    now = datetime.now(UTC)
    create_team(central.sessions, f"Sync bench {rep}", now)
    add_worker(
        central.sessions,
        team=f"Sync bench {rep}",
        username=f"sync-bench-{rep}",
        display_name="Bench Worker",
        role="worker",
        password=PASSWORD,
        now=now,
    )
    return issue_code(
        central.sessions,
        username=f"sync-bench-{rep}",
        server_url=central.url,
        pin=central.pin,
        hours=1,
        now=now,
        provisioning_key=PROVISIONING_KEY,
    )


def _fill(store: Store, count: int, pdf: bytes | None) -> bytes:
    """Seal `count` records; attach the same real PDF to each (made from the first)."""
    for _ in range(count):
        family = store.families.add(family_with_teenager())
        sealed = seal_consent(store, family, points=INK_POINTS)
        if pdf is None:
            from cssw_documents.pdf import ensure_gui_app, render_pdf

            ensure_gui_app()
            assert sealed.seal is not None
            pdf = render_pdf(sealed.body, sealed.seal, store.audit.entries(sealed.id))
        store.outbox.attach_pdf(sealed.id, sealed.version, pdf)
    assert pdf is not None
    return pdf


def _bodies(store: Store) -> list[tuple[OutboxItem, bytes]]:
    """The request bodies the engine sends (no PDF: central makes its own), built by the
    engine's own function, for the baselines; oldest first, as the engine sends them."""
    bodies = []
    for item in store.outbox.due(datetime.now(UTC), 1_000_000):
        stored = store.records.get(item.record_id, item.version)
        bodies.append((item, upload_request(stored).model_dump_json().encode()))
    return bodies


async def _real_posts(
    central: BenchCentral, key: DeviceKey, bodies: list[tuple[OutboxItem, bytes]]
) -> list[tuple[OutboxItem, bytes]]:
    """The same kind of bodies, signed, POSTed to the real upload route with as many in
    flight as the engine keeps: central does all its work for each (checks, storing,
    receipt). Central's answers."""
    path = f"{API_PREFIX}/records"
    signed = [
        (
            item,
            body,
            {"Content-Type": "application/json"}
            | sign_request(key, key.device_id, "POST", path, body),
        )
        for item, body in bodies
    ]
    queue = iter(signed)
    answers: list[tuple[OutboxItem, bytes]] = []
    async with httpx.AsyncClient(verify=pinned_context(central.pin), timeout=60) as client:

        async def poster() -> None:
            await client.post(central.bare_url, content=b"warm-up")
            for item, body, headers in queue:
                response = await client.post(central.url + path, content=body, headers=headers)
                if response.status_code != 201:
                    raise RuntimeError(f"a raw upload was refused: {response.status_code}")
                answers.append((item, response.content))

        await asyncio.gather(*(poster() for _ in range(IN_FLIGHT)))
    return answers


def _keep_receipts(store: Store, answers: list[tuple[OutboxItem, bytes]]) -> None:
    """Store the receipts of the records sent by raw POSTs (not timed), so the engine
    does not send them again."""
    receipts = []
    for item, content in answers:
        receipt = UploadResponse.model_validate_json(content).receipt
        receipts.append((item.record_id, item.version, receipt))
    store.outbox.store_receipts(receipts)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _postgres_pids(central: BenchCentral) -> list[int]:
    from sqlalchemy import text

    with central.sessions() as session:
        rows = session.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            )
        )
        return [int(row[0]) for row in rows]


def _timed(central: BenchCentral, call: Callable[[], T]) -> tuple[T, dict[str, float]]:
    """Wall seconds, and CPU seconds of this process, central's and its PostgreSQL
    backends' (those connected before and after), for one call."""
    backends = _postgres_pids(central)
    database = sum(_cpu_seconds(pid) for pid in backends)
    server = _cpu_seconds(central.process.pid)
    laptop = time.process_time()
    began = time.perf_counter()
    result = call()
    wall = time.perf_counter() - began
    laptop = time.process_time() - laptop
    server = _cpu_seconds(central.process.pid) - server
    database = sum(_cpu_seconds(pid) for pid in backends) - database
    return result, {"wall": wall, "laptop": laptop, "central": server, "postgres": database}


async def _bare_posts(central: BenchCentral, bodies: list[bytes]) -> None:
    async with httpx.AsyncClient(verify=pinned_context(central.pin), timeout=60) as client:
        await client.post(central.bare_url, content=b"warm-up")
        for body in bodies:
            response = await client.post(
                central.bare_url, content=body, headers={"Content-Type": "application/json"}
            )
            response.raise_for_status()


def run(repetitions: int = 3, quick: bool = False, count: int | None = None) -> Figures:
    count = count or (100 if quick else RECORDS)
    ratios: list[float] = []
    engine_s: list[float] = []
    bare_s: list[float] = []
    real_ms: list[float] = []
    same_work: list[float] = []
    cpu: dict[str, list[float]] = {}
    pdf: bytes | None = None
    twins = max(10, count // 5)  # records sent by raw POSTs that get central's whole work
    with scratch_dir("sync") as root, running_central(root) as central, device_secrets() as secrets:
        for rep in range(repetitions):
            code = _people(central, rep)
            store = Vault(root / f"laptop-{rep}", secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
            runner = store_on_own_thread(store)
            try:
                asyncio.run(
                    enroll(
                        runner,
                        code,
                        PASSWORD,
                        device_name="bench",
                        app_version="bench",
                        keys=TRUSTED,
                    )
                )
                log(f"sync_upload: sealing {count} records (repetition {rep + 1})")
                pdf = _fill(store, count, pdf)
                bodies = [body for _, body in _bodies(store)]
                _, bare = _timed(central, partial(asyncio.run, _bare_posts(central, bodies)))
                engine = SyncEngine(runner, app_version="bench")
                report, took = _timed(central, partial(asyncio.run, engine.sync()))
                if report.sent != count or report.failed or report.problem:
                    raise RuntimeError(f"the sync did not send everything: {report}")
                # Then the twins, to central as warm as the engine left it.
                pdf = _fill(store, twins, pdf)
                answers, real = _timed(
                    central,
                    partial(asyncio.run, _real_posts(central, store.device.key(), _bodies(store))),
                )
                _keep_receipts(store, answers)
            finally:
                runner.thread.shutdown()
                store.close()
            log(
                f"sync_upload: engine {took['wall']:.2f} s, raw posts {bare['wall']:.2f} s; "
                f"CPU ms a record, engine: laptop {took['laptop'] * 1000 / count:.2f}, "
                f"central {took['central'] * 1000 / count:.2f}, "
                f"PostgreSQL {took['postgres'] * 1000 / count:.2f}; raw posts: laptop "
                f"{bare['laptop'] * 1000 / count:.2f}, central {bare['central'] * 1000 / count:.2f}"
                f"; signed raw POSTs to the real route {real['wall'] * 1000 / twins:.1f} ms "
                f"each (load average {os.getloadavg()[0]:.1f})"
            )
            engine_s.append(took["wall"])
            bare_s.append(bare["wall"])
            ratios.append(took["wall"] / bare["wall"])
            real_ms.append(real["wall"] * 1000 / twins)
            same_work.append((took["wall"] / count) / (real["wall"] / twins))
            for name, value in (
                ("laptop_cpu_ms", took["laptop"]),
                ("central_cpu_ms", took["central"]),
                ("postgres_cpu_ms", took["postgres"]),
                ("raw_laptop_cpu_ms", bare["laptop"]),
                ("raw_central_cpu_ms", bare["central"]),
            ):
                cpu.setdefault(name, []).append(value * 1000 / count)
            cpu.setdefault("laptop_cpu_ratio", []).append(took["laptop"] / bare["laptop"])
    return {
        "sync_1000_ratio": median(ratios),
        "sync_1000_engine_s": median(engine_s),
        "sync_1000_raw_posts_s": median(bare_s),
        # Per record: the engine against signed raw POSTs to the real upload route, which
        # get all of central's work (the laptop's own share, plus any extra requests).
        "sync_1000_vs_real_posts_ratio": median(same_work),
        "sync_real_post_ms": median(real_ms),
        # CPU per record (ms) and the laptop's own overhead against the raw POSTs'.
        **{f"sync_1000_{name}": median(values) for name, values in cpu.items()},
        "sync_records": float(count),
    }
