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
`startup_cpu_ratio` compares the two processes' own CPU time up to the same paints (user
and system, from the process's start): the clock figures also count waiting for a core,
which moves them from run to run on a shared machine. A third probe, `form`, paints a
window of the unlock page's kind (heading, paragraph, passphrase field, button) with none
of the app: `startup_form_cpu_ratio` is what any such window costs against the bare one,
`startup_vs_form_cpu_ratio` the app's own share on top.
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
        if len(parts) == 4 and parts[0] == MARK:
            events[parts[1]] = (float(parts[2]) - started) * 1000
            events[f"{parts[1]}_cpu"] = float(parts[3]) * 1000
    if "shown" not in events or process.returncode != 0:
        raise ProbeFailed(
            f"{' '.join(probe_args)} exited {process.returncode} without reporting a window; "
            f"stderr: {stderr.strip()[-2000:]}"
        )
    events.setdefault("ready", events["shown"])
    return events


def bare_run() -> dict[str, float]:
    return launch_ms(["bare"])


def form_run() -> dict[str, float]:
    return launch_ms(["form"])


def app_ms(data_dir: Path) -> dict[str, float]:
    return launch_ms(["app", str(data_dir)])


def run(repetitions: int = 7, budget_s: float = 60.0) -> tuple[Figures, int]:
    with scratch_dir("startup") as root, device_secrets() as secrets:
        data_dir = root / "data"
        make_vault(data_dir, secrets, CHEAP_KDF)
        bare_run()  # warm-up: byte-code caches, fonts, the file cache
        form_run()
        app_ms(data_dir)

        def measure(i: int) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
            if i % 2:
                app = app_ms(data_dir)
                form = form_run()
                bare = bare_run()
            else:
                bare = bare_run()
                form = form_run()
                app = app_ms(data_dir)
            log(
                f"startup run {i + 1}: bare={bare['shown']:.0f}ms "
                f"(CPU {bare['shown_cpu']:.0f}ms) form={form['shown']:.0f}ms "
                f"(CPU {form['shown_cpu']:.0f}ms) unlock page={app['shown']:.0f}ms "
                f"(CPU {app['shown_cpu']:.0f}ms) whole app={app['ready']:.0f}ms"
            )
            return bare, app, form

        runs = repeat(measure, repetitions, budget_s)
    bare = median([r[0]["shown"] for r in runs])
    shown = median([r[1]["shown"] for r in runs])
    bare_cpu = median([r[0]["shown_cpu"] for r in runs])
    shown_cpu = median([r[1]["shown_cpu"] for r in runs])
    form_cpu = median([r[2]["shown_cpu"] for r in runs])
    return {
        "startup_ratio": shown / bare,
        "startup_ms": shown,
        "startup_baseline_ms": bare,
        "startup_ready_ms": median([r[1]["ready"] for r in runs]),
        # The process's own CPU time to the same paint: the work, without the wait for a
        # core that moves the clock figures from run to run on a shared machine.
        "startup_cpu_ratio": shown_cpu / bare_cpu,
        "startup_cpu_ms": shown_cpu,
        "startup_baseline_cpu_ms": bare_cpu,
        # A window of the unlock page's kind with none of the app: how much of the ratio
        # any such page costs, and how much is the app's own.
        "startup_form_cpu_ratio": form_cpu / bare_cpu,
        "startup_form_cpu_ms": form_cpu,
        "startup_vs_form_cpu_ratio": shown_cpu / form_cpu,
    }, len(runs)
