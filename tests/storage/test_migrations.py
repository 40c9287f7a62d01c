"""Schema upgrades: one transaction each, a backup first, newer stores refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cssw_desktop.storage.database import Database, DatabaseError
from cssw_desktop.storage.errors import StoreNewerThanApp
from cssw_desktop.storage.files import create_private_file
from cssw_desktop.storage.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    migrate,
    schema_version,
)

NEXT = LATEST_VERSION + 1
V_NEXT = Migration(NEXT, "add a column", ("ALTER TABLE families ADD COLUMN note TEXT",))
BROKEN_NEXT = Migration(
    NEXT, "half-good", ("ALTER TABLE families ADD COLUMN note TEXT", "THIS IS NOT SQL")
)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    path = tmp_path / "store.db"
    create_private_file(path)
    database = Database(path, os.urandom(32))
    migrate(database, backup=lambda v: None)
    return database


def _columns(db: Database) -> list[str]:
    return [row[1] for row in db.query("PRAGMA table_info(families)")]


def test_new_store_gets_every_migration_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    create_private_file(path)
    backups: list[int] = []
    database = Database(path, os.urandom(32))
    assert migrate(database, backup=backups.append) == [m.version for m in MIGRATIONS]
    assert backups == []  # nothing to back up yet


def test_upgrade_takes_a_backup_first_then_applies(db: Database) -> None:
    backups: list[tuple[int, list[str]]] = []
    applied = migrate(
        db, backup=lambda v: backups.append((v, _columns(db))), migrations=(*MIGRATIONS, V_NEXT)
    )
    assert applied == [NEXT]
    assert backups == [(LATEST_VERSION, _columns(db)[:-1])]  # taken before the change
    assert schema_version(db) == NEXT
    assert "note" in _columns(db)


def test_a_failing_migration_changes_nothing(db: Database) -> None:
    with pytest.raises(DatabaseError):
        migrate(db, backup=lambda v: None, migrations=(*MIGRATIONS, BROKEN_NEXT))
    assert schema_version(db) == LATEST_VERSION
    assert "note" not in _columns(db)


def test_store_newer_than_the_app_is_refused(db: Database) -> None:
    migrate(db, backup=lambda v: None, migrations=(*MIGRATIONS, V_NEXT))
    with pytest.raises(StoreNewerThanApp, match=f"store version {NEXT}"):
        migrate(db, backup=lambda v: None)
    assert schema_version(db) == NEXT
