"""A team lead's dashboard on a team-sized data set: `dashboard_team_ms` and its ratio.

A fresh PostgreSQL database, migrated, holds three teams of 2,000 families and 20,000
records each (seven consent forms, two withdrawals and a share per family, with their
dashboard facts as upload keeps them), inserted straight with SQL (`generate_series`), and
20 laptops a team with heartbeats. Timed: `team_dashboard` for one team, each figure the
lead sees (services/dashboard.py) — median of the repetitions after one warm-up. Baseline
in the same run: counting the team's families, one indexed query on the same session.
Documents are stand-ins: the dashboard never reads them (PostgreSQL keeps real ones out of
line), so their size does not enter the figure. Bounded: 60,000 rows, a few repetitions.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, text

from bench.common import Figures, elapsed_ms, log, median
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.tables import FamilySnapshot, Setting, Team
from cssw_central.services.dashboard import team_dashboard
from cssw_central.services.dashboard_facts import FACTS_COMPLETE
from cssw_core.domain.agencies import AGENCIES
from tests.support.postgres import fresh_database

TEAMS = 3
FAMILIES = 2_000  # a team's
RECORDS_EACH = 10  # a family's: 7 consent forms, 2 withdrawals, 1 share
LAPTOPS = 20  # a team's
NOW = datetime(2026, 9, 1, 12, tzinfo=UTC)
_AGENCIES = "ARRAY[" + ", ".join(f"'{a.value}'" for a in AGENCIES) + "]"

# One team's people, laptops, families, records and facts. :team is the team's number.
_PEOPLE = """
INSERT INTO teams (id, name) VALUES (md5('team' || :team)::uuid::text, 'Bench team ' || :team);
INSERT INTO workers (id, team_id, username, display_name, role, password_hash, active, created_at)
SELECT md5('worker' || :team || '-' || w)::uuid::text, md5('team' || :team)::uuid::text,
       'bench-' || :team || '-' || w, 'Bench Worker ' || w,
       CASE WHEN w = 0 THEN 'team_lead' ELSE 'worker' END, 'not-used', true, :now
FROM generate_series(0, :laptops - 1) w;
INSERT INTO devices (id, worker_id, public_key, name, enrolled_at, pending, failed, synced,
                     oldest_pending_seconds, app_version, last_contact_at)
SELECT md5('device' || :team || '-' || w)::uuid::text,
       md5('worker' || :team || '-' || w)::uuid::text, repeat('ab', 32), 'Laptop ' || w, :now,
       w % 4, 0, 100, CASE WHEN w % 4 = 0 THEN NULL ELSE w * 20000 END, 'bench',
       :now - make_interval(hours => w)
FROM generate_series(0, :laptops - 1) w;
INSERT INTO families (id, team_id, family_name, address, case_reference, allocated_worker_id,
                      children_json, updated_at)
SELECT md5('family' || :team || '-' || f)::uuid::text, md5('team' || :team)::uuid::text,
       'Family ' || f, '', '', md5('worker' || :team || '-' || (f % :laptops))::uuid::text,
       '[]', :now
FROM generate_series(1, :families) f;
"""
_RECORDS = (
    """
INSERT INTO records (record_id, version, content_hash, kind, family_id, device_id, worker_id,
                     team_id, document, seal_signature, sealed_at, received_at, receipt_json,
                     receipt_signature, state, flags_json, comment)
SELECT md5('record' || :team || '-' || f || '-' || k)::uuid::text, 1, repeat('cd', 32),
       CASE WHEN k <= 7 THEN 'consent' WHEN k <= 9 THEN 'withdrawal' ELSE 'share' END,
       md5('family' || :team || '-' || f)::uuid::text,
       md5('device' || :team || '-' || (f % :laptops))::uuid::text,
       md5('worker' || :team || '-' || (f % :laptops))::uuid::text,
       md5('team' || :team)::uuid::text, '{}', repeat('ef', 64),
       :now - make_interval(days => (f * 7 + k * 53) % 900),
       :now - make_interval(days => (f * 7 + k * 53) % 900),
       '{}', repeat('ef', 64),
       CASE WHEN (f + k) % 9 = 0 THEN 'received' WHEN (f + k) % 31 = 0 THEN 'returned'
            ELSE 'filed' END,
       '[]', ''
