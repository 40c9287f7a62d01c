"""The test databases themselves: a copy of the session's template is migrated to head and
its own; a template left by a killed session is dropped, a live one is not."""

from __future__ import annotations

import time

import psycopg
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from cssw_central.infra.database import normalise_url
from cssw_central.infra.migrate import alembic_config
from tests.support.postgres import (
    SERVER_URL,
    STALE_AFTER_SECONDS,
    TEMPLATE_PREFIX,
    TemplateDatabases,
    came_migrated,
    drop_stale_templates,
)


def _revision(url: str) -> str | None:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def test_a_copy_is_at_the_newest_migration_and_independent_of_the_others(
    pg_templates: TemplateDatabases,
) -> None:
    head = ScriptDirectory.from_config(alembic_config("unused://")).get_current_head()
    with pg_templates.copy() as first, pg_templates.copy() as second:
        assert first != second
        assert came_migrated(first)
        assert came_migrated(second)
        assert _revision(first) == _revision(second) == head
        engine = create_engine(normalise_url(first))
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO teams (id, name) VALUES ('t-1', 'Only here')"))
        engine.dispose()
        engine = create_engine(normalise_url(second))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM teams")).scalar() == 0
        engine.dispose()
    assert not came_migrated(first)


def test_only_templates_of_sessions_long_gone_are_dropped() -> None:
    now = int(time.time())
    old = f"{TEMPLATE_PREFIX}{now - STALE_AFTER_SECONDS - 60}_deadbe_x"
    live = f"{TEMPLATE_PREFIX}{now - 60}_deadbe_x"
    with psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True) as conn:
        for name in (old, live):
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            assert old in drop_stale_templates(now)
            left = {
                str(row[0])
                for row in conn.execute(
                    "SELECT datname FROM pg_database WHERE datname IN (%s, %s)", (old, live)
                )
            }
            assert left == {live}
        finally:
            for name in (old, live):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
