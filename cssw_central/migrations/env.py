"""Alembic environment: runs central's migrations against the URL it is given.

The URL comes from `config.attributes["database_url"]` (set by `cssw_central.infra.migrate`) or
from `-x database_url=...` on the alembic command line. Logging is left as the caller set
it up, so migrating never prints connection details.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from cssw_central.infra.database import make_engine
from cssw_central.infra.tables import Base

# Every node of central runs the migrations when it starts; nodes started at once (after an
# upgrade of them all) would race to create the same tables and one would fail to start.
# On PostgreSQL each takes this transaction-scoped advisory lock first, so one migrates and
# the others then find the schema already at head.
MIGRATION_LOCK = 0x63737377_6D696772  # "csswmigr"

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    url = config.attributes.get("database_url") or context.get_x_argument(as_dictionary=True).get(
        "database_url"
    )
    if not url:
        raise SystemExit("No database URL: pass -x database_url=... to alembic.")
    return str(url)


def run_migrations_online() -> None:
    engine = make_engine(_database_url())
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run them online.")
run_migrations_online()
