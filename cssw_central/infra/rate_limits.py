"""Limits on guessing secrets: attempts at enrollment codes, per client address and overall.

A code's secret is long enough that guessing it is hopeless, but each attempt costs central
an Argon2 hash of the password, and a stolen code leaves the worker's password to guess
(the code is burned after five wrong ones). So refused attempts are limited in a sliding
window: at most `per_address` from one client address and `overall` from everyone.

The counts live in the database (`rate_limit_attempts`), so every process of
`cssw-central serve --workers N` sees the same ones:

- an attempt first takes a place (a row) while the counts in the window are under both
  limits; on PostgreSQL under a transaction-scoped advisory lock for the endpoint, so that
  racing attempts in any process cannot overshoot;
- a successful attempt gives its place back; a refused one keeps it until the window has
  passed; a process killed mid-attempt leaves its place taken (it counts as refused);
- over a limit, the attempt is refused with 429, Retry-After (when the oldest counted
  attempt leaves the window) and plain words, before the code or the password is looked
  at: the right code is refused too, and no Argon2 work is spent.

Each refusal is audited with the client address and which limit it hit (never the code or
the password), at most once per address and limit per window in each process, so a flood
cannot flood the audit log.

The address is the TCP peer's (`serve` trusts no X-Forwarded-For): behind a reverse proxy
every laptop has the proxy's address, and the per-address limit acts as a second overall
limit.
"""

from __future__ import annotations

import hashlib
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
MAX_AUDIT_MEMORY = 10_000  # remembered (address, limit) pairs before the oldest are forgotten


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `per_address` refused attempts from one address, and `overall` from all
    addresses, within any `window_seconds`."""

    endpoint: str
    per_address: int
    overall: int
    window_seconds: int

    @property
    def window(self) -> timedelta:
        return timedelta(seconds=self.window_seconds)


# A worker who mistypes has ten tries a quarter of an hour; an office enrolling a room of
# laptops through one address makes few mistakes; a guesser gets ten, not thousands.
ENROLL_LIMIT = RateLimit("enroll", per_address=10, overall=100, window_seconds=15 * 60)


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
    """The client's address as a bounded string ("unknown" when the server was not told)."""
    return (host or "unknown")[:MAX_ADDRESS_CHARS]


def _lock_key(endpoint: str) -> int:
    digest = hashlib.sha256(f"cssw-rate-limit:{endpoint}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class RateLimiter:
    """One per process: the limit, and which refusals this process audited lately."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._audited: dict[tuple[str, str], datetime] = {}
        self._last_prune = 0.0
        self._lock = threading.Lock()

    def begin(self, sessions: sessionmaker[Session], address: str, now: datetime) -> int:
        """Take a place for one attempt from `address` (its id), or raise `RateLimited`."""
        limit = self.limit
        cutoff = now - limit.window
        with transaction(sessions) as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(limit.endpoint)}
                )
            if self._due_for_prune():
                session.execute(
                    delete(RateLimitAttempt).where(
                        RateLimitAttempt.endpoint == limit.endpoint, RateLimitAttempt.at <= cutoff
                    )
                )
            in_window = (RateLimitAttempt.endpoint == limit.endpoint) & (
                RateLimitAttempt.at > cutoff
            )
            from_address = in_window & (RateLimitAttempt.address == address)
            refusal: tuple[str, int] | None = None
            for scope, where, allowed in (
                ("address", from_address, limit.per_address),
                ("overall", in_window, limit.overall),
            ):
                counted = int(session.scalar(select(func.count()).where(where)) or 0)
                if counted >= allowed:
                    refusal = (scope, self._wait(session, where, counted - allowed, now))
                    break
            if refusal is None:
                attempt_id = session.scalar(
                    insert(RateLimitAttempt)
                    .values(endpoint=limit.endpoint, address=address, at=now)
                    .returning(RateLimitAttempt.id)
                )
                assert attempt_id is not None
                return int(attempt_id)
            scope, wait = refusal
            if self._first_refusal(address, scope, now):
                audit(
                    session,
                    now,
                    f"address:{address}",
                    f"{limit.endpoint}_rate_limited",
                    limit.endpoint,
                    limit=scope,
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

    def _first_refusal(self, address: str, scope: str, now: datetime) -> bool:
        """True when this process has not audited this address and limit in the window."""
        key = (address if scope == "address" else "*", scope)
        with self._lock:
            last = self._audited.get(key)
            if last is not None and now - last < self.limit.window:
                return False
            if len(self._audited) >= MAX_AUDIT_MEMORY:
                for old in sorted(self._audited, key=self._audited.__getitem__)[:1000]:
                    del self._audited[old]
            self._audited[key] = now
            return True
