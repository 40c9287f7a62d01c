"""Team lead review, as plain functions on a session: list, view, approve, return, file.

States move one way only: received → approved → filed, or received → returned. A record
is approved and then filed in the same request. Approving makes central's signed PDF of
the record first (services/filed_pdf.py) and keeps it with the record: if it cannot be
made, nothing is approved or filed and the lead is told why. If writing to the drop
folder then fails, the record stays approved and `file_pending` (the `cssw-central admin
file-pending` command) files it later, with the same PDF. Every view,
decision and filing is written to the central audit table with who and when; audit
entries hold ids only, never names.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.config import system_clock
from cssw_central.infra.database import audit
from cssw_central.infra.document_signing import SigningFiles
from cssw_central.infra.problems import Refused, log_unexpected
from cssw_central.infra.tables import Device, FamilySnapshot, Record, Worker
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_central.services.correction_pdf import file_corrections_on_filing
from cssw_central.services.filed_pdf import (
    FilingEvidence,
    PdfNotMade,
    held_seal_problem,
    make_filed_pdf,
)
from cssw_central.services.filing import DropFolderFiler, FiledRecord, Filer, FilingFailed
from cssw_central.services.flag_names import child_names, named
from cssw_central.services.restriction import is_restricted, restricted_words
from cssw_central.services.retention import date_on_filing
from cssw_central.services.shares import consent_flags
from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
from cssw_core.domain.fields import shown
from cssw_core.domain.sealing import Seal
from cssw_core.protocol import Flag, ProblemCode, ReviewItem, ReviewState, SignedReceipt

log = logging.getLogger("cssw_central.review")

NOT_FOUND_WORDS = "There is no record with that id and version for your team."
WRONG_STATE_WORDS = {
    "approved": "This record has already been approved, so it cannot be {verb} now.",
    "filed": "This record has already been approved and filed, so it cannot be {verb} now.",
    "returned": "This record was returned to the worker, so it cannot be {verb} now.",
}
OWN_RECORD_WORDS = (
    "You made this record yourself, so another team lead must approve it (four eyes)."
)
LIST_LIMIT = 500
BROKEN_RULES_WORDS = (
    "This record does not pass central's checks for records ({words}), so it cannot be "
    "approved or filed. Return it to the worker, and tell IT."
)


def subject_of(record: Record) -> str:
    return f"{record.record_id}/v{record.version}"


def audit_record(
    session: Session, now: datetime, actor: str, action: str, record: Record, **detail: str | int
) -> None:
    """An audit entry about one record: its id as the subject (as on upload), its version."""
    audit(
        session,
        now,
        actor,
        action,
        record.record_id,
        team_id=record.team_id,
        version=record.version,
        **detail,
    )


def family_name_for(record: Record, snapshot: FamilySnapshot | None) -> str:
    """The family's name as central holds it when the family is the record's team's;
    otherwise the record's own, so no list ever shows another team's family details
    (anything held from before the upload rules defused)."""
    if snapshot is not None and snapshot.team_id == record.team_id:
        return shown(snapshot.family_name)
    try:
        family = json.loads(record.document).get("family", {})
    except (ValueError, AttributeError):
        return ""
    name = family.get("family_name", "") if isinstance(family, dict) else ""
    return shown(name) if isinstance(name, str) else ""


def case_reference(record: Record, snapshot: FamilySnapshot | None) -> str:
    """The case system's reference, as for the family's name (`_family_name`)."""
    if snapshot is not None and snapshot.team_id == record.team_id:
        return shown(snapshot.case_reference)
    try:
        family = json.loads(record.document).get("family", {})
    except (ValueError, AttributeError):
        return ""
    reference = family.get("case_reference", "") if isinstance(family, dict) else ""
    return shown(reference) if isinstance(reference, str) else ""


def _flags(record: Record) -> list[Flag]:
    """The record's flags; none shown, rather than the list failing, if any is unreadable."""
    try:
        return [Flag.model_validate(f) for f in json.loads(record.flags_json)]
    except (ValueError, TypeError):  # pydantic's ValidationError is a ValueError
        log.warning("flags of %s unreadable: shown without them", subject_of(record))
        return []


