"""SIGKILL the retention job while it erases: every record is either whole (row, no
tombstone) or erased (no row, one tombstone, no files left); nothing else, ever.

Each round forks the real retention job (`run_retention`, what `cssw-central admin
retention --erase` runs) as a process of its own on real PostgreSQL, waits until it has
erased something (or a random moment), and kills it with SIGKILL at a random point after.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import random
import time
from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from cssw_central.infra.tables import AuditEntry, Record
from tests.faults import tally
from tests.faults.retention_child import erase
from tests.support.central import run_cli
from tests.support.filed_records import approve, file_consent, upload_withdrawal
from tests.support.records import family_with_teenager
from tests.support.sealed_documents import SEALED_AT
from tests.support.service import Service

PAST_CONSENTS = 16
WITHDRAWALS = 2
MAX_ROUNDS = 12
MAX_SECONDS = 60.0  # the whole kill loop; each child is also bounded
CHILD_SECONDS = 30.0


@pytest.fixture
def service_time() -> datetime:
    """Central's clock two months after the records were sealed."""
    return SEALED_AT + timedelta(days=60)


def _forkserver() -> multiprocessing.context.ForkServerContext:
    """Children forked from a server that imported the job once (no start-up per round)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.faults.retention_child"])
    return context


def _state(service: Service) -> tuple[set[str], Counter[str]]:
    """Rows and tombstones as one snapshot, once the killed job's server process is gone.

    A killed client's PostgreSQL backend may still be committing; and two statements under
    READ COMMITTED see two snapshots, so a commit landing between them would look like a
    record both kept and erased.
    """
    deadline = time.monotonic() + CHILD_SECONDS
    with service.session() as session:
        while time.monotonic() < deadline and session.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend' AND state <> 'idle'"
            )
        ):
            session.rollback()
            time.sleep(0.01)
    with service.session() as session:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        rows = set(session.scalars(select(Record.record_id)))
        tombstones = Counter(
            session.scalars(select(AuditEntry.subject).where(AuditEntry.action == "record_erased"))
        )
    return rows, tombstones


def _tombstone_count(service: Service) -> int:
    with service.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "record_erased")
            )
            or 0
        )


def test_a_killed_erase_never_leaves_a_record_half_erased(service, tmp_path):
    drop = tmp_path / "drop"
    rng = random.Random(6)
    wendy, tara = service.enroll("wendy"), service.enroll("tara")
    past = family_with_teenager()
    records = [file_consent(wendy, tara, past).record_id for _ in range(PAST_CONSENTS)]
    for n in range(WITHDRAWALS):
        withdrawal = upload_withdrawal(wendy, past, after=timedelta(days=30 + n))
        assert approve(tara, withdrawal).state == "filed"
        records.append(withdrawal.record_id)
    kept = family_with_teenager()
    not_yet = [file_consent(wendy, tara, kept).record_id for _ in range(2)]
    for family, facts in (
        (past, ("--type", "child_in_need", "--closed-on", "1990-01-01")),
        (kept, ("--type", "child_protection")),  # kept until 2061
    ):
        status, _out, err = run_cli(
            "admin", "case", "set", str(family.id), *facts, "--database-url", service.url
        )
        assert status == 0, err

    context = _forkserver()
    rounds = killed = lost = duplicates = half_erased = 0
    started = time.monotonic()
    while rounds < MAX_ROUNDS and time.monotonic() - started < MAX_SECONDS:
        rows, tombstones = _state(service)
        if not set(records) & rows:
            break
        rounds += 1
        before = sum(tombstones.values())
        child = context.Process(target=erase, args=(service.url, str(drop)), daemon=True)
        child.start()
        deadline = time.monotonic() + CHILD_SECONDS
        wait_for_progress = rounds % 3 != 0  # every third round: a random moment instead
        random_moment = time.monotonic() + rng.uniform(0.2, 2.5)
        while child.is_alive() and time.monotonic() < deadline:
            if wait_for_progress and _tombstone_count(service) > before:
                break
            if not wait_for_progress and time.monotonic() >= random_moment:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.03))
        if child.is_alive():
            child.kill()  # SIGKILL
            killed += 1
        child.join(timeout=CHILD_SECONDS)

        rows, tombstones = _state(service)
        files = {p.name.split("-v")[0] for p in drop.iterdir()}
        duplicates += sum(n - 1 for n in tombstones.values() if n > 1)
        for record_id in records + not_yet:
            present, erased = record_id in rows, tombstones[record_id] > 0
            lost += not present and not erased
            half_erased += present and erased
            half_erased += (not present) and record_id in files
        assert set(not_yet) <= rows

    status, _out, err = run_cli(
        "admin", "retention", "--erase", "--drop-folder", str(drop),
        "--database-url", service.url,
    )  # fmt: skip
    assert status == 0, err
    rows, tombstones = _state(service)
    assert rows == set(not_yet)
    assert set(tombstones) == set(records)
    assert {p.name.split("-v")[0] for p in drop.iterdir()} == set(not_yet)
    tally.add(
        "crash: retention erase",
        rounds=rounds,
        killed=killed,
        lost=lost,
        duplicates=duplicates + sum(n - 1 for n in tombstones.values() if n > 1),
        half_erased=half_erased,
    )
    assert (lost, duplicates, half_erased) == (0, 0, 0)
    assert killed >= 1
