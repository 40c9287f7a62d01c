"""Central on two nodes behind HAProxy: `central_two_nodes_per_s`, `central_two_nodes_ratio`.

Two `cssw-central serve --workers 1` nodes on one PostgreSQL database behind HAProxy in
TCP mode, passing TLS through (bench/central_nodes.py), against the baseline in the same
run: one node, `cssw-central serve --workers 2`, reached directly — the same two server
processes on this machine's two cores, without the balancer and the split. 300 simulated
laptops (bench/central_load.py: own keys, own pinned connections, signed requests, a
busy answer waited out) each upload the same two sealed records to both, all starting
together. Figures: stored records per second until the last is in, and the p99 of the
upload that stored each record; medians of two runs of each, in the order one, two, two,
one. The ratio (two nodes / one) says what the balancer and a second node cost or give on
one machine; on two machines each node has cores of its own.

Bounded: each run has a hard time limit and each record a cap on attempts; what is not
stored by then counts in `_errors`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bench.central_common import enroll_devices, running_central
from bench.central_load import INK_POINTS, Phase, Upload, drive, make_laptops
from bench.central_nodes import running_cluster
from bench.common import Figures, log, median, percentile, scratch_dir
from cssw_core.domain.sealing import DeviceKey
from tests.support.sealed_documents import new_device_key

LAPTOPS = 300
RECORDS_EACH = 2
NODES = 2
TIME_LIMIT_S = 150.0


def _fresh(laptops: Sequence[list[Upload]]) -> list[list[Upload]]:
    """The same sealed bodies, with nothing yet sent (each run has its own database)."""
    return [[Upload.of(u.key, u.body) for u in uploads] for uploads in laptops]


def _report(name: str, phase: Phase) -> None:
    if phase.errors:
        log(f"central_two_nodes {name}: errors {sorted(set(phase.errors))}")
    log(
        f"central_two_nodes {name}: {phase.stored} stored in {phase.wall_s:.1f} s, "
        f"{phase.requests} requests, {phase.reconnects} re-sent on a new connection"
    )


def _one_node(keys: list[DeviceKey], sealed: Sequence[list[Upload]]) -> Phase:
    with scratch_dir("one-node") as root, running_central(root, workers=NODES) as central:
        central.enroll_devices(keys)
        phase = asyncio.run(
            drive(central.url, central.pin, _fresh(sealed), time_limit_s=TIME_LIMIT_S)
        )
    _report(f"one node of {NODES} workers", phase)
    return phase


def _two_nodes(keys: list[DeviceKey], sealed: Sequence[list[Upload]]) -> Phase:
    with scratch_dir("two-nodes") as root, running_cluster(root, nodes=NODES) as cluster:
        enroll_devices(cluster.sessions, keys)
        phase = asyncio.run(
            drive(cluster.url, cluster.pin, _fresh(sealed), time_limit_s=TIME_LIMIT_S)
        )
    _report(f"{NODES} nodes behind HAProxy", phase)
    return phase


def run(quick: bool = False) -> Figures:
    laptops_n = 30 if quick else LAPTOPS
    keys: list[DeviceKey] = [new_device_key() for _ in range(laptops_n)]
    log(f"central_two_nodes: sealing {laptops_n * RECORDS_EACH} records")
    sealed = make_laptops(keys, RECORDS_EACH, INK_POINTS)
    # One, two, two, one: drift in the machine's load falls on both alike.
    order = ["one", "two"] if quick else ["one", "two", "two", "one"]
    runs: dict[str, list[Phase]] = {"one": [], "two": []}
    for which in order:
        log(f"central_two_nodes: {laptops_n} laptops, {which} node(s)")
        runs[which].append((_one_node if which == "one" else _two_nodes)(keys, sealed))
    one, two = runs["one"], runs["two"]
    per_s = median([p.stored / p.wall_s for p in two])
    baseline = median([p.stored / p.wall_s for p in one])
    return {
        "central_two_nodes_per_s": per_s,
        "central_two_nodes_ratio": per_s / baseline if baseline else float("nan"),
        "central_two_nodes_p99_ms": median([_p99(p) for p in two]),
        "central_two_nodes_errors": float(sum(len(p.errors) for p in two)),
        "central_one_node_per_s": baseline,
        "central_one_node_p99_ms": median([_p99(p) for p in one]),
        "central_one_node_errors": float(sum(len(p.errors) for p in one)),
    }


def _p99(phase: Phase) -> float:
    latencies = phase.latencies_ms
    return percentile(latencies, 99) if latencies else float("nan")
