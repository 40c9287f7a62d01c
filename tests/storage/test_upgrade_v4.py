"""A store saved by schema version 3 (tests/fixtures/store-v3.db, made with the key below by
the app as it was before training stores: one fictional family and one sealed consent
record) upgrades to version 4 as a real store, its seal still holding, and can never be
marked as a training store afterwards."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from cssw_core.domain.sealing import is_training_document
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.database import Database, IntegrityError
from cssw_desktop.storage.migrations import LATEST_VERSION, migrate, schema_version
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.store_kind import stored_kind
from tests.storage.test_training_store import profile

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-v3.db"
FIXTURE_KEY = bytes(range(32))  # a test store: its key is public on purpose


def test_a_version_3_store_upgrades_as_a_real_store_with_everything_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    db = Database(path, FIXTURE_KEY)
    assert schema_version(db) == 3
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
        store.profile.save(profile())  # a real store can still be enrolled
        assert store.profile.get() is not None
    finally:
        store.close(audit=False)
