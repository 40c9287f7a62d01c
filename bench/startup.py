"""Start-up: process launch to the unlock page painted, against a bare PySide6 window.

Both are child processes started the same way (`python -m bench.startup_probe …`, same
interpreter, same environment, same Qt platform) and timed from just before the parent
launches them to the moment they report their window painted (see startup_probe). The
app's data folder holds a real store (cheap Argon2: unlocking is not part of start-up)
whose device secret is in the real keyring, so the app goes the way a worker's laptop
does: no store -> setup page would be a different path; store -> unlock page.
Runs alternate bare/app, after one unmeasured warm-up of each (byte-code caches).
`startup_ready_ms` is when the whole app is loaded and its main window (which takes the
unlock page over) is painted: the unlock page comes first, the rest while the worker types.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CHEAP_KDF, Figures, device_secrets, log, median, repeat, scratch_dir
from bench.startup_probe import MARK
from bench.unlock import make_vault

REPO = Path(__file__).resolve().parent.parent


class ProbeFailed(RuntimeError):
    """A probe process did not report its window painted."""


def launch_ms(
    probe_args: list[str], timeout_s: float = 45.0, extra_env: dict[str, str] | None = None
) -> dict[str, float]:
    """Milliseconds from launch to each event the probe reports ("shown", "ready")."""
    env = dict(os.environ) | (extra_env or {})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "bench.startup_probe", *probe_args]
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.monotonic()
        with subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        ) as process:
            try:
                out, _ = process.communicate(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise ProbeFailed(
                    f"{' '.join(probe_args)}: no window within {timeout_s} s"
                ) from None
        errors.seek(0)
        stderr = errors.read()
    events: dict[str, float] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == MARK:
            events[parts[1]] = (float(parts[2]) - started) * 1000
    if "shown" not in events or process.returncode != 0:
        raise ProbeFailed(
            f"{' '.join(probe_args)} exited {process.returncode} without reporting a window; "
            f"stderr: {stderr.strip()[-2000:]}"
        )
    events.setdefault("ready", events["shown"])
    return events


def bare_ms() -> float:
    return launch_ms(["bare"])["shown"]


def app_ms(data_dir: Path) -> dict[str, float]:
    return launch_ms(["app", str(data_dir)])


def run(repetitions: int = 7, budget_s: float = 60.0) -> tuple[Figures, int]:
    with scratch_dir("startup") as root, device_secrets() as secrets:
        data_dir = root / "data"
        make_vault(data_dir, secrets, CHEAP_KDF)
        bare_ms()  # warm-up: byte-code caches, fonts, the file cache
        app_ms(data_dir)

        def measure(i: int) -> tuple[float, dict[str, float]]:
            if i % 2:
                app = app_ms(data_dir)
                bare = bare_ms()
            else:
                bare = bare_ms()
                app = app_ms(data_dir)
            log(
                f"startup run {i + 1}: bare={bare:.0f}ms unlock page={app['shown']:.0f}ms "
                f"whole app={app['ready']:.0f}ms"
            )
            return bare, app

        runs = repeat(measure, repetitions, budget_s)
    bare = median([r[0] for r in runs])
    shown = median([r[1]["shown"] for r in runs])
    return {
        "startup_ratio": shown / bare,
        "startup_ms": shown,
        "startup_baseline_ms": bare,
        "startup_ready_ms": median([r[1]["ready"] for r in runs]),
    }, len(runs)
