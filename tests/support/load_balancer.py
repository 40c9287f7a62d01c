"""HAProxy (Debian's `haproxy`, from `scripts/setup-system test`) in front of central nodes, in
TCP mode: it passes TLS through untouched, so each laptop's pin of central's key holds
whichever node answers, as docs/it-and-central.md ("Central on more than one machine")
describes.

It checks each node every second (a TCP connect) and takes a node out after two failed
checks; until then a connection it cannot open to a dead node is tried again on another
(`retries` with `option redispatch 1`). A connection already open through a node that dies
is closed, and the laptop sends again on a new one. The per-node connection counts come
from HAProxy's own statistics socket (`stats()`).
"""

from __future__ import annotations

import csv
import io
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CONFIG = """\
global
    maxconn 4096
    stats socket {run}/haproxy.sock mode 600 level user
    pidfile {run}/haproxy.pid

defaults
    mode tcp
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout check 2s
    retries 3
    option redispatch 1

frontend central
    bind 127.0.0.1:{port}
    default_backend nodes

backend nodes
    balance leastconn
    default-server check inter 1s fall 2 rise 2
{servers}
"""

START_TIMEOUT_S = 20.0


def haproxy() -> str | None:
    return shutil.which("haproxy") or (
        "/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None
    )


@dataclass
class NodeStats:
    """One node as HAProxy sees it: UP or DOWN, and connections it passed to it in all."""

    name: str
    status: str
    sessions: int


@dataclass
class RunningBalancer:
    port: int
    process: subprocess.Popen[bytes]
    socket_path: Path

    def stats(self) -> dict[str, NodeStats]:
        """Each node's status and connection count, from HAProxy's statistics socket."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(5)
            conn.connect(str(self.socket_path))
            conn.sendall(b"show stat\n")
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
        text = b"".join(chunks).decode().lstrip("# ")
        found = {}
        for row in csv.DictReader(io.StringIO(text)):
            if row["pxname"] == "nodes" and row["svname"] not in ("FRONTEND", "BACKEND"):
                found[row["svname"]] = NodeStats(
                    row["svname"], row["status"].split()[0], int(row["stot"] or 0)
                )
        return found


@contextmanager
def load_balancer(run_dir: Path, port: int, node_ports: Sequence[int]) -> Iterator[RunningBalancer]:
    """HAProxy on 127.0.0.1:`port`, passing TCP to nodes n1, n2, … on `node_ports`."""
    binary = haproxy()
    if binary is None:
        raise RuntimeError("haproxy is not installed: run scripts/setup-system test")
    run_dir.mkdir(parents=True, exist_ok=True)
    servers = "\n".join(
        f"    server n{index} 127.0.0.1:{node}" for index, node in enumerate(node_ports, 1)
    )
    config = run_dir / "haproxy.cfg"
    config.write_text(CONFIG.format(run=run_dir, port=port, servers=servers), encoding="utf-8")
    log = (run_dir / "haproxy.log").open("wb")
    # -db: in the foreground, so the process we hold is HAProxy itself.
    process = subprocess.Popen(
        [binary, "-db", "-f", str(config)], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    said = (run_dir / "haproxy.log").read_text(encoding="utf-8", errors="replace")
                    raise RuntimeError(f"haproxy did not start: {said.strip()}") from None
                time.sleep(0.1)
        yield RunningBalancer(port, process, run_dir / "haproxy.sock")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
