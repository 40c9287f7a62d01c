"""Central on two machines: two `cssw-central serve` nodes on one PostgreSQL database behind
HAProxy passing TLS through (bench/central_nodes.py), one node killed mid-load.

The nodes share what docs/it-and-central.md says N nodes share: the database, the TLS
certificate and key, the receipt key file and the drop folder; they start at the same
moment on the empty database (both migrate; one does the work). 300 simulated laptops
(bench/central_load.py: each its own enrolled key, its own pinned connection, signed
requests, a busy answer waited out) sync two records each through the balancer. Once a
quarter of the records are stored, one node is killed (SIGKILL, mid-request). Its laptops'
connections die; each re-sends, as the app does (a request whose answer was lost may have
been stored: the same bytes again get the original receipt), and carries on through the
other node.

Asserted: every record stored exactly once (counted per record id and version in the
database), records stored after the kill (through the surviving node), every receipt
signed by the one shared receipt key whichever node signed it (one upload sent straight to
each node first shows both nodes sign with it), no answer but 201, 200 (already received,
after a lost answer) or 503 with Retry-After, and HAProxy saw both nodes take connections
and the killed one go down. Re-sends, throughput and latency are figures for the
fault-suite summary, not asserted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from bench.central_common import enroll_devices
from bench.central_load import Phase, Upload, drive, make_laptops
from bench.central_nodes import Cluster, running_cluster
from bench.common import median, percentile
from cssw_central.infra.tables import Record
from cssw_core.protocol import SignedReceipt
from cssw_core.signing import receipt_holds
from tests.faults import tally
from tests.support.load_balancer import haproxy
from tests.support.sealed_documents import FAKE_PDF, new_device_key

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        haproxy() is None, reason="haproxy is not installed (scripts/setup-system test)"
    ),
]

SUITE = "load: two nodes, one killed"
LAPTOPS = 300
RECORDS_EACH = 2
INK_POINTS = 100
KILL_AFTER = LAPTOPS * RECORDS_EACH // 4  # records stored before a node is killed
# Bounds, not speed targets: each stops a phase that would hang (half the capacity is
# gone after the kill, and the machine is shared with other tests).
CONNECT_LIMIT_S = 30.0
LOAD_LIMIT_S = 150.0
POLL_S = 0.2
HAPROXY_DOWN_WITHIN_S = 10.0  # two failed checks a second apart, with room for a busy machine


@dataclass
class Fleet:
    cluster: Cluster
    direct: list[list[Upload]]  # one laptop per node, sending straight to it
    laptops: list[list[Upload]]  # 300 laptops, through the balancer


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fleet]:
    root = tmp_path_factory.mktemp("two-nodes")
    with running_cluster(root, nodes=2, workers=1) as cluster:
        keys = [new_device_key() for _ in range(LAPTOPS + 2)]
        enroll_devices(cluster.sessions, keys)
        direct = make_laptops(keys[:2], 1, INK_POINTS, FAKE_PDF)
        laptops = make_laptops(keys[2:], RECORDS_EACH, INK_POINTS, FAKE_PDF)
        yield Fleet(cluster, direct, laptops)


def _stored(cluster: Cluster) -> int:
    with cluster.sessions() as session:
        return int(session.execute(select(func.count()).select_from(Record)).scalar_one())


def _copies(cluster: Cluster) -> dict[tuple[str, int], int]:
    with cluster.sessions() as session:
        rows = session.execute(
            select(Record.record_id, Record.version, func.count()).group_by(
                Record.record_id, Record.version
            )
        ).all()
    return {(str(record_id), version): count for record_id, version, count in rows}


def _receipt_checks_out(upload: Upload, receipt_public_key: str) -> bool:
    assert upload.receipt is not None
    signed = SignedReceipt.model_validate(upload.receipt)
    receipt = signed.receipt
    return (
        receipt_holds(signed, receipt_public_key)
        and (receipt.record_id, receipt.version) == (upload.record_id, upload.version)
        and receipt.content_hash == upload.content_hash
        and receipt.device_id == upload.key.device_id
    )


async def _load_and_kill(fleet: Fleet) -> tuple[Phase, int]:
    """The 300 laptops through the balancer; node n1 killed once KILL_AFTER records are
    stored. Returns the phase and how many records were stored when it was killed."""
    cluster = fleet.cluster
    victim = cluster.nodes[0]
    at_kill: list[int] = []

    async def kill_when_due() -> None:
        while (stored := await asyncio.to_thread(_stored, cluster)) < KILL_AFTER:
            await asyncio.sleep(POLL_S)
        await asyncio.to_thread(victim.kill)
        at_kill.append(stored)

    killer = asyncio.create_task(kill_when_due())
    phase = await drive(
        cluster.url,
        cluster.pin,
        fleet.laptops,
        time_limit_s=LOAD_LIMIT_S,
        connect_limit_s=CONNECT_LIMIT_S,
    )
    if not killer.done():  # the load finished (or hung) before the kill: fail below
        killer.cancel()
    await asyncio.gather(killer, return_exceptions=True)
    return phase, (at_kill[0] if at_kill else -1)


def test_two_nodes_one_killed_mid_load_every_record_stored_once(fleet: Fleet) -> None:
    cluster = fleet.cluster
    # Each node on its own signs with the one receipt key the laptops were given.
    for node, laptop in zip(cluster.nodes, fleet.direct, strict=True):
        alone = asyncio.run(drive(node.url, cluster.pin, [laptop], time_limit_s=60))
        assert alone.stored == 1, (node.name, alone.errors)
        assert _receipt_checks_out(laptop[0], cluster.receipt_public_key), node.name

    phase, stored_at_kill = asyncio.run(_load_and_kill(fleet))
    uploads = phase.uploads
    victim, survivor = cluster.nodes
    # HAProxy takes a node out after two failed checks a second apart: when the load ends
    # within two seconds of the kill (a fast run), it may not have said so yet.
    deadline = time.monotonic() + HAPROXY_DOWN_WITHIN_S
    stats = cluster.balancer.stats()
    while stats[victim.name].status != "DOWN" and time.monotonic() < deadline:
        time.sleep(POLL_S)
        stats = cluster.balancer.stats()
    copies = _copies(cluster)
    sent = {(u.record_id, u.version) for u in uploads + [d[0] for d in fleet.direct]}
    resent = sum(len(u.failures) + u.reconnects for u in uploads)
    latencies = phase.latencies_ms or [float("nan")]
    tally.add(
        SUITE,
        laptops=LAPTOPS,
        records=len(uploads),
        stored=phase.stored,
        lost=len(sent - set(copies)),
        duplicates=sum(count - 1 for count in copies.values()),
        stored_at_kill=stored_at_kill,
        resent=resent,
        receipts_again=sum(u.statuses[-1:] == [200] for u in uploads),
        shed=phase.shed,
        throughput_per_s=round(phase.stored / phase.wall_s, 1),
        p50_ms=round(median(latencies)),
        p99_ms=round(percentile(latencies, 99)),
    )

    assert 0 < stored_at_kill < len(uploads)  # killed mid-load, not before or after it
    assert victim.process.poll() is not None  # gone
    assert survivor.process.poll() is None  # and the other still serving
    # Both took laptops before the kill; HAProxy saw the killed one go down.
    assert stats[victim.name].sessions > 0, stats
    assert stats[survivor.name].sessions > 0, stats
    assert (stats[victim.name].status, stats[survivor.name].status) == ("DOWN", "UP"), stats
    for upload in uploads:
        assert set(upload.statuses) <= {200, 201, 503}, upload.statuses  # no 5xx but busy
        assert all(upload.retry_after), "a 503 without Retry-After"
        assert upload.statuses[-1:] in ([201], [200]), (upload.statuses, upload.failures)
        assert _receipt_checks_out(upload, cluster.receipt_public_key)
    assert phase.stored == len(uploads)  # every laptop carried on to the end
    # Central holds each record once: none lost, none twice, nothing else.
    assert set(copies) == sent
    assert set(copies.values()) == {1}
    assert _stored(cluster) == len(sent) > stored_at_kill  # stored after the kill too
    # The killed node's laptops had their connections cut and sent again.
    assert resent > 0