def _names(session: Session, worker_ids: set[str]) -> dict[str, str]:
    if not worker_ids:
        return {}
    rows = session.execute(
        select(Worker.id, Worker.display_name).where(Worker.id.in_(worker_ids))
    ).all()
    return {worker_id: name for worker_id, name in rows}


def review_items(session: Session, records: Sequence[Record]) -> list[ReviewItem]:
    """The review list's rows for these records (names looked up in a few queries)."""
    family_ids = {r.family_id for r in records}
    snapshots = {
        f.id: f
        for f in session.scalars(select(FamilySnapshot).where(FamilySnapshot.id.in_(family_ids)))
    }
    device_ids = {r.device_id for r in records}
    devices = {
        device_id: name
        for device_id, name in session.execute(
            select(Device.id, Device.name).where(Device.id.in_(device_ids))
        )
    }
    names = _names(
        session, {r.worker_id for r in records} | {r.reviewed_by for r in records if r.reviewed_by}
    )
    unsupported = consent_flags(session, records)  # shares "with consent" central cannot see
    return [
        ReviewItem(
            record_id=r.record_id,
            version=r.version,
            kind=r.kind,  # type: ignore[arg-type]  # the column's check keeps it a kind
            family_id=r.family_id,
            family_name=family_name_for(r, snapshots.get(r.family_id)),
            worker_name=shown(names.get(r.worker_id, "")),
            device_name=shown(devices.get(r.device_id, "")),
            sealed_at=utc_text(r.sealed_at),
            received_at=utc_text(r.received_at),
            state=r.state,  # type: ignore[arg-type]  # the column's check keeps it a state
            flags=named(_flags(r), child_names(r.document)) + unsupported.get(r.id, []),
            case_reference=case_reference(r, snapshots.get(r.family_id)),
            comment=shown(r.comment, multiline=True),
            reviewed_by=names.get(r.reviewed_by, "") if r.reviewed_by else "",
            reviewed_at=optional_utc_text(r.reviewed_at),
            filed_at=optional_utc_text(r.filed_at),
        )
        for r in records
    ]


def list_for_team(session: Session, team_id: str, state: ReviewState) -> list[ReviewItem]:
    """The team's records in one state: waiting ones oldest first, decided ones newest first."""
    query = select(Record).where(Record.team_id == team_id, Record.state == state)
    if state == "received":
        query = query.order_by(Record.received_at, Record.id)
    else:
        query = query.order_by(Record.reviewed_at.desc(), Record.id.desc())
    return review_items(session, session.scalars(query.limit(LIST_LIMIT)).all())


def record_for_team(
    session: Session, team_id: str, record_id: str, version: int, *, lock: bool = False
) -> Record:
    """One of the team's records; 404 for another team's, exactly as for one that is absent."""
    query = select(Record).where(
        Record.record_id == record_id, Record.version == version, Record.team_id == team_id
    )
    if lock:
        query = query.with_for_update()
    record = session.scalars(query).one_or_none()
    if record is None:
        raise Refused(404, ProblemCode.NOT_FOUND, NOT_FOUND_WORDS)
    return record


def _require_received(record: Record, verb: str) -> None:
    if record.state != "received":
        words = WRONG_STATE_WORDS.get(record.state, "This record cannot be {verb} now.")
        raise Refused(409, ProblemCode.WRONG_STATE, words.format(verb=verb))


def record_viewed(session: Session, record: Record, lead_id: str, now: datetime) -> None:
    audit_record(session, now, f"worker:{lead_id}", "record_viewed", record)


