"""Central behind a real reverse proxy (nginx), as docs/it-and-central.md describes.

nginx terminates TLS with central's own certificate and key (the laptop's pin holds),
reads each request whole before passing it on, cuts slow headers and bodies, limits
connections per address, and tells central the client's address. Central believes that
only from the proxy's address (`--trusted-proxy 127.0.0.9`): a client that connects to
central directly and claims another address is not believed.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import httpx
import pytest

from cssw_core.pinning import pinned_context
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient
from tests.support.central_fixtures import STANDARD_PEOPLE, WENDY_PASSWORD
from tests.support.postgres import TemplateDatabases
from tests.support.reverse_proxy import PROXY_ADDRESS, nginx, reverse_proxy
from tests.support.sealed_documents import new_device_key
from tests.support.slow_clients import (
    HALF_HEADERS,
    WITHHELD_BODY,
    attacker_address,
    closed_by_peer,
    genuine_sync,
    served_central,
    tls_connect,
)

SUITE = "attack: slow clients"
LAPTOP_ADDRESS = "127.0.0.5"
SPOOFED = "203.0.113.9"

pytestmark = pytest.mark.skipif(
    nginx() is None, reason="nginx is not installed (scripts/setup-system test)"
)


@dataclass
class ViaProxy:
    """What a LaptopClient needs, pointing at the proxy."""

    url: str
    pin: str
    receipt_public_key: str


def laptop_from(address: str, url: str, pin: str, client: LaptopClient) -> LaptopClient:
    """`client`, its connections made from `address` to `url`."""
    client.http.close()
    client.http = httpx.Client(
        base_url=url,
        timeout=30,
        transport=httpx.HTTPTransport(verify=pinned_context(pin), local_address=address),
    )
    return client


def seen_by_central(log: Path) -> list[str]:
    """The client addresses in central's access log, in order."""
    return re.findall(r"INFO:\s+([0-9.]+):\d+ - \"", log.read_text(encoding="utf-8"))


def test_behind_nginx_slow_clients_are_cut_and_only_the_proxy_names_the_client(
    tmp_path: Path, pg_templates: TemplateDatabases
) -> None:
    log = tmp_path / "central.log"
    with (
        pg_templates.copy(STANDARD_PEOPLE) as url,
        served_central(tmp_path, url, "--trusted-proxy", PROXY_ADDRESS, log=log) as served,
        reverse_proxy(
            tmp_path / "nginx",
            upstream_port=served.port,
            cert=served.cert_path,
            key=served.key_path,
            header_timeout=2,
            body_timeout=2,
            per_address=16,
        ) as proxy,
    ):
        proxy_url = f"https://127.0.0.1:{proxy.port}"
        central = cast(RunningCentral, ViaProxy(proxy_url, served.pin, served.receipt_public_key))
        source = attacker_address(0)
        withheld = [tls_connect(proxy.port, served.pin, source) for _ in range(16)]
        half = [tls_connect(proxy.port, served.pin, attacker_address(1)) for _ in range(16)]
        try:
            for conn in withheld:
                conn.sendall(WITHHELD_BODY)
            for conn in half:
                conn.sendall(HALF_HEADERS)
            # A 17th connection from the same address: nginx's per-address limit.
            extra = tls_connect(proxy.port, served.pin, source)
            extra.sendall(b"GET /v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n")
            assert extra.recv(64).startswith(b"HTTP/1.1 503")
            extra.close()
            # The genuine laptop enrolls and syncs through the proxy, from its own address.
            with laptop_from(
                LAPTOP_ADDRESS, proxy_url, served.pin, LaptopClient(central, new_device_key())
            ) as laptop:
                code = served.issue_code("wendy")
                assert laptop.enroll(code, WENDY_PASSWORD).status_code == 201
                assert genuine_sync(central, laptop) == 1
                # What the laptop says about its own address is not passed on.
                claimed = laptop.http.get("/v1/openapi.json", headers={"X-Forwarded-For": SPOOFED})
                assert claimed.status_code == 200
            # The slow ones are cut by the proxy's deadlines.
            cut = sum(closed_by_peer(conn, 10) for conn in [*withheld, *half])
        finally:
            for conn in [*withheld, *half]:
                conn.close()
        # Directly to central, not from the proxy: a claimed address is not believed.
        with httpx.Client(verify=pinned_context(served.pin), timeout=10) as direct:
            answer = direct.get(
                f"{served.url}/v1/openapi.json", headers={"X-Forwarded-For": SPOOFED}
            )
            assert answer.status_code == 200
        time.sleep(0.5)  # the access log line written
    assert cut == 32
    seen = seen_by_central(log)
    assert seen.count(LAPTOP_ADDRESS) >= 3  # enroll, upload, the claimed-address request
    assert PROXY_ADDRESS not in seen  # central names the client, not the proxy
    assert SPOOFED not in seen
    assert seen[-1] == "127.0.0.1"  # the direct request: its real address
    tally.add(SUITE, cases=3, connections=33, genuine_ok=1, accepted=0, server_errors=0)
