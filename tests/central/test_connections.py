"""The connection table's rules on their own (infra/connections.py), with real sockets.

The table is driven with socket pairs: the "accepted" end is admitted, and a cut shows on
the other end as end-of-file. Times are given to `sweep`, never waited for.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import socket
from collections.abc import Iterator

import pytest

from cssw_central.infra.connections import ConnectionLimits, ConnectionTable
from cssw_central.infra.https import ServeProblem
from cssw_central.serve import ENV_CONNECTIONS, connection_limits, limits_from_environment

LIMITS = ConnectionLimits(
    handshake_timeout_seconds=30,
    header_timeout_seconds=10,
    body_grace_seconds=10,
    body_min_bytes_per_second=1000,
    max_connections=5,
    max_per_address=2,
    trusted_proxies=("10.0.0.9",),
)


@pytest.fixture
def pairs() -> Iterator[list[tuple[socket.socket, socket.socket]]]:
    made: list[tuple[socket.socket, socket.socket]] = []
    yield made
    for ours, theirs in made:
        ours.close()
        theirs.close()


def _connect(
    table: ConnectionTable, pairs: list[tuple[socket.socket, socket.socket]], address: str
) -> tuple[bool, socket.socket, socket.socket]:
    ours, theirs = socket.socketpair()
    theirs.settimeout(0.2)
    pairs.append((ours, theirs))
    return table.admit(ours, address), ours, theirs


def _cut(theirs: socket.socket) -> bool:
    try:
        return theirs.recv(1) == b""
    except TimeoutError:
        return False


def test_a_full_address_makes_room_by_closing_its_own_oldest_idle_connection(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    _, first, first_peer = _connect(table, pairs, "10.0.0.1")
    _, _, second_peer = _connect(table, pairs, "10.0.0.1")
    admitted, _, _ = _connect(table, pairs, "10.0.0.1")
    assert admitted
    assert _cut(first_peer)
    assert not _cut(second_peer)
    assert table.from_address("10.0.0.1") == 2
    table.forget(first.fileno())  # the loop closes it
    assert table.evicted == 1


def test_busy_connections_are_never_pushed_out_a_new_one_is_refused(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    for _ in range(2):
        admitted, ours, _ = _connect(table, pairs, "10.0.0.1")
        assert admitted
        held = table.held(ours.fileno())
        assert held is not None
        held.phase = "serving"
    admitted, _, _ = _connect(table, pairs, "10.0.0.1")
    assert not admitted
    assert table.refused == 1
    # Another address still gets in, up to the process's limit.
    assert _connect(table, pairs, "10.0.0.2")[0]


def test_the_process_limit_pushes_out_the_oldest_idle_connection_of_any_address(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    peers = [_connect(table, pairs, f"10.0.0.{n}")[2] for n in range(1, 6)]
    assert _connect(table, pairs, "10.0.0.6")[0]
    assert _cut(peers[0])
    assert not any(_cut(peer) for peer in peers[1:])


def test_a_trusted_proxy_has_no_per_address_limit(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    peers = [_connect(table, pairs, "10.0.0.9") for _ in range(5)]
    assert all(admitted for admitted, _, _ in peers)
    assert not any(_cut(peer) for _, _, peer in peers)


def test_late_headers_and_slow_bodies_are_cut_at_their_deadlines(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    _, waiting, waiting_peer = _connect(table, pairs, "10.0.0.1")
    _, slow, slow_peer = _connect(table, pairs, "10.0.0.2")
    _, steady, steady_peer = _connect(table, pairs, "10.0.0.3")
    _, _, handshaking_peer = _connect(table, pairs, "10.0.0.4")
    start = table.held(waiting.fileno())
    assert start is not None
    assert start.phase == "handshake"  # until the protocol hears TLS is done
    start.phase = "waiting"
    t0 = start.since
    for sock, received in ((slow, 1000), (steady, 10_500)):
        held = table.held(sock.fileno())
        assert held is not None
        held.phase, held.since, held.expected, held.received = "body", t0, 1_000_000, received
    table.sweep(t0 + 9.9)
    assert not _cut(waiting_peer)
    table.sweep(t0 + 10.5)  # headers late; the slow body owes 500 bytes and has 1000
    assert _cut(waiting_peer)
    assert not _cut(slow_peer)
    table.sweep(t0 + 20)  # the slow body owes 10,000 bytes and has 1000; steady has 10,500
    assert _cut(slow_peer)
    assert not _cut(steady_peer)
    assert not _cut(handshaking_peer)  # a handshake may take longer, in a burst
    table.sweep(t0 + 31)  # the steady body now owes 21,000 bytes too
    assert _cut(handshaking_peer)
    assert _cut(steady_peer)
    assert (table.cut_headers, table.cut_bodies) == (2, 2)


def test_a_small_body_owes_no_more_than_its_length(
    pairs: list[tuple[socket.socket, socket.socket]],
) -> None:
    table = ConnectionTable(LIMITS)
    _, ours, peer = _connect(table, pairs, "10.0.0.1")
    held = table.held(ours.fileno())
    assert held is not None
    held.phase, held.expected, held.received = "body", 100, 99
    table.sweep(held.since + 10.05)  # owes min(50, 100): 99 is enough
    assert not _cut(peer)
    table.sweep(held.since + 11)  # owes all 100 bytes now
    assert _cut(peer)


def test_serve_options_set_the_limits_and_wrong_ones_are_refused() -> None:
    args = argparse.Namespace(
        trusted_proxy=["10.0.0.9"], max_connections=100, max_connections_per_address=10
    )
    limits = connection_limits(args)
    assert (limits.trusted_proxies, limits.max_connections, limits.max_per_address) == (
        ("10.0.0.9",),
        100,
        10,
    )
    assert connection_limits(argparse.Namespace()) == ConnectionLimits()
    for wrong in (
        argparse.Namespace(max_connections=10, max_connections_per_address=11),
        argparse.Namespace(max_connections_per_address=0),
    ):
        with pytest.raises(ServeProblem, match="Connection limits"):
            connection_limits(wrong)
    with pytest.raises(ServeProblem, match="one IP address"):
        connection_limits(argparse.Namespace(trusted_proxy=["10.0.0.0/8"]))


def test_worker_processes_get_the_parents_limits_through_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limits = ConnectionLimits(max_connections=100, max_per_address=10, trusted_proxies=("::1",))
    monkeypatch.setenv(ENV_CONNECTIONS, json.dumps(dataclasses.asdict(limits)))
    assert limits_from_environment() == limits
    monkeypatch.delenv(ENV_CONNECTIONS)
    assert limits_from_environment() == ConnectionLimits()
