"""The app never puts a family's details on the clipboard unless the worker asks.

On Linux, selecting text offers it to every other program (the X11 "primary selection",
pasted with the middle button) without anyone asking; the app gives that up at once
(cssw_desktop/ui/clipboard.py). Copying (Ctrl+C) is the worker's own request: it copies
only the cell or text asked for, and locking or quitting takes back what is still there.

Qt's offscreen platform, which the rest of the suite runs on, has no primary selection
and does not say whose the clipboard is, so the checks run in a pytest process of their
own on Qt's xcb platform, against the X server (Xvfb) that `make test` starts:
tests/faults/clipboard_x11.py. Each check there fails if any canary, in any case, is on
the clipboard or the selection after an everyday action: selecting rows and text, the
family editor, every screen of a visit, signing by typing, the sealed record.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults import tally

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 240


@pytest.mark.skipif(
    not os.environ.get("DISPLAY"), reason="needs an X server (make test starts Xvfb)"
)
def test_clipboard_and_selection_on_x11_hold_nothing_the_worker_did_not_copy(
    tmp_path: Path,
) -> None:
    # Its own tally file: a pytest session starts by emptying the one it is given.
    figures = tmp_path / "x11-tally.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "CSSW_FAULT_TALLY": str(figures)}
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "tests/faults/clipboard_x11.py",
            "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "x11"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert re.search(r"\b2 passed\b", done.stdout), done.stdout[-3000:]
    for line in figures.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        tally.add(entry["suite"], **entry["counts"])
