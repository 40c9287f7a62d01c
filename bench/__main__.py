"""Run every benchmark; print `name: value` lines and write bench/results.json.

Usage: python -m bench [--quick] [--only GROUP[,GROUP…]] [--repetitions N]
(bench/run sets up the system packages, the venv, the keyring and a screen first.)
Progress goes to stderr; stdout carries only the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.common import CHEAP_KDF, Figures, log

RESULTS = Path(__file__).resolve().parent / "results.json"
GROUPS = (
    "search",
    "unlock",
    "store_write",
    "startup",
    "seal",
    "pdf",
    "ink",
    "sync",
    "ingest",
    "ingest_filled",
    "upload_cpu",
    "load",
    "dashboard",
    "nodes",
    "frozen",
    "memory",
)


def _runners(quick: bool, reps: int | None) -> dict[str, tuple[int, Callable[[], Any]]]:
    """Each group's repetitions and the call that runs it (sizes shrink with --quick)."""
    from bench import (
        app_rss,
        central_ingest,
        central_load,
        central_two_nodes,
        central_upload_cpu,
        dashboard,
        frozen,
        ink,
        pdf,
        seal,
        search,
        startup,
        store_write,
        sync_upload,
        unlock,
    )

    def n(default: int) -> int:
        return reps if reps is not None else (3 if quick else default)

    return {
        "search": (
            n(7),
            lambda: search.run(n(7), count=1000 if quick else 10_000),
        ),
        "unlock": (n(5), lambda: unlock.run(n(5))),
        "store_write": (n(7), lambda: store_write.run(n(7), count=100 if quick else 1000)),
        "startup": (n(7), lambda: startup.run(n(7))),
        "seal": (n(7), lambda: seal.run(n(7), waiting=200 if quick else 1000)),
        "pdf": (n(7), lambda: (pdf.run(n(7), quick), n(7))),
        "ink": (n(7), lambda: (ink.run(n(7), quick), n(7))),
        "sync": (n(3), lambda: (sync_upload.run(n(3), quick), n(3))),
        "ingest": (1, lambda: (central_ingest.run(quick), 1)),
        "ingest_filled": (1, lambda: (central_ingest.run_filled(quick), 1)),
        "upload_cpu": (n(3), lambda: (central_upload_cpu.run(n(3), quick), n(3))),
        "load": (1, lambda: (central_load.run(quick), 1)),
        "dashboard": (n(7), lambda: (dashboard.run(n(7)), n(7))),
        "nodes": (1, lambda: (central_two_nodes.run(quick), 1)),
        # builds dist/cssw-desktop first if it is missing or stale (installer/build)
        "frozen": (n(7), lambda: frozen.run(n(7))),
        "memory": (n(3), lambda: app_rss.run(n(3), families=1000 if quick else 10_000)),
    }


def format_value(name: str, value: float) -> str:
    return f"{value:.2f}" if name.endswith("_ms") else f"{value:.3f}"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _filesystem(path: Path) -> str:
    """The mount's filesystem type (fsync cost depends on it), e.g. "ext4"."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            mount = fields[1]
            if str(path).startswith(mount) and len(mount) > len(best):
                best, kind = mount, fields[2]
    except (OSError, IndexError):
        pass
    return kind


def _git_commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=RESULTS.parent,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return done.stdout.strip() or "unknown"


def machine_info(repetitions: dict[str, int], started: float) -> dict[str, Any]:
    import tempfile

    import PySide6
    import sqlcipher3
    from PySide6 import QtCore

    from cssw_desktop.storage.device_secret import DeviceSecrets
    from cssw_desktop.storage.keys import DEFAULT_KDF

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher_version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        cipher_sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    temp = Path(os.environ.get("CSSW_BENCH_TMP") or tempfile.gettempdir())
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "machine": {
            "platform": platform.platform(),
            "cpu": _cpu_model(),
            "cpu_count": os.cpu_count(),
            "memory_mib": _memory_mib(),
            "temp_dir": str(temp),
            "temp_filesystem": _filesystem(temp),
        },
        "python": sys.version.split()[0],
        "python_bytecode_cache": not sys.dont_write_bytecode,
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM") or "xcb",
        "display": os.environ.get("DISPLAY", ""),
        "sqlcipher": cipher_version,
        "sqlcipher_sqlite": cipher_sqlite,
        "sqlcipher3": metadata.version("sqlcipher3"),
        "stdlib_sqlite": sqlite3.sqlite_version,
        "argon2_cffi": metadata.version("argon2-cffi"),
        "keyring_backend": DeviceSecrets().name,
        "unlock_kdf": {
            "memory_kib": DEFAULT_KDF.memory_kib,
            "iterations": DEFAULT_KDF.iterations,
            "parallelism": DEFAULT_KDF.parallelism,
        },
        "other_kdf": {
            "memory_kib": CHEAP_KDF.memory_kib,
            "iterations": CHEAP_KDF.iterations,
            "parallelism": CHEAP_KDF.parallelism,
        },
        "repetitions": repetitions,
        "statistic": "median over repetitions; ratios are median / baseline median",
        "runtime_s": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, 3 repetitions")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"from {', '.join(GROUPS)}")
    parser.add_argument("--repetitions", type=int, default=None, metavar="N")
    parser.add_argument("--output", type=Path, default=RESULTS, help="the results JSON file")
    args = parser.parse_args(argv)
    chosen = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = sorted(set(chosen) - set(GROUPS))
    if unknown:
        parser.error(f"unknown benchmark group(s): {', '.join(unknown)}")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.monotonic()
    runners = _runners(args.quick, args.repetitions)
    results: dict[str, Any] = {}
    repetitions: dict[str, int] = {}
    errors: dict[str, str] = {}
    for group in chosen:
        log(f"{group}…")
        group_started = time.monotonic()
        try:
            figures, done = runners[group][1]()
        except Exception as problem:
            traceback.print_exc(file=sys.stderr)
            errors[group] = f"{type(problem).__name__}: {problem}"
            continue
        repetitions[group] = done
        _print(figures)
        results |= {name: float(format_value(name, v)) for name, v in figures.items()}
        log(f"{group} took {time.monotonic() - group_started:.1f} s")

    meta = machine_info(repetitions, started)
    if errors:
        meta["errors"] = errors
    results["_meta"] = meta
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {args.output} in {meta['runtime_s']} s")
    return 1 if errors else 0


def _print(figures: Figures) -> None:
    for name, value in figures.items():
        print(f"{name}: {format_value(name, value)}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
