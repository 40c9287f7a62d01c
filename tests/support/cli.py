"""Running the `cssw-desktop` command line in a child process, passphrase on stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.stores import PASSPHRASE


def cssw(
    data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
