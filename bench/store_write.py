"""Saving families through the encrypted store against plain stdlib sqlite3.

The store side is the real thing: a store made by Vault.create (cheap Argon2, real
keyring), then FamilyRepository.add once per family (one transaction each, as when a
worker saves) or add_many (one transaction for all). The baseline is stdlib sqlite3 on a
fresh file with the same schema (every statement of migrations.MIGRATIONS), the same
pragmas, and the same inserts: a family row, its child rows and, per family, an audit
row, one transaction per family. A third run does the baseline's inserts
through sqlcipher3 with a raw key (one transaction per family, and all in one): the floor
for an encrypted store on this machine, so `store_write_vs_sqlcipher_ratio` is the app's
own work (checks, the audit hash chain, its statements) on top of encryption (goal ≤ 1.10;
issue 17). Those two ratios are the median of each repetition's ratio, the two sides run
back to back, which the machine's load disturbs less than a ratio of medians.
`store_write_cpu_vs_sqlcipher_ratio` compares the process's CPU time for the same two runs:
on a shared machine a commit's fsync waits on other people's disk traffic, so the wall-clock
ratio swings from run to run; the CPU time is the app's work and SQLCipher's.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.common import (
    CHEAP_KDF,
    PASSPHRASE,
    SEED,
    Figures,
    TrackingDeviceSecrets,
    device_secrets,
    elapsed_ms,
    log,
    median,
    repeat,
    scratch_dir,
    today,
)
from cssw_core.domain.family import Family
from cssw_desktop.demo import demo_families
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import new_store_key
from cssw_desktop.storage.migrations import MIGRATIONS
from cssw_desktop.storage.vault import Vault

# What storage/database.py sets on every connection (busy_timeout aside: nothing waits).
PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "foreign_keys = ON",
)
INSERT_FAMILY = (
    "INSERT INTO families (id, family_name, address, case_reference, allocated_worker, "
    "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
INSERT_CHILD = (
    "INSERT INTO children (id, family_id, position, name, gender, date_of_birth) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_AUDIT = (
    "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
STAMP = "2026-01-01T00:00:00.000000+00:00"
ACTOR = "00000000-0000-4000-8000-000000000000"

Connect = Callable[[Path], Any]


def _prepare(conn: Any) -> Any:
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("BEGIN IMMEDIATE")
    for migration in MIGRATIONS:
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
    conn.execute("COMMIT")
    return conn


def connect_plain(path: Path) -> Any:
    """Stdlib sqlite3 with the store's pragmas and schema."""
    return _prepare(sqlite3.connect(str(path), isolation_level=None))


