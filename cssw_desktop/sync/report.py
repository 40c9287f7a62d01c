"""What a sync run reports, and how long to wait before trying a record again."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

BACKOFF_BASE_SECONDS = 30.0
BACKOFF_CAP_SECONDS = 3600.0


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(n-1))].

    Full jitter keeps a team's laptops from all retrying together when central returns.
    """
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return rng.uniform(0.0, ceiling)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    done: int
    total: int
    sent: int
    failed: int


@dataclass(frozen=True, slots=True)
class OutboxFailure:
    record_id: uuid.UUID
    version: int
    reason: str  # plain words for the worker


@dataclass(slots=True)
class SyncReport:
    sent: int = 0
    duplicates: int = 0  # central had these already: its original receipts were stored
    failed: list[OutboxFailure] = field(default_factory=list)
    returned_new: int = 0
    caseload_families: int | None = None  # None: the caseload was not downloaded
    caseload_left_out: int = 0  # families central sent that broke the laptop's rules
    purged: int = 0
    problem: str | None = None  # why the sync stopped short, in plain words
    revoked: bool = False
    unsent: int = 0  # still waiting after this run (pending or failed)

    @property
    def ok(self) -> bool:
        """Everything went: nothing failed, nothing stopped the run, nothing left unsent."""
        return self.problem is None and not self.failed and not self.revoked and not self.unsent
