"""The frozen benchmarks' parts that need no build: the disk-use count and the timed
launch to the unlock page (run here on the venv's `cssw-desktop`, as the bench runs it
beside the frozen one). No timing limits: how fast is for bench/run to say."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import frozen, unlock
from bench.common import CHEAP_KDF
from bench.startup import ProbeFailed
from cssw_desktop.storage.device_secret import DeviceSecrets


def test_disk_use_counts_every_file_once_and_not_a_symlinks_target(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    (folder / "lib").mkdir(parents=True)
    (folder / "lib" / "big.so").write_bytes(os.urandom(2 * 2**20))
    (folder / "link.so").symlink_to(folder / "lib" / "big.so")
    assert 2.0 <= frozen.disk_mb(folder) < 2.2


def test_the_venv_app_is_timed_to_its_unlock_page(
    data_dir: Path, device_secrets: DeviceSecrets
) -> None:
    unlock.make_vault(data_dir, device_secrets, CHEAP_KDF)
    assert frozen.unlock_page_ms([str(frozen.venv_app())], data_dir) > 0


def test_an_app_that_shows_another_page_fails_plainly(tmp_path: Path) -> None:
    # No store: the first-run page, never the unlock page.
    with pytest.raises(ProbeFailed, match="without painting the unlock page"):
        frozen.unlock_page_ms([str(frozen.venv_app())], tmp_path / "none")
