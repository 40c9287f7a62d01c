"""Central on several machines, on one: N `cssw-central serve` nodes on one PostgreSQL
database, behind HAProxy passing TLS through (tests/support/load_balancer.py).

Each node is its own `cssw-central serve` process group, as it would be on its own
machine; what they share is what docs/it-and-central.md says N nodes must share: the
database, the TLS certificate and key (laptops pin the key, whichever node answers), the
receipt key (laptops check every receipt against its public half) and the drop folder.
Every node starts on the un-migrated database at the same moment, as after an upgrade
of all nodes at once: the migrations run once (infra/migrate.py takes a lock for them).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bench.central_common import _free_port, _wait_for, serve_command
from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.receipt_key import load_or_create_receipt_key, public_hex
from tests.support.load_balancer import RunningBalancer, load_balancer
from tests.support.postgres import fresh_database

STOP_TIMEOUT_S = 15


@dataclass
class Node:
    """One `cssw-central serve` (its own process group) and the port it listens on."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """Gone at once, mid-request, as a machine that loses power (SIGKILL to the group)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT_S)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()


@dataclass
class Cluster:
    url: str  # the load balancer's: what laptops are enrolled with
    pin: str
    database_url: str
    receipt_public_key: str
    sessions: sessionmaker[Session]
    nodes: list[Node]
    balancer: RunningBalancer
    drop_folder: Path


@contextmanager
def running_cluster(root: Path, nodes: int = 2, workers: int = 1) -> Iterator[Cluster]:
    """`nodes` nodes of `workers` processes each, behind HAProxy, on a fresh database;
    everything stopped and the database dropped afterwards."""
    with fresh_database() as database_url, ExitStack() as stack:
        cert, key, pin = make_dev_cert("127.0.0.1", root / "tls")
        receipt, _ = load_or_create_receipt_key(root / "receipt-key.pem")
        started: list[Node] = []
        stack.callback(_stop_all, started)
        for index in range(1, nodes + 1):
            port = _free_port()
            log = root / f"node-{index}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    serve_command(database_url, cert, key, port, root, workers),
                    cwd=root,  # anything a node keeps by default stays in the scratch folder
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own group: killed whole, workers and all
                )
            started.append(Node(f"n{index}", port, process, log))
        for node in started:
            _wait_for(node.port, node.process)
        balancer = stack.enter_context(
            load_balancer(root / "haproxy", _free_port(), [node.port for node in started])
        )
        _wait_until_up(balancer, len(started))
        engine = make_engine(database_url, pool_size=2)
        stack.callback(engine.dispose)
        yield Cluster(
            url=f"https://127.0.0.1:{balancer.port}",
            pin=pin,
            database_url=database_url,
            receipt_public_key=public_hex(receipt),
            sessions=make_sessions(engine),
            nodes=started,
            balancer=balancer,
            drop_folder=root / "drop",
        )


def _stop_all(nodes: list[Node]) -> None:
    for node in nodes:
        node.stop()


def _wait_until_up(balancer: RunningBalancer, count: int, limit_s: float = 20.0) -> None:
    """Until HAProxy's health checks see every node up (it starts them as up-going)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        stats = balancer.stats()
        if len(stats) == count and all(s.status == "UP" for s in stats.values()):
            return
        time.sleep(0.2)
    raise RuntimeError(f"the load balancer does not see every node up: {balancer.stats()}")
