"""A writer killed with SIGKILL at random moments never loses a reported commit or
leaves a store that fails its integrity checks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from cssw_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

ROUNDS = 50


def _run_and_kill(data_dir: Path, delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.kill_writer", str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    reported: list[str] = []
    stdout = child.stdout
    reader = threading.Thread(target=lambda: reported.extend(line.strip() for line in stdout))
    reader.start()
    # Wait for the first commit so every round kills the writer mid-stream, then a bit more.
    deadline = time.monotonic() + 30
    while not reported and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.005)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    child.stdout.close()
    return reported


def test_sigkill_loses_no_reported_commit(vault: Vault, data_dir: Path) -> None:
    vault.create(PASSPHRASE).close()
    rng = random.Random(20261121)
    reported_total: set[uuid.UUID] = set()
    for round_number in range(ROUNDS):
        reported = _run_and_kill(data_dir, rng.uniform(0.0, 0.15))
        assert reported, f"round {round_number}: the writer never committed"
        # The last line may be cut off by the kill; whole ids are the reported commits.
        reported_total |= {uuid.UUID(r) for r in reported if len(r) == 36}
        store = vault.unlock(PASSPHRASE)
        try:
            assert store.integrity_problems() == [], f"round {round_number}"
            present = {f.id for f in store.families.all()}
        finally:
            store.close()
        missing = reported_total - present
        assert not missing, f"round {round_number}: {len(missing)} reported commits lost"
    print(f"kill rounds: {ROUNDS}, commits checked: {len(reported_total)}, lost: 0")
