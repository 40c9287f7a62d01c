"""SIGKILL loops over the desktop store: plain writes, sealing, schema upgrades and
passphrase changes. Every round a real child process works on a real SQLCipher store with
the real keyring and is killed at a seeded random moment; the store is then reopened
(crash recovery, as the next start of the app does) and checked:

- everything the child reported as committed or sealed is there, and every seal verifies;
- SQLite's and SQLCipher's integrity checks and the audit chain are sound;
- nothing is there twice;
- the store opens with the passphrase that was current (after an interrupted passphrase
  change: the old or the new one, never neither).

The counts go to the fault suite's summary (tests/faults/tally.py).
"""

from __future__ import annotations

import random
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cssw_core.domain.sealing import seal_problem
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.errors import WrongPassphrase
from cssw_desktop.storage.files import create_private_file
from cssw_desktop.storage.keys import wrap_store_key
from cssw_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault, VaultStatus
from tests.faults import tally
from tests.faults.kill_children import Children
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.slow

WRITE_ROUNDS = 80
SEAL_ROUNDS = 70
UPGRADE_RANDOM = 15  # per old schema version (1 and 2): kills anywhere in the unlock ...
UPGRADE_SWEEP = 25  # ... and about this many spread over the backup copy and migrations
FIRST_RUN_ROUNDS = 25
PASSPHRASE_RANDOM = 30  # kills anywhere in the change ...
PASSPHRASE_SWEEP = 25  # ... and at each step from writing the new key file on
OTHER_PASSPHRASE = "plum kettle orbit lantern"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-v1.db"
FIXTURE_KEY = bytes(range(32))  # the saved version 1 test store's key (public on purpose)


@pytest.fixture(scope="module")
def children(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Children]:
    started = Children(tmp_path_factory.mktemp("crash-reports"))
    yield started
    started.close()


def _args(data_dir: Path, **more: str) -> dict[str, str]:
    return {"data_dir": str(data_dir), "passphrase": PASSPHRASE, **more}


def _opened(vault: Vault, passphrase: str = PASSPHRASE) -> Store:
    return vault.unlock(passphrase)


def _calls_to_finish(
    children: Children, task: str, args: dict[str, str], done: str, watch: tuple[str, ...]
) -> tuple[int, dict[str, int]]:
    """How many steps the task takes when nobody kills it (the range the seeded kill
    points are drawn from), and the step at which each watched function is first called."""
    outcome, lines = children.run(task, args, count=True, watch=watch)
    assert outcome["status"] == "exited", lines
    assert done in lines, lines
    calls = int(next(line for line in lines if line.startswith("calls")).split()[1])
    marks = {line.split()[1]: int(line.split()[2]) for line in lines if line.startswith("mark ")}
    assert set(marks) == set(watch), marks
    return calls, marks


def _kill_points(rng: random.Random, calls: int, randoms: int, sweep: range) -> list[int]:
    """`randoms` seeded points anywhere, then every point of `sweep` (the steps that matter
    most, e.g. the backup copy and the migrations themselves)."""
    return sorted(rng.randint(1, calls) for _ in range(randoms)) + list(sweep)


def _integrity(store: Store, round_number: int) -> list[str]:
    return [f"round {round_number}: {p}" for p in store.integrity_problems()]


# -- plain writes ------------------------------------------------------------------------


