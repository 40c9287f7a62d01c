"""One SQLCipher connection with the pragmas consent data needs, and explicit transactions."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.storage.errors import DiskTrouble, StoreDamaged, StoreLocked, disk_trouble

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

    def __init__(self, path: Path, key: bytes, *, read_only: bool = False) -> None:
        """`read_only`: a connection that can change nothing, not even fold its write-ahead
        log into the file when it closes (used to check a store before trusting it)."""
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()
        target = path.resolve().as_uri() + "?mode=ro" if read_only else str(path)
        conn = sqlcipher3.connect(
            target, isolation_level=None, check_same_thread=False, uri=read_only
        )
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
            mode = conn.execute(
                "PRAGMA journal_mode" if read_only else "PRAGMA journal_mode = WAL"
            ).fetchone()
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
            trouble = disk_trouble(exc, path)
            if isinstance(trouble, DiskTrouble):  # a full or read-only disk is not damage
                raise trouble from exc
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
    def _plain_errors(self) -> Iterator[None]:
        """A full or read-only disk, or a damaged page, as a plain-words CsswError."""
        try:
            yield
        except sqlcipher3.Error as exc:
            trouble = disk_trouble(exc, self.path)
            if trouble is None:
                raise
            raise trouble from exc

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: everything inside is kept, or nothing is.

        A full or read-only disk (at any statement or at COMMIT) rolls it all back and
        raises DiskFull / DiskReadOnly with words the worker can act on.
        """
        # One generator, not two nested context managers: a save is one of these, and the
        # error wording below is `_plain_errors`' own.
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    # SQLite may already have rolled back by itself (a full disk does that).
                    if conn.in_transaction:
                        with contextlib.suppress(sqlcipher3.Error):
                            conn.execute("ROLLBACK")
                    raise
            except sqlcipher3.Error as exc:
                trouble = disk_trouble(exc, self.path)
                if trouble is None:
                    raise
                raise trouble from exc

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        with self._lock, self._plain_errors():
            return list(self._connection().execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Params = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def pragma_rows(self, pragma: str) -> list[tuple[Any, ...]]:
        """Every row a pragma returns (integrity checks report one row per problem)."""
        with self._lock:
            return [tuple(r) for r in self._connection().execute(f"PRAGMA {pragma}").fetchall()]

    def damage(self) -> list[str]:
        """SQLite's quick_check, run at open: every page in use is read and decrypted, so a
        flipped byte (SQLCipher's per-page check fails), a cut-off file or a write-ahead log
        from another store shows here. Empty when sound. About 3 ms per MB of store."""
        with self._lock:
            try:
                rows = self._connection().execute("PRAGMA quick_check").fetchall()
            except sqlcipher3.DatabaseError as exc:
                return [f"quick_check: {exc}"]
        return [f"quick_check: {row[0]}" for row in rows if row and row[0] != "ok"]

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and empty it."""
        with self._lock, self._plain_errors():
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Close the connection; the key goes with it. Safe to call twice."""
        with self._lock:
            if self._conn is not None and not self.read_only:
                # Another connection may hold the log open; closing still keeps every commit.
                with contextlib.suppress(sqlcipher3.DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            if self._conn is not None:
                self._conn.close()
                self._conn = None
