"""The encrypted backup of sealed records central has not yet receipted.

`backups/unsynced.cssw-backup` in the data folder holds every sealed record (consent or
withdrawal) without central's receipt: the canonical sealed JSON, its hash and seal, the
kept PDF, its outbox entry, the family it belongs to (with the children), this laptop's
signing key and its enrollment: enough to put the records back into a store, from
which they sync as if nothing had happened. It is brought up to date after every seal (after the
transaction commits, never inside it) and whenever a PDF is kept with a queued record;
a record leaves it at the first write after its receipt is stored.

File (backup_journal.py): a JSON header line (format, store id, a random journal id:
nothing personal) then AES-256-GCM frames of zlib-compressed JSON, appended one per change
so a seal costs the same with 1 or 1,000 records waiting; the first frame holds the whole
contents. Format 1 (one frame, written whole each time) is still read. The key is
HKDF-SHA256 of the store key (salt: the store id): the store key is random and kept only
wrapped under the passphrase-derived key AND the keyring's device secret, so the backup
needs both factors too, and a passphrase change (which re-wraps the same store key)
leaves it readable. A failure to write it never undoes the seal: it is noted
(`UnsyncedBackup.problem`, shown by `doctor`) and tried again at the next seal or unlock.

At unlock (`reconcile`), records in the backup that the store has lost (a deleted or
stale write-ahead log) are put back into the store and its outbox, each seal checked
first; a backup that lacks the store's unsent records is written again.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.sealing import Seal, seal_problem
from cssw_core.errors import CsswError
from cssw_desktop.storage import backup_journal as journal
from cssw_desktop.storage.backup_changes import Tracked, append_frame, changes_since
from cssw_desktop.storage.backup_journal import (
    RecordKey,
    Row,
    plain_rows,
    unplain_rows,
)
from cssw_desktop.storage.clock import Clock, stamp
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.errors import disk_trouble
from cssw_desktop.storage.files import atomic_write, ensure_private_dir, moment_suffix
from cssw_desktop.storage.migrations import schema_version

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"  # shared with the copies taken before a schema upgrade
BACKUP_FILE = "unsynced.cssw-backup"
FORMAT = 1  # of the contents' JSON
FORMAT_WHOLE = 1  # the file format before the journal: one frame written whole
_HKDF_INFO = b"cssw-desktop unsynced backup v1"


class BackupUnreadable(CsswError):
    """The backup file is there but cannot be decrypted or read."""


UNREADABLE_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup of unsent records cannot be read: it is damaged or belongs to another store.",
)


def backup_key(store_key: bytes, store_id: str) -> bytes:
    """The backup's AES-256 key: HKDF of the store key (so both unlock factors are needed)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=store_id.encode("utf-8"), info=_HKDF_INFO
    )
    return hkdf.derive(store_key)


def backup_path(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER / BACKUP_FILE


# --- contents --------------------------------------------------------------------------


@dataclass
class BackupContents:
    """What the backup holds; rows are column → value, as the store keeps them."""

    store_id: str
    written_at: str
    schema_version: int
    device: Row | None = None
    profile: Row | None = None
    families: list[Row] = field(default_factory=list)
    children: list[Row] = field(default_factory=list)
    records: list[Row] = field(default_factory=list)  # consent_records rows
    outbox: list[Row] = field(default_factory=list)  # their outbox rows

    def keys(self) -> set[RecordKey]:
        return {(str(r["id"]), int(r["version"])) for r in self.records}

    def to_json(self) -> bytes:
        return canonical_json(self.to_document())

    def to_document(self) -> dict[str, Any]:
        rows = plain_rows
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "written_at": self.written_at,
            "schema_version": self.schema_version,
            "device": None if self.device is None else rows([self.device])[0],
            "profile": None if self.profile is None else rows([self.profile])[0],
            "families": rows(self.families),
            "children": rows(self.children),
            "records": rows(self.records),
            "outbox": rows(self.outbox),
        }

    @classmethod
    def from_json(cls, data: bytes) -> BackupContents:
        doc = json.loads(data)
        if doc.get("format") != FORMAT:
            raise ValueError("unknown backup format")

        rows = unplain_rows

        return cls(
            store_id=str(doc["store_id"]),
            written_at=str(doc["written_at"]),
            schema_version=int(doc["schema_version"]),
            device=None if doc["device"] is None else rows([doc["device"]])[0],
            profile=None if doc["profile"] is None else rows([doc["profile"]])[0],
            families=rows(doc["families"]),
            children=rows(doc["children"]),
            records=rows(doc["records"]),
            outbox=rows(doc["outbox"]),
        )

    def without(self, keys: set[RecordKey]) -> BackupContents:
        """A copy without these records (their outbox rows go with them)."""
        kept = [r for r in self.records if (str(r["id"]), int(r["version"])) not in keys]
        outbox = [o for o in self.outbox if (str(o["record_id"]), int(o["version"])) not in keys]
        return BackupContents(
            self.store_id,
            self.written_at,
            self.schema_version,
            self.device,
            self.profile,
            self.families,
            self.children,
            kept,
            outbox,
        )


