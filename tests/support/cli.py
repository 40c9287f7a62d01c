"""`cssw-desktop` as a real process, the way IT's scripts run it (passphrase on stdin)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.stores import PASSPHRASE


def run_cssw(
    data_dir: Path,
    *args: str,
    stdin: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`cssw-desktop --data-dir DATA_DIR ARGS` with `stdin`; `env` adds to this process's."""
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
    )


def cssw(
    data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    """`cssw-desktop` with the test passphrase on stdin."""
    return run_cssw(data_dir, *args, stdin=stdin)
