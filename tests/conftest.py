"""Shared fixtures: real SQLCipher files in a temporary folder and the real OS keyring.

The keyring tests need a running Secret Service; `make test` (and `scripts/with-keyring`)
provide gnome-keyring inside a private D-Bus session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widgets render offscreen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.keyring import TidyDeviceSecrets, tidy_device_secrets

pytest_plugins = ["tests.support.central_fixtures"]

# Argon2id at the production cost takes about half a second; tests that are not about the
# cost use a cheap setting so the suite stays quick. tests/storage/test_keys.py checks the
# production parameters themselves.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "cssw-data"


@pytest.fixture
def device_secrets() -> Iterator[TidyDeviceSecrets]:
    """The real OS keyring; every secret a test puts there is removed afterwards."""
    with tidy_device_secrets() as secrets:
        yield secrets


@pytest.fixture
def vault(data_dir: Path, device_secrets: DeviceSecrets) -> Vault:
    return Vault(data_dir, device_secrets, kdf=FAST_KDF)


@pytest.fixture
def store(vault: Vault) -> Iterator[Store]:
    opened = vault.create(PASSPHRASE)
    yield opened
    opened.close()


def pytest_sessionstart(session: pytest.Session) -> None:
    from tests.faults import tally

    tally.reset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fault suite's figures (crash rounds, losses, fuzz cases, ...), printed at the end."""
    from tests.faults import tally

    lines = tally.summary_lines()
    if not lines:
        return
    terminalreporter.section("fault suite summary")
    for line in lines:
        terminalreporter.write_line(line)
    tally.write_summary()
