"""The hand-written migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from cssw_central.infra.database import normalise_url
from cssw_central.infra.migrate import alembic_config, upgrade
from cssw_central.infra.tables import Base

TABLES = {
    "teams",
    "workers",
    "enrollment_codes",
    "devices",
    "nonces",
    "records",
    "families",
    "settings",
    "audit",
}


def _differences(url: str) -> list[object]:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(normalise_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_postgres_migrates_to_the_models(empty_pg_url: str) -> None:
    assert _tables(empty_pg_url) == set()  # every migration runs, from the first
    upgrade(empty_pg_url)
    assert _tables(empty_pg_url) >= TABLES
    assert _differences(empty_pg_url) == []
    upgrade(empty_pg_url)  # at head already: nothing to do, no error


def test_sqlite_trial_migrates_to_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'central.db'}"
    upgrade(url)
    assert _tables(url) >= TABLES
    assert _differences(url) == []


def test_record_version_is_unique_in_the_database(pg_url: str) -> None:
    upgrade(pg_url)
    engine = create_engine(normalise_url(pg_url))
    try:
        uniques = inspect(engine).get_unique_constraints("records")
    finally:
        engine.dispose()
    assert {"name": "uq_records_record_id_version", "column_names": ["record_id", "version"]} in [
        {"name": u["name"], "column_names": u["column_names"]} for u in uniques
    ]


@pytest.mark.parametrize("scheme", ["postgresql://", "postgres://"])
def test_plain_postgres_urls_mean_psycopg3(scheme: str) -> None:
    assert normalise_url(f"{scheme}u@h/db") == "postgresql+psycopg://u@h/db"


def test_postgresql_keeps_pdfs_uncompressed_and_documents_in_lz4(pg_url: str) -> None:
    """Uploads stay quick: no CPU spent recompressing PDFs; the JSON compressed cheaply."""
    import psycopg

    upgrade(pg_url)
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        rows: dict[str, str] = dict(
            conn.execute(
                "SELECT attname, attstorage::text "
                "|| coalesce(nullif(attcompression::text, ''), '-') FROM pg_attribute "
                "WHERE attrelid = 'records'::regclass AND attname IN ('filed_pdf', 'document')"
            ).fetchall()
        )
    assert rows == {"filed_pdf": "e-", "document": "xl"}


_UPGRADE_AT = """
import sys, time
from cssw_central.infra.migrate import alembic_config, upgrade
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all start together
upgrade(sys.argv[1])
"""


def test_nodes_starting_together_migrate_once_and_all_start(empty_pg_url: str) -> None:
    """Several central nodes started at once on an empty database (`serve` migrates first):
    each runs `upgrade`; one migrates, the others wait for it and find nothing to do.
    Without the lock in migrations/env.py one of them failed on a duplicate table."""
    import subprocess
    import sys
    import time

    start_at = time.time() + 8  # after every interpreter has imported alembic
    nodes = [
        subprocess.Popen(
            [sys.executable, "-c", _UPGRADE_AT, empty_pg_url, str(start_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = []
    for node in nodes:
        _out, err = node.communicate(timeout=120)
        results.append((node.returncode, err))
    assert [code for code, _ in results] == [0, 0, 0], [err[-500:] for _, err in results]
    assert _tables(empty_pg_url) >= TABLES
    assert _differences(empty_pg_url) == []


def test_families_held_before_the_child_index_are_found_by_it(empty_pg_url: str) -> None:
    """Migration `family_children_ingest` lists the children of the families already held."""
    command.upgrade(alembic_config(empty_pg_url), "dashboard_facts_h3")
    families = [
        ("11111111-1111-4111-8111-111111111111", '[{"id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"},'
         ' {"id": "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"}]'),
        ("22222222-2222-4222-8222-222222222222", "[]"),
        ("33333333-3333-4333-8333-333333333333", '[{"id": "not an id"}, "text", 5]'),
        ("44444444-4444-4444-8444-444444444444", "not JSON"),
    ]  # fmt: skip
    engine = create_engine(normalise_url(empty_pg_url))
    try:
        with engine.begin() as conn:
            for family_id, children in families:
                conn.execute(
                    text(
                        "INSERT INTO families (id, family_name, address, case_reference,"
                        " children_json, updated_at) VALUES (:id, 'F', '', '', :c, now())"
                    ),
                    {"id": family_id, "c": children},
                )
        upgrade(empty_pg_url)
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT family_id, child_id FROM family_children ORDER BY child_id")
            ).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("11111111-1111-4111-8111-111111111111", "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"),
        ("11111111-1111-4111-8111-111111111111", "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"),
    ]
