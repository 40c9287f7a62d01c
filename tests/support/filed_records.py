"""Records a laptop sealed, uploaded for real and a team lead approved (so central filed
them), for the retention and subject access tests. Builds on `tests.support.service`."""

from __future__ import annotations

from datetime import timedelta

from cssw_central.infra.tables import Record
from cssw_core.domain.agencies import Agency
from cssw_core.domain.family import Family
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import ReviewItem
from tests.support.records import complete_draft
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    seal_consent_document,
    seal_withdrawal_document,
)
from tests.support.service import Laptop, Service


def upload_consent(worker: Laptop, family: Family) -> SealedDocument:
    sealed = seal_consent_document(worker.key, family, complete_draft(family))
    worker.upload(sealed)
    return sealed


def upload_withdrawal(
    worker: Laptop, family: Family, *, after: timedelta = timedelta(days=30)
) -> SealedDocument:
    """A withdrawal (Police, both ways) sealed `after` the consent records' seal time."""
    when = SEALED_AT + after
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=when - timedelta(minutes=5),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.POLICE}),
        approach=frozenset({Agency.POLICE}),
        worker_attested=True,
        worker="Jaspreet Patel",
    )
    sealed = seal_withdrawal_document(worker.key, family, withdrawal, sealed_at=when)
    worker.upload(sealed)
    return sealed


def approve(lead: Laptop, sealed: SealedDocument) -> ReviewItem:
    response = lead.post(f"/v1/review/{sealed.record_id}/{sealed.version}/approve")
    assert response.status_code == 200, response.text
    return ReviewItem.model_validate(response.json())


def file_consent(worker: Laptop, lead: Laptop, family: Family) -> SealedDocument:
    """Upload a consent record for `family` and approve it; central files it at once."""
    sealed = upload_consent(worker, family)
    assert approve(lead, sealed).state == "filed"
    return sealed


def stored(service: Service, sealed: SealedDocument) -> Record | None:
    with service.session() as session:
        return (
            session.query(Record)
            .filter_by(record_id=sealed.record_id, version=sealed.version)
            .one_or_none()
        )