def connect_sqlcipher(path: Path) -> Any:
    """sqlcipher3 keyed the way storage/database.py keys it, with the same schema."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{new_store_key().hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return _prepare(conn)


def _family_row(family: Family) -> tuple[str, ...]:
    return (
        str(family.id),
        family.family_name,
        family.address,
        family.case_reference,
        family.allocated_worker,
        STAMP,
        STAMP,
    )


def _child_rows(family: Family) -> list[tuple[Any, ...]]:
    family_id = str(family.id)
    return [
        (str(c.id), family_id, pos, c.name, c.gender, c.date_of_birth.isoformat())
        for pos, c in enumerate(family.children)
    ]


def _audit_row(seq: int, family: Family, prev: str) -> tuple[tuple[object, ...], str]:
    """The audit row the store writes for an added family, and its chained hash."""
    digest = hashlib.sha256(f"{prev}{family.id}".encode()).hexdigest()
    detail = f'{{"children":{len(family.children)}}}'
    return (seq, STAMP, ACTOR, "family.added", str(family.id), detail, prev, digest), digest


def plain_write_ms(
    families: Sequence[Family],
    path: Path,
    *,
    batch: bool,
    connect: Connect = connect_plain,
    cpu: list[float] | None = None,
) -> float:
    """Milliseconds to insert the families on a fresh file, as the store would (and the
    process's CPU milliseconds for it appended to `cpu`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        prev = "0" * 64
        cpu_start = time.process_time()
        start = time.perf_counter()
        if batch:  # what add_many does: one transaction for everything
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(INSERT_FAMILY, [_family_row(f) for f in families])
        for seq, family in enumerate(families, start=1):
            row, prev = _audit_row(seq, family, prev)
            if not batch:  # what add does: one transaction per family
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(INSERT_FAMILY, _family_row(family))
            conn.executemany(INSERT_CHILD, _child_rows(family))
            conn.execute(INSERT_AUDIT, row)
            if not batch:
                conn.execute("COMMIT")
        if batch:
            conn.execute("COMMIT")
        wall = elapsed_ms(start)
        if cpu is not None:
            cpu.append((time.process_time() - cpu_start) * 1000)
        return wall
    finally:
        conn.close()


def store_write_ms(
    families: Sequence[Family],
    data_dir: Path,
    secrets: DeviceSecrets,
    *,
    batch: bool,
    cpu: list[float] | None = None,
) -> float:
    """Milliseconds to save the families through a new store (creating it is not timed;
    the process's CPU milliseconds for the saves appended to `cpu`)."""
    store = Vault(data_dir, secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
    try:
        cpu_start = time.process_time()
        start = time.perf_counter()
        if batch:
            store.families.add_many(list(families))
        else:
            for family in families:
                store.families.add(family)
        wall = elapsed_ms(start)
        if cpu is not None:
            cpu.append((time.process_time() - cpu_start) * 1000)
        return wall
    finally:
        store.close()


def _one_repetition(
    families: Sequence[Family], secrets: TrackingDeviceSecrets, rep: int
) -> dict[str, float]:
    """Every variant once, on fresh files; the order alternates so drift hits both sides."""
    timings: dict[str, float] = {}
    store_cpu: list[float] = []
    raw_cpu: list[float] = []
    with scratch_dir("write") as root:
        variants: list[tuple[str, Callable[[Path], float]]] = [
            ("baseline", lambda d: plain_write_ms(families, d / "plain.db", batch=False)),
            ("store", lambda d: store_write_ms(families, d, secrets, batch=False, cpu=store_cpu)),
            (
                "sqlcipher",
                lambda d: plain_write_ms(
                    families, d / "cipher.db", batch=False, connect=connect_sqlcipher, cpu=raw_cpu
                ),
            ),
            ("batch_baseline", lambda d: plain_write_ms(families, d / "plain.db", batch=True)),
            ("batch_store", lambda d: store_write_ms(families, d, secrets, batch=True)),
            (
                "batch_sqlcipher",
                lambda d: plain_write_ms(
                    families, d / "cipher.db", batch=True, connect=connect_sqlcipher
                ),
            ),
        ]
        if rep % 2:
            variants.reverse()
        for name, measure in variants:
            timings[name] = measure(root / name)
        secrets.forget_all()
    timings["store_cpu"], timings["sqlcipher_cpu"] = store_cpu[0], raw_cpu[0]
    return timings


def run(repetitions: int = 7, count: int = 1000, budget_s: float = 90.0) -> tuple[Figures, int]:
    """The store-write figures (medians over repetitions) and how many repetitions ran."""
    families = demo_families(count, today(), seed=SEED)
    with device_secrets() as secrets:
        _one_repetition(families[:20], secrets, 0)  # warm-up: imports, keyring connection

        def measure(rep: int) -> dict[str, float]:
            timings = _one_repetition(families, secrets, rep)
            log(
                f"store_write run {rep + 1}: "
                + ", ".join(f"{k}={v:.0f}ms" for k, v in timings.items())
            )
            return timings

        runs = repeat(measure, repetitions, budget_s)
    med = {name: median([r[name] for r in runs]) for name in runs[0]}

    def same_run(name: str, baseline: str) -> float:
        """The median of each repetition's ratio: both sides measured back to back."""
        return median([r[name] / r[baseline] for r in runs])

    figures = {
        "store_write_vs_sqlcipher_ratio": same_run("store", "sqlcipher"),
        "store_write_batch_vs_sqlcipher_ratio": same_run("batch_store", "batch_sqlcipher"),
        # CPU time: what the process itself did, which other people's disk traffic on a
        # shared machine disturbs far less than the wall clock (fsync waits are not in it)
        "store_write_cpu_vs_sqlcipher_ratio": same_run("store_cpu", "sqlcipher_cpu"),
        "store_write_cpu_ms": med["store_cpu"],
        "store_write_sqlcipher_cpu_ms": med["sqlcipher_cpu"],
        "store_write_ratio": med["store"] / med["baseline"],
        "store_write_ms": med["store"],
        "store_write_baseline_ms": med["baseline"],
        "store_write_sqlcipher_ms": med["sqlcipher"],
        "store_write_batch_ratio": med["batch_store"] / med["batch_baseline"],
        "store_write_batch_ms": med["batch_store"],
        "store_write_batch_baseline_ms": med["batch_baseline"],
        "store_write_batch_sqlcipher_ms": med["batch_sqlcipher"],
    }
    return figures, len(runs)
