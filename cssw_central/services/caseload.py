"""A worker's caseload: allocated families, each with the family's consent as central holds it.

The consent is the domain's own rule (`current_consent_state`): the latest consent record
central holds that was not returned to the worker, with every later withdrawal applied
(the adult's to the family's consent; a young person's to their own, sent per young person).
A withdrawal applies whatever its review state: honouring a family's "no" while a lead
looks at it errs on the side the family asked for.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.tables import CorrectionNote, FamilySnapshot, Record, Worker
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState, current_consent_state
from cssw_core.domain.own_consent import to_caseload
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.protocol import (
    AnswerName,
    CaseloadChild,
    CaseloadConsent,
    CaseloadCorrection,
    CaseloadFamily,
)

log = logging.getLogger("cssw_central.caseload")
K = TypeVar("K", bound=StrEnum)
MAX_CORRECTIONS = 200  # per family in a caseload (the message's bound): the newest


def _record_json(record: Record) -> dict[str, object]:
    body = json.loads(record.document).get("record")
    if not isinstance(body, dict):
        raise RecordFormatError("the sealed document holds no record")
    return body


def consent_of(records: Sequence[Record]) -> tuple[ConsentState, Record | None]:
    """One family's consent now from its records at central (any order), and the record used."""
    ordered = sorted(records, key=lambda r: (r.sealed_at, r.version, r.id))
    latest: tuple[ConsentRecordDraft, Record] | None = None
    withdrawals: list[Withdrawal] = []
    for record in ordered:
        try:
            if record.kind == "consent" and record.state != "returned":
                latest = (ConsentRecordDraft.from_json(_record_json(record)), record)
            elif record.kind == "withdrawal":
                withdrawals.append(Withdrawal.from_json(_record_json(record)))
        except (RecordFormatError, ValueError, TypeError, KeyError, AttributeError):
            log.warning("record %s/v%s skipped: not readable", record.record_id, record.version)
    if latest is None:
        return current_consent_state(None, ()), None
    draft, used = latest
    return current_consent_state(draft, withdrawals), used


def _answer(answer: Answer | None) -> AnswerName:
    if answer is None:
        return None
    return "yes" if answer is Answer.YES else "no"


def _answers(mapping: Mapping[K, Answer | None]) -> dict[str, AnswerName]:
    return {key.value: _answer(answer) for key, answer in mapping.items()}


def caseload_consent(state: ConsentState, used: Record | None) -> CaseloadConsent:
    return CaseloadConsent(
        record_id=None if state.record_id is None else str(state.record_id),
        record_version=state.record_version,
        share_with=_answers(state.share_with),
        approach=_answers(state.approach),
        documents=_answers(state.documents),
        research_consent=_answer(state.research_consent),
        signed_at=optional_utc_text(None if used is None else used.sealed_at),
        young_people=to_caseload(state.young_people),  # type: ignore[arg-type]
    )


def _children(snapshot: FamilySnapshot) -> list[CaseloadChild]:
    children = []
    for child in json.loads(snapshot.children_json):
        try:
            children.append(CaseloadChild.model_validate(child))
        except ValidationError:
            log.warning(
                "a child of family %s skipped: details not in the expected form", snapshot.id
            )
    return children


def caseload_for(session: Session, worker_id: str) -> list[CaseloadFamily]:
    """The families allocated to this worker, by family name, each with its consent now."""
    worker = session.get(Worker, worker_id)
    snapshots = session.scalars(
        select(FamilySnapshot)
        .where(FamilySnapshot.allocated_worker_id == worker_id)
        .order_by(FamilySnapshot.family_name, FamilySnapshot.id)
    ).all()
    by_family: dict[str, list[Record]] = defaultdict(list)
    notes: dict[str, list[CaseloadCorrection]] = defaultdict(list)
    if snapshots:
        family_ids = [f.id for f in snapshots]
        for record in session.scalars(select(Record).where(Record.family_id.in_(family_ids))):
            by_family[record.family_id].append(record)
        for note in session.scalars(
            select(CorrectionNote)
            .where(CorrectionNote.family_id.in_(family_ids))
            .order_by(CorrectionNote.corrected_at, CorrectionNote.id)
        ):
            notes[note.family_id].append(
                CaseloadCorrection(
                    record_id=note.record_id,
                    version=note.version,
                    corrected_at=utc_text(note.corrected_at),
                    corrected_by=note.corrected_by,
                    note=note.note,
                )
            )
    families = []
    for snapshot in snapshots:
        state, used = consent_of(by_family.get(snapshot.id, []))
        try:
            families.append(
                CaseloadFamily(
                    id=snapshot.id,
                    family_name=snapshot.family_name,
                    address=snapshot.address,
                    case_reference=snapshot.case_reference,
                    allocated_worker="" if worker is None else worker.display_name,
                    children=_children(snapshot),
                    consent=caseload_consent(state, used),
                    corrections=notes.get(snapshot.id, [])[-MAX_CORRECTIONS:],
                )
            )
        except (ValidationError, ValueError):
            # A family held from before today's upload checks (an empty name, say) must not
            # stop the worker's other families: it is left out, and IT told by its id only.
            log.warning(
                "family %s left out of a caseload: details not in the expected form", snapshot.id
            )
    return families
