"""Numbered schema migrations, each applied in one transaction.

The schema version lives in `PRAGMA user_version`. A store newer than this app is refused
rather than guessed at. Before migrating an existing store, a copy of it (still
encrypted) is taken so a failed upgrade can be undone by IT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.errors import StoreNewerThanApp


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    after: Callable[[Any], None] | None = None  # run with the connection, after the statements


_KINDS_BEFORE = "kind IN ('consent', 'withdrawal')"
_KINDS_NOW = "kind IN ('consent', 'withdrawal', 'share')"


def _widen_kinds(conn: Any) -> None:
    """Let sealed records and their outbox rows be share records too.

    SQLite cannot alter a CHECK constraint, and rebuilding the two tables would mean
    dropping the triggers that keep sealed records and receipts unchangeable. SQLite's
    documented procedure for loosening a constraint is used instead: the table's stored
    definition is rewritten in place (every existing row satisfies the wider check), the
    schema cookie is bumped so every connection rereads it, and the result is checked.
    """
    cookie = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
        "WHERE type = 'table' AND name IN ('consent_records', 'outbox')",
        (_KINDS_BEFORE, _KINDS_NOW),
    )
    conn.execute(f"PRAGMA schema_version = {cookie + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
    widened = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name IN ('consent_records', 'outbox') AND instr(sql, ?) > 0",
        (_KINDS_NOW,),
    ).fetchone()[0]
    if widened != 2:
        raise RuntimeError("the record kinds could not be widened for share records")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "families, children, consent records, settings and the audit log",
        (
            """CREATE TABLE families (
                id TEXT PRIMARY KEY,
                family_name TEXT NOT NULL CHECK (length(trim(family_name)) BETWEEN 1 AND 100),
                address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 300),
                case_reference TEXT NOT NULL DEFAULT '' CHECK (length(case_reference) <= 40),
                allocated_worker TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            """CREATE TABLE children (
                id TEXT PRIMARY KEY,
                family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
                gender TEXT NOT NULL DEFAULT '',
                date_of_birth TEXT NOT NULL CHECK (date(date_of_birth) = date_of_birth)
            )""",
            "CREATE INDEX children_by_family ON children(family_id, position)",
            """CREATE TABLE consent_records (
                id TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version >= 1),
                family_id TEXT NOT NULL REFERENCES families(id),
                state TEXT NOT NULL CHECK (state IN ('draft', 'sealed')),
                body TEXT NOT NULL,
                content_hash TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                sealed_at TEXT,
                PRIMARY KEY (id, version)
            )""",
            "CREATE INDEX consent_records_by_family ON consent_records(family_id)",
            # A sealed record is evidence: the database itself refuses to change it.
            """CREATE TRIGGER consent_records_sealed_no_update
               BEFORE UPDATE ON consent_records WHEN OLD.state = 'sealed'
               BEGIN SELECT RAISE(ABORT, 'sealed records cannot be changed'); END""",
            """CREATE TRIGGER consent_records_sealed_no_delete
               BEFORE DELETE ON consent_records WHEN OLD.state = 'sealed'
               BEGIN SELECT RAISE(ABORT, 'sealed records cannot be deleted'); END""",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE
            )""",
            """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
            """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        ),
    ),
    Migration(
        2,
        "device signing key and sealed records",
        (
            # This laptop's Ed25519 key: only ever inside the encrypted store.
            """CREATE TABLE device (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                id TEXT NOT NULL,
                private_key BLOB NOT NULL CHECK (length(private_key) = 32),
                public_key TEXT NOT NULL CHECK (length(public_key) = 64),
                created_at TEXT NOT NULL
            )""",
            """CREATE TRIGGER device_key_no_update BEFORE UPDATE ON device
               BEGIN SELECT RAISE(ABORT, 'the device key cannot be changed'); END""",
            """CREATE TRIGGER device_key_no_delete BEFORE DELETE ON device
               BEGIN SELECT RAISE(ABORT, 'the device key cannot be deleted'); END""",
            """ALTER TABLE consent_records ADD COLUMN kind TEXT NOT NULL DEFAULT 'consent'
               CHECK (kind IN ('consent', 'withdrawal'))""",
            "ALTER TABLE consent_records ADD COLUMN seal_signature TEXT",
            "ALTER TABLE consent_records ADD COLUMN device_id TEXT",
            "ALTER TABLE consent_records ADD COLUMN public_key TEXT",
            # A record only becomes sealed with its hash, signature and key all present.
            """CREATE TRIGGER consent_records_sealed_complete_insert
               BEFORE INSERT ON consent_records WHEN NEW.state = 'sealed' AND (
                   NEW.content_hash IS NULL OR NEW.seal_signature IS NULL
                   OR NEW.device_id IS NULL OR NEW.public_key IS NULL OR NEW.sealed_at IS NULL)
               BEGIN SELECT RAISE(ABORT, 'a sealed record needs its hash and seal'); END""",
            """CREATE TRIGGER consent_records_sealed_complete_update
               BEFORE UPDATE ON consent_records WHEN NEW.state = 'sealed' AND (
                   NEW.content_hash IS NULL OR NEW.seal_signature IS NULL
                   OR NEW.device_id IS NULL OR NEW.public_key IS NULL OR NEW.sealed_at IS NULL)
               BEGIN SELECT RAISE(ABORT, 'a sealed record needs its hash and seal'); END""",
            "CREATE INDEX consent_records_sealed ON consent_records(state, family_id, sealed_at)",
        ),
    ),
    Migration(
        3,
        "sync: worker profile, outbox with receipts, returned records, caseload consent",
        (
            # Who this laptop is enrolled for, and with which central (one row at most).
            """CREATE TABLE profile (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                worker_id TEXT NOT NULL,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('worker', 'team_lead')),
                team_id TEXT NOT NULL,
                team_name TEXT NOT NULL,
                server_url TEXT NOT NULL,
                pin TEXT NOT NULL,
                server_signing_key TEXT NOT NULL CHECK (length(server_signing_key) = 64),
                enrolled_at TEXT NOT NULL,
                policy_json TEXT NOT NULL,
                last_sync_at TEXT
            )""",
            # One row per sealed record, from sealing until forever: after a purge it is
            # the stub (id, version, hash, receipt) that proves central has the record.
            """CREATE TABLE outbox (
                record_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('consent', 'withdrawal')),
                family_id TEXT NOT NULL,
                enqueued_at TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'failed', 'synced')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                permanent INTEGER NOT NULL DEFAULT 0 CHECK (permanent IN (0, 1)),
                next_attempt_at TEXT,
                pdf BLOB,
                receipt_json TEXT,
                receipt_at TEXT,
                purged_at TEXT,
                PRIMARY KEY (record_id, version),
                CHECK (state <> 'synced' OR receipt_json IS NOT NULL),
                CHECK (purged_at IS NULL OR receipt_json IS NOT NULL)
            )""",
            "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
            """CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
               BEGIN SELECT RAISE(ABORT, 'the outbox keeps every record it was given'); END""",
            # A stored receipt is proof of delivery: never changed or taken away.
            """CREATE TRIGGER outbox_receipt_kept BEFORE UPDATE ON outbox
               WHEN OLD.receipt_json IS NOT NULL AND (
                   NEW.receipt_json IS NOT OLD.receipt_json OR NEW.state <> 'synced'
                   OR NEW.content_hash <> OLD.content_hash)
               BEGIN SELECT RAISE(ABORT, 'a stored receipt cannot be changed'); END""",
            # Nothing sealed before this upgrade is left behind.
            """INSERT INTO outbox (record_id, version, content_hash, kind, family_id, enqueued_at)
               SELECT id, version, content_hash, kind, family_id, sealed_at
               FROM consent_records WHERE state = 'sealed'""",
            # A sealed record may now leave the laptop, but only once central's receipt for
            # exactly these bytes is stored (the purge); changing it stays impossible.
            "DROP TRIGGER consent_records_sealed_no_delete",
            """CREATE TRIGGER consent_records_sealed_no_delete
               BEFORE DELETE ON consent_records WHEN OLD.state = 'sealed' AND NOT EXISTS (
                   SELECT 1 FROM outbox o WHERE o.record_id = OLD.id
                   AND o.version = OLD.version AND o.content_hash = OLD.content_hash
                   AND o.receipt_json IS NOT NULL)
               BEGIN SELECT RAISE(ABORT, 'sealed records cannot be deleted'); END""",
            """CREATE TABLE returned_records (
                record_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                kind TEXT NOT NULL,
                family_id TEXT NOT NULL,
                comment TEXT NOT NULL,
                returned_at TEXT NOT NULL,
                returned_by TEXT NOT NULL,
                first_seen_at TEXT NOT NULL,
                PRIMARY KEY (record_id, version)
            )""",
            # The family's consent now as central last told it (or as kept at a purge).
            """CREATE TABLE caseload_consent (
                family_id TEXT PRIMARY KEY,
                consent_json TEXT NOT NULL,
                as_of TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        4,
        "training or real: set once when the store is made, and a training store never enrolled",
        (
            # One row, written in the transaction that records the store's creation
            # (store_kind.py). A training store holds fictional families for practice.
            """CREATE TABLE store_kind (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                training INTEGER NOT NULL CHECK (training IN (0, 1))
            )""",
            # Every store made before this version is a real one (each has its creation in
            # the audit log; a store being made now has none yet and is marked by its maker).
            """INSERT INTO store_kind (singleton, training)
               SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM audit_log)""",
            # Real stays real and training stays training: no change, no removal, and no
            # marking once the store has a history.
            """CREATE TRIGGER store_kind_no_update BEFORE UPDATE ON store_kind
               BEGIN SELECT RAISE(ABORT, 'a store is training or real for good'); END""",
            """CREATE TRIGGER store_kind_no_delete BEFORE DELETE ON store_kind
               BEGIN SELECT RAISE(ABORT, 'a store is training or real for good'); END""",
            """CREATE TRIGGER store_kind_only_at_creation BEFORE INSERT ON store_kind
               WHEN EXISTS (SELECT 1 FROM audit_log)
               BEGIN SELECT RAISE(ABORT, 'a store is marked only when it is made'); END""",
            # Whatever the code above it does, a training store never holds an enrollment,
            # so nothing in it can be sent to central.
            """CREATE TRIGGER profile_never_in_training BEFORE INSERT ON profile
               WHEN EXISTS (SELECT 1 FROM store_kind WHERE training = 1)
               BEGIN SELECT RAISE(ABORT, 'a training store is never enrolled'); END""",
        ),
    ),
    Migration(5, "share records: a sealed record may be a share", (), after=_widen_kinds),
    Migration(
        6,
        "correction notes central keeps beside the family's sealed records",
        (
            # From the caseload: a rectification never edits a sealed record; its note is
            # shown with it. Kept as central sent it, never changed here.
            """CREATE TABLE record_corrections (
                record_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                family_id TEXT NOT NULL,
                corrected_at TEXT NOT NULL,
                corrected_by TEXT NOT NULL,
                note TEXT NOT NULL,
                PRIMARY KEY (record_id, version, corrected_at, note)
            )""",
            "CREATE INDEX record_corrections_family ON record_corrections (family_id)",
            """CREATE TRIGGER record_corrections_kept BEFORE UPDATE ON record_corrections
               BEGIN SELECT RAISE(ABORT, 'a correction note is kept as central sent it'); END""",
        ),
    ),
    Migration(
        7,
        "the records waiting unsent found without reading their rows",
        (
            # After each seal the backup asks which records wait unsent and which of them
            # have a PDF. Without this index that read the first page of every waiting row
            # (each a sealed document and a PDF, pages apart), so a seal slowed as records
            # waited. Holding only records that wait, it answers both from the index alone
            # (receipt_json is in it, always NULL, so SQLite sees it need not read the row).
            """CREATE INDEX outbox_unsent
               ON outbox (record_id, version, receipt_json, pdf IS NOT NULL)
               WHERE receipt_json IS NULL""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def migrate(
    db: Database,
    backup: Callable[[int], None],
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> list[int]:
    """Bring the store up to the newest schema; the versions applied, in order.

    `backup(current_version)` is called once before the first change to a store that
    already holds data (version > 0).
    """
    latest = migrations[-1].version if migrations else 0
    current = schema_version(db)
    if current > latest:
        raise StoreNewerThanApp(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This store was last used by a newer version of the app (store version %1, "
                "this app understands up to %2). Install the newer version; nothing has been "
                "changed.",
            ),
            current,
            latest,
        )
    pending = [m for m in migrations if m.version > current]
    if pending and current > 0:
        backup(current)
    applied = []
    for migration in pending:
        with db.transaction() as conn:
            for statement in migration.statements:
                conn.execute(statement)
            if migration.after is not None:
                migration.after(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration.version)
    return applied
