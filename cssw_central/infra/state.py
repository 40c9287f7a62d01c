"""The running service's shared parts, reached from a request (no globals)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.config import CentralConfig
from cssw_central.infra.rate_limits import RateLimiter


@dataclass
class CentralState:
    config: CentralConfig
    engine: Engine
    sessions: sessionmaker[Session]
    _last_prune: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    enroll_limiter: RateLimiter = field(init=False)
    # The same pool, each statement on its own (no BEGIN and COMMIT to send): for a look-up
    # that is one SELECT, such as a signed request's device (api/device_auth.py).
    reads: Engine = field(init=False)

    def __post_init__(self) -> None:
        self.enroll_limiter = RateLimiter(self.config.enroll_limit)
        self.reads = self.engine.execution_options(isolation_level="AUTOCOMMIT")

    def now(self) -> datetime:
        return self.config.clock()

    def due_for_prune(self, every_seconds: float = 60.0) -> bool:
        """True at most once per `every_seconds` (the caller then prunes old nonces)."""
        with self._lock:
            moment = time.monotonic()
            if moment - self._last_prune < every_seconds:
                return False
            self._last_prune = moment
            return True


def central_state(request: Request) -> CentralState:
    state = request.app.state.central
    assert isinstance(state, CentralState)
    return state


def db_session(request: Request) -> Iterator[Session]:
    """A session for one request; the endpoint opens its own transaction(s) on it."""
    with central_state(request).sessions() as session:
        yield session


DbSession = Annotated[Session, Depends(db_session)]
State = Annotated[CentralState, Depends(central_state)]
