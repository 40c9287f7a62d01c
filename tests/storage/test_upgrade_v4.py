"""A store saved by schema version 3 (tests/fixtures/store-v3.db, made by the app as it was
before training stores, with the key in tests/support/saved_stores.py: one fictional
family and one sealed consent record) upgrades to version 4 as a real store, its seal
still holding, and can never be marked as a training store afterwards."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from cssw_core.domain.sealing import is_training_document
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.database import IntegrityError
from cssw_desktop.storage.migrations import LATEST_VERSION, migrate
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.store_kind import stored_kind
from tests.support.saved_stores import copy_of_saved_store
from tests.support.sync import offline_profile


def test_a_version_3_store_upgrades_as_a_real_store_with_everything_kept(tmp_path: Path) -> None:
    db = copy_of_saved_store(3, tmp_path)
    backups: list[int] = []
    assert migrate(db, backup=backups.append) == list(range(4, LATEST_VERSION + 1))
    assert backups == [3]
    assert stored_kind(db) is False
    store = Store(db, "fixture-store-v3", utc_now)
    try:
        assert not store.training
        assert store.families.get(uuid.UUID(int=10)).family_name == "Fixture-Family"
        (check,) = store.sealing.check_all()
        assert check.problem is None  # the sealed bytes are untouched
        record = store.records.get(uuid.UUID(check.record_id), check.version)
        assert not is_training_document(record.body)
        assert store.integrity_problems() == []
        with (
            pytest.raises(IntegrityError, match="marked only when it is made"),
            db.transaction() as conn,
        ):
            conn.execute("INSERT OR REPLACE INTO store_kind (singleton, training) VALUES (1, 1)")
        assert stored_kind(db) is False
        store.profile.save(offline_profile())  # a real store can still be enrolled
        assert store.profile.get() is not None
    finally:
        store.close(audit=False)
