"""Team lead review against the real app on real PostgreSQL, with laptops enrolled for real."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, Record
from cssw_central.services.filed_pdf_check import check_filed_pdf
from cssw_central.services.filing import DropFolderFiler, FiledRecord, FilingFailed
from cssw_central.services.review import file_pending
from cssw_core.domain.agencies import Agency
from cssw_core.domain.sealing import Seal, seal_problem
from cssw_core.protocol import (
    ErrorBody,
    FlagCode,
    ProblemCode,
    ReviewDetail,
    ReviewItem,
    ReviewList,
    SignedReceipt,
)
from cssw_core.signing import receipt_holds
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    FAKE_PDF,
    SealedDocument,
    seal_consent_document,
)
from tests.support.service import Laptop, Service


def uploaded(laptop: Laptop, *, refuse: tuple[Agency, ...] = ()) -> SealedDocument:
    family = family_with_teenager()
    sealed = seal_consent_document(laptop.key, family, complete_draft(family, refuse=refuse))
    laptop.upload(sealed)
    return sealed


def path_of(sealed: SealedDocument, action: str = "") -> str:
    base = f"/v1/review/{sealed.record_id}/{sealed.version}"
    return f"{base}/{action}" if action else base


def problem(response: Any) -> ProblemCode:
    return ErrorBody.model_validate(response.json()).error.code


def audit_actions(service: Service, subject: str) -> list[tuple[str, str]]:
    with service.session() as session:
        rows = session.execute(
            select(AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.subject == subject)
            .order_by(AuditEntry.seq)
        ).all()
    return [(actor, action) for actor, action in rows]


def subject(sealed: SealedDocument) -> str:
    return sealed.record_id


# --- who may review --------------------------------------------------------------------


def test_a_worker_who_is_not_a_team_lead_is_refused(service, wendy):
    response = wendy.get("/v1/review")
    assert response.status_code == 403
    assert problem(response) is ProblemCode.FORBIDDEN


def test_an_unsigned_request_is_refused(service):
    response = service.client.get("/v1/review")
    assert response.status_code == 401
    assert problem(response) is ProblemCode.UNSIGNED


# --- the list --------------------------------------------------------------------------


def test_the_lead_sees_the_team_s_received_records_with_their_flags(service, wendy, tara):
    first = uploaded(wendy, refuse=(Agency.POLICE,))
    service.clock.now += timedelta(minutes=5)
    second = uploaded(wendy)
    listing = ReviewList.model_validate(tara.get("/v1/review").json())
    assert [i.record_id for i in listing.items] == [first.record_id, second.record_id]
    item = listing.items[0]
    assert item.state == "received"
    assert item.kind == "consent"
    assert item.family_name == "Okafor"
    assert item.worker_name == "Wendy Worker"
    assert item.device_name == "Wendy's laptop"
    assert item.sealed_at == "2026-03-14T10:30:00.000000Z"
    assert [f.code for f in item.flags] == [FlagCode.AGENCY_REFUSED]
    assert listing.items[1].flags == []


def test_another_team_s_lead_sees_nothing_of_north(service, wendy, sam):
    uploaded(wendy)
    assert ReviewList.model_validate(sam.get("/v1/review").json()).items == []


def test_the_list_filters_by_state(service, wendy, tara):
    kept = uploaded(wendy)
    sent_back = uploaded(wendy)
    tara.post(path_of(sent_back, "return"), {"comment": "Please check the dates."})
    returned = ReviewList.model_validate(tara.get("/v1/review?state=returned").json())
    assert [i.record_id for i in returned.items] == [sent_back.record_id]
    assert returned.items[0].comment == "Please check the dates."
    assert returned.items[0].reviewed_by == "Tara Lead"
    received = ReviewList.model_validate(tara.get("/v1/review").json())
    assert [i.record_id for i in received.items] == [kept.record_id]
    assert ReviewList.model_validate(tara.get("/v1/review?state=filed").json()).items == []


def test_an_unknown_state_is_refused_in_plain_words(service, tara):
    response = tara.get("/v1/review?state=lost")
    assert response.status_code == 422
    assert problem(response) is ProblemCode.MALFORMED


# --- one record ------------------------------------------------------------------------


def test_the_detail_holds_the_sealed_document_its_seal_and_no_pdf_before_approval(
    service, wendy, tara
):
    family = family_with_teenager()
    sealed = seal_consent_document(wendy.key, family, complete_draft(family))
    response = wendy.post("/v1/records", sealed.upload(FAKE_PDF).model_dump(mode="json"))
    assert response.status_code == 201  # an older laptop's upload, with its own PDF
    response = tara.get(path_of(sealed))
    assert response.status_code == 200
    detail = ReviewDetail.model_validate(response.json())
    assert detail.document == sealed.text
    assert detail.device_public_key == wendy.key.public_key
    seal = Seal(
        detail.content_hash, detail.seal_signature, wendy.device_id, detail.device_public_key
    )
    assert seal_problem(json.loads(detail.document), seal) is None
    assert detail.pdf_base64 == ""  # the laptop's PDF was never kept
    assert detail.item.record_id == sealed.record_id
    lead_id = service.worker_ids["tara"]
    assert audit_actions(service, subject(sealed))[-1] == (f"worker:{lead_id}", "record_viewed")
    with service.session() as session:
        viewed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "record_viewed")
        ).one()
    assert json.loads(viewed.detail_json) == {"version": 1}
    assert viewed.at == service.clock.now


def test_another_team_s_record_is_not_found_exactly_like_a_missing_one(service, wendy, sam):
    sealed = uploaded(wendy)
    missing = path_of(sealed).replace(sealed.record_id[:8], "00000000")
    answers = []
    for path in (path_of(sealed), missing):
        response = sam.get(path)
        assert response.status_code == 404
        answers.append(response.json())
    assert answers[0] == answers[1]  # nothing tells another team the record exists
    assert ErrorBody.model_validate(answers[0]).error.code is ProblemCode.NOT_FOUND
    for action, body in (("approve", None), ("return", {"comment": "no"})):
        response = sam.post(path_of(sealed, action), body)
        assert response.status_code == 404
    with service.session() as session:
        state = session.scalars(select(Record.state).where(Record.record_id == sealed.record_id))
        assert state.one() == "received"
    assert [a for _, a in audit_actions(service, subject(sealed))] == ["record_received"]


def test_a_malformed_record_id_is_refused(service, tara):
    assert tara.get("/v1/review/not-an-id/1").status_code == 422


# --- approve and file ------------------------------------------------------------------


def test_approving_files_the_record_in_the_same_request(service, wendy, tara, drop):
    sealed = uploaded(wendy)
    service.clock.now += timedelta(hours=2)
    response = tara.post(path_of(sealed, "approve"))
    assert response.status_code == 200, response.text
    item = ReviewItem.model_validate(response.json())
    assert item.state == "filed"
    assert item.reviewed_by == "Tara Lead"
    assert item.reviewed_at == item.filed_at == "2026-03-14T13:30:00.000000Z"

    base = f"{sealed.record_id}-v1"
    pdf = (drop / f"{base}.pdf").read_bytes()
    check = check_filed_pdf(
        pdf, service.config.signing.cert.read_bytes(), service.config.receipt_public_key
    )
    assert check.problems == []
    filed = json.loads((drop / f"{base}.json").read_text("utf-8"))
    seal = Seal(
        filed["content_hash"],
        filed["seal_signature"],
        filed["device_id"],
        filed["device_public_key"],
    )
    assert seal_problem(json.loads(filed["document"]), seal) is None
    assert filed["device_public_key"] == wendy.key.public_key
    receipt = SignedReceipt.model_validate(filed["receipt"])
    assert receipt_holds(receipt, service.config.receipt_public_key)
    assert filed["review"]["approved_by"] == "Tara Lead"
    assert filed["review"]["approved_at"] == item.reviewed_at

    with service.session() as session:
        record = session.scalars(select(Record).where(Record.record_id == sealed.record_id)).one()
        assert record.state == "filed"
        assert record.filed_path == str(drop / f"{base}.json")
    lead = f"worker:{service.worker_ids['tara']}"
    assert audit_actions(service, subject(sealed))[-2:] == [
        (lead, "record_approved"),
        (lead, "record_filed"),
    ]
    detail = ReviewDetail.model_validate(tara.get(path_of(sealed)).json())
    assert base64.b64decode(detail.pdf_base64) == pdf  # the lead gets central's PDF now


@pytest.mark.parametrize(
    ("first", "then", "words"),
    [
        ("approve", "approve", "already been approved and filed"),
        ("approve", "return", "already been approved and filed"),
        ("return", "approve", "returned to the worker"),
        ("return", "return", "returned to the worker"),
    ],
)
def test_only_a_received_record_can_be_decided(service, wendy, tara, first, then, words):
    sealed = uploaded(wendy)
    body = {"comment": "Please redo the signature page."}
    assert tara.post(path_of(sealed, first), body if first == "return" else None).status_code == 200
    response = tara.post(path_of(sealed, then), body if then == "return" else None)
    assert response.status_code == 409
    error = ErrorBody.model_validate(response.json()).error
    assert error.code is ProblemCode.WRONG_STATE
    assert words in error.message


def test_when_filing_fails_the_approval_stands_and_file_pending_files_it_later(
    service, wendy, tara, drop
):
    sealed = uploaded(wendy)
    drop.rmdir()  # the share is not mounted
    response = tara.post(path_of(sealed, "approve"))
    assert response.status_code == 200
    item = ReviewItem.model_validate(response.json())
    assert (item.state, item.filed_at) == ("approved", None)
    assert tara.post(path_of(sealed, "approve")).status_code == 409  # no second approval
    actions = [a for _, a in audit_actions(service, subject(sealed))]
    assert actions[-2:] == ["record_approved", "record_filing_failed"]

    drop.mkdir()
    with service.session() as session:
        summary = file_pending(
            session, DropFolderFiler(drop), service.config.signing, service.clock.now
        )
    assert (summary.filed, summary.failed) == (1, 0)
    assert sorted(p.name for p in drop.iterdir()) == [
        f"{sealed.record_id}-v1.json",
        f"{sealed.record_id}-v1.pdf",
    ]
    listing = ReviewList.model_validate(tara.get("/v1/review?state=filed").json())
    assert [i.record_id for i in listing.items] == [sealed.record_id]
    assert audit_actions(service, subject(sealed))[-1] == ("admin", "record_filed")
    with service.session() as session:  # nothing left to file: a second run does nothing
        assert file_pending(session, DropFolderFiler(drop), service.config.signing).filed == 0


def test_an_adapter_that_breaks_does_not_undo_the_approval(service, wendy, tara):
    class BrokenAdapter:
        def file(self, record: FiledRecord) -> str:
            raise RuntimeError("the case system's disk is full")

    service.client.app.state.filer = BrokenAdapter()
    sealed = uploaded(wendy)
    response = tara.post(path_of(sealed, "approve"))
    assert response.status_code == 200
    assert ReviewItem.model_validate(response.json()).state == "approved"

    class RefusingAdapter:
        def file(self, record: FiledRecord) -> str:
            raise FilingFailed("The case system refused the record.")

    with service.session() as session:
        summary = file_pending(session, RefusingAdapter(), service.config.signing)
    assert (summary.filed, summary.failed) == (0, 1)


# --- return ----------------------------------------------------------------------------


def test_returning_keeps_the_comment_and_who_returned_it(service, wendy, tara):
    sealed = uploaded(wendy)
    response = tara.post(
        path_of(sealed, "return"), {"comment": "The young person's page is blank."}
    )
    assert response.status_code == 200
    item = ReviewItem.model_validate(response.json())
    assert (item.state, item.comment, item.reviewed_by) == (
        "returned",
        "The young person's page is blank.",
        "Tara Lead",
    )
    assert item.filed_at is None
    lead = f"worker:{service.worker_ids['tara']}"
    assert audit_actions(service, subject(sealed))[-1] == (lead, "record_returned")
    with service.session() as session:  # the comment's words stay out of the audit
        detail = session.scalars(
            select(AuditEntry.detail_json).where(AuditEntry.action == "record_returned")
        ).one()
    assert "blank" not in detail


@pytest.mark.parametrize("body", [{"comment": ""}, {}, {"comment": "x" * 2001}])
def test_a_return_needs_a_comment_of_sensible_length(service, wendy, tara, body):
    sealed = uploaded(wendy)
    response = tara.post(path_of(sealed, "return"), body)
    assert response.status_code == 422
    assert problem(response) is ProblemCode.MALFORMED


def test_the_lead_reads_a_young_person_s_own_answers_like_for_like(service, wendy, tara):
    """A record of format 3 through a real upload: a 14-year-old who said No to sharing
    with Police and to asking Housing, where the adult said Yes; the flag says so in the
    same words, question by question; to their own lead it names the young person (the
    stored flag does not: tests/central/test_lead_desk.py)."""
    from dataclasses import replace

    from cssw_core.domain.consent import Answer, OwnAnswers

    family = family_with_teenager()
    base = complete_draft(family)
    same = OwnAnswers.same_as(*base.giver_answers())
    mine = replace(
        same,
        share_with={**same.share_with, Agency.POLICE: Answer.NO},
        approach={**same.approach, Agency.HOUSING: Answer.NO},
    )
    draft = replace(base, young_person_consents={family.children[0].id: mine})
    sealed = seal_consent_document(wendy.key, family, draft)
    wendy.upload(sealed)
    listing = ReviewList.model_validate(tara.get("/v1/review").json())
    (item,) = listing.items
    assert [f.code for f in item.flags] == [FlagCode.YOUNG_PERSON_DIFFERS]
    assert item.flags[0].message == (
        "Chidi Okafor (14) answered differently for themselves: No to sharing with "
        "Police (the person giving consent said Yes); No to asking Housing for information "
        "(the person giving consent said Yes)."
    )
    detail = ReviewDetail.model_validate(tara.get(path_of(sealed)).json())
    record = json.loads(detail.document)["record"]
    own = record["young_person_consents"][str(family.children[0].id)]["answers"]
    assert own["share_with"]["police"] == "no"
    assert record["consent_basis"] == "parental"