def test_killed_writes_lose_no_reported_commit(
    vault: Vault, data_dir: Path, children: Children
) -> None:
    vault.create(PASSPHRASE).close()
    rng = random.Random(20261121)
    families: set[uuid.UUID] = set()
    addresses: dict[uuid.UUID, int] = {}  # family -> the newest "Flat n" reported
    drafts: dict[uuid.UUID, int] = {}
    lost = duplicates = killed = 0
    problems: list[str] = []
    for round_number in range(WRITE_ROUNDS):
        outcome, lines = children.run(
            "writes", _args(data_dir, prefix=f"R{round_number}"), kill_after=rng.uniform(0, 0.35)
        )
        killed += outcome["status"] == "killed"
        for line in lines:
            kind, *rest = line.split()
            if kind == "family":
                families.add(uuid.UUID(rest[0]))
                addresses[uuid.UUID(rest[0])] = int(rest[1])
            elif kind == "address":
                addresses[uuid.UUID(rest[0])] = int(rest[1])
            elif kind == "draft":
                drafts[uuid.UUID(rest[0])] = int(rest[1])
        store = _opened(vault)
        try:
            problems += _integrity(store, round_number)
            present = {f.id: f for f in store.families.all()}
            lost += len(families - present.keys())
            # An address may be newer than the last one reported (committed, then killed
            # before the report), never older.
            lost += sum(
                1
                for fid, n in addresses.items()
                if fid in present and int(present[fid].address.split()[1]) < n
            )
            stored_drafts = dict(
                store._db.query("SELECT id, body FROM consent_records WHERE state = 'draft'")
            )
            lost += sum(
                1 for rid, n in drafts.items() if stored_drafts.get(str(rid)) != f'{{"n":{n}}}'
            )
            duplicates += len(
                store._db.query(
                    "SELECT family_name FROM families GROUP BY family_name HAVING count(*) > 1"
                )
            )
        finally:
            store.close()
    commits = len(families) + len(drafts)
    tally.add(
        "crash: store writes",
        rounds=WRITE_ROUNDS,
        killed=killed,
        commits=commits,
        lost=lost,
        duplicates=duplicates,
    )
    assert killed >= WRITE_ROUNDS * 0.9, "most rounds must end in a kill"
    assert commits > WRITE_ROUNDS  # the children got real work done before the kills
    assert (lost, duplicates, problems) == (0, 0, [])


# -- sealing -----------------------------------------------------------------------------


def _seal_problem(store: Store, record_id: str, version: int) -> str | None:
    stored = store.records.get(uuid.UUID(record_id), version)
    return "no seal" if stored.seal is None else seal_problem(stored.body, stored.seal)


def test_killed_sealing_keeps_every_seal_its_outbox_entry_and_pdf(
    vault: Vault, data_dir: Path, children: Children
) -> None:
    vault.create(PASSPHRASE).close()
    rng = random.Random(20261122)
    sealed: dict[tuple[str, int], str] = {}  # (record id, version) -> content hash
    pdfs: set[tuple[str, int]] = set()
    drafts: set[tuple[str, int]] = set()
    verified: set[tuple[str, int]] = set()
    lost = duplicates = killed = unqueued = 0
    problems: list[str] = []
    for round_number in range(SEAL_ROUNDS):
        outcome, lines = children.run("seals", _args(data_dir), kill_after=rng.uniform(0, 0.6))
        killed += outcome["status"] == "killed"
        for line in lines:
            kind, *rest = line.split()
            if kind == "sealed":
                sealed[(rest[0], int(rest[1]))] = rest[2]
            elif kind == "pdf":
                pdfs.add((rest[0], int(rest[1])))
            elif kind == "draft":
                drafts.add((rest[0], int(rest[1])))
        store = _opened(vault)
        try:
            problems += _integrity(store, round_number)
            # Seals reported this round (older ones cannot change: the database refuses
            # it); every seal is checked again at the end.
            for record_id, version in sorted(sealed.keys() - verified):
                problem = _seal_problem(store, record_id, version)
                if problem is not None:
                    problems.append(f"round {round_number}: seal of {record_id}: {problem}")
                verified.add((record_id, version))
            db = store._db
            rows = {
                (r[0], int(r[1])): (r[2], r[3])
                for r in db.query("SELECT id, version, state, content_hash FROM consent_records")
            }
            queued = {
                (r[0], int(r[1])): (r[2], bool(r[3]))
                for r in db.query(
                    "SELECT record_id, version, content_hash, pdf IS NOT NULL FROM outbox"
                )
            }
            lost += sum(1 for key, digest in sealed.items() if rows.get(key) != ("sealed", digest))
            lost += sum(1 for key in drafts if key not in rows)  # a draft or its sealed record
            lost += sum(1 for key in pdfs if not queued.get(key, ("", False))[1])
            # Sealed means queued: exactly the sealed records are in the outbox.
            in_store = {key: digest for key, (state, digest) in rows.items() if state == "sealed"}
            unqueued += len(set(in_store.items()) ^ {(k, v[0]) for k, v in queued.items()})
            duplicates += len(
                db.query(
                    "SELECT subject FROM audit_log WHERE action = 'record.sealed' "
                    "GROUP BY subject HAVING count(*) > 1"
                )
            )
        finally:
            store.close()
    store = _opened(vault)
    try:
        problems += [
            f"seal of {c.record_id}: {c.problem}" for c in store.sealing.check_all() if c.problem
        ]
    finally:
        store.close()
    tally.add(
        "crash: sealing",
        rounds=SEAL_ROUNDS,
        killed=killed,
        sealed=len(sealed),
        lost=lost + unqueued,
        duplicates=duplicates,
    )
    assert killed >= SEAL_ROUNDS * 0.9
    assert len(sealed) > SEAL_ROUNDS
    assert (lost, unqueued, duplicates, problems) == (0, 0, 0, [])