def encrypt(contents: BackupContents, key: bytes) -> bytes:
    """The whole backup as a new journal of one frame (see backup_journal.py)."""
    header = journal.new_header(contents.store_id)
    return header + b"\n" + journal.seal_frame(header, 0, contents.to_document(), key)


def _decrypt_format_1(data: bytes, key: bytes) -> BackupContents:
    """A backup written whole by an earlier version of the app."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, _, sealed = data.partition(b"\n")
    doc = json.loads(header)
    if doc.get("format") != FORMAT_WHOLE or doc.get("kind") != journal.KIND:
        raise ValueError("not a backup")
    nonce = base64.b64decode(doc["nonce"], validate=True)
    plain = zlib.decompress(AESGCM(key).decrypt(nonce, sealed, header))
    contents = BackupContents.from_json(plain)
    if contents.store_id != doc["store_id"]:
        raise ValueError("the header does not match the contents")
    return contents


@dataclass(frozen=True, slots=True)
class JournalState:
    """Where a journal file stands, so the next change can be appended to it."""

    header: bytes
    frames: int  # the next frame's position
    size: int  # bytes in the file up to the end of its last whole frame
    torn: bool  # a cut-off last frame follows (the file must be written whole again)
    dropped: int  # records written into the file and dropped since


def _contents_of(applied: journal.Applied, store_id: str) -> BackupContents:
    records = list(applied.records.values())
    family_ids = {str(r["family_id"]) for r in records}
    return BackupContents(
        store_id=store_id,
        written_at=applied.written_at,
        schema_version=applied.schema_version,
        device=applied.device,
        profile=applied.profile,
        families=[f for i, f in applied.families.items() if i in family_ids],
        children=[c for i in sorted(family_ids) for c in applied.children.get(i, [])],
        records=records,
        outbox=[o for k, o in applied.outbox.items() if k in applied.records],
    )


def decrypt_with_state(data: bytes, key: bytes) -> tuple[BackupContents, JournalState | None]:
    """The contents, and the journal's state (None for a format-1 file); BackupUnreadable
    if damaged, another store's, or not a backup."""
    from cryptography.exceptions import InvalidTag

    try:
        header, _, _ = data.partition(b"\n")
        if json.loads(header).get("format") == FORMAT_WHOLE:
            return _decrypt_format_1(data, key), None
        frames = journal.read_frames(data, key)
        applied = journal.apply_frames(frames.documents)
        if applied.first.get("store_id") != frames.store_id:
            raise ValueError("the header does not match the contents")
        contents = _contents_of(applied, frames.store_id)
        state = JournalState(
            frames.header, len(frames.documents), frames.good_size, frames.torn, applied.dropped
        )
        return contents, state
    except (InvalidTag, ValueError, KeyError, TypeError, AttributeError, zlib.error) as exc:
        raise BackupUnreadable(UNREADABLE_WORDS) from exc


def decrypt(data: bytes, key: bytes) -> BackupContents:
    """The contents, or BackupUnreadable (damaged, another store's, or not a backup)."""
    return decrypt_with_state(data, key)[0]


def read_backup_with_state(
    data_dir: Path, key: bytes
) -> tuple[BackupContents, JournalState | None] | None:
    """The backup's contents and journal state; None when there is none; BackupUnreadable
    if it cannot be read."""
    try:
        data = backup_path(data_dir).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BackupUnreadable(UNREADABLE_WORDS) from exc
    return decrypt_with_state(data, key)


