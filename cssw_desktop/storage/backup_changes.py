"""What changed in the store since the backup journal's last frame, and appending it.

`Tracked` is what the open store knows about the journal file it last wrote or read: its
header, how many frames and bytes it holds, and which records (and which of their PDFs)
are in it. `changes_since` asks the store only for keys (which records wait unsent, which
have a PDF) and then for the rows of the few records that are new, so a seal's frame costs
the same with 1 or 1,000 records waiting. `append_frame` adds the frame to the file and
makes it durable before the seal is reported as backed up.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cssw_desktop.storage.backup_journal import Patch, RecordKey, Row, outbox_key
from cssw_desktop.storage.database import Database

if TYPE_CHECKING:
    from cssw_desktop.storage.backup import BackupContents, JournalState

COMPACT_SLACK = 32  # dropped records tolerated in the file beyond the live ones


@dataclass
class Tracked:
    header: bytes
    frames: int  # the next frame's position
    size: int  # bytes in the file, all whole frames
    dropped: int  # records written and dropped since the file was written whole
    schema_version: int
    held: set[RecordKey]
    with_pdf: set[RecordKey]
    device: Row | None
    profile: Row | None
    columns: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, contents: BackupContents, state: JournalState) -> Tracked:
        return cls(
            header=state.header,
            frames=state.frames,
            size=state.size,
            dropped=state.dropped,
            schema_version=contents.schema_version,
            held=contents.keys(),
            with_pdf={outbox_key(o) for o in contents.outbox if o.get("pdf") is not None},
            device=contents.device,
            profile=contents.profile,
        )

    def worth_compacting(self) -> bool:
        """More dropped records in the file than live ones: write it whole again."""
        return self.dropped > len(self.held) + COMPACT_SLACK

    def took(self, patch: Patch, frame_bytes: int) -> None:
        """The patch is in the file now."""
        self.frames += 1
        self.size += frame_bytes
        self.held |= {(str(r["id"]), int(r["version"])) for r in patch.records}
        self.with_pdf |= {outbox_key(o) for o in patch.outbox if o.get("pdf") is not None}
        self.held -= set(patch.drop)
        self.with_pdf -= set(patch.drop)
        self.dropped += len(patch.drop)
        self.device = patch.device if patch.device is not None else self.device
        self.profile = patch.profile if patch.profile is not None else self.profile

    def rows(self, db: Database, table: str, where: str, params: tuple[Any, ...]) -> list[Row]:
        columns = self.columns.get(table)
        if columns is None:
            columns = [str(r[1]) for r in db.query(f"PRAGMA table_info({table})")]
            self.columns[table] = columns
        found = db.query(f"SELECT {', '.join(columns)} FROM {table} {where}", params)
        return [dict(zip(columns, row, strict=True)) for row in found]


UNSENT = "SELECT record_id, version, pdf IS NOT NULL FROM outbox WHERE receipt_json IS NULL"
"""Read from the index `outbox_unsent` alone (migration 7), not from the rows."""


def _unsent(db: Database) -> tuple[set[RecordKey], set[RecordKey]]:
    """The records waiting unsent, and those of them with a PDF."""
    unsent: set[RecordKey] = set()
    with_pdf: set[RecordKey] = set()
    for record_id, version, has_pdf in db.query(UNSENT):
        key = (str(record_id), int(version))
        unsent.add(key)
        if has_pdf:
            with_pdf.add(key)
    return unsent, with_pdf


def changes_since(
    db: Database, tracked: Tracked, carried: set[RecordKey], written_at: str, version: int
) -> Patch | None:
    """The frame bringing the journal up to date with the store; None when nothing changed.

    `carried`: records from an older backup that the store lost and could not take back:
    they stay in the backup until they are put back."""
    unsent, with_pdf = _unsent(db)
    new = sorted(unsent - tracked.held)
    drop = sorted(tracked.held - unsent - carried)
    refreshed = sorted((with_pdf & tracked.held) - tracked.with_pdf - set(drop))
    patch = Patch(written_at=written_at, schema_version=version, drop=drop)
    family_ids: list[str] = []
    for key in new:
        record = tracked.rows(
            db, "consent_records", "WHERE id = ? AND version = ? AND state = 'sealed'", key
        )
        if not record:
            continue  # queued but not sealed: never backed up (as `collect` does)
        patch.records += record
        patch.outbox += tracked.rows(
            db, "outbox", "WHERE record_id = ? AND version = ? AND receipt_json IS NULL", key
        )
        family_id = str(record[0]["family_id"])
        if family_id not in family_ids:
            family_ids.append(family_id)
    for key in refreshed:
        patch.outbox += tracked.rows(db, "outbox", "WHERE record_id = ? AND version = ?", key)
    for family_id in family_ids:
        patch.families += tracked.rows(db, "families", "WHERE id = ?", (family_id,))
        patch.children += tracked.rows(db, "children", "WHERE family_id = ?", (family_id,))
    device = tracked.rows(db, "device", "", ())
    profile = tracked.rows(db, "profile", "", ())
    if device and device[0] != tracked.device:
        patch.device = device[0]
    if profile and profile[0] != tracked.profile:
        patch.profile = profile[0]
    if not (patch.records or patch.outbox or patch.drop or patch.device or patch.profile):
        return None
    return patch


def append_frame(path: Path, tracked: Tracked, frame: bytes) -> bool:
    """Append the frame and fsync; False (nothing written) when the file is not the one
    `tracked` describes. An OSError part way is raised after cutting the file back to its
    last whole frame (when it can be: else reading it stops before the cut-off frame)."""
    try:
        handle = open(path, "r+b", buffering=0)  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        return False
    with handle:
        if handle.seek(0, os.SEEK_END) != tracked.size:
            return False
        handle.seek(0)
        if handle.read(len(tracked.header) + 1) != tracked.header + b"\n":
            return False
        handle.seek(tracked.size)
        try:
            view = memoryview(frame)
            while view:
                view = view[handle.write(view) or 0 :]
            os.fsync(handle.fileno())
        except OSError:
            with contextlib.suppress(OSError):
                handle.truncate(tracked.size)
                os.fsync(handle.fileno())
            raise
    return True
