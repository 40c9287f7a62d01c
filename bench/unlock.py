"""Unlocking: passphrase to open store, with the production Argon2id cost.

The store is made once by Vault.create with the given KdfParams (DEFAULT_KDF in the
bench); each repetition is one Vault.unlock (read the key file, read the device secret
from the keyring, Argon2id, unwrap, open and check the database, audit the unlock).
Closing the store afterwards is not timed. For a breakdown, the key derivation alone
(derive_kek with the same parameters) is timed as well.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.common import PASSPHRASE, Figures, device_secrets, median, repeat, scratch_dir
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import DEFAULT_KDF, KEY_BYTES, SALT_BYTES, KdfParams, derive_kek
from cssw_desktop.storage.vault import Vault


def make_vault(data_dir: Path, secrets: DeviceSecrets, kdf: KdfParams) -> Vault:
    """A vault with a store already created (and closed) in data_dir."""
    vault = Vault(data_dir, secrets, kdf=kdf)
    vault.create(PASSPHRASE).close()
    return vault


def unlock_s(vault: Vault) -> float:
    """Seconds for one Vault.unlock with the right passphrase."""
    start = time.perf_counter()
    store = vault.unlock(PASSPHRASE)
    seconds = time.perf_counter() - start
    store.close()
    return seconds


def kdf_s(kdf: KdfParams) -> float:
    """Seconds for the key derivation alone (Argon2id + HKDF)."""
    secret, salt = os.urandom(KEY_BYTES), os.urandom(SALT_BYTES)
    start = time.perf_counter()
    derive_kek(PASSPHRASE, secret, salt, kdf)
    return time.perf_counter() - start


def run(
    repetitions: int = 5, kdf: KdfParams = DEFAULT_KDF, budget_s: float = 30.0
) -> tuple[Figures, int]:
    with scratch_dir("unlock") as root, device_secrets() as secrets:
        vault = make_vault(root / "data", secrets, kdf)
        unlocks = repeat(lambda _i: unlock_s(vault), repetitions, budget_s)
        kdfs = repeat(lambda _i: kdf_s(kdf), repetitions, budget_s)
    return {"unlock_s": median(unlocks), "unlock_kdf_s": median(kdfs)}, len(unlocks)
