"""The dashboard's facts of an upload come from the record the rules already read
(`facts_of_record`), and are exactly those read from the sealed document (`facts_of`,
which the catch-up of older records still uses)."""

from __future__ import annotations

import dataclasses
import uuid

from cssw_central.services.dashboard_facts import facts_of, facts_of_record
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.document_rules import read_document
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from tests.core.domain.test_share import without_consent
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    new_device_key,
    seal_consent_document,
    seal_share_document,
    seal_withdrawal_document,
)


def sealed_of_each_kind() -> list[SealedDocument]:
    key, family = new_device_key(), family_with_teenager()
    withdrawal = Withdrawal(
        family.id, SEALED_AT, CommunicatedBy.PHONE, share=frozenset(AGENCIES[:2]),
        worker="Wendy Walker", worker_attested=True,
    )  # fmt: skip
    share = dataclasses.replace(without_consent(), family_id=family.id, id=uuid.uuid4())
    return [
        seal_consent_document(key, family, complete_draft(family, refuse=tuple(AGENCIES[:3]))),
        seal_consent_document(key, family, complete_draft(family)),
        seal_withdrawal_document(key, family, withdrawal),
        seal_share_document(key, family, share),
    ]


def test_the_facts_of_the_record_read_once_are_those_of_the_document() -> None:
    for sealed in sealed_of_each_kind():
        kind = sealed.document["kind"]
        from_document = facts_of(kind, sealed.document)
        assert from_document.effective_at is not None  # read, not "nothing known"
        assert facts_of_record(kind, read_document(sealed.document)) == from_document
    refused = facts_of("consent", sealed_of_each_kind()[0].document)
    assert [what for what, _, _ in refused.items].count("refused_share") >= 1


def test_a_record_of_another_kind_gives_nothing_known() -> None:
    consent = sealed_of_each_kind()[1]
    record = read_document(consent.document)
    assert facts_of_record("withdrawal", record).effective_at is None
