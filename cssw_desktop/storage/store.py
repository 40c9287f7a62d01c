"""An unlocked store: the repositories over one keyed connection."""

from __future__ import annotations

from pathlib import Path

from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.backup import UnsyncedBackup
from cssw_desktop.storage.caseload import CaseloadRepository
from cssw_desktop.storage.clock import Clock
from cssw_desktop.storage.corrections import CorrectionRepository
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.device import DeviceKeys
from cssw_desktop.storage.families import FamilyRepository
from cssw_desktop.storage.migrations import schema_version
from cssw_desktop.storage.outbox import Outbox
from cssw_desktop.storage.profile import ProfileRepository
from cssw_desktop.storage.purge import Purge
from cssw_desktop.storage.records import RecordRepository
from cssw_desktop.storage.returned import ReturnedRecords
from cssw_desktop.storage.seals import SealedRecords
from cssw_desktop.storage.settings_store import SettingsStore
from cssw_desktop.storage.store_kind import stored_kind


class Store:
    """What an unlocked store offers. `close()` locks it: the connection and key are gone.

    `training`: the store holds fictional families for practice (store_kind.py); when not
    given, the store's own mark says (a store that has none is a real one)."""

    def __init__(
        self,
        db: Database,
        actor: str,
        clock: Clock,
        app_version: str = "",
        *,
        training: bool | None = None,
    ) -> None:
        self._db = db
        self.path: Path = db.path
        self.training: bool = bool(stored_kind(db)) if training is None else training
        self.audit = AuditLog(db, actor, clock)
        self.families = FamilyRepository(db, self.audit, clock)
        self.records = RecordRepository(db, self.audit, clock)
        self.settings = SettingsStore(db, self.audit)
        self.device = DeviceKeys(db, clock)
        self.outbox = Outbox(db, self.audit, clock)
        self.sealing = SealedRecords(
            db,
            self.audit,
            clock,
            self.device,
            self.records,
            app_version,
            self.outbox,
            training=self.training,
        )
        self.profile = ProfileRepository(db, self.audit)
        self.returned = ReturnedRecords(db, self.audit, clock)
        self.caseload = CaseloadRepository(db, self.audit, self.families, self.records)
        self.corrections = CorrectionRepository(db)
        self.purge = Purge(db, self.audit, self.records, self.caseload)
        self.clock = clock
        self.backup: UnsyncedBackup | None = None  # attached by the vault at unlock
        self.damage: list[str] = []  # opened despite damage (doctor, verify): what is wrong
        self._seen_version: int | None = None

    def attach_backup(self, backup: UnsyncedBackup) -> None:
        """Keep the encrypted backup of unsent records up to date after each seal."""
        self.backup = backup
        self.sealing.after_seal = self._write_backup
        self.outbox.after_pdf = self._write_backup

    def _write_backup(self) -> bool:
        return self.backup is not None and self.backup.write_quietly(self._db)

    @property
    def is_open(self) -> bool:
        return self._db.is_open

    @property
    def schema_version(self) -> int:
        return schema_version(self._db)

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLite's and SQLCipher's integrity checks (empty when sound)."""
        problems = [
            f"integrity_check: {row[0]}"
            for row in self._db.pragma_rows("integrity_check")
            if row and row[0] != "ok"
        ]
        problems += [
            "cipher_integrity_check: " + " ".join(str(v) for v in row)
            for row in self._db.pragma_rows("cipher_integrity_check")
        ]
        broken = self.audit.broken_at()
        if broken is not None:
            problems.append(f"audit log chain broken at entry {broken}")
        return problems

    def counts(self) -> dict[str, int]:
        records = self.records.count_by_state()
        outbox = self.outbox.summary(self.clock())
        return {
            "families": self.families.count(),
            "children": int(self._db.scalar("SELECT count(*) FROM children")),
            "draft records": records["draft"],
            "sealed records": records["sealed"],
            "audit entries": int(self._db.scalar("SELECT count(*) FROM audit_log")),
            "records waiting to send": outbox.pending + outbox.failed,
            "records received by central": outbox.synced,
            "returned records": self.returned.count(),
        }

    def checkpoint(self) -> None:
        self._db.checkpoint()

    def changed_elsewhere(self) -> bool:
        """True when another connection (the command line, another copy of the app) has
        committed a change since the last call; the first call only takes note. SQLite's
        `data_version` counts other connections' commits, never this one's."""
        version = int(self._db.pragma_rows("data_version")[0][0])
        seen, self._seen_version = self._seen_version, version
        return seen is not None and version != seen

    def close(self, *, audit: bool = True) -> None:
        """Lock: note it in the audit log, then drop the connection and with it the key."""
        if not self._db.is_open:
            return
        if audit:
            self.audit.record(AuditAction.STORE_LOCKED)
        self.device.forget()
        if self.backup is not None:
            self.backup.forget()
        self._db.close()
