"""Slow, idle and half-open clients for the slow-client attack tests, and a real
`cssw-central serve` process whose memory can be read from /proc.

Loopback has a whole range of addresses (127.0.0.0/8): an attacker "from many addresses"
binds its sockets to 127.0.1.x before connecting to central on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.receipt_key import load_or_create_receipt_key, public_hex
from cssw_core.pinning import pinned_context
from cssw_core.protocol import UploadResponse
from cssw_core.signing import receipt_holds
from tests.support.central import RunningCentral, admin, free_port
from tests.support.central_client import LaptopClient
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import seal_consent_document

HALF_HEADERS = (
    b"POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    b"X-Padding: " + b"p" * 512
)  # no end of the headers: central waits for the rest
WITHHELD_BODY = (
    b"POST /v1/heartbeat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
)  # whole headers, and a body that never comes


def attacker_address(n: int) -> str:
    """The n-th attacker address (0-based): 127.0.1.1, 127.0.1.2, ... 127.0.2.1, ..."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


def raise_fd_limit(wanted: int) -> None:
    """Raise this process's soft limit on open files towards `wanted` (within the hard)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        top = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (top, hard))


def tls_connect(
    port: int, pin: str, source: str = "127.0.0.1", timeout: float = 10
) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0))
    return pinned_context(pin).wrap_socket(raw, server_hostname="127.0.0.1")


def closed_by_peer(conn: socket.socket, wait: float) -> bool:
    """True once the other end has closed (EOF or reset) within `wait` seconds."""
    conn.settimeout(wait)
    try:
        return conn.recv(1) == b""
    except (ConnectionError, ssl.SSLError):
        return True
    except TimeoutError:
        return False


@dataclass
class Flood:
    opened: int = 0
    failed: int = 0  # connect or TLS refused (central making room, or at its limit)
    closed_by_central: int = 0


async def half_sent_headers(
    port: int,
    pin: str,
    count: int,
    *,
    per_address: int,
    hold_seconds: float,
    concurrency: int = 200,
) -> Flood:
    """Open `count` TLS connections, `per_address` from each attacker address, each sending
    the start of a request's headers and never the rest; hold them `hold_seconds`."""
    context = pinned_context(pin)
    flood = Flood()
    writers: list[asyncio.StreamWriter] = []
    readers: list[asyncio.StreamReader] = []
    limiter = asyncio.Semaphore(concurrency)

    async def one(n: int) -> None:
        async with limiter:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(
                        "127.0.0.1",
                        port,
                        ssl=context,
                        server_hostname="127.0.0.1",
                        local_addr=(attacker_address(n // per_address), 0),
                    ),
                    timeout=20,
                )
                writer.write(HALF_HEADERS)
                await writer.drain()
            except (OSError, ssl.SSLError, TimeoutError):
                flood.failed += 1
                return
            flood.opened += 1
            readers.append(reader)
            writers.append(writer)

    await asyncio.gather(*(one(n) for n in range(count)))
    await asyncio.sleep(hold_seconds)
    for reader in readers:
        if reader.at_eof() or reader.exception() is not None:
            flood.closed_by_central += 1
    for writer in writers:
        writer.transport.abort()
    return flood


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of process `pid`, in MB, from /proc."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


@dataclass
class ServedCentral:
    """`cssw-central serve` in its own process: what a LaptopClient and the test need."""

    url: str
    pin: str
    port: int
    cert_path: Path
    key_path: Path
    database_url: str
    receipt_key_path: Path
    process: subprocess.Popen[str]

    @property
    def receipt_public_key(self) -> str:
        key, _created = load_or_create_receipt_key(self.receipt_key_path)
        return public_hex(key)

    def issue_code(self, username: str) -> str:
        return admin(
            self.database_url,
            "issue-code",
            "--username", username,
            "--server-url", self.url,
            "--tls-cert", str(self.cert_path),
            "--hours", "1",
        ).strip()  # fmt: skip


@contextmanager
def served_central(
    tmp_path: Path, database_url: str, *extra: str, log: Path | None = None
) -> Iterator[ServedCentral]:
    """Run the real command on 127.0.0.1 until the block ends (then SIGTERM, and wait);
    what it prints (uvicorn's access log among it) goes to `log`, if given."""
    cert, key, pin = make_dev_cert("127.0.0.1", tmp_path / "tls")
    port = free_port()
    command = [
        sys.executable, "-m", "cssw_central.cli", "serve",
        "--database-url", database_url,
        "--tls-cert", str(cert), "--tls-key", str(key),
        "--port", str(port),
        "--drop-folder", str(tmp_path / "drop"),
        "--receipt-key", str(tmp_path / "receipt-key.pem"),
        "--retention-every-hours", "0",
        *extra,
    ]  # fmt: skip
    out = log.open("w", encoding="utf-8") if log is not None else subprocess.DEVNULL
    process = subprocess.Popen(
        command,
        stdout=out,
        stderr=subprocess.STDOUT if log is not None else subprocess.DEVNULL,
        text=True,
    )
    served = ServedCentral(
        f"https://127.0.0.1:{port}",
        pin,
        port,
        cert,
        key,
        database_url,
        tmp_path / "receipt-key.pem",
        process,
    )
    try:
        deadline = time.monotonic() + 60
        with httpx.Client(verify=pinned_context(pin), timeout=5) as client:
            while True:
                try:
                    client.get(f"{served.url}/v1/openapi.json")
                    break
                except httpx.TransportError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("cssw-central serve did not start") from None
                    time.sleep(0.2)
        yield served
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.communicate(timeout=10)
        if not isinstance(out, int):
            out.close()


def genuine_sync(central: RunningCentral, client: LaptopClient, attempts: int = 20) -> int:
    """Enroll (if not yet) and upload one sealed record as a laptop's sync would, retrying
    a refused connection or a 'busy' answer; the number of tries it took."""
    family = family_with_teenager()
    sealed = seal_consent_document(client.key, family, complete_draft(family))
    for attempt in range(1, attempts + 1):
        try:
            response = client.upload(sealed.upload())  # signed afresh each time
        except httpx.TransportError:
            time.sleep(0.5)
            continue
        if response.status_code == 503:
            time.sleep(0.5)
            continue
        assert response.status_code == 201, response.text
        receipt = UploadResponse.model_validate(response.json()).receipt
        assert receipt_holds(receipt, central.receipt_public_key)
        return attempt
    raise AssertionError("the genuine laptop never got through")
