"""Slow and idle clients cannot starve or bloat central: limits on every connection.

Central's server process (uvicorn, on an event loop of `GatedLoop`, see `infra.https`)
keeps a `ConnectionTable` of every TCP connection from the moment it is accepted, before
its TLS handshake:

- **At accept time** a connection is counted against its client address and against the
  process. When either count is full, the oldest connection in that scope that has no
  request in progress (still handshaking, sending its headers, or idle between requests)
  is closed to make room; if every one is busy, the new connection is closed at once.
  A trusted reverse proxy's address has no per-address limit (the proxy limits its own
  clients).
- **Headers have a deadline**: the TLS handshake must end within
  `handshake_timeout_seconds` of accept (generous: in a burst the handshakes queue for the
  CPU); then, or from the first byte of a next request on a kept-alive connection, the
  request's headers must be complete within `header_timeout_seconds`, and no larger than
  `max_header_bytes` (refused with 400).
- **Bodies have a minimum rate**: after `body_grace_seconds`, a body must keep arriving at
  `body_min_bytes_per_second` on average; a slower one, or one that stops, is cut.
- A sweep once a second closes the connections past their deadline.

A request takes an admission place (`infra.admission`) only once its whole body has
arrived (`api.errors.GuardMiddleware` reads it first), so a withheld body holds a
connection slot, not a place; the bytes of bodies being read are bounded per process by
`body_buffer_bytes`.

Memory per held connection is small: asyncio reads TLS through a 256 KiB buffer per
connection, which is what let 5,000 half-sent headers grow central to 1.5 GB; the server
process reads through `TLS_READ_BUFFER` bytes instead.
"""

from __future__ import annotations

import asyncio
import asyncio.sslproto
import contextlib
import ctypes
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

TLS_READ_BUFFER = 32 * 1024  # asyncio's default is 256 KiB per TLS connection
SWEEP_EVERY_SECONDS = 1.0
TRIM_AFTER = 256  # connections held at once, after which memory is given back when they go

Phase = Literal["handshake", "waiting", "body", "serving", "idle", "closing"]
EVICTABLE: frozenset[Phase] = frozenset({"handshake", "waiting", "idle"})


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """Per server process. Behind a reverse proxy, set `trusted_proxies` to its address."""

    handshake_timeout_seconds: float = 60.0  # accept to the end of the TLS handshake
    header_timeout_seconds: float = 20.0  # then to the end of the request's headers
    max_header_bytes: int = 16 * 1024  # request line and headers together
    body_grace_seconds: float = 20.0  # a body may start slowly for this long...
    body_min_bytes_per_second: int = 4 * 1024  # ...then must average at least this
    keep_alive_seconds: float = 30.0  # an idle kept-alive connection is closed after this
    max_connections: int = 1024  # open connections in one process
    max_per_address: int = 64  # open connections from one client address, per process
    body_buffer_bytes: int = 192 * 1024 * 1024  # bodies being read, together, per process
    trusted_proxies: tuple[str, ...] = ()  # only these may say who the client is

    def __post_init__(self) -> None:
        deadlines = (
            self.handshake_timeout_seconds,
            self.header_timeout_seconds,
            self.body_grace_seconds,
        )
        if min(deadlines) <= 0:
            raise ValueError("connection deadlines must be positive")
        if min(self.max_header_bytes, self.body_min_bytes_per_second) < 1:
            raise ValueError("header size and body rate must be positive")
        if not 1 <= self.max_per_address <= self.max_connections:
            raise ValueError("connections per address must be from 1 to the process limit")


@dataclass(slots=True)
class Held:
    """One accepted connection."""

    sock: socket.socket
    address: str
    phase: Phase = "handshake"
    since: float = field(default_factory=time.monotonic)  # when this phase began
    expected: int | None = None  # the body's declared length, if any
    received: int = 0  # body bytes so far


