"""A fresh PostgreSQL database per test on the local server, dropped afterwards."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

SERVER_URL = os.environ.get("CSSW_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")


def _admin_connection() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True)


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
