"""Limits on guessing secrets: refused enrollment attempts, per client address.

A code's secret (24 random bytes) is long enough that guessing it is hopeless, and a
wrong code costs central one SHA-256 and an index look-up: no Argon2 work is spent until
the code is known good (api/enroll.py). The worker's password behind a good code is
limited per code: five wrong ones burn it. What is limited here is each client address's
refused attempts, in a sliding window: at most `per_address`. There is no overall limit:
one that everyone shares is a switch anyone can fill (a few addresses sending wrong codes
kept every genuine laptop out), and with wrong codes this cheap it protects nothing.

An address is the TCP peer's IPv4 address, or its IPv6 /64 (one subscriber usually holds
a whole /64, so each of its addresses is not a new guesser).

The counts live in the database (`rate_limit_attempts`), so every process of
`cssw-central serve --workers N` sees the same ones:

- an attempt first takes a place (a row) while the address's count in the window is
  under the limit; on PostgreSQL under a transaction-scoped advisory lock for the
  endpoint and address, so that racing attempts in any process cannot overshoot, and
  attempts from other addresses never wait on it;
- a successful attempt gives its place back; a refused one keeps it until the window has
  passed; a process killed mid-attempt leaves its place taken (it counts as refused);
- over the limit, the attempt is refused with 429, Retry-After (when the oldest counted
  attempt leaves the window) and plain words, before the code or the password is looked
  at: the right code from that address is refused too.

Each refusal is audited with the client address (never the code or the password), at most
once per address per window in each process, so a flood cannot flood the audit log.

The address is the TCP peer's, or the X-Forwarded-For of a proxy named in
`--trusted-proxy` (uvicorn believes it from that address only). Behind a proxy that passes
TLS through, every laptop has the proxy's address and the per-address limit applies to all
laptops together (docs/it-and-central.md says so).
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.problems import Refused
from cssw_central.infra.tables import RateLimitAttempt
from cssw_core.protocol import ProblemCode

MAX_ADDRESS_CHARS = 64
PRUNE_EVERY_SECONDS = 60.0
MAX_AUDIT_MEMORY = 10_000  # remembered addresses before the oldest are forgotten


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `per_address` refused attempts from one address within any
    `window_seconds`."""

    endpoint: str
    per_address: int
    window_seconds: int

    @property
    def window(self) -> timedelta:
        return timedelta(seconds=self.window_seconds)


# A worker who mistypes has ten tries a quarter of an hour; an office enrolling a room of
# laptops through one address makes few mistakes; a guesser gets ten, not thousands.
ENROLL_LIMIT = RateLimit("enroll", per_address=10, window_seconds=15 * 60)


def too_many_words(retry_after_seconds: int) -> str:
    minutes = max(1, math.ceil(retry_after_seconds / 60))
    if minutes == 1:
        return "Too many attempts. Wait 1 minute and try again."
    return f"Too many attempts. Wait {minutes} minutes and try again."


class RateLimited(Refused):
    """429: too many refused attempts; try again after `retry_after_seconds`."""

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(
            429,
            ProblemCode.RATE_LIMITED,
            too_many_words(retry_after_seconds),
            retry_after_seconds=retry_after_seconds,
        )


def client_address(host: str | None) -> str:
    """The client's address as a bounded string: an IPv6 address as its /64 ("unknown"
    when the server was not told)."""
    try:
        parsed = ipaddress.ip_address(host or "")
    except ValueError:
        return (host or "unknown")[:MAX_ADDRESS_CHARS]
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


def _lock_key(endpoint: str, address: str) -> int:
    digest = hashlib.sha256(f"cssw-rate-limit:{endpoint}:{address}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class RateLimiter:
    """One per process: the limit, and which refusals this process audited lately."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._audited: dict[str, datetime] = {}
        self._last_prune = 0.0
        self._lock = threading.Lock()

    def begin(self, sessions: sessionmaker[Session], address: str, now: datetime) -> int:
        """Take a place for one attempt from `address` (its id), or raise `RateLimited`."""
        limit = self.limit
        cutoff = now - limit.window
        with transaction(sessions) as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"),
                    {"key": _lock_key(limit.endpoint, address)},
                )
            if self._due_for_prune():
                session.execute(
                    delete(RateLimitAttempt).where(
                        RateLimitAttempt.endpoint == limit.endpoint, RateLimitAttempt.at <= cutoff
                    )
                )
            from_address = (
                (RateLimitAttempt.endpoint == limit.endpoint)
                & (RateLimitAttempt.at > cutoff)
                & (RateLimitAttempt.address == address)
            )
            counted = int(session.scalar(select(func.count()).where(from_address)) or 0)
            if counted < limit.per_address:
                attempt_id = session.scalar(
                    insert(RateLimitAttempt)
                    .values(endpoint=limit.endpoint, address=address, at=now)
                    .returning(RateLimitAttempt.id)
                )
                assert attempt_id is not None
                return int(attempt_id)
            wait = self._wait(session, from_address, counted - limit.per_address, now)
            if self._first_refusal(address, now):
                audit(
                    session,
                    now,
                    f"address:{address}",
                    f"{limit.endpoint}_rate_limited",
                    limit.endpoint,
                    limit="address",
                    retry_after_seconds=wait,
                )
        raise RateLimited(wait)

    def succeeded(self, sessions: sessionmaker[Session], attempt_id: int) -> None:
        """The attempt was accepted: it no longer counts against anyone."""
        with transaction(sessions) as session:
            session.execute(delete(RateLimitAttempt).where(RateLimitAttempt.id == attempt_id))

    def _wait(self, session: Session, where: ColumnElement[bool], over: int, now: datetime) -> int:
        """Seconds until enough counted attempts leave the window for one more to fit."""
        oldest = session.scalar(
            select(RateLimitAttempt.at)
            .where(where)
            .order_by(RateLimitAttempt.at)
            .offset(over)
            .limit(1)
        )
        if oldest is None:
            return 1
        return max(1, math.ceil((oldest + self.limit.window - now).total_seconds()))

    def _due_for_prune(self) -> bool:
        with self._lock:
            moment = time.monotonic()
            if moment - self._last_prune < PRUNE_EVERY_SECONDS:
                return False
            self._last_prune = moment
            return True

    def _first_refusal(self, address: str, now: datetime) -> bool:
        """True when this process has not audited this address in the window."""
        key = address
        with self._lock:
            last = self._audited.get(key)
            if last is not None and now - last < self.limit.window:
                return False
            if len(self._audited) >= MAX_AUDIT_MEMORY:
                for old in sorted(self._audited, key=self._audited.__getitem__)[:1000]:
                    del self._audited[old]
            self._audited[key] = now
            return True
