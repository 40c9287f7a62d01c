"""Admission control: a burst of laptops is queued briefly, then politely turned away.

Each server process lets at most `limit` requests be in flight at once (waiting for a
database thread, or being handled). Up to `max_queued` more wait,
first come first served, for at most `max_wait_seconds`; the rest, and any that wait too
long, are answered at once with 503, a `Retry-After` and a plain JSON message. The
laptop keeps the record and tries again later; central never hangs, never answers 500
for being busy, and holds little memory per waiting request.

This middleware sits inside the body-size guard (`api.errors.GuardMiddleware`), so a
request comes to the gate only once its whole body has arrived: a client that sends
headers and withholds its body holds no place (issue 13; `infra.connections` cuts it).
The bodies read and not yet answered are bounded per process by the guard's buffer.
A request turned away keeps its connection for the next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import deque
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from cssw_central.infra.problems import problem_response
from cssw_core.protocol import ProblemCode

BUSY_WORDS = "Central is busy; your laptop will try again shortly."

# Per process, against a pool of N database connections (= request threads). N * 8 in
# flight keep every thread busy while the loop answers the last (measured under a
# 300-laptop burst on a busy 2-core machine, when a place was taken before the body was
# read: N * 2 in flight stored 36 uploads/s, N * 4 49, N * 8 68, N * 16 81). N * 128
# waiting cover 300 laptops syncing at once even when one process accepts most of the
# connections; a waiting request holds its body (bounded in all by the guard's buffer,
# `ConnectionLimits.body_buffer_bytes`) and its TLS connection.
INFLIGHT_PER_CONNECTION = 8
QUEUED_PER_CONNECTION = 128
MAX_WAIT_SECONDS = 10.0  # well inside the laptop's 30-second timeout
RATE_SAMPLES = 256  # handovers remembered to judge the pace
RATE_WINDOW_SECONDS = 5.0  # only handovers this recent count
RATE_MIN_SAMPLES = 16  # fewer: no judgement, the fixed bound applies
RETRY_AFTER_SECONDS = 5  # the least a laptop is asked to wait; up to twice that is sent


@dataclass(frozen=True, slots=True)
class AdmissionLimits:
    limit: int  # requests in flight at once in one process
    max_queued: int  # requests waiting for a place; beyond this, 503 at once
    max_wait_seconds: float  # a waiting request is answered 503 after this long
    retry_after_seconds: int  # the least Retry-After sent with a 503

    @classmethod
    def for_pool(
        cls,
        pool_size: int,
        *,
        limit: int | None = None,
        max_queued: int | None = None,
        max_wait_seconds: float = MAX_WAIT_SECONDS,
        retry_after_seconds: int = RETRY_AFTER_SECONDS,
    ) -> AdmissionLimits:
        """Limits sized to the database pool, unless given."""
        return cls(
            limit=max(1, pool_size * INFLIGHT_PER_CONNECTION if limit is None else limit),
            max_queued=max(
                0, pool_size * QUEUED_PER_CONNECTION if max_queued is None else max_queued
            ),
            max_wait_seconds=max(0.0, max_wait_seconds),
            retry_after_seconds=max(1, retry_after_seconds),
        )


class AdmissionGate:
    """A first-come-first-served gate of `limit` places with a bounded, timed queue.

    Lives on one event loop (the server process's); not thread-safe, and need not be."""

    def __init__(self, limits: AdmissionLimits) -> None:
        self.limits = limits
        self.in_flight = 0
        self._waiting: deque[asyncio.Future[bool]] = deque()
        # Counts since start, for tests and the operator: admitted at once or after a
        # wait, and turned away (queue full or waited too long).
        self.admitted = 0
        self.shed = 0
        self.most_in_flight = 0
        self.most_waiting = 0
        # When recent places were handed from one request to a waiting one: while there is
        # a queue, their pace is how fast this process serves.
        self._handovers: deque[float] = deque(maxlen=RATE_SAMPLES)

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    async def enter(self) -> bool:
        """True once the request has a place (call `leave` when it is done); False if it
        is turned away. Cancelling the caller gives back a place it was just given."""
        if self.in_flight < self.limits.limit and not self._waiting:
            self._admit()
            return True
        loop = asyncio.get_running_loop()
        if len(self._waiting) >= self._room(loop.time()):
            self.shed += 1
            return False
        place: asyncio.Future[bool] = loop.create_future()
        self._waiting.append(place)
        self.most_waiting = max(self.most_waiting, len(self._waiting))
        timer = loop.call_later(self.limits.max_wait_seconds, _give_up, place)
        try:
            granted = await place
        except asyncio.CancelledError:
            if place.done() and not place.cancelled() and place.result():
                self.leave()  # the place was handed over just as the caller went away
            else:
                self._forget(place)
            raise
        finally:
            timer.cancel()
        if not granted:
            self._forget(place)
            self.shed += 1
        return granted

    def leave(self) -> None:
        """Give the place back: to the longest-waiting request, if any."""
        while self._waiting:
            place = self._waiting.popleft()
            if not place.done():
                place.set_result(True)  # the place passes on: in_flight is unchanged
                self.admitted += 1
                self._handovers.append(asyncio.get_running_loop().time())
                return
        self.in_flight -= 1

    def retry_after(self) -> int:
        """Seconds to ask a turned-away laptop to wait, spread so they do not all return
        together."""
        base = self.limits.retry_after_seconds
        return random.randint(base, 2 * base)  # noqa: S311 - spreading load, not security

    def _room(self, now: float) -> float:
        """How many may wait: `max_queued`, and no more than this process can serve
        within `max_wait_seconds` at its recent pace (so a laptop that would only be
        turned away after waiting is turned away at once)."""
        recent = [t for t in self._handovers if now - t <= RATE_WINDOW_SECONDS]
        if len(recent) < RATE_MIN_SAMPLES:
            return self.limits.max_queued  # no queue lately: no pace to go by
        per_second = len(recent) / max(now - recent[0], 0.5)
        servable = per_second * self.limits.max_wait_seconds
        return min(self.limits.max_queued, max(self.limits.limit, servable))

    def _admit(self) -> None:
        self.in_flight += 1
        self.admitted += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def _forget(self, place: asyncio.Future[bool]) -> None:
        with contextlib.suppress(ValueError):  # already handed on, or given up
            self._waiting.remove(place)


def _give_up(place: asyncio.Future[bool]) -> None:
    if not place.done():
        place.set_result(False)


class AdmissionMiddleware:
    """Outermost (inside Starlette's own error handler): admits, queues or turns away."""

    def __init__(self, app: ASGIApp, gate: AdmissionGate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not await self.gate.enter():
            await self._busy(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.gate.leave()

    async def _busy(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(503, ProblemCode.RATE_LIMITED, BUSY_WORDS)
        response.headers["Retry-After"] = str(self.gate.retry_after())
        await response(scope, receive, send)
