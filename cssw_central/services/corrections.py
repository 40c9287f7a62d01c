"""Rectification without editing a sealed record: a correction note kept beside it.

A note says who corrected what and when; it is its own row (append-only: nothing here
changes or removes one), shown with the record wherever central shows it (the team
lead's record detail) and filed with it as a signed "Corrections" PDF beside the record's
own (`services.correction_pdf`). Adding a note is audited (`record_corrected`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.tables import CorrectionNote, Record
from cssw_central.services.rights_requests import (
    RightsRefused,
    actor_of,
    checked_text,
    family_team,
)
from cssw_core.domain.fields import MAX_NAME, MAX_REASON

MAX_NOTES = 200  # notes shown per record; far above any real record


@dataclass(frozen=True, slots=True)
class Correction:
    corrected_at: datetime
    corrected_by: str
    note: str


def add_correction(
    session: Session,
    *,
    record_id: str,
    version: int,
    note: str,
    by: str,
    now: datetime,
    request_id: str | None = None,
) -> CorrectionNote:
    record = session.scalars(
        select(Record).where(Record.record_id == record_id, Record.version == version)
    ).one_or_none()
    if record is None:
        raise RightsRefused("Central holds no record with that id and version.")
    team_id = family_team(session, record.family_id)
    row = CorrectionNote(
        record_id=record.record_id,
        version=record.version,
        family_id=record.family_id,
        note=checked_text(note, MAX_REASON, "The correction", required=True, multiline=True),
        corrected_by=checked_text(by, MAX_NAME, "Who corrected it", required=True, multiline=False),
        corrected_at=now,
        request_id=request_id,
    )
    session.add(row)
    session.flush()
    audit(
        session, now, actor_of(by), "record_corrected", record.record_id, team_id=team_id,
        version=record.version, note_chars=len(row.note), request=request_id,
    )  # fmt: skip
    return row


def corrections_of(session: Session, record_id: str, version: int) -> list[Correction]:
    """The record's correction notes, oldest first."""
    rows = session.scalars(
        select(CorrectionNote)
        .where(CorrectionNote.record_id == record_id, CorrectionNote.version == version)
        .order_by(CorrectionNote.corrected_at, CorrectionNote.id)
        .limit(MAX_NOTES)
    ).all()
    return [Correction(r.corrected_at, r.corrected_by, r.note) for r in rows]
