"""Central under many laptops at once: `central_ingest_p99_ms`, `central_ingest_errors`.

300 simulated laptops, each with its own Ed25519 key, its own pinned TLS connection and five
sealed consent records (two signatures of 600 ink points each; no PDF, as the app sends
them: central draws the PDF it files), start together and upload their five records one
after another, signed as the app signs them. The real service runs in its own process
(uvicorn, TLS) against a fresh PostgreSQL database. Latency is from the request starting to
its response; an error is any answer other than 201 or a failure to connect. Bounded: 1,500
requests and a hard time limit; what has not finished by then counts as errors. Also
central's peak resident memory under that load (`central_ingest_peak_rss_mb`: the largest of
its processes; `_total_mb`: all of them), and the machine's load average around the load.
`--only ingest_filled` runs the same load on an empty central and on one holding 100,000
records (bench/central_fill.py).
"""

from __future__ import annotations

import asyncio
import base64
import os
import time
from collections.abc import Callable

import httpx

from bench.central_common import running_central, server_memory_mib
from bench.central_fill import FAMILIES as FILL_FAMILIES
from bench.central_fill import RECORDS_EACH as FILL_RECORDS_EACH
from bench.central_fill import fill_records
from bench.common import Figures, log, median, percentile, scratch_dir
from cssw_core.domain.sealing import DeviceKey
from cssw_core.pinning import pinned_context
from cssw_core.signing import sign_request
from tests.support.records import complete_draft, family_with_teenager, signatures_for
from tests.support.sealed_documents import new_device_key, seal_consent_document

LAPTOPS = 300
RECORDS_EACH = 5
INK_POINTS = 600
TIME_LIMIT_S = 240.0
WORKERS = 2  # `cssw-central serve --workers 2`: one process per core of this machine
PATH = "/v1/records"


def _bodies(
    keys: list[DeviceKey],
    records_each: int,
    ink_points: int = INK_POINTS,
    pdf: bytes | None = None,
) -> list[list[bytes]]:
    """Each laptop's upload bodies, sealed with that laptop's key (made before timing).
    `pdf`: a PDF to send with each, as laptops from before central drew its own did (central
    ignores it); by default none, as the app sends today."""
    pdf_b64 = None if pdf is None else base64.b64encode(pdf).decode()
    laptops: list[list[bytes]] = []
    for key in keys:
        bodies = []
        for _ in range(records_each):
            family = family_with_teenager()
            draft = complete_draft(family)
            sealed = seal_consent_document(
                key, family, draft, signatures=signatures_for(draft, ink_points)
            )
            upload = sealed.upload().model_copy(update={"pdf_base64": pdf_b64})
            bodies.append(upload.model_dump_json().encode())
        laptops.append(bodies)
    return laptops


async def _laptop(
    url: str,
    context: object,
    key: DeviceKey,
    bodies: list[bytes],
    start: asyncio.Event,
    latencies: list[float],
    errors: list[str],
) -> None:
    async with httpx.AsyncClient(base_url=url, verify=context, timeout=60) as client:  # type: ignore[arg-type]
        await start.wait()
        for body in bodies:
            began = time.perf_counter()
            headers = sign_request(key, key.device_id, "POST", PATH, body)
            headers["Content-Type"] = "application/json"
            try:
                response = await client.post(PATH, content=body, headers=headers)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
                continue
            latencies.append((time.perf_counter() - began) * 1000)
            if response.status_code != 201:
                errors.append(str(response.status_code))


async def _load(
    url: str, pin: str, keys: list[DeviceKey], laptops: list[list[bytes]]
) -> tuple[list[float], list[str], float]:
    context = pinned_context(pin)
    start = asyncio.Event()
    latencies: list[float] = []
    errors: list[str] = []
    tasks = [
        asyncio.create_task(_laptop(url, context, key, bodies, start, latencies, errors))
        for key, bodies in zip(keys, laptops, strict=True)
    ]
    await asyncio.sleep(0.5)  # every client built and waiting
    began = time.perf_counter()
    start.set()
    _done, pending = await asyncio.wait(tasks, timeout=TIME_LIMIT_S)
    wall = time.perf_counter() - began
    for task in pending:
        task.cancel()
    unfinished = sum(len(b) for b in laptops) - len(latencies) - len(errors)
    errors.extend(["unfinished"] * max(0, unfinished))
    return latencies, errors, wall


def _one_load(
    laptops_n: int, workers: int, prefix: str, fill: Callable[[str], object] | None = None
) -> Figures:
    with scratch_dir("ingest") as root, running_central(root, workers, fill) as central:
        keys = [new_device_key() for _ in range(laptops_n)]
        central.enroll_devices(keys)
        log(f"{prefix}: sealing {laptops_n * RECORDS_EACH} records for {laptops_n} laptops")
        bodies = _bodies(keys, RECORDS_EACH)
        log(f"{prefix}: uploading all at once")
        load_before = os.getloadavg()[0]
        latencies, errors, wall = asyncio.run(_load(central.url, central.pin, keys, bodies))
        peak_one, peak_all = server_memory_mib(central.process.pid)
        load_after = os.getloadavg()[0]
    if errors:
        log(f"{prefix}: errors {sorted(set(errors))}")
    total = laptops_n * RECORDS_EACH
    per_s = (total - len(errors)) / wall
    p99 = percentile(latencies, 99) if latencies else float("nan")
    log(
        f"{prefix}: {per_s:.1f} uploads/s, p99 {p99:.0f} ms, {len(errors)} errors, "
        f"peak RSS {peak_one:.0f} MiB a process ({peak_all:.0f} in all); "
        f"load average {load_before:.1f} before, {load_after:.1f} after"
    )
    return {
        f"{prefix}_p50_ms": median(latencies) if latencies else float("nan"),
        f"{prefix}_p99_ms": p99,
        f"{prefix}_errors": float(len(errors)),
        f"{prefix}_per_s": per_s,
        f"{prefix}_laptops": float(laptops_n),
        f"{prefix}_peak_rss_mb": peak_one,
        f"{prefix}_peak_rss_total_mb": peak_all,
        f"{prefix}_load_average": (load_before + load_after) / 2,
    }


def run(quick: bool = False, laptops: int | None = None, workers: int = WORKERS) -> Figures:
    return _one_load(laptops or (30 if quick else LAPTOPS), workers, "central_ingest")


def run_filled(quick: bool = False, laptops: int | None = None, workers: int = WORKERS) -> Figures:
    """The same load on an empty central and on one already holding 100,000 records
    (bench/central_fill.py), one after the other in the same run: how ingest holds up
    as central fills (`central_ingest_filled_ratio`: throughput filled / empty)."""
    laptops_n = laptops or (30 if quick else LAPTOPS)
    families = 1_000 if quick else FILL_FAMILIES
    empty = _one_load(laptops_n, workers, "central_ingest_empty")
    filled = _one_load(
        laptops_n, workers, "central_ingest_filled", lambda url: fill_records(url, families)
    )
    return {
        **empty,
        **filled,
        "central_ingest_filled_records": float(families * FILL_RECORDS_EACH),
        "central_ingest_filled_ratio": filled["central_ingest_filled_per_s"]
        / empty["central_ingest_empty_per_s"],
    }
