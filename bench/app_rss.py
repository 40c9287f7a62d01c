"""Memory: `app_rss_mb`, the app unlocked with 10,000 families and a visit open.

A store is made with 10,000 demo families (cheap Argon2, real keyring), then the real app
is started on it in a child process (bench/app_rss_probe.py, through run_gui as
`cssw-desktop` starts it), unlocked by typing the passphrase, the first family opened and
a consent visit started on it; the child reports its resident memory (VmRSS) and peak
(VmHWM) a second after the visit shows. Goal: ≤ 300 MB (issue 17). A bare PySide6
window's resident memory, measured the same way, is reported beside it for scale
(`app_rss_bare_mb`). Linux only (/proc).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.common import (
    CHEAP_KDF,
    PASSPHRASE,
    SEED,
    Figures,
    device_secrets,
    log,
    median,
    repeat,
    scratch_dir,
    today,
)
from cssw_desktop.demo import demo_families
from cssw_desktop.storage.vault import Vault

REPO = Path(__file__).resolve().parent.parent
FAMILIES = 10_000


class ProbeFailed(RuntimeError):
    """The probe did not report its memory."""


def probe(args: list[str], timeout_s: float = 900.0) -> tuple[float, float]:
    """Resident and peak resident MiB reported by one probe process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-m", "bench.app_rss_probe", *args],
        cwd=REPO,
        env=env,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    for line in done.stderr.splitlines():
        if line.startswith("probe: "):
            log(line)
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "RSS":
            return float(parts[1]), float(parts[2])
    raise ProbeFailed(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")


def run(
    repetitions: int = 3, budget_s: float = 300.0, families: int = FAMILIES
) -> tuple[Figures, int]:
    with scratch_dir("rss") as root, device_secrets() as secrets:
        data_dir = root / "data"
        store = Vault(data_dir, secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
        try:
            store.families.add_many(demo_families(families, today(), seed=SEED))
        finally:
            store.close()

        def measure(i: int) -> tuple[tuple[float, float], tuple[float, float]]:
            app = probe([str(data_dir)])
            bare = probe(["bare"])
            log(
                f"app_rss run {i + 1}: app {app[0]:.0f} MiB (peak {app[1]:.0f}), bare {bare[0]:.0f}"
            )
            return app, bare

        runs = repeat(measure, repetitions, budget_s)
    return {
        "app_rss_mb": median([r[0][0] for r in runs]),
        "app_peak_rss_mb": median([r[0][1] for r in runs]),
        "app_rss_bare_mb": median([r[1][0] for r in runs]),
    }, len(runs)