def list_viewed(
    session: Session, team_id: str, lead_id: str, state: ReviewState, count: int, now: datetime
) -> None:
    """The review list shows family names: one entry per look, with how many it showed."""
    audit(
        session, now, f"worker:{lead_id}", "review_list_viewed", "",
        team_id=team_id, state=state, records=count,
    )  # fmt: skip


def approve(
    session: Session, record: Record, lead_id: str, now: datetime, signing: SigningFiles
) -> None:
    """Received → approved, with central's signed PDF of the record made and kept (the
    caller holds the row lock and commits). PdfNotMade, with nothing changed, when the
    PDF cannot be made: an approval never stands without the PDF it files. Refused (403)
    when the lead made the record: nobody approves their own work."""
    _require_received(record, "approved")
    if record.worker_id == lead_id:
        raise Refused(403, ProblemCode.FORBIDDEN, OWN_RECORD_WORDS)
    refuse_restricted(session, record)
    refuse_broken_rules(record)
    keep_filed_pdf(session, record, lead_id, now, signing)
    record.state = "approved"
    record.reviewed_by = lead_id
    record.reviewed_at = now
    audit_record(session, now, f"worker:{lead_id}", "record_approved", record)


def refuse_restricted(session: Session, record: Record) -> None:
    """Refused (403, nothing changed) while the family is restricted (services/restriction)."""
    words = restricted_words(session, record.family_id)
    if words is not None:
        raise Refused(403, ProblemCode.FORBIDDEN, words)


def refuse_broken_rules(record: Record) -> None:
    """Refused (422, nothing changed) when a record held from before today's upload checks
    breaks them (sealed in year 0001, say): central files only what it would accept now."""
    try:
        document = json.loads(record.document)
        if not isinstance(document, dict):
            raise DocumentRuleBroken("The record is not in the expected form.")
        check_document(document)
    except (ValueError, DocumentRuleBroken) as broken:  # DocumentRuleBroken is a ValueError
        words = str(broken) if isinstance(broken, DocumentRuleBroken) else "It is not readable."
        raise Refused(422, ProblemCode.MALFORMED, BROKEN_RULES_WORDS.format(words=words)) from None


def keep_filed_pdf(
    session: Session, record: Record, approver_id: str, approved_at: datetime, signing: SigningFiles
) -> None:
    """Make central's signed PDF of the record from the sealed document it verified, and
    keep it with the record (PdfNotMade: nothing kept)."""
    device = session.get(Device, record.device_id)
    approver = session.get(Worker, approver_id)
    if device is None or approver is None:
        raise PdfNotMade("the record's laptop or the team lead is missing at central")
    seal = Seal(record.content_hash, record.seal_signature, device.id, device.public_key)
    problem = held_seal_problem(record.document, seal)
    if problem is not None:  # checked on arrival; checked again before central signs it
        raise PdfNotMade(f"the record's seal does not hold at central: {problem}")
    receipt = SignedReceipt.model_validate_json(record.receipt_json)
    evidence = FilingEvidence(
        document=record.document,
        seal=seal,
        receipt_json=record.receipt_json,
        receipt_id=receipt.receipt.receipt_id,
        received_at=utc_text(record.received_at),
        approved_by=approver.display_name,
        approved_at=utc_text(approved_at),
    )
    pdf = make_filed_pdf(evidence, signing, approved_at)
    record.filed_pdf = pdf
    record.filed_pdf_sha256 = hashlib.sha256(pdf).hexdigest()


def return_to_worker(
    session: Session, record: Record, lead_id: str, comment: str, now: datetime
) -> None:
    """Received → returned with the lead's comment (the caller holds the lock and commits)."""
    _require_received(record, "returned")
    record.state = "returned"
    record.comment = comment
    record.reviewed_by = lead_id
    record.reviewed_at = now
    audit_record(
        session, now, f"worker:{lead_id}", "record_returned", record,
        comment_chars=len(comment),
    )  # fmt: skip