def read_backup(data_dir: Path, key: bytes) -> BackupContents | None:
    """The backup's contents; None when there is none; BackupUnreadable if it cannot be read."""
    found = read_backup_with_state(data_dir, key)
    return None if found is None else found[0]


# --- reading the store -----------------------------------------------------------------


def _columns(db: Database, table: str) -> list[str]:
    return [str(r[1]) for r in db.query(f"PRAGMA table_info({table})")]


def _rows(db: Database, table: str, where: str, params: tuple[Any, ...] = ()) -> list[Row]:
    columns = _columns(db, table)
    found = db.query(f"SELECT {', '.join(columns)} FROM {table} {where}", params)
    return [dict(zip(columns, row, strict=True)) for row in found]


def unsent_keys(db: Database) -> set[RecordKey]:
    """Sealed records in the store still waiting for central's receipt."""
    rows = db.query("SELECT record_id, version FROM outbox WHERE receipt_json IS NULL")
    return {(str(r[0]), int(r[1])) for r in rows}


def known_keys(db: Database) -> set[RecordKey]:
    """Every record the store knows as sealed or queued (sent ones keep an outbox stub)."""
    rows = db.query(
        "SELECT record_id, version FROM outbox UNION "
        "SELECT id, version FROM consent_records WHERE state = 'sealed'"
    )
    return {(str(r[0]), int(r[1])) for r in rows}


def collect(db: Database, store_id: str, written_at: str) -> BackupContents:
    """The store's unsent sealed records with everything needed to put them back."""
    records = _rows(
        db,
        "consent_records",
        "WHERE state = 'sealed' AND EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = id "
        "AND o.version = consent_records.version AND o.receipt_json IS NULL) "
        "ORDER BY sealed_at, id, version",
    )
    outbox = _rows(db, "outbox", "WHERE receipt_json IS NULL ORDER BY enqueued_at, record_id")
    family_ids = sorted({str(r["family_id"]) for r in records})
    marks = ", ".join("?" for _ in family_ids)
    families = _rows(db, "families", f"WHERE id IN ({marks})", tuple(family_ids))
    children = _rows(db, "children", f"WHERE family_id IN ({marks})", tuple(family_ids))
    device = _rows(db, "device", "")
    profile = _rows(db, "profile", "")
    return BackupContents(
        store_id=store_id,
        written_at=written_at,
        schema_version=schema_version(db),
        device=device[0] if device else None,
        profile=profile[0] if profile else None,
        families=families,
        children=children,
        records=records,
        outbox=outbox,
    )


def merged(fresh: BackupContents, carried: BackupContents | None) -> BackupContents:
    """The fresh contents plus records carried from an older backup that the store lacks."""
    if carried is None:
        return fresh
    have = fresh.keys()
    extra = [r for r in carried.records if (str(r["id"]), int(r["version"])) not in have]
    if not extra:
        return fresh
    extra_keys = {(str(r["id"]), int(r["version"])) for r in extra}
    family_ids = {str(r["family_id"]) for r in extra} - {str(f["id"]) for f in fresh.families}
    return BackupContents(
        fresh.store_id,
        fresh.written_at,
        fresh.schema_version,
        fresh.device or carried.device,
        fresh.profile or carried.profile,
        fresh.families + [f for f in carried.families if str(f["id"]) in family_ids],
        fresh.children + [c for c in carried.children if str(c["family_id"]) in family_ids],
        fresh.records + extra,
        fresh.outbox
        + [o for o in carried.outbox if (str(o["record_id"]), int(o["version"])) in extra_keys],
    )


# --- putting records back ---------------------------------------------------------------


def _insert(conn: Any, table: str, row: Row, columns: set[str]) -> None:
    names = [name for name in row if name in columns]
    marks = ", ".join("?" for _ in names)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
        tuple(row[name] for name in names),
    )


def _seal_holds(record: Row) -> bool:
    try:
        document = json.loads(str(record["body"]))
        seal = Seal(
            content_hash=str(record["content_hash"]),
            signature=str(record["seal_signature"]),
            device_id=str(record["device_id"]),
            public_key=str(record["public_key"]),
        )
    except (ValueError, KeyError, TypeError):
        return False
    return seal_problem(document, seal) is None


@dataclass(frozen=True, slots=True)
class ImportResult:
    restored: int  # records put back (with their outbox entries)
    already_there: int  # records the store already had
    refused: int  # records whose seal did not check out: left out, named in the log


