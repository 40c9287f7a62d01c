"""`cssw-central serve --workers 2`: the real command, several processes, one HTTPS port."""

from __future__ import annotations

import asyncio
import re
import signal
import stat
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

from cssw_central.infra.certs import make_dev_cert
from cssw_core.pinning import pinned_context
from tests.support.central import free_port
from tests.support.postgres import fresh_database

CONNECTIONS = 40


def connections_held(pin: str, port: int, count: int) -> dict[int, int]:
    """Open `count` kept-alive HTTPS connections all at once (as a burst of laptops
    does); how many each process holds."""

    async def burst() -> str:
        context = pinned_context(pin)
        clients = [httpx.AsyncClient(verify=context, timeout=10) for _ in range(count)]
        try:
            url = f"https://127.0.0.1:{port}/v1/openapi.json"
            answers = await asyncio.gather(*(client.get(url) for client in clients))
            assert [a.status_code for a in answers] == [200] * count
            return subprocess.run(
                ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            await asyncio.gather(*(client.aclose() for client in clients))

    listing = asyncio.run(burst())
    return dict(Counter(int(pid) for pid in re.findall(r"pid=(\d+)", listing)))


def test_several_worker_processes_serve_one_https_port(tmp_path: Path) -> None:
    cert, key, pin = make_dev_cert("127.0.0.1", tmp_path / "tls")
    port = free_port()
    with fresh_database() as database_url:
        server = subprocess.Popen(
            [
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
                str(tmp_path / "drop"),
                "--receipt-key",
                str(tmp_path / "receipt-key.pem"),
                "--workers",
                "2",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            answers: list[httpx.Response] = []
            deadline = time.monotonic() + 60
            with httpx.Client(verify=pinned_context(pin), timeout=5) as client:
                while time.monotonic() < deadline and len(answers) < 20:
                    try:
                        answers.append(client.get(f"https://127.0.0.1:{port}/v1/openapi.json"))
                    except httpx.TransportError:
                        time.sleep(0.2)
                # An unsigned upload is refused in the service's own words, from any worker.
                refused = client.post(f"https://127.0.0.1:{port}/v1/records", content=b"{}")
            assert [a.status_code for a in answers] == [200] * 20
            assert answers[0].json()["info"]["title"] == "CSSW central"
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "unsigned"
            workers = subprocess.run(
                ["pgrep", "-P", str(server.pid), "-f", "spawn_main"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.split()
            assert len(workers) == 2
            # Many laptops at once are shared out between the workers (a socket each,
            # the kernel spreading the connections), not all taken by one.
            held = connections_held(pin, port, CONNECTIONS)
            assert sorted(held) == sorted(int(pid) for pid in workers)
            assert sum(held.values()) == CONNECTIONS
            assert min(held.values()) >= CONNECTIONS // 8
        finally:
            server.send_signal(signal.SIGTERM)
            out, err = server.communicate(timeout=30)
    assert "receipt public key:" in out
    assert stat.S_IMODE((tmp_path / "drop").stat().st_mode) == 0o700  # owner-only
    assert "Traceback" not in err
