"""Set-up the central benchmarks share: a fresh PostgreSQL database, a real TLS certificate,
the real service in its own process (bench/central_server.py), and enrolled laptops.

Laptops are registered straight in the database (a device row per laptop) rather than
through /v1/enroll: each enrollment checks an Argon2id password (~0.3 s), and the
benchmarks measure uploads, not enrollment. Everything else goes over the wire.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.receipt_key import load_or_create_receipt_key, public_hex
from cssw_central.infra.tables import Device, Team, Worker
from cssw_core.domain.sealing import DeviceKey
from tests.support.central import free_port
from tests.support.postgres import fresh_database

START_TIMEOUT_S = 60


@dataclass
class BenchCentral:
    url: str
    pin: str
    database_url: str
    receipt_public_key: str
    sessions: sessionmaker[Session]
    process: subprocess.Popen[bytes]
    bare_url: str

    def enroll_devices(self, keys: list[DeviceKey], team: str = "Bench team") -> str:
        """Register laptops for one worker straight in the database; the worker's id."""
        return enroll_devices(self.sessions, keys, team)


def enroll_devices(
    sessions: sessionmaker[Session], keys: list[DeviceKey], team: str = "Bench team"
) -> str:
    """Register laptops for one worker straight in the database; the worker's id."""
    with sessions.begin() as session:
        team_row = Team(name=team)
        session.add(team_row)
        session.flush()
        worker = Worker(
            team_id=team_row.id,
            username=f"bench-{team_row.id[:8]}",
            display_name="Bench Worker",
            role="worker",
            password_hash="not-used",  # noqa: S106 - never enrolls; bench only
        )
        session.add(worker)
        session.flush()
        for index, key in enumerate(keys):
            session.add(
                Device(
                    id=key.device_id,
                    worker_id=worker.id,
                    public_key=key.public_key,
                    name=f"bench-laptop-{index}",
                )
            )
        return worker.id


def _free_port() -> int:
    return free_port()  # honours $CSSW_TEST_PORTS


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the central bench server stopped while starting")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the central bench server did not start in time")


BENCH_CONNECTIONS = 8192  # connections per process, from one address or in all
BENCH_HEADER_TIMEOUT_S = 300  # idle after connecting, until every laptop has connected


def serve_command(
    database_url: str, cert: Path, key: Path, port: int, root: Path, workers: int
) -> list[str]:
    """`cssw-central serve` as deployed, with the bench's connection limits; the drop
    folder and receipt key under `root` (shared by every node started with the same root)."""
    return [
        sys.executable,
        "-m",
        "cssw_central.cli",
        "serve",
        "--database-url",
        database_url,
        "--tls-cert",
        str(cert),
        "--tls-key",
        str(key),
        "--port",
        str(port),
        "--drop-folder",
        str(root / "drop"),
        "--receipt-key",
        str(root / "receipt-key.pem"),
        "--workers",
        str(workers),
        # Every simulated laptop connects from 127.0.0.1 (or, behind a balancer passing
        # TLS through, from the balancer's address), thousands at once: lift the
        # per-address and per-process connection limits (infra/connections.py), which
        # real laptops, each from its own address, do not meet. The balancer is never
        # named a trusted proxy (a laptop could then claim any address).
        "--max-connections",
        str(BENCH_CONNECTIONS),
        "--max-connections-per-address",
        str(BENCH_CONNECTIONS),
        # The simulated laptops connect first and send only when all have connected,
        # which on a busy machine takes longer than a real laptop's headers may.
        "--header-timeout",
        str(BENCH_HEADER_TIMEOUT_S),
    ]


def _command(
    database_url: str, cert: Path, key: Path, port: int, root: Path, workers: int
) -> list[str]:
    if workers > 1:  # the service's own command, with several processes
        return serve_command(database_url, cert, key, port, root, workers)
    return [
        sys.executable,
        "-m",
        "bench.central_server",
        database_url,
        str(cert),
        str(key),
        str(port),
        str(root / "drop"),
        str(root / "receipt-key.pem"),
    ]


def _status_mib(pid: int, field: str) -> float:
    """A /proc/PID/status memory figure (VmHWM: peak resident; VmRSS: now) in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def server_memory_mib(pid: int) -> tuple[float, float]:
    """(the largest peak resident size of one server process, all of them together): the
    process `pid` and the worker processes it started (Linux /proc; read before they stop).
    A worker's peak is its own high-water mark; the total adds them up (each peaked at
    about the same time, under the same load)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    workers = [
        int(child)
        for child in children
        if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()
    ]
    peaks = [_status_mib(p, "VmHWM") for p in [pid, *workers]]
    return max(peaks), sum(peaks)


@contextmanager
def running_central(
    root: Path, workers: int = 1, fill: Callable[[str], object] | None = None
) -> Iterator[BenchCentral]:
    """The real service on a fresh PostgreSQL database, stopped and dropped afterwards.

    One process also serves the bare endpoint (bench/central_server.py); with several,
    it is `cssw-central serve --workers N` itself, and there is no bare endpoint.
    `fill`, given the database's URL, puts data in before the service starts."""
    with fresh_database() as database_url:
        upgrade(database_url)
        if fill is not None:  # what central holds before it starts (bench/central_fill.py)
            fill(database_url)
        cert, key, pin = make_dev_cert("127.0.0.1", root / "tls")
        receipt_path = root / "receipt-key.pem"
        receipt, _ = load_or_create_receipt_key(receipt_path)
        port = _free_port()
        process = subprocess.Popen(
            _command(database_url, cert, key, port, root, workers),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        engine = make_engine(database_url, pool_size=2)
        try:
            _wait_for(port, process)
            url = f"https://127.0.0.1:{port}"
            yield BenchCentral(
                url=url,
                pin=pin,
                database_url=database_url,
                receipt_public_key=public_hex(receipt),
                sessions=make_sessions(engine),
                process=process,
                bare_url=f"{url}/bench/bare",
            )
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            engine.dispose()