def import_contents(conn: Any, contents: BackupContents, db: Database) -> ImportResult:
    """Put back, inside the caller's transaction, every backed-up record the store lacks:
    its family (if missing), the record as sealed, and its outbox entry (to be sent). The
    device key and enrollment come back too if the store has none. Seals are checked first."""
    tables = {t: set(_columns(db, t)) for t in ("device", "profile", "families", "children")}
    tables |= {t: set(_columns(db, t)) for t in ("consent_records", "outbox")}
    if contents.device is not None and not conn.execute("SELECT 1 FROM device").fetchone():
        _insert(conn, "device", contents.device, tables["device"])
    if contents.profile is not None and not conn.execute("SELECT 1 FROM profile").fetchone():
        _insert(conn, "profile", contents.profile, tables["profile"])
    known = {
        (str(r[0]), int(r[1]))
        for r in conn.execute(
            "SELECT record_id, version FROM outbox UNION "
            "SELECT id, version FROM consent_records WHERE state = 'sealed'"
        ).fetchall()
    }
    outbox = {(str(o["record_id"]), int(o["version"])): o for o in contents.outbox}
    families = {str(f["id"]): f for f in contents.families}
    restored = already = refused = 0
    for record in contents.records:
        key = (str(record["id"]), int(record["version"]))
        if key in known:
            already += 1
            continue
        if not _seal_holds(record) or key not in outbox:
            log.warning("a backed-up record was left out: its seal does not check out")
            refused += 1
            continue
        family_id = str(record["family_id"])
        if not conn.execute("SELECT 1 FROM families WHERE id = ?", (family_id,)).fetchone():
            family = families.get(family_id)
            if family is None:
                refused += 1
                continue
            _insert(conn, "families", family, tables["families"])
            for child in contents.children:
                if str(child["family_id"]) == family_id:
                    _insert(conn, "children", child, tables["children"])
        # A draft of the same visit may have survived where its seal was lost.
        conn.execute(
            "DELETE FROM consent_records WHERE id = ? AND version = ? AND state = 'draft'", key
        )
        _insert(conn, "consent_records", record, tables["consent_records"])
        queued = dict(outbox[key])
        queued |= {"state": "pending", "attempts": 0, "last_error": None, "permanent": 0}
        queued |= {"next_attempt_at": None, "receipt_json": None, "receipt_at": None}
        queued |= {"purged_at": None}
        _insert(conn, "outbox", queued, tables["outbox"])
        restored += 1
    return ImportResult(restored, already, refused)


# --- the backup of one open store -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupFinding:
    """What unlocking found in the backup, and what it did about it (for `doctor`)."""

    present: bool
    readable: bool
    written_at: str | None = None
    records: int = 0  # records the backup held
    lacking: int = 0  # unsent records in the store the backup did not have
    missing_from_store: int = 0  # records in the backup the store had lost
    restored: int = 0  # of those, put back into the store now
    refused: int = 0  # of those, left out: their seal did not check out


