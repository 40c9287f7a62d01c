"""`cssw-desktop --self-test`, run as IT runs it: a real process and the real keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring

from cssw_desktop.selftest import PASSED
from cssw_desktop.storage.device_secret import SERVICE


def self_test(tmp: Path, **env: str) -> subprocess.CompletedProcess[str]:
    tmp.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(tmp), **env},
    )


def stored_secrets() -> int | None:
    """How many items of the app's service the Secret Service holds (None: another backend)."""
    backend = keyring.get_keyring()
    if type(backend).__module__ != "keyring.backends.SecretService":
        return None
    import secretstorage

    with secretstorage.dbus_init() as connection:
        return len(list(secretstorage.search_items(connection, {"service": SERVICE})))


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    before = stored_secrets()
    done = self_test(tmp_path / "tmp")
    assert done.returncode == 0, done.stderr
    assert done.stdout == PASSED + "\n"
    assert done.stderr == ""
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary store is gone
    assert stored_secrets() == before  # and so is its keyring secret


def test_self_test_without_a_secure_keyring_is_one_plain_line(tmp_path: Path) -> None:
    done = self_test(tmp_path / "tmp", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("cssw-desktop self-test failed: No secure keyring")
    assert done.stderr.count("\n") == 1
    assert list((tmp_path / "tmp").iterdir()) == []