def filed_record(session: Session, record: Record) -> FiledRecord:
    """What the export adapter files for an approved record."""
    device = session.get(Device, record.device_id)
    reviewer = session.get(Worker, record.reviewed_by) if record.reviewed_by else None
    if device is None or reviewer is None or record.reviewed_at is None:
        raise FilingFailed("The record's device or review decision is missing at central.")
    if record.filed_pdf is None:
        raise FilingFailed("Central's signed PDF of the record has not been made.")
    receipt: dict[str, Any] = json.loads(record.receipt_json)
    return FiledRecord(
        record_id=record.record_id,
        version=record.version,
        kind=record.kind,
        family_id=record.family_id,
        document=record.document,
        content_hash=record.content_hash,
        seal_signature=record.seal_signature,
        device_id=record.device_id,
        device_public_key=device.public_key,
        pdf=record.filed_pdf,
        receipt=receipt,
        approved_by_id=reviewer.id,
        approved_by=reviewer.display_name,
        approved_at=utc_text(record.reviewed_at),
    )


def file_approved(
    session: Session,
    record: Record,
    filer: Filer,
    actor: str,
    now: datetime,
    signing: SigningFiles,
) -> bool:
    """File one approved record and mark it filed; on failure it stays approved (False).

    The caller commits. A record approved before central made its own PDFs gets its PDF
    made here. Any error from the adapter is caught: the approval already stands, and a
    later `file_pending` retries; the audit says filing failed, and why in words.
    """
    if record.state != "approved":
        return False
    if is_restricted(session, record.family_id):  # approved before the restriction: held
        audit_record(session, now, actor, "record_filing_held", record, reason="restricted")
        return False
    try:
        if record.filed_pdf is None and record.reviewed_by and record.reviewed_at:
            keep_filed_pdf(session, record, record.reviewed_by, record.reviewed_at, signing)
        where = filer.file(filed_record(session, record))
    except (FilingFailed, PdfNotMade) as failure:
        reason = str(failure)
        if isinstance(failure, PdfNotMade):
            reason = f"Central could not make the signed PDF: {reason}."
        audit_record(session, now, actor, "record_filing_failed", record, reason=reason[:300])
        log.warning("filing %s failed: %s", subject_of(record), reason)
        return False
    except Exception as error:  # an adapter's own fault must not undo the approval
        log_unexpected(error)
        audit_record(session, now, actor, "record_filing_failed", record, reason="error")
        return False
    record.state = "filed"
    record.filed_at = now
    record.filed_path = where
    date_on_filing(
        session, record
    )  # its case type and retention date (cssw_central.services.retention)
    # What went to the case system: the pair's file name (ids only) and the PDF's hash.
    audit_record(
        session, now, actor, "record_filed", record,
        file=os.path.basename(where)[:200], pdf_sha256=record.filed_pdf_sha256 or "",
    )  # fmt: skip
    if isinstance(filer, DropFolderFiler):  # corrected before filing: its corrections PDF too
        file_corrections_on_filing(session, record, filer.folder, signing, actor, now)
    return True


@dataclass(frozen=True, slots=True)
class FilingSummary:
    filed: int
    failed: int


def file_pending(
    session: Session, filer: Filer, signing: SigningFiles, now: datetime | None = None
) -> FilingSummary:
    """File every approved record not filed yet (all teams), committing after each one."""
    session.commit()  # nothing of the caller's is left half-done inside our transactions
    keys = session.execute(
        select(Record.record_id, Record.version)
        .where(Record.state == "approved")
        .order_by(Record.reviewed_at, Record.id)
    ).all()
    filed = failed = 0
    for record_id, version in keys:
        record = session.scalars(
            select(Record)
            .where(Record.record_id == record_id, Record.version == version)
            .with_for_update()
        ).one()
        if record.state == "approved":  # an approval request may have filed it meanwhile
            if file_approved(session, record, filer, "admin", now or system_clock(), signing):
                filed += 1
            else:
                failed += 1
        session.commit()
    return FilingSummary(filed=filed, failed=failed)
