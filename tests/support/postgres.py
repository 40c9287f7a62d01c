"""PostgreSQL databases for tests on the local server, each dropped afterwards.

- `fresh_database()`: a new, empty database (no tables): for the tests that migrate for
  real, and for callers that let `start_central` or `cssw-central serve` migrate.
- `TemplateDatabases`: for one test session, template databases made once (migrated,
  then optionally seeded with people) and copied for each test with
  `CREATE DATABASE ... TEMPLATE`, which costs a fraction of running every migration.

A template's name carries the time it was made and a random part, so concurrent test
sessions on the same server never share one (no locking needed), and a template left by
a killed session is recognised as stale and dropped by a later one.

The tests log in as `cssw_test` (CREATEDB, not a superuser) with a throwaway password, as
`scripts/start-services` sets up (scripts/lib/test-postgres.sh, the same default URL);
`CSSW_TEST_POSTGRES` names another server or role.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import errors

from cssw_central.infra.migrate import PACKAGE_DIR, upgrade

DEFAULT_SERVER_URL = "postgresql://cssw_test:cssw_test@127.0.0.1:5432"
SERVER_URL = os.environ.get("CSSW_TEST_POSTGRES", DEFAULT_SERVER_URL)
TEMPLATE_PREFIX = "cssw_tpl_"
# New databases are named PREFIX<random>; $CSSW_TEST_DB_PREFIX sets another prefix.
DATABASE_PREFIX = os.environ.get("CSSW_TEST_DB_PREFIX", "cssw_t_")
STALE_AFTER_SECONDS = 24 * 3600  # no test session lasts a day
COPY_ATTEMPTS = 20  # the source is briefly busy only if something connected to it

# URLs of databases copied from a migrated template in this process (see `came_migrated`).
_MIGRATED_COPIES: set[str] = set()


class PostgresForTestsUnavailable(RuntimeError):
    """The tests' PostgreSQL server or role is not there: say how to get it."""


def _admin_connection() -> psycopg.Connection[tuple[object, ...]]:
    try:
        return psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as problem:
        raise PostgresForTestsUnavailable(
            f"The tests' PostgreSQL ({SERVER_URL.rsplit('@', 1)[-1]}) cannot be used: "
            f"{str(problem).strip()}. Run scripts/start-services (it starts PostgreSQL and "
            "makes the cssw_test role), or set CSSW_TEST_POSTGRES."
        ) from problem


def url_of(name: str) -> str:
    """The SQLAlchemy URL of database `name` on the test server."""
    host_part = SERVER_URL.split("://", 1)[1]
    return f"postgresql+psycopg://{host_part}/{name}"


def _drop(name: str) -> None:
    with _admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # the name is ours


@contextmanager
def fresh_database() -> Iterator[str]:
    """Yield the SQLAlchemy URL of a new, empty database `cssw_t_<random>` (prefix:
    $CSSW_TEST_DB_PREFIX); drop it after."""
    name = f"{DATABASE_PREFIX}{secrets.token_hex(6)}"
    with _admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # the name is ours: hex only
    try:
        yield url_of(name)
    finally:
        _drop(name)


def came_migrated(database_url: str) -> bool:
    """True when `database_url` is a copy of a migrated template made by this process."""
    return database_url in _MIGRATED_COPIES


def migrations_digest() -> str:
    """A short hash of the shipped migrations: part of a template's name, for people
    looking at the server (each session makes its own template regardless)."""
    digest = hashlib.sha256()
    for path in sorted((PACKAGE_DIR / "migrations").rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


@dataclass(frozen=True)
class Seed:
    """What a template holds beyond the schema: `add(url)` puts it into a new database
    (and leaves no connection open). `name` is short, lowercase letters and digits."""

    name: str
    add: Callable[[str], None]


class TemplateDatabases:
    """The session's templates: made on first use, copied per test, dropped by `close`."""

    def __init__(self) -> None:
        self._tag = f"{TEMPLATE_PREFIX}{int(time.time())}_{secrets.token_hex(3)}"
        self._made: dict[str, str] = {}  # seed name ("" for the bare schema) -> database

    @contextmanager
    def copy(self, seed: Seed | None = None) -> Iterator[str]:
        """Yield the URL of a new database copied from the template for `seed` (migrated,
        and seeded when one is given); drop it after."""
        template = self._template(seed)
        name = f"{DATABASE_PREFIX}{secrets.token_hex(6)}"
        _copy(template, name)
        url = url_of(name)
        _MIGRATED_COPIES.add(url)
        try:
            yield url
        finally:
            _MIGRATED_COPIES.discard(url)
            _drop(name)

    def close(self) -> None:
        """Drop every template this session made."""
        for name in self._made.values():
            _drop(name)
        self._made.clear()

    def _template(self, seed: Seed | None) -> str:
        key = "" if seed is None else seed.name
        if key not in self._made:
            self._made[key] = self._make(seed)
        return self._made[key]

    def _make(self, seed: Seed | None) -> str:
        if seed is None:
            name = f"{self._tag}_{migrations_digest()}"
            with _admin_connection() as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                upgrade(url_of(name))
            except BaseException:
                _drop(name)
                raise
        else:
            name = f"{self._tag}_{seed.name}"
            _copy(self._template(None), name)
            try:
                seed.add(url_of(name))
            except BaseException:
                _drop(name)
                raise
        _freeze(name)
        return name


def _copy(template: str, name: str) -> None:
    """CREATE DATABASE name TEMPLATE template (the template has no connections: they are
    refused; a moment's retry covers anything still closing)."""
    with _admin_connection() as conn:
        for attempt in range(COPY_ATTEMPTS):
            try:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                return
            except errors.ObjectInUse:
                if attempt == COPY_ATTEMPTS - 1:
                    raise
                time.sleep(0.05)


def _freeze(name: str) -> None:
    """Vacuum the template once (copies then need no hint-bit work, and autovacuum has
    nothing to do there) and refuse connections to it, so copying never finds it busy."""
    with psycopg.connect(f"{SERVER_URL}/{name}", autocommit=True) as conn:
        conn.execute("VACUUM FREEZE")
    with _admin_connection() as conn:
        conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (name,),
        )


def drop_stale_templates(now: float | None = None) -> list[str]:
    """Drop templates left by test sessions that were killed (made over a day ago)."""
    now = time.time() if now is None else now
    with _admin_connection() as conn:
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                (TEMPLATE_PREFIX.replace("_", r"\_") + "%",),
            )
        ]
    stale = []
    for name in names:
        made = name[len(TEMPLATE_PREFIX) :].split("_", 1)[0]
        if made.isdigit() and now - int(made) > STALE_AFTER_SECONDS:
            try:
                _drop(name)
            except errors.InsufficientPrivilege:
                continue  # another role's (e.g. an older run as postgres): not ours to drop
            stale.append(name)
    return stale
