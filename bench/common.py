"""What every benchmark shares: statistics, time budgets, temp folders, the keyring."""

from __future__ import annotations

import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from cssw_desktop.storage.keys import KdfParams
from tests.support.keyring import TidyDeviceSecrets, tidy_device_secrets

T = TypeVar("T")

# The cheapest Argon2 cost the app accepts (keys.MINIMUM_KDF): for benchmarks that are not
# about the cost of unlocking.
CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
PASSPHRASE = "benchmark horse battery staple"
SEED = 2026


def today() -> date:
    """The day demo data is made for: the store refuses birth dates after its own today.
    (Names, references and family sizes do not depend on the day, only birth dates.)"""
    return date.today()


Figures = dict[str, float]


def log(message: str) -> None:
    """Progress for the person running the bench: stderr, so stdout stays figures only."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("no values to take the median of")
    return float(statistics.median(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (p95 of 20 samples is the 19th smallest)."""
    if not values:
        raise ValueError("no values to take a percentile of")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def repeat(
    measure: Callable[[int], T], repetitions: int, budget_s: float, minimum: int = 3
) -> list[T]:
    """Call measure(i) up to `repetitions` times; stop early once past the time budget,
    but never before `minimum` runs (fewer runs are recorded in the results)."""
    results: list[T] = []
    started = time.monotonic()
    for i in range(repetitions):
        if i >= minimum and time.monotonic() - started > budget_s:
            log(f"time budget of {budget_s:.0f} s reached after {i} runs")
            break
        results.append(measure(i))
    return results


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A fresh temp folder, removed afterwards. $CSSW_BENCH_TMP picks the disk."""
    base = os.environ.get("CSSW_BENCH_TMP") or None
    path = Path(tempfile.mkdtemp(prefix=f"cssw-bench-{prefix}-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# The real keyring, cleaned up afterwards: the same helper the tests use.
TrackingDeviceSecrets = TidyDeviceSecrets
device_secrets = tidy_device_secrets
