"""A data folder that cannot be written to (its disk remounted read-only): unlocking and
syncing say so in plain words, change nothing, count no wrong passphrase, and work again
once the folder is writable.

Linux refuses to make a disk read-only while the app holds its store open for writing
(`mount -o remount,ro` answers "busy"), so the store is locked first, as when a laptop
wakes with its profile disk read-only. (chmod alone would not do: the tests run as root,
which ignores file modes.)
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cssw_desktop.storage.errors import DiskReadOnly
from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.faults.small_disk import remount, small_disk
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

READ_ONLY_WORDS = "cannot be written to at the moment"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "small-disk") as disk:
        yield disk / "cssw-data"


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_read_only_data_folder_is_reported_plainly_and_work_resumes_when_writable(
    vault: Vault, data_dir: Path
) -> None:
    store = vault.create(PASSPHRASE)
    first = seal_consent(store, store.families.add(family_with_teenager()))
    store.close()
    before = folder_digest(data_dir)
    remount(data_dir.parent, "ro")
    try:
        for _attempt in range(4):
            with pytest.raises(DiskReadOnly) as refused:
                vault.unlock(PASSPHRASE)
        assert READ_ONLY_WORDS in refused.value.message
        assert vault.wait_seconds() == 0  # not a wrong passphrase
        # The command line (sync starts by unlocking): one plain line, exit status 1.
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "cssw_desktop",
                "--data-dir",
                str(data_dir),
                "sync",
                "--passphrase-stdin",
            ],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 1, done.stdout + done.stderr
        assert READ_ONLY_WORDS in done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    finally:
        remount(data_dir.parent, "rw")
    assert folder_digest(data_dir) == before  # nothing changed

    store = vault.unlock(PASSPHRASE)
    try:
        second = seal_consent(store, store.families.add(family_with_teenager()))
        unsent = {r.record_id for r in store.outbox.rows() if r.receipt_at is None}
        assert unsent == {first.id, second.id}
        assert store.integrity_problems() == []
    finally:
        store.close()
    tally.add("disk: read-only folder", cases=1, lost=0, duplicates=0)
