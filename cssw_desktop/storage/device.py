"""This laptop's signing key, made on first use and kept only in the encrypted store."""

from __future__ import annotations

import uuid

from cssw_core.domain.sealing import DeviceKey
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database


class DeviceKeys:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._key: DeviceKey | None = None

    def key(self) -> DeviceKey:
        """The device's key, creating it the first time (one per store, never replaced)."""
        if self._key is None:
            rows = self._db.query("SELECT id, private_key FROM device")
            if not rows:
                device_id = str(uuid.uuid4())
                private = DeviceKey.new_private_bytes()
                public = DeviceKey(device_id, private).public_key
                with self._db.transaction() as conn:
                    if conn.execute("SELECT count(*) FROM device").fetchone()[0] == 0:
                        conn.execute(
                            "INSERT INTO device (singleton, id, private_key, public_key, "
                            "created_at) VALUES (1, ?, ?, ?, ?)",
                            (device_id, private, public, stamp(self._clock())),
                        )
                rows = self._db.query("SELECT id, private_key FROM device")
            self._key = DeviceKey(str(rows[0][0]), bytes(rows[0][1]))
        return self._key

    @property
    def device_id(self) -> str:
        return self.key().device_id

    def forget(self) -> None:
        """Drop the key from memory (on lock)."""
        self._key = None
