"""SIGKILL loops over sync: the laptop's sync process is killed at a random moment, or at
a fixed step (before an upload, after central committed one, while storing a receipt,
in the purge after receipts, while keeping returned records or the caseload). Every
round the laptop's store is reopened and checked, central's database is counted, and the
next sync is run to completion:

- no sealed record is lost (a purged one keeps its stub with central's receipt);
- central holds exactly one copy of each record, and nothing the laptop did not seal;
- every receipt on the laptop verifies against central's key, and after the next sync
  every record has one;
- returned records and caseload families are neither lost nor doubled.

Real parts: the real central app over TLS on real PostgreSQL (in this process), the real
store and keyring in a forked child (tests/faults/kill_children.py), real SIGKILL.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from cssw_central.services.review import record_for_team, return_to_worker
from cssw_core.domain.sealing import seal_problem
from cssw_core.protocol import Policy
from cssw_core.signing import receipt_holds
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from tests.faults import tally
from tests.faults.kill_children import Children
from tests.support.central import RunningCentral, start_central
from tests.support.central_fixtures import WENDY_PASSWORD, add_standard_people
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.sync import run

pytestmark = pytest.mark.slow

RANDOM_ROUNDS = 45
CHECKPOINTS = (
    "before-send",
    "after-commit",
    "in-receipt",
    "in-purge",
    "in-returned",
    "in-caseload",
)
ROUNDS_PER_CHECKPOINT = 3
SEALED_PER_ROUND = 2


@pytest.fixture
def purging_central(tmp_path: Path, pg_url: str) -> Iterator[RunningCentral]:
    """Central telling laptops to purge a record's body as soon as its receipt is kept,
    so that every sync also purges."""
    running = start_central(tmp_path, pg_url, policy=Policy(purge_after_days=0))
    try:
        add_standard_people(running.database_url)
        yield running
    finally:
        running.stop()


@pytest.fixture
def children(tmp_path: Path) -> Iterator[Children]:
    started = Children(tmp_path / "crash-reports")
    yield started
    started.close()


class Laptop:
    """The worker's laptop as the test sees it between kills."""

    def __init__(self, vault: Vault, central: RunningCentral) -> None:
        self.vault = vault
        self.central = central
        self.sealed: dict[tuple[str, int], str] = {}  # (record id, version) -> content hash
        self.families = 0

    def enroll(self) -> None:
        store = self.vault.create(PASSPHRASE)
        runner = store_on_own_thread(store)
        try:
            code = self.central.issue_code("wendy")
            run(enroll(runner, code, WENDY_PASSWORD, device_name="Crash laptop", app_version="t"))
        finally:
            runner.thread.shutdown()
            store.close()

    def seal_some(self, count: int) -> None:
        store = self.vault.unlock(PASSPHRASE)
        try:
            family = replace(family_with_teenager(), id=uuid.uuid4())
            store.families.add(family)
            self.families += 1
            for _ in range(count):
                sealed = seal_consent(store, family, points=40)
                assert sealed.seal is not None
                self.sealed[(str(sealed.id), sealed.version)] = sealed.seal.content_hash
        finally:
            store.close()

    def check(self, store: Store) -> tuple[int, list[str]]:
        """(records lost, other problems) on the laptop."""
        problems = list(store.integrity_problems())
        db = store._db
        bodies = {
            (r[0], int(r[1])): r[2]
            for r in db.query(
                "SELECT id, version, content_hash FROM consent_records WHERE state = 'sealed'"
            )
        }
        outbox = {
            (r[0], int(r[1])): (r[2], r[3] is not None, r[4] is not None)
            for r in db.query(
                "SELECT record_id, version, content_hash, receipt_json, purged_at FROM outbox"
            )
        }
        lost = 0
        for key, digest in self.sealed.items():
            queued = outbox.get(key)
            if queued is None or queued[0] != digest:
                lost += 1  # sealed means queued, for good
            elif key not in bodies and not (queued[1] and queued[2]):
                lost += 1  # the body may only go once central's receipt is kept
        for record_id, version in bodies:
            stored = store.records.get(uuid.UUID(record_id), version)
            assert stored.seal is not None
            problem = seal_problem(stored.body, stored.seal)
            if problem is not None:
                problems.append(f"seal of {record_id}: {problem}")
        for record_id, version in outbox:
            receipt = store.outbox.receipt(uuid.UUID(record_id), version)
            if receipt is not None and not receipt_holds(receipt, self.central.receipt_public_key):
                problems.append(f"receipt of {record_id} does not verify")
        return lost, problems


def central_copies(central: RunningCentral) -> dict[tuple[str, int], int]:
    with central.session() as session:
        rows = session.execute(
            text("SELECT record_id, version, count(*) FROM records GROUP BY record_id, version")
        ).all()
    return {(str(r[0]), int(r[1])): int(r[2]) for r in rows}


