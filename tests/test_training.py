"""The training store: beside the real one, its own keys, fictional families whose ids are
its own (two laptops' training families never share an id), every seal marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cssw_desktop.paths import resolve_data_dir, resolve_training_dir
from cssw_desktop.storage.keys import KeyFile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from cssw_desktop.training import TRAINING_FAMILIES, TrainingVault, add_fictional_families
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE


def test_the_training_folder_is_beside_the_data_folder(tmp_path: Path) -> None:
    assert resolve_training_dir(tmp_path / "cssw") == tmp_path / "cssw-training"
    chosen = resolve_data_dir(str(tmp_path / "laptop" / "data") + "/")
    assert resolve_training_dir(chosen) == tmp_path / "laptop" / "data-training"
    default = resolve_data_dir(None, environ={})
    assert resolve_training_dir(default).parent == default.parent
    assert resolve_training_dir(default).name == default.name + "-training"


def ids(store: Store) -> set[object]:
    return {f.id for f in store.families.all()} | {
        c.id for f in store.families.all() for c in f.children
    }


def names(store: Store) -> list[str]:
    return sorted(f.family_name for f in store.families.all())


def test_two_training_stores_share_names_but_never_ids(
    tmp_path: Path, device_secrets: TidyDeviceSecrets
) -> None:
    """Two laptops set up for the same course: the same families to talk about, each with
    ids of its own (they once shared them)."""
    stores = [
        TrainingVault(tmp_path / f"laptop-{n}-training", device_secrets, kdf=FAST_KDF).create(
            PASSPHRASE
        )
        for n in (1, 2)
    ]
    try:
        first, second = stores
        assert first.families.count() == second.families.count() == TRAINING_FAMILIES
        assert names(first) == names(second)
        assert not ids(first) & ids(second)
        sealed = first.outbox.rows()
        assert sealed
        assert all(first.records.get(r.record_id, r.version).body["training"] for r in sealed)
    finally:
        for store in stores:
            store.close()


def test_the_training_store_has_keys_of_its_own(
    tmp_path: Path, device_secrets: TidyDeviceSecrets
) -> None:
    real = Vault(tmp_path / "cssw", device_secrets, kdf=FAST_KDF)
    training = TrainingVault(resolve_training_dir(real.data_dir), device_secrets, kdf=FAST_KDF)
    real.create(PASSPHRASE).close()
    training.create(PASSPHRASE).close()
    real_id = KeyFile.load(real.keyfile_path).store_id
    training_id = KeyFile.load(training.keyfile_path).store_id
    assert real_id != training_id
    secrets = device_secrets.get(real_id), device_secrets.get(training_id)
    assert None not in secrets
    assert secrets[0] != secrets[1]
    training.wipe()  # leaving training for good takes only its own secret
    assert device_secrets.get(training_id) is None
    assert device_secrets.get(real_id) == secrets[0]
    real.unlock(PASSPHRASE).close()


def test_adding_families_counts_only_what_makes_sense(
    tmp_path: Path, device_secrets: TidyDeviceSecrets
) -> None:
    vault = TrainingVault(tmp_path / "t-training", device_secrets, kdf=FAST_KDF, families=2)
    store = vault.create(PASSPHRASE)
    try:
        assert store.families.count() == 2
        with pytest.raises(ValueError, match="from 1 to"):
            add_fictional_families(store, 0, date.today())
    finally:
        store.close()
