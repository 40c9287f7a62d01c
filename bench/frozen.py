"""The frozen app: its size on disk, and its start-up against the same app run from the venv.

`bundle_mb` is the disk use of dist/cssw-desktop (as `du -sm` counts it, the figure the
120 MB budget in installer/build is checked against). The folder is built first with
installer/build if it is missing or older than any file it is made from.

`frozen_startup_ratio`: launch to the unlock page painted for the frozen
`dist/cssw-desktop/cssw-desktop` against `cssw-desktop` from this venv (the console
script), both started the same way, in the same environment, on the same data folder (a
real store with its device secret in the real keyring, so both show the unlock page).
Both report the paint through the app's own CSSW_REPORT_FIRST_PAINT (cssw_desktop.ui.
paint_report). One unmeasured warm-up of each, then alternating runs; medians.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CHEAP_KDF, Figures, device_secrets, log, median, repeat, scratch_dir
from bench.startup import ProbeFailed
from bench.unlock import make_vault
from cssw_desktop.paths import ENV_DATA_DIR
from cssw_desktop.ui.paint_report import ENV, GIVE_UP_ENV, MARK

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "cssw-desktop"
FROZEN_APP = BUNDLE / "cssw-desktop"
# What the bundle is made from: newer than the bundle means it is stale.
SOURCES = ("cssw_desktop", "resources", "installer", "pyproject.toml")
BUILD_TIMEOUT_S = 900


def venv_app() -> Path:
    """The `cssw-desktop` console script of the venv running the bench."""
    return Path(sys.executable).parent / "cssw-desktop"


def disk_mb(folder: Path) -> float:
    """Disk use of everything under `folder` in MiB, counted as `du` counts it (allocated
    blocks; a symlink is its own small entry, not its target)."""
    total = 0
    for path in [folder, *folder.rglob("*")]:
        total += path.lstat().st_blocks * 512
    return total / 2**20


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        root = REPO / name
        paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in paths:
            if "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def bundle_is_current() -> bool:
    return FROZEN_APP.is_file() and FROZEN_APP.stat().st_mtime >= _newest_source()


def ensure_bundle(timeout_s: float = BUILD_TIMEOUT_S) -> None:
    """Build dist/cssw-desktop with installer/build unless it is there and up to date (the
    build's output goes to stderr, with the bench's progress)."""
    if bundle_is_current():
        return
    log("dist/cssw-desktop is missing or older than its sources: running installer/build")
    done = subprocess.run(
        [str(REPO / "installer" / "build")],
        cwd=REPO,
        stdout=sys.stderr,
        stderr=sys.stderr,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0 or not FROZEN_APP.is_file():
        raise RuntimeError(f"installer/build failed (exit {done.returncode})")


def unlock_page_ms(command: list[str], data_dir: Path, timeout_s: float = 45.0) -> float:
    """Milliseconds from launching `command` to its unlock page's first paint."""
    env = dict(os.environ) | {ENV: "1", GIVE_UP_ENV: "30000", ENV_DATA_DIR: str(data_dir)}
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
                raise ProbeFailed(f"{command[0]}: no window within {timeout_s} s") from None
        errors.seek(0)
        stderr = errors.read()
    events: dict[str, float] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == MARK:
            events[parts[1]] = (float(parts[2]) - started) * 1000
    if "unlock_page" not in events or process.returncode != 0:
        raise ProbeFailed(
            f"{command[0]} exited {process.returncode} without painting the unlock page "
            f"(reported: {', '.join(events) or 'nothing'}); stderr: {stderr.strip()[-2000:]}"
        )
    return events["unlock_page"]


def run(repetitions: int = 7, budget_s: float = 90.0) -> tuple[Figures, int]:
    ensure_bundle()
    bundle_mb = disk_mb(BUNDLE)
    frozen, venv = [str(FROZEN_APP)], [str(venv_app())]
    with scratch_dir("frozen") as root, device_secrets() as secrets:
        data_dir = root / "data"
        make_vault(data_dir, secrets, CHEAP_KDF)
        unlock_page_ms(frozen, data_dir)  # warm-up: the file cache, fonts, byte-code
        unlock_page_ms(venv, data_dir)

        def measure(i: int) -> tuple[float, float]:
            if i % 2:
                venv_ms = unlock_page_ms(venv, data_dir)
                frozen_ms = unlock_page_ms(frozen, data_dir)
            else:
                frozen_ms = unlock_page_ms(frozen, data_dir)
                venv_ms = unlock_page_ms(venv, data_dir)
            log(f"frozen run {i + 1}: frozen={frozen_ms:.0f}ms venv={venv_ms:.0f}ms")
            return frozen_ms, venv_ms

        runs = repeat(measure, repetitions, budget_s)
    frozen_median = median([r[0] for r in runs])
    venv_median = median([r[1] for r in runs])
    return {
        "bundle_mb": bundle_mb,
        "frozen_startup_ratio": frozen_median / venv_median,
        "frozen_startup_ms": frozen_median,
        "venv_startup_ms": venv_median,
    }, len(runs)
