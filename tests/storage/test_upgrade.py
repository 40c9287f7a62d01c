"""A store saved by schema version 1 (tests/fixtures/store-v1.db; tests/support/saved_stores.py)
upgrades to the current schema with its data intact and a backup taken first."""

from __future__ import annotations

import uuid
from pathlib import Path

from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.migrations import LATEST_VERSION, migrate
from cssw_desktop.storage.store import Store
from tests.support.saved_stores import copy_of_saved_store


def test_a_version_1_store_upgrades_with_everything_kept(tmp_path: Path) -> None:
    db = copy_of_saved_store(1, tmp_path)
    backups: list[int] = []
    applied = migrate(db, backup=backups.append)
    assert applied == list(range(2, LATEST_VERSION + 1))
    assert backups == [1]
    store = Store(db, "fixture-store", utc_now)
    try:
        family = store.families.get(uuid.UUID(int=2))
        assert family.family_name == "Fixture-Family"
        assert [c.name for c in family.children] == ["Vee One"]
        draft = store.records.get(uuid.UUID(int=3), 1)
        assert draft.kind == "consent"
        assert draft.body == {"step": "choices"}
        assert store.integrity_problems() == []
        store.device.key()  # the new device table works
    finally:
        store.close(audit=False)
