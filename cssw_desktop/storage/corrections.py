"""Correction notes central keeps beside the family's sealed records (rectification).

A sealed record is never edited: when the data protection officer corrects one, central
keeps a note beside it and sends it with the family in the worker's caseload. The laptop
keeps the notes of records it still holds, as sent (never changed here), and shows them
with the record; a record purged once central has it takes its notes with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cssw_desktop.storage.database import Database

if TYPE_CHECKING:
    from cssw_core.protocol import CaseloadFamily, CorrectionNote


@dataclass(frozen=True, slots=True)
class Correction:
    corrected_at: str  # UTC text, as central sent it
    corrected_by: str
    note: str


def save_corrections(conn: Any, family: CaseloadFamily) -> int:
    """Keep the family's notes for records this laptop holds (in the caller's transaction);
    how many were new."""
    added = 0
    for note in family.corrections:  # only beside a sealed record of this family held here
        cursor = conn.execute(
            "INSERT OR IGNORE INTO record_corrections "
            "(record_id, version, family_id, corrected_at, corrected_by, note) "
            "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM consent_records "
            "WHERE id = ? AND version = ? AND family_id = ? AND state = 'sealed')",
            (note.record_id, note.version, family.id, note.corrected_at, note.corrected_by,
             note.note, note.record_id, note.version, family.id),
        )  # fmt: skip
        added += cursor.rowcount
    return added


def forget_corrections(conn: Any, record_id: str, version: int) -> None:
    """A record leaves the laptop (purged): its notes go with it."""
    conn.execute(
        "DELETE FROM record_corrections WHERE record_id = ? AND version = ?", (record_id, version)
    )


class CorrectionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_record(self, record_id: uuid.UUID, version: int) -> list[Correction]:
        """The record's notes, oldest first."""
        rows = self._db.query(
            "SELECT corrected_at, corrected_by, note FROM record_corrections "
            "WHERE record_id = ? AND version = ? ORDER BY corrected_at, note",
            (str(record_id), version),
        )
        return [Correction(str(a), str(b), str(c)) for a, b, c in rows]

    def corrected_in_family(self, family_id: uuid.UUID) -> set[tuple[str, int]]:
        """(record id, version) of the family's records that carry a note."""
        rows = self._db.query(
            "SELECT DISTINCT record_id, version FROM record_corrections WHERE family_id = ?",
            (str(family_id),),
        )
        return {(str(r), int(v)) for r, v in rows}


def as_notes(corrections: tuple[Correction, ...]) -> tuple[CorrectionNote, ...]:
    """The notes in the shape the lead's viewer shows them in (one way of showing them)."""
    from cssw_core.protocol import CorrectionNote  # pydantic: loaded only when shown

    return tuple(
        CorrectionNote(corrected_at=c.corrected_at, corrected_by=c.corrected_by, note=c.note)
        for c in corrections
    )
