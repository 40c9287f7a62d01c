"""Families for the research extract's tests: consent records with a chosen visit day and
research answer (the giver's and each young person's), and withdrawals of research, sealed
with a laptop's key and uploaded for real (`tests.support.service`)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    OwnAnswers,
)
from cssw_core.domain.family import Child, Family
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from tests.support.records import synthetic_signature
from tests.support.sealed_documents import (
    SealedDocument,
    seal_consent_document,
    seal_withdrawal_document,
)
from tests.support.service import Laptop


def visit_start(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), UTC)


def research_draft(
    family: Family,
    day: date,
    *,
    research: Answer | None = Answer.YES,
    refuse: tuple[Agency, ...] = (),
    young_research: dict[str, Answer | None] | None = None,
) -> ConsentRecordDraft:
    """Every question answered on `day`: Yes to every agency but `refuse`, `research` to
    research; each young person answers as the giver, but research as `young_research`
    says by child name."""
    start = visit_start(day)
    draft = ConsentRecordDraft(
        family_id=family.id,
        worker="Jaspreet Patel",
        device="test-device",
        visit_date=day,
        visit_start=start,
        visit_end=start + timedelta(minutes=25),
        covered_children=family.children,
        consent_giver_name="Grace Okafor",
        consent_giver_relationship="Mother",
        consent_basis=ConsentBasis.PARENTAL,
        explained=dict.fromkeys(ExplainedItem, start + timedelta(minutes=5)),
        leaflet_version="2026.1-en",
        leaflet_hash="ab" * 32,
        sections_viewed={"about": start + timedelta(minutes=1)},
        share_with={a: Answer.NO if a in refuse else Answer.YES for a in AGENCIES},
        approach={a: Answer.NO if a in refuse else Answer.YES for a in AGENCIES},
        documents=dict.fromkeys(DocumentKind, Answer.YES),
        research_consent=research,
        interpreter_used=False,
        language="en",
    )
    own = {}
    for child in draft.young_people():
        answers = OwnAnswers.same_as(*draft.giver_answers())
        if young_research and child.name in young_research:
            answers = dataclasses.replace(answers, research_consent=young_research[child.name])
        own[child.id] = answers
    return dataclasses.replace(draft, young_person_consents=own)


def upload_research_consent(
    worker: Laptop, family: Family, draft: ConsentRecordDraft, *, young_signs: bool = True
) -> SealedDocument:
    """Sealed and uploaded, signed by the giver and (`young_signs`) each young person."""
    signed_at = draft.visit_start + timedelta(minutes=20)
    signatures = [
        synthetic_signature(SignerRole.PARENT, draft.consent_giver_name, signed_at=signed_at)
    ]
    signatures += [
        synthetic_signature(
            SignerRole.YOUNG_PERSON, child.name, child_id=child.id, signed_at=signed_at
        )
        for child in draft.young_people()
        if young_signs
    ]
    sealed = seal_consent_document(
        worker.key,
        family,
        draft,
        signatures=signatures,
        sealed_at=draft.visit_start + timedelta(minutes=30),
    )
    worker.upload(sealed)
    return sealed


def upload_research_withdrawal(
    worker: Laptop, family: Family, day: date, young_person: Child | None = None
) -> SealedDocument:
    """Research withdrawn on `day` (by the adult, or by `young_person` for themselves)."""
    when = visit_start(day) + timedelta(hours=2)
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=when,
        communicated_by=CommunicatedBy.PHONE,
        research=True,
        young_person=young_person,
        worker_attested=True,
        worker="Jaspreet Patel",
    )
    sealed = seal_withdrawal_document(
        worker.key, family, withdrawal, sealed_at=when + timedelta(minutes=5)
    )
    worker.upload(sealed)
    return sealed
