"""Canary families go into the store; their bytes appear in no file, open or closed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cssw_core.domain.family import Child, Family
from cssw_desktop.logs import configure_logging
from cssw_desktop.storage.vault import Vault
from tests.support.leaks import CANARIES, files_under, leaks_in, redirect_temp
from tests.support.stores import PASSPHRASE


def canary_family() -> Family:
    return Family(
        CANARIES[0],
        CANARIES[2],
        CANARIES[3],
        "Worker",
        (Child(CANARIES[1], "", date(2011, 3, 4)),),
    )


def test_canaries_never_reach_disk_in_the_clear(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = redirect_temp(monkeypatch, tmp_path / "temp")
    store = vault.create(PASSPHRASE)
    log_file = configure_logging(data_dir)
    added = store.families.add(canary_family())
    store.families.update(added)
    for i in range(200):  # enough writes that pages reach the WAL and the main file
        store.families.add(Family(f"Filler {i}", children=(Child("x", "", date(2015, 1, 1)),)))
    assert (data_dir / "store.db-wal").exists()
    while_open = files_under(data_dir)
    assert leaks_in(while_open) == []
    store.checkpoint()
    assert leaks_in(files_under(data_dir)) == []
    store.close()
    assert log_file.exists()
    assert leaks_in(files_under(data_dir)) == []
    assert leaks_in(files_under(temp)) == []
    # And the scanner does find canaries when they are there (the check itself works).
    (data_dir / "plain.txt").write_text(f"note about {CANARIES[1].lower()}")
    assert len(leaks_in(files_under(data_dir))) == 1
