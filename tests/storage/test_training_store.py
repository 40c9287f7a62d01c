"""Training stores: marked when made, in the store and in the key file, for good; opened
only as what they are; never holding an enrollment; their seals saying "training"."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cssw_core.domain.sealing import is_training_document, seal_problem
from cssw_desktop.storage.database import IntegrityError
from cssw_desktop.storage.errors import NotATrainingStore, WrongPassphrase
from cssw_desktop.storage.keys import KeyFile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.store_kind import stored_kind
from cssw_desktop.storage.vault import Vault
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync import offline_profile, seal_demo

NEW_PASSPHRASE = "a different long passphrase 42"


@pytest.fixture
def training_vault(tmp_path: Path, device_secrets: TidyDeviceSecrets) -> Vault:
    return Vault(tmp_path / "cssw-data-training", device_secrets, kdf=FAST_KDF, training=True)


def test_a_training_vault_makes_a_store_marked_training_in_the_store_and_the_key_file(
    training_vault: Vault,
) -> None:
    store = training_vault.create(PASSPHRASE)
    try:
        assert store.training
        assert stored_kind(store._db) is True
    finally:
        store.close()
    header = json.loads(training_vault.keyfile_path.read_bytes())
    assert header["training"] is True
    assert KeyFile.load(training_vault.keyfile_path).training
    assert training_vault.store_is_training()  # readable before unlocking
    again = training_vault.unlock(PASSPHRASE)
    try:
        assert again.training
    finally:
        again.close()


def test_a_real_store_is_real_and_its_key_file_is_as_before(vault: Vault) -> None:
    store = vault.create(PASSPHRASE)
    try:
        assert not store.training
        assert stored_kind(store._db) is False
    finally:
        store.close()
    assert b"training" not in vault.keyfile_path.read_bytes()
    assert not vault.store_is_training()


def test_training_never_opens_a_real_store_and_changes_nothing(
    vault: Vault, device_secrets: TidyDeviceSecrets
) -> None:
    vault.create(PASSPHRASE).close()
    before = vault.store_path.read_bytes(), vault.keyfile_path.read_bytes()
    as_training = Vault(vault.data_dir, device_secrets, kdf=FAST_KDF, training=True)
    with pytest.raises(NotATrainingStore, match="is a real store, not a training store"):
        as_training.status()
    with pytest.raises(NotATrainingStore):
        as_training.unlock(PASSPHRASE)
    with pytest.raises(NotATrainingStore):
        as_training.restore_backup(PASSPHRASE)
    assert not as_training.store_is_training()
    assert (vault.store_path.read_bytes(), vault.keyfile_path.read_bytes()) == before


def test_a_training_store_found_by_its_folder_opens_as_training(
    training_vault: Vault, device_secrets: TidyDeviceSecrets
) -> None:
    """Pointed at a training folder without asking for training, it still is training."""
    training_vault.create(PASSPHRASE).close()
    plain = Vault(training_vault.data_dir, device_secrets, kdf=FAST_KDF)
    assert plain.store_is_training()
    store = plain.unlock(PASSPHRASE)
    try:
        assert store.training
    finally:
        store.close()


@pytest.mark.parametrize("training", [False, True])
def test_the_kind_cannot_be_changed_in_the_store(
    vault: Vault, training_vault: Vault, training: bool
) -> None:
    store = (training_vault if training else vault).create(PASSPHRASE)
    db = store._db
    try:
        for statement in (
            "UPDATE store_kind SET training = 1 - training",
            "DELETE FROM store_kind",
        ):
            with (
                pytest.raises(IntegrityError, match="training or real for good"),
                db.transaction() as conn,
            ):
                conn.execute(statement)
        with pytest.raises(IntegrityError), db.transaction() as conn:  # one row, never two
            conn.execute("INSERT INTO store_kind (singleton, training) VALUES (1, 1)")
        assert stored_kind(db) is training
    finally:
        store.close()


def test_a_real_store_with_no_mark_cannot_be_marked_after_it_was_made(vault: Vault) -> None:
    """Even with its row gone (say, a tool that ignores the triggers), no new mark goes in
    once the store has a history, so it reads as what it always was: real."""
    store = vault.create(PASSPHRASE)
    db = store._db
    try:
        with db.transaction() as conn:
            conn.execute("DROP TRIGGER store_kind_no_delete")
            conn.execute("DELETE FROM store_kind")
        with (
            pytest.raises(IntegrityError, match="marked only when it is made"),
            db.transaction() as conn,
        ):
            conn.execute("INSERT INTO store_kind (singleton, training) VALUES (1, 1)")
        assert stored_kind(db) is None
        assert not Store(db, "again", store.clock).training
    finally:
        store.close(audit=False)


def test_the_key_file_mark_cannot_be_edited_away_or_added(
    vault: Vault, training_vault: Vault, device_secrets: TidyDeviceSecrets
) -> None:
    """The header is authenticated by the wrap: editing the mark makes the file useless."""
    for folder, edit in ((training_vault, "remove"), (vault, "add")):
        folder.create(PASSPHRASE).close()
        document = json.loads(folder.keyfile_path.read_bytes())
        if edit == "remove":
            del document["training"]
        else:
            document["training"] = True
        folder.keyfile_path.write_text(json.dumps(document))
        plain = Vault(folder.data_dir, device_secrets, kdf=FAST_KDF)
        with pytest.raises(WrongPassphrase):
            plain.unlock(PASSPHRASE)
    with pytest.raises(NotATrainingStore):  # and training refuses what now reads as real
        training_vault.unlock(PASSPHRASE)


def test_a_training_store_never_holds_an_enrollment(training_vault: Vault, vault: Vault) -> None:
    store = training_vault.create(PASSPHRASE)
    try:
        with pytest.raises(IntegrityError, match="never enrolled"):
            store.profile.save(offline_profile())
        assert store.profile.get() is None
    finally:
        store.close()
    real = vault.create(PASSPHRASE)  # a real store still can
    try:
        real.profile.save(offline_profile())
        assert real.profile.get() == offline_profile()
    finally:
        real.close()


def test_records_sealed_in_training_say_so_and_real_ones_do_not(
    training_vault: Vault, vault: Vault
) -> None:
    for folder, training in ((training_vault, True), (vault, False)):
        store = folder.create(PASSPHRASE)
        try:
            assert seal_demo(store, families=5) > 0
            for check in store.sealing.check_all():
                assert check.problem is None
                record = store.records.get(uuid.UUID(check.record_id), check.version)
                assert is_training_document(record.body) is training
                assert record.body.get("training", False) is training
                assert record.seal is not None
                assert seal_problem(record.body, record.seal) is None
        finally:
            store.close()


def test_the_mark_outlasts_a_passphrase_change(training_vault: Vault) -> None:
    training_vault.create(PASSPHRASE).close()
    training_vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert training_vault.store_is_training()
    store = training_vault.unlock(NEW_PASSPHRASE)
    try:
        assert store.training
    finally:
        store.close()


def test_a_store_restored_from_the_backup_stays_training(training_vault: Vault) -> None:
    store = training_vault.create(PASSPHRASE)
    sealed = seal_demo(store, families=5)
    store.close()
    with open(training_vault.store_path, "r+b") as handle:  # damage it: cut it in half
        handle.truncate(training_vault.store_path.stat().st_size // 2)
    restored, report = training_vault.restore_backup(PASSPHRASE)
    try:
        assert report.new_store
        assert report.restored == sealed
        assert restored.training
        assert stored_kind(restored._db) is True
    finally:
        restored.close()
