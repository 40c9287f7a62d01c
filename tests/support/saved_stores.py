"""Stores as released versions of the app saved them (tests/fixtures/store-v<N>.db), each
made with the public test key below, for the upgrade tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from cssw_desktop.storage.database import Database
from cssw_desktop.storage.migrations import schema_version

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVED_STORE_KEY = bytes(range(32))  # test stores: their key is public on purpose


def copy_of_saved_store(version: int, folder: Path) -> Database:
    """A copy of the store saved by schema `version`, opened (not yet upgraded)."""
    path = folder / "store.db"
    shutil.copyfile(FIXTURES / f"store-v{version}.db", path)
    db = Database(path, SAVED_STORE_KEY)
    assert schema_version(db) == version
    return db
