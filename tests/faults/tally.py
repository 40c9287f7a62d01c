"""The fault suite's figures: what each fault test ran and what it found.

Every fault test calls `tally.add(...)` with its counts (crash rounds, records lost,
duplicates, fuzz cases, failures, requests, ...). The counts go to a JSON-lines file so
that they survive pytest's process boundaries, and `tests/conftest.py` prints one
summary table at the end of the run and writes `build/fault-summary.json`, the source of
the fault-suite table in docs/tests.md.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LOG = ROOT / "build" / "fault-tally.jsonl"
SUMMARY = ROOT / "build" / "fault-summary.json"


def log_path() -> Path:
    return Path(os.environ.get("CSSW_FAULT_TALLY", str(DEFAULT_LOG)))


def add(suite: str, **counts: int | float) -> None:
    """Add one test's counts under `suite` (e.g. "crash: store writes", "fuzz: API").

    Counts with the same name add up across calls; use names such as `rounds`, `lost`,
    `duplicates`, `cases`, `failures`, `requests`, `errors`.
    """
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"suite": suite, "counts": counts}, sort_keys=True) + "\n")


def reset() -> None:
    log_path().unlink(missing_ok=True)


def totals() -> dict[str, dict[str, float]]:
    """Every suite's counts, summed over the run so far."""
    path = log_path()
    summed: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    if not path.exists():
        return {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for name, value in entry["counts"].items():
            summed[entry["suite"]][name] += value
    return {suite: dict(counts) for suite, counts in sorted(summed.items())}


def summary_lines() -> list[str]:
    lines = []
    for suite, counts in totals().items():
        shown = ", ".join(
            f"{name} {int(value) if float(value).is_integer() else round(value, 2)}"
            for name, value in counts.items()
        )
        lines.append(f"{suite}: {shown}")
    return lines


def write_summary() -> None:
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(totals(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
