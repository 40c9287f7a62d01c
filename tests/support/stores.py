"""Stores for tests: real SQLCipher files in a temporary folder, keyed through the real
OS keyring (fixtures registered by tests/conftest.py).

- `data_dir`: the data folder of the test's laptop (not created yet).
- `device_secrets`: the real keyring; every secret a test puts there is removed after.
- `vault`: a Vault on that folder with the cheap key derivation below.
- `store`: a new store, open, closed after the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.keyring import TidyDeviceSecrets, tidy_device_secrets

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
