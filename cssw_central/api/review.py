"""The team lead's review endpoints (`/v1/review`), scoped to the lead's own team.

Another team's record is answered 404, exactly like one that does not exist, so a lead
cannot learn which records other teams hold. The work is in `cssw_central.services.review`.
"""

from __future__ import annotations

import base64
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select

from cssw_central.api.device_auth import TeamLead
from cssw_central.infra.database import transaction
from cssw_central.infra.problems import Refused
from cssw_central.infra.state import State, central_state
from cssw_central.infra.tables import Device
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.corrections import corrections_of
from cssw_central.services.filed_pdf import PdfNotMade
from cssw_central.services.filing import DropFolderFiler, Filer
from cssw_central.services.review import (
    approve,
    audit_record,
    file_approved,
    list_for_team,
    list_viewed,
    record_for_team,
    record_viewed,
    return_to_worker,
    review_items,
)
from cssw_core.protocol import (
    API_PREFIX,
    UUID_PATTERN,
    CorrectionNote,
    ErrorBody,
    ProblemCode,
    ReturnRequest,
    ReviewDetail,
    ReviewItem,
    ReviewList,
    ReviewState,
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 403, 404, 409, 422, 503)
}
PDF_NOT_MADE_WORDS = (
    "Central could not make the signed PDF of this record ({reason}), so it was not "
    "approved or filed. Nothing is lost: tell IT, and approve it again once they have "
    "fixed this."
)
router = APIRouter(prefix=f"{API_PREFIX}/review", tags=["review"], responses=_ERRORS)

RecordId = Annotated[str, Path(pattern=UUID_PATTERN)]
Version = Annotated[int, Path(ge=1, le=1_000_000)]


def configured_filer(request: Request) -> Filer:
    """The export adapter: `app.state.filer` when one is set, else the configured drop folder."""
    filer = getattr(request.app.state, "filer", None)
    if filer is not None:
        return filer  # type: ignore[no-any-return]
    return DropFolderFiler(central_state(request).config.drop_folder)


ConfiguredFiler = Annotated[Filer, Depends(configured_filer)]


@router.get("", response_model=ReviewList)
def review_list(
    lead: TeamLead,
    state: State,
    in_state: Annotated[ReviewState, Query(alias="state")] = "received",
) -> ReviewList:
    """The team's records in one review state, with their flags (waiting ones oldest first)."""
    with transaction(state.sessions) as session:
        items = list_for_team(session, lead.team_id, in_state)
        list_viewed(session, lead.team_id, lead.worker_id, in_state, len(items), state.now())
        return ReviewList(items=items)


@router.get("/{record_id}/{version}", response_model=ReviewDetail)
def review_detail(
    lead: TeamLead, state: State, record_id: RecordId, version: Version
) -> ReviewDetail:
    """One record read-only: the sealed document, its hash and seal, and central's signed
    PDF once the record is approved."""
    with transaction(state.sessions) as session:
        record = record_for_team(session, lead.team_id, record_id, version)
        record_viewed(session, record, lead.worker_id, state.now())
        (item,) = review_items(session, [record])
        public_key = session.scalars(
            select(Device.public_key).where(Device.id == record.device_id)
        ).one()
        return ReviewDetail(
            item=item,
            document=record.document,
            content_hash=record.content_hash,
            seal_signature=record.seal_signature,
            device_public_key=public_key,
            pdf_base64=base64.b64encode(record.filed_pdf or b"").decode("ascii"),
            corrections=[
                CorrectionNote(
                    corrected_at=utc_text(c.corrected_at), corrected_by=c.corrected_by,
                    note=c.note,
                )
                for c in corrections_of(session, record.record_id, record.version)
            ],
        )  # fmt: skip


@router.post("/{record_id}/{version}/approve", response_model=ReviewItem)
def approve_record(
    lead: TeamLead, state: State, filer: ConfiguredFiler, record_id: RecordId, version: Version
) -> ReviewItem:
    """Approve (making central's signed PDF of the record), then file at once. If the PDF
    cannot be made nothing changes and the answer says why; if filing fails the approval
    stands (state "approved") and `cssw-central admin file-pending` files it later."""
    signing = state.config.signing
    try:
        with transaction(state.sessions) as session:
            record = record_for_team(session, lead.team_id, record_id, version, lock=True)
            approve(session, record, lead.worker_id, state.now(), signing)
    except PdfNotMade as failure:
        with transaction(state.sessions) as session:
            record = record_for_team(session, lead.team_id, record_id, version)
            audit_record(
                session, state.now(), f"worker:{lead.worker_id}", "record_approval_failed",
                record, reason=str(failure)[:300],
            )  # fmt: skip
        raise Refused(
            503, ProblemCode.PDF_NOT_MADE, PDF_NOT_MADE_WORDS.format(reason=failure)
        ) from None
    with transaction(state.sessions) as session:
        record = record_for_team(session, lead.team_id, record_id, version, lock=True)
        file_approved(session, record, filer, f"worker:{lead.worker_id}", state.now(), signing)
    with transaction(state.sessions) as session:
        (item,) = review_items(
            session, [record_for_team(session, lead.team_id, record_id, version)]
        )
        return item


@router.post("/{record_id}/{version}/return", response_model=ReviewItem)
def return_record(
    lead: TeamLead, state: State, record_id: RecordId, version: Version, body: ReturnRequest
) -> ReviewItem:
    """Send the record back to its worker with the lead's comment."""
    with transaction(state.sessions) as session:
        record = record_for_team(session, lead.team_id, record_id, version, lock=True)
        return_to_worker(session, record, lead.worker_id, body.comment, state.now())
        session.flush()
        (item,) = review_items(session, [record])
        return item
