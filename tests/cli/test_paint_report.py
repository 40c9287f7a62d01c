"""CSSW_REPORT_FIRST_PAINT=1: the app says when its first page is painted and quits (what
the frozen start-up benchmark and the frozen smoke test rely on), as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.paint_report import ENV, MARK
from tests.support.stores import FAST_KDF, PASSPHRASE

OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def start_app(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, ENV: "1"},
    )


def events(done: subprocess.CompletedProcess[str]) -> list[str]:
    found = []
    for line in done.stdout.splitlines():
        mark, event, seconds = line.split()
        assert mark == MARK
        assert float(seconds) > 0
        found.append(event)
    return found


def errors(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in done.stderr.splitlines() if line != OFFSCREEN_NOTE]


def test_a_new_laptop_reports_the_first_run_page_and_quits(tmp_path: Path) -> None:
    done = start_app(tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert errors(done) == []
    assert events(done) == ["first_paint", "setup_page"]
    assert not (tmp_path / "data" / "store.db").exists()  # nothing made but the log folder


def test_a_laptop_with_a_store_reports_the_unlock_page(
    data_dir: Path, device_secrets: DeviceSecrets
) -> None:
    Vault(data_dir, device_secrets, kdf=FAST_KDF).create(PASSPHRASE).close()
    done = start_app(data_dir)
    assert done.returncode == 0, done.stderr
    assert errors(done) == []
    # The unlock page shows in the first window; `ready` once the whole app has loaded.
    assert events(done) == ["first_paint", "unlock_page", "ready"]