class ConnectionTable:
    """Every open connection of one server process (lives on its event loop)."""

    def __init__(self, limits: ConnectionLimits | None = None) -> None:
        self.limits = limits or ConnectionLimits()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._held: dict[int, Held] = {}  # by file descriptor
        self._per_address: Counter[str] = Counter()  # held, closing or not
        self._live: Counter[str | None] = Counter()  # not closing: per address, None: all
        self._lately = 0  # the most held since memory was last given back
        # Counts since start, for the operator and tests.
        self.accepted = 0
        self.refused = 0
        self.evicted = 0
        self.cut_headers = 0
        self.cut_bodies = 0
        self.most_open = 0

    @property
    def open(self) -> int:
        return len(self._held)

    def from_address(self, address: str) -> int:
        """Connections from `address` not being closed."""
        return self._live[address]

    def admit(self, sock: socket.socket, address: str) -> bool:
        """Count a just-accepted connection, making room if a limit is full; False: refuse."""
        limits = self.limits
        if (
            address not in limits.trusted_proxies
            and self._live[address] >= limits.max_per_address
            and not self._evict(address)
        ):
            self.refused += 1
            return False
        if self._live[None] >= limits.max_connections and not self._evict(None):
            self.refused += 1
            return False
        if sock.fileno() in self._held:  # a socket lost without being closed: let it go
            self.forget(sock.fileno())
        self._held[sock.fileno()] = Held(sock, address)
        self._per_address[address] += 1
        self._live[address] += 1
        self._live[None] += 1
        self.accepted += 1
        self.most_open = max(self.most_open, len(self._held))
        self._lately = max(self._lately, len(self._held))
        return True

    def forget(self, fd: int) -> None:
        held = self._held.pop(fd, None)
        if held is None:
            return
        if held.phase != "closing":
            self._not_live(held.address)
        self._per_address[held.address] -= 1
        if self._per_address[held.address] <= 0:
            del self._per_address[held.address]

    def held(self, fd: int) -> Held | None:
        return self._held.get(fd)

    def sweep(self, now: float | None = None) -> None:
        """Cut every connection past its header or body deadline."""
        now = time.monotonic() if now is None else now
        limits = self.limits
        for held in list(self._held.values()):
            elapsed = now - held.since
            if (held.phase == "handshake" and elapsed > limits.handshake_timeout_seconds) or (
                held.phase == "waiting" and elapsed > limits.header_timeout_seconds
            ):
                self.cut_headers += 1
                self._cut(held)
            elif held.phase == "body" and elapsed > limits.body_grace_seconds:
                owed = limits.body_min_bytes_per_second * (elapsed - limits.body_grace_seconds)
                if held.expected is not None:
                    owed = min(owed, held.expected)
                if held.received < owed:
                    self.cut_bodies += 1
                    self._cut(held)
        if self._lately >= TRIM_AFTER and len(self._held) * 4 < self._lately:
            self._lately = len(self._held)
            give_back_memory()

    def _not_live(self, address: str) -> None:
        for key in (address, None):
            self._live[key] -= 1
            if self._live[key] <= 0:
                del self._live[key]

    def _cut(self, held: Held) -> None:
        """End a connection: the loop sees it go and closes it the ordinary way."""
        if held.phase == "closing":
            return
        held.phase = "closing"
        self._not_live(held.address)
        with contextlib.suppress(OSError):
            held.sock.shutdown(socket.SHUT_RDWR)

    def _evict(self, address: str | None) -> bool:
        """Close the oldest connection (of `address`, or any) with no request in progress."""
        for held in self._held.values():  # in order of acceptance
            if held.phase in EVICTABLE and (address is None or held.address == address):
                self.evicted += 1
                self._cut(held)
                return True
        return False


def give_back_memory() -> None:
    """Return freed heap to the system (glibc's malloc_trim), after many connections went:
    otherwise the process keeps its high-water mark though nothing uses it."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class TrackedSocket(socket.socket):
    """An accepted connection that leaves its table when closed."""

    table: ConnectionTable | None = None

    def close(self) -> None:
        if self.table is not None and self.fileno() >= 0:
            self.table.forget(self.fileno())
            self.table = None
        super().close()


class GatedSocket(socket.socket):
    """A listening socket that admits each connection through a `ConnectionTable`."""

    table: ConnectionTable

    def accept(self) -> tuple[socket.socket, Any]:
        while True:
            fd, address = self._accept()  # type: ignore[attr-defined]  # BlockingIOError ends it
            conn = TrackedSocket(self.family, self.type, self.proto, fileno=fd)
            host = str(address[0]) if isinstance(address, tuple) else str(address)
            if self.table.admit(conn, host):
                conn.table = self.table
                return conn, address
            conn.close()


class GatedLoop(asyncio.SelectorEventLoop):
    """The server process's event loop: its listening sockets admit through one table."""

    def __init__(self) -> None:
        super().__init__()
        self.connection_table = ConnectionTable()
        self.connection_table.loop = self
        self._sweeping: asyncio.TimerHandle | None = None
        # Read TLS through a small buffer (a class attribute of asyncio's TLS protocol,
        # set only in central's server processes).
        asyncio.sslproto.SSLProtocol.max_size = TLS_READ_BUFFER

    async def create_server(self, *args: Any, **kwargs: Any) -> asyncio.Server:
        sock = kwargs.get("sock")
        if isinstance(sock, socket.socket) and not isinstance(sock, GatedSocket):
            gated = GatedSocket(sock.family, sock.type, sock.proto, fileno=sock.detach())
            gated.table = self.connection_table
            kwargs["sock"] = gated
        elif sock is None:
            host, port = kwargs.pop("host", None), kwargs.pop("port", None)
            gated = GatedSocket(socket.AF_INET6 if host and ":" in host else socket.AF_INET)
            gated.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            gated.bind((host or "0.0.0.0", port or 0))  # noqa: S104 - as asked
            gated.table = self.connection_table
            kwargs["sock"] = gated
        if kwargs.get("ssl") is not None:
            kwargs.setdefault(
                "ssl_handshake_timeout", self.connection_table.limits.handshake_timeout_seconds
            )
        if self._sweeping is None:
            self._sweep()
        return await super().create_server(*args, **kwargs)

    def _sweep(self) -> None:
        self.connection_table.sweep()
        self._sweeping = self.call_later(SWEEP_EVERY_SECONDS, self._sweep)

    def close(self) -> None:
        if self._sweeping is not None:
            self._sweeping.cancel()
        super().close()


def gated_loop() -> GatedLoop:
    """uvicorn's `loop` factory (`cssw_central.infra.connections:gated_loop`)."""
    return GatedLoop()


def install(limits: ConnectionLimits) -> ConnectionTable | None:
    """Apply `limits` to the running server loop's table (from the app's lifespan, which
    runs before the server listens); None when not served on a `GatedLoop`."""
    loop = asyncio.get_running_loop()
    if not isinstance(loop, GatedLoop):
        return None
    loop.connection_table.limits = limits
    return loop.connection_table