class UnsyncedBackup:
    """Writes the backup of one unlocked store; `forget()` drops its key (on lock)."""

    def __init__(self, data_dir: Path, key: bytes, store_id: str, clock: Clock) -> None:
        self.path = backup_path(data_dir)
        self._data_dir = data_dir
        self._key: bytes | None = key
        self._store_id = store_id
        self._clock = clock
        self._carried: BackupContents | None = None  # lost records not yet put back
        self.problem: str | None = None  # why the last write failed, in plain words
        self.finding: BackupFinding | None = None
        self.last_written_at: str | None = None
        self.last_records = 0
        self._tracked: Tracked | None = None  # the journal as last written, to append to

    def _needed_key(self) -> bytes:
        if self._key is None:
            raise CsswError(QT_TRANSLATE_NOOP("Errors", "The store is locked."))
        return self._key

    def read(self) -> BackupContents | None:
        return read_backup(self._data_dir, self._needed_key())

    def write(self, db: Database) -> None:
        """Bring the backup up to date with the store (raises DiskFull etc. if it cannot):
        the changes appended as one frame, or the whole file written again when there is
        no journal to append to or it holds more dropped records than live ones."""
        key = self._needed_key()
        tracked = self._tracked
        if tracked is not None and not tracked.worth_compacting():
            try:
                if self._append(db, key, tracked):
                    return
            except OSError as exc:
                self._tracked = None  # the next write starts a new file
                raise disk_trouble(exc, self.path) or exc from exc
        self._write_whole(db, key)

    def _write_whole(self, db: Database, key: bytes) -> None:
        self._tracked = None
        contents = merged(collect(db, self._store_id, stamp(self._clock())), self._carried)
        data = encrypt(contents, key)
        try:
            ensure_private_dir(self.path.parent)
            atomic_write(self.path, data)
        except OSError as exc:
            raise disk_trouble(exc, self.path) or exc from exc
        header = data.partition(b"\n")[0]
        self._tracked = Tracked.of(contents, JournalState(header, 1, len(data), False, 0))
        self._written(contents.written_at, len(contents.records))

    def _written(self, at: str, records: int) -> None:
        self.problem = None
        self.last_written_at = at
        self.last_records = records

    def _append(self, db: Database, key: bytes, tracked: Tracked) -> bool:
        """Append what changed since the last frame; False when the file is not the one
        last written (another copy of the app rewrote it, or it is gone)."""
        version = schema_version(db)
        if version != tracked.schema_version:
            return False
        carried = self._carried.keys() if self._carried is not None else set()
        changes = changes_since(db, tracked, carried, stamp(self._clock()), version)
        if changes is None:
            self._written(self.last_written_at or stamp(self._clock()), len(tracked.held))
            return True
        frame = journal.seal_frame(tracked.header, tracked.frames, changes.document(), key)
        if not append_frame(self.path, tracked, frame):
            return False
        tracked.took(changes, len(frame))
        self._written(changes.written_at, len(tracked.held))
        return True

    def write_quietly(self, db: Database) -> bool:
        """Write the backup after a seal; a failure is noted, logged and tried again later,
        never raised (the seal is already safe in the store)."""
        if self._key is None:
            return False
        try:
            self.write(db)
        except (CsswError, OSError) as problem:
            self.problem = (
                problem.message
                if isinstance(problem, CsswError)
                else QT_TRANSLATE_NOOP(
                    "Errors", "The backup of unsent records could not be written."
                )
            )
            log.warning("the backup of unsent records was not written (%s)", type(problem).__name__)
            return False
        return True

    def reconcile(self, db: Database, record_restored: Any) -> BackupFinding:
        """At unlock: put back records the store lost, and rewrite a stale backup.

        `record_restored(conn, count)` notes a put-back in the audit log, inside the
        transaction that does it. Never raises for a disk problem: it is noted instead."""
        present = self.path.exists()
        try:
            read = read_backup_with_state(self._data_dir, self._needed_key())
        except BackupUnreadable:
            self._set_aside_unreadable()
            self.finding = BackupFinding(present=True, readable=False)
            self.write_quietly(db)
            return self.finding
        unsent = unsent_keys(db)
        found, state = read if read is not None else (None, None)
        if found is None:
            self.finding = BackupFinding(present=False, readable=False, lacking=len(unsent))
            self.write_quietly(db)
            return self.finding
        lost = found.keys() - known_keys(db)
        result = ImportResult(0, 0, 0)
        if lost:
            try:
                with db.transaction() as conn:
                    result = import_contents(conn, found, db)
                    if result.restored:
                        record_restored(conn, result.restored)
            except CsswError as problem:
                self._carried = found  # kept in every backup written until put back
                self.problem = problem.message
                log.warning("lost records could not be put back (%s)", type(problem).__name__)
        lacking = len(unsent - found.keys())
        self.finding = BackupFinding(
            present=present,
            readable=True,
            written_at=found.written_at,
            records=len(found.records),
            lacking=lacking,
            missing_from_store=len(lost),
            restored=result.restored,
            refused=result.refused,
        )
        self.last_written_at, self.last_records = found.written_at, len(found.records)
        if state is not None and not state.torn and found.schema_version == schema_version(db):
            self._tracked = Tracked.of(found, state)  # appended to from here on
        if lacking or result.restored or found.keys() - unsent_keys(db):
            self.write_quietly(db)
        return self.finding

    def _set_aside_unreadable(self) -> None:
        """Keep an unreadable backup (IT may want it) under another name, never delete it."""
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_name(f"{BACKUP_FILE}.unreadable-{moment_suffix()}"))

    def forget(self) -> None:
        self._key = None
        self._carried = None
        self._tracked = None
