"""Holding a busy central's places for admission tests.

`with hog(central): ...` takes one of central's admission places (of `max_inflight`) on
the server's own event loop, as a request being handled does, and gives it back when the
block ends. (A client that withholds its body holds no place: a request is admitted only
once its whole body has arrived; tests/faults/test_slow_clients.py.)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cssw_central.infra.admission import AdmissionGate
from cssw_central.infra.connections import ConnectionTable
from tests.support.central import RunningCentral

WAIT_S = 15.0  # bound on every wait for the server to reach a state


def gate(central: RunningCentral) -> AdmissionGate:
    """The running server's admission gate (read from the test thread: plain counters)."""
    found = central.app.state.admission
    assert isinstance(found, AdmissionGate)
    return found


def connections(central: RunningCentral) -> ConnectionTable:
    """The running server's connection table (read from the test thread: plain counters)."""
    found = central.app.state.connections
    assert isinstance(found, ConnectionTable)
    return found


def wait_until(check: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"central never reached: {what}")
        time.sleep(0.01)


@contextmanager
def hog(central: RunningCentral) -> Iterator[None]:
    """Hold one of central's admission places until the block ends."""
    loop = connections(central).loop
    assert loop is not None
    the_gate = gate(central)
    admitted = asyncio.run_coroutine_threadsafe(the_gate.enter(), loop).result(WAIT_S)
    assert admitted, "the hog found no free place"
    held = the_gate.in_flight + the_gate.waiting
    try:
        yield
    finally:
        loop.call_soon_threadsafe(the_gate.leave)
    # Its place is given back (or handed to a waiting request).
    wait_until(
        lambda: the_gate.in_flight + the_gate.waiting < held or the_gate.waiting == 0,
        "the held place freed",
    )
