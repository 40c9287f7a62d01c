"""Whether a store is real or for training, fixed when the store is made.

A training store holds fictional families for practice: it lives in its own data folder,
its sealed records say "training" inside the sealed document, and it is never enrolled
with central (the database refuses an enrollment profile in it). The kind is written
twice at creation, never changed: in the store (table `store_kind`, migration 4) and in
the key file's header (keys.py), which the AES-GCM wrap authenticates, so the unlock page
can say "training store" before the passphrase is typed and nobody can edit it away.
"""

from __future__ import annotations

from typing import Any

from cssw_desktop.storage.database import Database, DatabaseError
from cssw_desktop.storage.errors import StoreDamaged


def mark_new_store(conn: Any, *, training: bool) -> None:
    """Record the kind of a store being made (before its first audit entry)."""
    conn.execute(
        "INSERT INTO store_kind (singleton, training) VALUES (1, ?)", (1 if training else 0,)
    )


def stored_kind(db: Database) -> bool | None:
    """True for a training store, False for a real one, None when the store does not say
    (one not yet upgraded, e.g. damaged and opened read only, or unreadable there)."""
    try:
        value = db.scalar("SELECT training FROM store_kind WHERE singleton = 1")
    except (DatabaseError, StoreDamaged):  # no such table yet, or a damaged page
        return None
    return None if value is None else bool(value)
