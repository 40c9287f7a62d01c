"""Engines and sessions: a sized pool for PostgreSQL, a safe setup for a SQLite trial."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.tables import AuditEntry

DEFAULT_SQLITE_PATH = Path("cssw-central-data") / "central.db"
# FastAPI runs `def` endpoints on AnyIO's threadpool; the app sizes that pool to the
# connection pool (create_app), so every request thread holds a connection of its own and
# a burst of laptops queues for a thread, not for a connection. Few threads: the work is
# mostly Python, and every extra thread contends for the GIL with the event loop that
# reads the requests (measured: 4 threads a process uploaded 30 % more than 40); scale
# with processes instead (`cssw-central serve --workers N`). The overflow covers the
# rare extra connection (an admin check beside a request).
POOL_SIZE = 4
MAX_OVERFLOW = 5
POOL_TIMEOUT_SECONDS = 30


def insert_ignoring(table: Any, *index_elements: str) -> dict[str, Any]:
    """`INSERT … ON CONFLICT (index_elements) DO NOTHING` into `table`, built once for each
    dialect central runs on (PostgreSQL, SQLite for a trial); pick with `conn.dialect.name`
    and pass the values at each call, so SQLAlchemy reuses its compiled form."""
    return {
        name: dialect.insert(table).on_conflict_do_nothing(index_elements=list(index_elements))
        for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
    }


def normalise_url(database_url: str) -> str:
    """Plain `postgresql://` means psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    if database_url.startswith("postgresql://"):
        return "postgresql+psycopg://" + database_url[len("postgresql://") :]
    if database_url.startswith("postgres://"):
        return "postgresql+psycopg://" + database_url[len("postgres://") :]
    return database_url


def is_sqlite(database_url: str) -> bool:
    return make_url(normalise_url(database_url)).get_backend_name() == "sqlite"


ENV_DATABASE_URL = "CSSW_CENTRAL_DATABASE_URL"


def default_database_url() -> str:
    """$CSSW_CENTRAL_DATABASE_URL, else a SQLite file under ./cssw-central-data (a trial)."""
    return os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{DEFAULT_SQLITE_PATH}"


def make_engine(database_url: str, *, pool_size: int = POOL_SIZE) -> Engine:
    url = normalise_url(database_url)
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_pre_ping=True
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_SECONDS,
        pool_pre_ping=True,
        pool_recycle=1800,
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One session in one transaction: committed on success, rolled back on any error."""
    with sessions() as session, session.begin():
        yield session


_INSERT_AUDIT = insert(AuditEntry)


def _audit_row(
    at: datetime, actor: str, action: str, subject: str, team_id: str | None, detail: object
) -> dict[str, Any]:
    return {
        "at": at,
        "actor": actor,
        "action": action,
        "subject": subject,
        "detail_json": json.dumps(detail, sort_keys=True),
        "team_id": team_id,
    }


def audit(
    target: Session | Connection,
    at: datetime,
    actor: str,
    action: str,
    subject: str = "",
    *,
    team_id: str | None = None,
    **detail: str | int | bool | None,
) -> None:
    """Add an audit entry. Callers pass ids and counts only, never names or addresses;
    `team_id` is the team the entry concerns, so that team's leads can read it.

    On a session it is added (and flushed in order with the session's other objects); on a
    connection it is written at once with one prepared INSERT (the upload's path, which
    holds no ORM objects)."""
    row = _audit_row(at, actor, action, subject, team_id, detail)
    if isinstance(target, Session):
        target.add(AuditEntry(**row))
    else:
        target.execute(_INSERT_AUDIT, row)
