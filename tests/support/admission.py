"""Holding a busy central's places for admission tests: a request whose body never comes.

`with hog(central): ...` opens a pinned TLS connection and sends a request's headers but
not its body; central admits it and waits for the body, so it holds one place (of
`max_inflight`) until the block ends and the connection closes.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cssw_central.infra.admission import AdmissionGate
from cssw_core.pinning import pinned_context
from tests.support.central import RunningCentral

WAIT_S = 15.0  # bound on every wait for the server to reach a state


def gate(central: RunningCentral) -> AdmissionGate:
    """The running server's admission gate (read from the test thread: plain counters)."""
    found = central.app.state.admission
    assert isinstance(found, AdmissionGate)
    return found


def wait_until(check: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"central never reached: {what}")
        time.sleep(0.01)


@contextmanager
def hog(central: RunningCentral) -> Iterator[None]:
    """Hold one of central's places until the block ends."""
    port = int(central.url.rsplit(":", 1)[1])
    raw = socket.create_connection(("127.0.0.1", port), timeout=WAIT_S)
    conn = pinned_context(central.pin).wrap_socket(raw, server_hostname="127.0.0.1")
    before = gate(central).admitted
    try:
        conn.sendall(
            b"POST /v1/heartbeat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        )
        wait_until(lambda: gate(central).admitted > before, "the held request admitted")
        yield
    finally:
        held = gate(central).in_flight + gate(central).waiting
        conn.close()
    # Its place is given back (or handed to a waiting request) once central sees it go.
    wait_until(
        lambda: gate(central).in_flight + gate(central).waiting < held, "the held place freed"
    )
