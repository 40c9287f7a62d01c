"""Settings kept in the encrypted store, read and written through their declarations."""

from __future__ import annotations

from typing import TypeVar

from cssw_desktop.settings import Setting
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.database import Database

T = TypeVar("T", int, str, bool)


class SettingsStore:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def get(self, setting: Setting[T]) -> T:
        text = self._db.scalar("SELECT value FROM settings WHERE key = ?", (setting.key,))
        return setting.default if text is None else setting.parse(str(text))

    def set(self, setting: Setting[T], value: T) -> None:
        """Save a value; ValueError with a plain reason if it is out of range."""
        checked = setting.check(value)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting.key, setting.format(checked)),
            )
            self._audit.append(conn, AuditAction.SETTING_CHANGED, None, setting=setting.key)
