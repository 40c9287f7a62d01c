"""One SQLCipher connection with the pragmas consent data needs, and explicit transactions."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from cssw_desktop.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.storage.errors import StoreDamaged, StoreLocked

Params = Sequence[Any]

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the store key must be 256 bits")
    return f"PRAGMA key = \"x'{key.hex()}'\""


class Database:
    """A keyed SQLCipher connection. Thread-safe: every use holds one lock.

    The connection is opened in autocommit mode; writes go through `transaction()`, which
    takes the write lock up front (BEGIN IMMEDIATE) so a transaction never fails half way
    for want of it.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._lock = threading.RLock()
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            # SQLCipher would otherwise print decryption errors to stderr.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(_key_pragma(key))
            # A wrong key only shows at the first read: read at once.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not conn.execute("PRAGMA cipher_version").fetchone():
                raise StoreDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This copy of the app is missing its encryption library."
                    )
                )
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise StoreDamaged(
                    QT_TRANSLATE_NOOP("Errors", "The store could not be put into safe-write mode.")
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The store could not be read with its key: the file is damaged or is not "
                    "this laptop's store. Contact IT support; do not delete anything.",
                )
            ) from exc
        except BaseException:
            conn.close()
            raise
        self._conn: Any = conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _connection(self) -> Any:
        if self._conn is None:
            raise StoreLocked(
                QT_TRANSLATE_NOOP("Errors", "The store is locked. Unlock it to carry on.")
            )
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: everything inside is kept, or nothing is."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        with self._lock:
            return list(self._connection().execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Params = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def pragma_rows(self, pragma: str) -> list[tuple[Any, ...]]:
        """Every row a pragma returns (integrity checks report one row per problem)."""
        with self._lock:
            return [tuple(r) for r in self._connection().execute(f"PRAGMA {pragma}").fetchall()]

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and empty it."""
        with self._lock:
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Close the connection; the key goes with it. Safe to call twice."""
        with self._lock:
            if self._conn is not None:
                # Another connection may hold the log open; closing still keeps every commit.
                with contextlib.suppress(sqlcipher3.DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                self._conn.close()
                self._conn = None