def central_returned(central: RunningCentral) -> set[tuple[str, int]]:
    with central.session() as session:
        rows = session.execute(
            text("SELECT record_id, version FROM records WHERE state = 'returned'")
        ).all()
    return {(str(r[0]), int(r[1])) for r in rows}


def return_one(central: RunningCentral, rng: random.Random) -> None:
    """Tara returns one of the received records to Wendy (so each sync has one to pull)."""
    with central.session() as session:
        lead = session.execute(
            text("SELECT id, team_id FROM workers WHERE username = 'tara'")
        ).one()
        received = session.execute(
            text("SELECT record_id, version FROM records WHERE state = 'received' ORDER BY 1")
        ).all()
        if not received:
            return
        record_id, version = rng.choice(received)
        record = record_for_team(session, lead[1], str(record_id), int(version), lock=True)
        return_to_worker(session, record, str(lead[0]), "Please check the dates.", utc_now())


def test_sync_killed_at_any_step_loses_and_duplicates_nothing(
    purging_central: RunningCentral, vault: Vault, data_dir: Path, children: Children
) -> None:
    central = purging_central
    laptop = Laptop(vault, central)
    laptop.enroll()
    args = {"data_dir": str(data_dir), "passphrase": PASSPHRASE}
    rng = random.Random(20261125)

    # One sync nobody kills, to learn how long a sync takes here.
    laptop.seal_some(SEALED_PER_ROUND)
    outcome, lines = children.run("sync", args)
    assert outcome["status"] == "exited", lines
    assert "synced sent=2 problem=None" in lines, lines
    span = float(outcome["seconds"])

    plan: list[str | None] = [None] * RANDOM_ROUNDS + [
        c for c in CHECKPOINTS for _ in range(ROUNDS_PER_CHECKPOINT)
    ]
    rng.shuffle(plan)
    lost = duplicates = strangers = killed = original_receipts = 0
    problems: list[str] = []
    for round_number, checkpoint in enumerate(plan):
        laptop.seal_some(SEALED_PER_ROUND)
        return_one(central, rng)
        outcome, lines = children.run(
            "sync",
            {**args, "checkpoint": checkpoint},
            kill_after=rng.uniform(0, span) if checkpoint is None else None,
        )
        killed += outcome["status"] == "killed"
        if outcome["status"] == "exited":
            span = float(outcome["seconds"])  # syncs get quicker once central is warm
        if checkpoint is not None and outcome["status"] != "killed":
            problems.append(f"round {round_number}: never reached {checkpoint}: {lines}")

        # Reopened after the kill, before any other sync.
        store = vault.unlock(PASSPHRASE)
        try:
            round_lost, round_problems = laptop.check(store)
        finally:
            store.close()
        lost += round_lost
        problems += [f"round {round_number} ({checkpoint}): {p}" for p in round_problems]
        copies = central_copies(central)
        duplicates += sum(n - 1 for n in copies.values())
        strangers += len(copies.keys() - laptop.sealed.keys())

        # The next sync runs to the end and leaves everything delivered.
        store = vault.unlock(PASSPHRASE)
        runner = store_on_own_thread(store)
        try:
            engine = SyncEngine(runner, app_version="t", rng=random.Random(1))
            report = run(engine.sync(caseload=True))
            original_receipts += report.duplicates  # central had it; its receipt came back
            if (report.problem, report.failed, report.unsent) != (None, [], 0):
                problems.append(f"round {round_number}: next sync: {report}")
            round_lost, round_problems = laptop.check(store)
            lost += round_lost
            problems += [f"round {round_number} after: {p}" for p in round_problems]
            unreceipted = [
                r
                for r in store.outbox.rows()
                if store.outbox.receipt(r.record_id, r.version) is None
            ]
            if unreceipted:
                problems.append(f"round {round_number}: {len(unreceipted)} without a receipt")
            returned = {
                (str(r[0]), int(r[1]))
                for r in store._db.query("SELECT record_id, version FROM returned_records")
            }
            if returned != central_returned(central):
                problems.append(f"round {round_number}: returned records differ from central's")
            families = store.families.count()
            duplicates += max(0, families - laptop.families)
        finally:
            runner.thread.shutdown()
            store.close()
        copies = central_copies(central)
        duplicates += sum(n - 1 for n in copies.values())
        lost += len(laptop.sealed.keys() - copies.keys())

    tally.add(
        "crash: sync",
        rounds=len(plan),
        killed=killed,
        records=len(laptop.sealed),
        original_receipts=original_receipts,
        lost=lost,
        duplicates=duplicates,
    )
    assert killed >= len(plan) * 0.7
    assert original_receipts > 0  # some kills came after central committed
    assert (lost, duplicates, strangers, problems) == (0, 0, 0, [])
