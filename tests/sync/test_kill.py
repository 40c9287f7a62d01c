"""The sync killed before sending, after central committed, or while storing the receipt:
the next run stores the receipt and central holds exactly one copy."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import IN_FLIGHT, SyncEngine
from cssw_desktop.sync.runner import ThreadStoreRunner
from cssw_desktop.sync.signing import receipt_holds
from tests.conftest import PASSPHRASE
from tests.support.central import RunningCentral
from tests.sync.conftest import fake_pdf, run, seal_demo
from tests.sync.test_sync_central import count_records


def settled_count(central: RunningCentral) -> int:
    """Central's record count once uploads the dead laptop had already sent are stored."""
    last, stable_since = -1, time.monotonic()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        count = count_records(central)
        if count != last:
            last, stable_since = count, time.monotonic()
        elif time.monotonic() - stable_since >= 1.0:
            break
        time.sleep(0.1)
    return last


@pytest.mark.parametrize("mode", ["before-send", "after-commit", "in-receipt"])
def test_killed_sync_loses_nothing_and_duplicates_nothing(
    central: RunningCentral, enrolled: ThreadStoreRunner, vault: Vault, mode: str
) -> None:
    store = enrolled.store
    sealed = seal_demo(store, families=3)
    store.checkpoint()
    child = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_sync", str(vault.data_dir), mode],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    assert store.outbox.summary(utc_now()).synced == 0  # the kill left no receipt behind
    # Killed after central's first commit: the uploads already in flight beside it may
    # have committed too (up to IN_FLIGHT); none has a receipt on the laptop yet.
    expected_central = settled_count(central)
    if mode == "before-send":
        assert expected_central == 0
    else:
        assert 1 <= expected_central <= IN_FLIGHT
    engine = SyncEngine(enrolled, render_pdf=fake_pdf, app_version="t", rng=random.Random(1))
    report = run(engine.sync())
    assert (report.failed, report.unsent, report.problem) == ([], 0, None)
    assert report.duplicates == expected_central  # the original receipt came back
    assert count_records(central) == sealed
    for row in store.outbox.rows():
        receipt = store.outbox.receipt(row.record_id, row.version)
        assert receipt is not None
        assert receipt_holds(receipt, central.receipt_public_key)
