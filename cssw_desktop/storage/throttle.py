"""A growing wait after wrong passphrases, kept on disk so restarting the app does not reset it.

The first three wrong tries cost nothing but the Argon2 time; then the wait doubles from
2 seconds up to 5 minutes. It slows a person at the keyboard; the Argon2 cost and the
device secret are what stop guessing offline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from cssw_desktop.storage.files import atomic_write

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300.0


def wait_after(failures: int) -> float:
    """Seconds to wait after this many wrong passphrases in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_WAIT_SECONDS, 2.0 ** (failures - FREE_ATTEMPTS))


class UnlockThrottle:
    def __init__(self, path: Path, clock: Callable[[], float]) -> None:
        self._path = path
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            doc = json.loads(self._path.read_bytes())
            return int(doc["failures"]), float(doc["last_failure_at"])
        except FileNotFoundError:
            return 0, 0.0
        except (ValueError, KeyError, TypeError):
            # A damaged file must not grant free attempts: treat it as the worst case.
            return FREE_ATTEMPTS + 9, self._clock()

    @property
    def failures(self) -> int:
        return self._read()[0]

    def wait_seconds(self) -> float:
        failures, last = self._read()
        # Capped, so a clock set backwards cannot lock the worker out for longer.
        return min(wait_after(failures), max(0.0, last + wait_after(failures) - self._clock()))

    def record_failure(self) -> None:
        failures, _last = self._read()
        document = {"failures": failures + 1, "last_failure_at": self._clock()}
        atomic_write(self._path, json.dumps(document).encode("utf-8"))

    def reset(self) -> None:
        if self._path.exists():
            atomic_write(self._path, json.dumps({"failures": 0, "last_failure_at": 0}).encode())
