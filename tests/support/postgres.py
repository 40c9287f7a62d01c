"""A fresh PostgreSQL database per test on the local server, dropped afterwards.

The tests log in as `cssw_test` (CREATEDB, not a superuser) with a throwaway password, as
`scripts/start-services` sets up (scripts/lib/test-postgres.sh, the same default URL);
`CSSW_TEST_POSTGRES` names another server or role.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

DEFAULT_SERVER_URL = "postgresql://cssw_test:cssw_test@127.0.0.1:5432"
SERVER_URL = os.environ.get("CSSW_TEST_POSTGRES", DEFAULT_SERVER_URL)


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


@contextmanager
def fresh_database() -> Iterator[str]:
    """Yield the SQLAlchemy URL of a new, empty database `cssw_t_<random>`; drop it after."""
    name = f"cssw_t_{secrets.token_hex(6)}"
    with _admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # the name is ours: hex only
    try:
        host_part = SERVER_URL.split("://", 1)[1]
        yield f"postgresql+psycopg://{host_part}/{name}"
    finally:
        with _admin_connection() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
