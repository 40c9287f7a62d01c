"""A version 2 store with sealed records upgrades to 3 with every sealed record queued."""

from __future__ import annotations

import uuid
from pathlib import Path

from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.migrations import MIGRATIONS, migrate
from cssw_desktop.storage.store import Store

KEY = bytes(range(32))


def test_sealed_records_of_a_version_2_store_are_queued(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.db", KEY)
    migrate(db, backup=lambda _v: None, migrations=MIGRATIONS[:2])
    family, sealed, draft = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO families (id, family_name, created_at, updated_at) VALUES (?, 'F', "
            "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
            (str(family),),
        )
        for record, state in ((sealed, "sealed"), (draft, "draft")):
            conn.execute(
                "INSERT INTO consent_records (id, version, family_id, state, body, content_hash,"
                " seal_signature, device_id, public_key, created_at, updated_at, sealed_at) "
                "VALUES (?, 1, ?, ?, '{}', ?, 'sig', 'dev', 'pub', 't', 't', ?)",
                (str(record), str(family), state, "ab" * 32, "2026-02-01T10:00:00+00:00"),
            )
    assert migrate(db, backup=lambda _v: None, migrations=MIGRATIONS[:3]) == [3]
    store = Store(db, "v2-store", utc_now)
    try:
        (row,) = store.outbox.rows()
        assert (row.record_id, row.state, row.sealed_at) == (
            sealed,
            "pending",
            "2026-02-01T10:00:00+00:00",
        )
    finally:
        store.close(audit=False)