# -- schema upgrades ---------------------------------------------------------------------


def _version_2_template(path: Path) -> set[tuple[str, int]]:
    """A store at schema version 2 (before the outbox) holding sealed records and a draft;
    the sealed records' (id, version)."""
    db = Database(path, FIXTURE_KEY)
    migrate(db, backup=lambda _v: None, migrations=MIGRATIONS[:2])
    family = uuid.UUID(int=1)
    sealed = {(str(uuid.UUID(int=100 + n)), 1) for n in range(6)}
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO families (id, family_name, created_at, updated_at) VALUES "
            "(?, 'Fixture-Family', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
            (str(family),),
        )
        for record, state in [
            *((r, "sealed") for r, _ in sealed),
            (str(uuid.UUID(int=3)), "draft"),
        ]:
            conn.execute(
                "INSERT INTO consent_records (id, version, family_id, state, body, content_hash,"
                " seal_signature, device_id, public_key, created_at, updated_at, sealed_at) "
                "VALUES (?, 1, ?, ?, '{}', ?, 'sig', 'dev', 'pub', 't', 't', ?)",
                (record, str(family), state, "ab" * 32, "2026-02-01T10:00:00+00:00"),
            )
    db.close()
    return sealed


def _put_old_store(template: Path, data_dir: Path) -> None:
    """The data folder as an older app left it: the old database, no log, no backups."""
    for leftover in ("store.db", "store.db-wal", "store.db-shm"):
        (data_dir / leftover).unlink(missing_ok=True)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    create_private_file(data_dir / "store.db")
    with (data_dir / "store.db").open("wb") as out:
        out.write(template.read_bytes())


def _broken_backups(data_dir: Path, old_version: int) -> list[str]:
    """Backups that are not a whole, readable copy of the store before its upgrade."""
    broken = []
    for backup in sorted((data_dir / "backups").glob("store-v*.db")):
        try:
            db = Database(backup, FIXTURE_KEY)
            try:
                if schema_version(db) != old_version or db.pragma_rows("integrity_check") != [
                    ("ok",)
                ]:
                    broken.append(backup.name)
            finally:
                db.close()
        except Exception as problem:
            broken.append(f"{backup.name}: {type(problem).__name__}")
    return broken