FROM generate_series(1, :families) f, generate_series(1, :records_each) k;
INSERT INTO record_facts (record_id, version, family_id, kind, effective_at, sealed_at,
                          signed_on, by_young_person, untold_without_consent, reconsider_on)
SELECT r.record_id, 1, r.family_id, r.kind, r.sealed_at, r.sealed_at,
       CASE WHEN r.kind = 'consent' THEN r.sealed_at::date END, false,
       r.kind = 'share' AND r.family_id < '4', CASE WHEN r.kind = 'share' THEN
       (r.sealed_at + interval '90 days')::date END
FROM records r WHERE r.team_id = md5('team' || :team)::uuid::text;
INSERT INTO record_fact_items (record_id, version, what, agency, on_date)
SELECT f.record_id, 1,
       CASE WHEN f.kind = 'consent' THEN 'refused_share' ELSE 'withdrawn_share' END,
       ("""
    + _AGENCIES
    + """)[1 + abs(hashtext(f.record_id)) % 11], NULL
FROM record_facts f JOIN records r ON r.record_id = f.record_id AND r.version = f.version
WHERE r.team_id = md5('team' || :team)::uuid::text AND f.kind <> 'share'
  AND abs(hashtext(f.record_id)) % 3 = 0;
INSERT INTO record_fact_items (record_id, version, what, agency, on_date)
SELECT f.record_id, 1, 'turns_13', NULL, f.signed_on + (abs(hashtext(f.record_id)) % 1500)
FROM record_facts f JOIN records r ON r.record_id = f.record_id AND r.version = f.version
WHERE r.team_id = md5('team' || :team)::uuid::text AND f.kind = 'consent'
  AND abs(hashtext(f.record_id)) % 5 = 0;
"""
)


def _fill(database_url: str) -> None:
    engine = make_engine(database_url, pool_size=1)
    try:
        with engine.begin() as conn:
            for team in range(TEAMS):
                values = {
                    "team": team, "now": NOW, "laptops": LAPTOPS, "families": FAMILIES,
                    "records_each": RECORDS_EACH,
                }  # fmt: skip
                for script in (_PEOPLE, _RECORDS):
                    for statement in script.split(";\n"):
                        if statement.strip():
                            conn.execute(text(statement), values)
            # Upload keeps every record's facts: nothing is left for the catch-up to read.
            conn.execute(insert(Setting).values(key=FACTS_COMPLETE, value="yes"))
            conn.execute(text("ANALYZE"))
    finally:
        engine.dispose()


def run(repetitions: int) -> Figures:
    with fresh_database() as database_url:
        upgrade(database_url)
        started = time.perf_counter()
        _fill(database_url)
        log(f"dashboard data set made in {elapsed_ms(started) / 1000:.1f} s")
        engine = make_engine(database_url, pool_size=1)
        try:
            sessions = make_sessions(engine)
            with sessions() as session:
                team_id = session.scalars(select(Team.id).where(Team.name == "Bench team 1")).one()
                records = session.scalar(
                    text("SELECT count(*) FROM records WHERE team_id = :t"), {"t": team_id}
                )
                assert records == FAMILIES * RECORDS_EACH
                figures = team_dashboard(session, team_id, NOW)  # warm-up; checks the shape
                assert figures.coverage.families == FAMILIES
                session.rollback()
                dashboard, baseline = [], []
                for _ in range(repetitions):
                    start = time.perf_counter()
                    team_dashboard(session, team_id, NOW)
                    session.rollback()
                    dashboard.append(elapsed_ms(start))
                    start = time.perf_counter()
                    session.scalar(
                        select(func.count())
                        .select_from(FamilySnapshot)
                        .where(FamilySnapshot.team_id == team_id)
                    )
                    session.rollback()
                    baseline.append(elapsed_ms(start))
        finally:
            engine.dispose()
    team_ms, base_ms = median(dashboard), median(baseline)
    return {
        "dashboard_team_ms": team_ms,
        "dashboard_baseline_count_ms": base_ms,
        "dashboard_vs_count_ratio": team_ms / base_ms if base_ms else 0.0,
    }
