"""A central that already holds 100,000 records, for `central_ingest_filled_*`.

Inserted straight with SQL (`generate_series`) into the migrated database before central
starts: one other team, 10,000 families of two children each (their `family_children`
rows, as upload keeps them), ten consent records a family with their dashboard facts,
and an audit entry a record. The stored documents are small stand-ins: uploading never
reads a stored document, and 100,000 real ones (43 KB each) would fill the shared disk;
what an upload does meet as central fills is the tables' indexes and the children check.
Bounded: 100,000 records, one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text

from bench.common import log
from cssw_central.infra.database import make_engine

FAMILIES = 10_000
RECORDS_EACH = 10
NOW = datetime(2026, 9, 1, 12, tzinfo=UTC)

_PEOPLE = """
INSERT INTO teams (id, name) VALUES (md5('fill-team')::uuid::text, 'Filled team');
INSERT INTO workers (id, team_id, username, display_name, role, password_hash, active, created_at)
VALUES (md5('fill-worker')::uuid::text, md5('fill-team')::uuid::text, 'fill-worker',
        'Fill Worker', 'worker', 'not-used', true, :now);
INSERT INTO devices (id, worker_id, public_key, name, enrolled_at, app_version)
VALUES (md5('fill-device')::uuid::text, md5('fill-worker')::uuid::text, repeat('ab', 32),
        'Fill laptop', :now, 'bench');
INSERT INTO families (id, team_id, family_name, address, case_reference, allocated_worker_id,
                      children_json, updated_at)
SELECT md5('fill-family' || f)::uuid::text, md5('fill-team')::uuid::text, 'Family ' || f,
       'Address ' || f, 'REF-' || f, md5('fill-worker')::uuid::text,
       json_build_array(
         json_build_object('id', md5('fill-child-a' || f)::uuid::text, 'name', 'Child A',
                           'gender', '', 'date_of_birth', '2015-01-01'),
         json_build_object('id', md5('fill-child-b' || f)::uuid::text, 'name', 'Child B',
                           'gender', '', 'date_of_birth', '2018-01-01'))::text,
       :now
FROM generate_series(1, :families) f;
INSERT INTO records (record_id, version, content_hash, kind, family_id, device_id, worker_id,
                     team_id, document, seal_signature, sealed_at, received_at, receipt_json,
                     receipt_signature, state, flags_json, comment)
SELECT md5('fill-record' || f || '-' || k)::uuid::text, 1, md5('h' || f || '-' || k) ||
       md5('i' || f || '-' || k), 'consent', md5('fill-family' || f)::uuid::text,
       md5('fill-device')::uuid::text, md5('fill-worker')::uuid::text,
       md5('fill-team')::uuid::text, '{"stand-in": true}', repeat('ef', 64),
       :now - make_interval(days => (f * 7 + k * 53) % 900),
       :now - make_interval(days => (f * 7 + k * 53) % 900), '{}', repeat('ef', 64),
       CASE WHEN (f + k) % 9 = 0 THEN 'received' ELSE 'filed' END, '[]', ''
FROM generate_series(1, :families) f, generate_series(1, :records_each) k;
INSERT INTO record_facts (record_id, version, family_id, kind, effective_at, sealed_at,
                          signed_on, by_young_person, untold_without_consent, reconsider_on)
SELECT record_id, 1, family_id, kind, sealed_at, sealed_at, sealed_at::date, false, false, NULL
FROM records WHERE team_id = md5('fill-team')::uuid::text;
INSERT INTO audit (at, actor, action, subject, detail_json, team_id)
SELECT received_at, 'device:' || device_id, 'record_received', record_id,
       '{"flags": 0, "version": 1}', team_id
FROM records WHERE team_id = md5('fill-team')::uuid::text
"""
_CHILDREN = """
INSERT INTO family_children (family_id, child_id)
SELECT md5('fill-family' || f)::uuid::text, md5('fill-child-' || c || f)::uuid::text
FROM generate_series(1, :families) f, unnest(ARRAY['a', 'b']) c
"""


def fill_records(database_url: str, families: int = FAMILIES) -> int:
    """Put `families` × 10 records (and what goes with them) into the migrated database;
    the number of records."""
    engine = make_engine(database_url, pool_size=1)
    values = {"now": NOW, "families": families, "records_each": RECORDS_EACH}
    try:
        with engine.begin() as conn:
            for statement in _PEOPLE.split(";\n"):
                conn.execute(text(statement), values)
            if inspect(conn).has_table("family_children"):  # not in code before issue 17
                conn.execute(text(_CHILDREN), values)
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()
    log(f"central_fill: {families * RECORDS_EACH} records stored beforehand")
    return families * RECORDS_EACH