@pytest.mark.parametrize("old_version", [1, 2])
def test_an_upgrade_killed_at_any_step_finishes_at_the_next_start(
    data_dir: Path,
    device_secrets: TidyDeviceSecrets,
    children: Children,
    tmp_path: Path,
    old_version: int,
) -> None:
    template = tmp_path / f"store-v{old_version}.db"
    if old_version == 1:
        shutil.copyfile(FIXTURE, template)
        sealed: set[tuple[str, int]] = set()
    else:
        sealed = _version_2_template(template)
    data_dir.mkdir(mode=0o700)
    store_id = str(uuid.uuid4())
    secret = device_secrets.new_secret()
    device_secrets.put(store_id, secret)
    wrap_store_key(FIXTURE_KEY, PASSPHRASE, secret, store_id, FAST_KDF).save(
        data_dir / "keyfile.json"
    )
    vault = Vault(data_dir, device_secrets, kdf=FAST_KDF)

    _put_old_store(template, data_dir)
    calls, marks = _calls_to_finish(
        children,
        "unlock",
        _args(data_dir),
        f"opened {LATEST_VERSION}",
        watch=("Vault._backup", "Store.__init__"),
    )
    # From the first step of the backup copy to the store being ready on the new schema.
    start, end = marks["Vault._backup"], marks["Store.__init__"]
    sweep = range(start, end + 1, max(1, (end - start) // UPGRADE_SWEEP))
    points = _kill_points(random.Random(20261123 + old_version), calls, UPGRADE_RANDOM, sweep)
    lost = duplicates = killed = 0
    problems: list[str] = []
    for round_number, kill_at in enumerate(points):
        _put_old_store(template, data_dir)
        outcome, _lines = children.run("unlock", _args(data_dir), kill_at=kill_at)
        killed += outcome["status"] == "killed"
        problems += [
            f"round {round_number}: backup {b}" for b in _broken_backups(data_dir, old_version)
        ]
        store = _opened(vault)  # the next start finishes the upgrade
        try:
            problems += _integrity(store, round_number)
            if store.schema_version != LATEST_VERSION:
                problems.append(f"round {round_number}: schema {store.schema_version}")
            family = store.families.get(uuid.UUID(int=2 if old_version == 1 else 1))
            lost += family.family_name != "Fixture-Family"
            lost += store.records.get(uuid.UUID(int=3), 1).state != "draft"
            in_outbox = [(str(r.record_id), r.version) for r in store.outbox.rows()]
            lost += len(sealed - set(in_outbox))
            duplicates += len(in_outbox) - len(set(in_outbox))
        finally:
            store.close()
    tally.add(
        "crash: schema upgrade",
        rounds=len(points),
        killed=killed,
        lost=lost,
        duplicates=duplicates,
    )
    assert killed >= len(points) * 0.9
    assert (lost, duplicates, problems) == (0, 0, [])


def test_an_upgrade_started_again_at_once_after_a_kill_in_its_backup_copy(
    data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    """What a kill during the backup copy leaves (a cut-short copy, and a whole earlier
    backup under this second's name) neither stops the upgrade nor passes for a backup."""
    data_dir.mkdir(mode=0o700)
    store_id, secret = str(uuid.uuid4()), device_secrets.new_secret()
    device_secrets.put(store_id, secret)
    wrap_store_key(FIXTURE_KEY, PASSPHRASE, secret, store_id, FAST_KDF).save(
        data_dir / "keyfile.json"
    )
    _put_old_store(FIXTURE, data_dir)
    backups = data_dir / "backups"
    backups.mkdir(mode=0o700)
    now = int(time.time())
    (backups / f".store-v1-{now}.partial").write_bytes(FIXTURE.read_bytes()[:5000])
    for second in range(now, now + 30):  # the names this second and the next would take
        shutil.copyfile(FIXTURE, backups / f"store-v1-{second}.db")
    store = Vault(data_dir, device_secrets, kdf=FAST_KDF).unlock(PASSPHRASE)
    try:
        assert store.schema_version == LATEST_VERSION
    finally:
        store.close()
    assert not list(backups.glob(".*partial"))
    assert len(list(backups.glob("store-v1-*.db"))) == 31
    assert _broken_backups(data_dir, 1) == []


# -- first run ---------------------------------------------------------------------------


def test_a_first_run_killed_at_any_step_can_simply_be_run_again(
    tmp_path: Path, device_secrets: TidyDeviceSecrets, children: Children
) -> None:
    """Killed while making the store: either the store is whole and opens, or the folder
    still reads as a first run and making the store again works."""
    already = _device_secret_ids()
    try:
        _first_runs(tmp_path, device_secrets, children)
    finally:
        # The children put their device secrets in the keyring themselves: remove them.
        for store_id in _device_secret_ids() - already:
            device_secrets.delete(store_id)


def _device_secret_ids() -> set[str]:
    """The store ids this keyring holds device secrets for."""
    import secretstorage

    from cssw_desktop.storage.device_secret import SERVICE

    connection = secretstorage.dbus_init()
    try:
        items = secretstorage.search_items(connection, {"service": SERVICE})
        return {item.get_attributes()["username"] for item in items}
    finally:
        connection.close()


def _first_runs(tmp_path: Path, device_secrets: TidyDeviceSecrets, children: Children) -> None:
    folders = iter(tmp_path / f"first-run-{n}" for n in range(10_000))
    folder = next(folders)
    calls, _marks = _calls_to_finish(children, "create", _args(folder), "created", watch=())
    points = _kill_points(random.Random(20261126), calls, FIRST_RUN_ROUNDS, range(0))
    whole = again = 0
    problems: list[str] = []
    for kill_at in points:
        folder = next(folders)
        outcome, _lines = children.run("create", _args(folder), kill_at=kill_at)
        assert outcome["status"] == "killed"
        vault = Vault(folder, device_secrets, kdf=FAST_KDF)
        try:
            if vault.status() is VaultStatus.READY:
                whole += 1
                vault.unlock(PASSPHRASE).close()
            else:
                again += 1
                vault.create(PASSPHRASE).close()
                vault.unlock(PASSPHRASE).close()
        except Exception as problem:
            problems.append(f"killed at step {kill_at}: {type(problem).__name__}: {problem}")
    tally.add(
        "crash: first run", rounds=len(points), killed=len(points), lost=0, failed=len(problems)
    )
    assert whole > 0
    assert again > 0
    assert problems == []


# -- passphrase change -------------------------------------------------------------------


def _opens_with(vault: Vault, passphrase: str) -> int | None:
    """The number of families, if this passphrase opens the store; None if it does not."""
    try:
        store = vault.unlock(passphrase)
    except WrongPassphrase:
        return None
    try:
        return store.families.count()
    finally:
        store.close()


def test_a_passphrase_change_killed_at_any_step_leaves_old_or_new_working(
    vault: Vault, data_dir: Path, children: Children
) -> None:
    from cssw_core.domain.family import Family

    store = vault.create(PASSPHRASE)
    store.families.add(Family("Passphrase-Family"))
    store.close()
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    calls, marks = _calls_to_finish(
        children,
        "change_passphrase",
        {"data_dir": str(data_dir), "old": current, "new": other},
        "changed",
        watch=("atomic_write",),
    )
    current, other = other, current

    start = marks["atomic_write"]
    points = _kill_points(
        random.Random(20261124),
        calls,
        PASSPHRASE_RANDOM,
        range(start, min(calls, start + PASSPHRASE_SWEEP)),
    )
    neither = both = lost = killed = changed = 0
    for kill_at in points:
        outcome, lines = children.run(
            "change_passphrase",
            {"data_dir": str(data_dir), "old": current, "new": other},
            kill_at=kill_at,
        )
        killed += outcome["status"] == "killed"
        with_old, with_new = _opens_with(vault, current), _opens_with(vault, other)
        if with_old is None and with_new is None:
            neither += 1
            break
        both += with_old is not None and with_new is not None
        lost += (with_old if with_old is not None else with_new) != 1
        if with_new is not None:
            changed += 1
            current, other = other, current
        elif "changed" in lines:
            lost += 1  # reported changed, but the new passphrase does not open it
    # A kill between writing the new key file's copy and putting it in place leaves the
    # copy behind (the old key file stays in charge); the next change removes it, so at
    # most the last round's is left, and revoking the laptop removes that too.
    left_behind = len(list(data_dir.glob(".keyfile.json.tmp-*")))
    assert left_behind <= 1
    vault.wipe()
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == []
    tally.add(
        "crash: passphrase change",
        rounds=len(points),
        killed=killed,
        changed=changed,
        lost=lost,
        opened_with_neither=neither,
        key_copies_left=left_behind,
    )
    assert killed >= len(points) * 0.9
    assert (neither, both, lost) == (0, 0, 0)
    # Kills landed both before and after the new key file took over.
    assert len(points) * 0.1 < changed < len(points) * 0.9, changed
