"""A withdrawal's PDF says who withdrew and every consent withdrawn: agencies, documents,
research; a format 1 withdrawal prints as it did (agencies only)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from bench.pdf import sample_withdrawal
from cssw_core.domain.consent import DocumentKind
from cssw_core.domain.family import Child, Family
from cssw_core.domain.sealing import DeviceKey, RecordKind, build_document
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.domain.withdrawal import Withdrawal
from cssw_documents.pdf import render_pdf
from tests.support.pdf import pdf_text
from tests.support.records import VISIT_DATE, synthetic_signature

CHIDI = Child("Chidi Okafor", "Male", VISIT_DATE.replace(year=VISIT_DATE.year - 14))


def _render(withdrawal: Withdrawal, signatures: list[Signature]) -> str:
    sample = sample_withdrawal()
    key = DeviceKey("laptop-0042", DeviceKey.new_private_bytes())
    document = build_document(
        kind=RecordKind.WITHDRAWAL,
        record=withdrawal.to_json(),
        family=Family("Okafor", id=withdrawal.family_id),
        signatures=signatures,
        confirmed_at=None,
        sealed_at=withdrawal.withdrawn_at + timedelta(minutes=5),
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker=withdrawal.worker,
        app_version="0.1.0",
    )
    return pdf_text(render_pdf(document, key.seal(document), sample.audit))


def test_a_young_persons_withdrawal_of_documents_and_research_prints_them(qapp: object) -> None:
    base = Withdrawal.from_json(sample_withdrawal().document["record"])
    withdrawal = dataclasses.replace(
        base, share=frozenset(), approach=frozenset(), research=True, young_person=CHIDI,
        documents=frozenset({DocumentKind.ASSESSMENTS, DocumentKind.CLOSING_SUMMARY}),
    )  # fmt: skip
    signature = synthetic_signature(
        SignerRole.YOUNG_PERSON, CHIDI.name, child_id=CHIDI.id,
        signed_at=withdrawal.withdrawn_at,
    )  # fmt: skip
    text = _render(withdrawal, [signature])
    assert "Chidi Okafor, a young person, for their own consent only" in text
    assert "CSSW may no longer send copies of these documents:" in text
    documents = text.split("copies of these documents:")[1].split("research:")[0]
    assert "Assessments" in documents
    assert "Closing summary" in documents
    assert "A record of reviews" not in documents
    assert "Withdrawn: CSSW may no longer use it for research." in text
    assert "Signature of young person" in text


def test_a_format_1_withdrawal_prints_agencies_only_as_before(qapp: object) -> None:
    base = Withdrawal.from_json(sample_withdrawal().document["record"])
    text = _render(dataclasses.replace(base, schema=1), [])
    assert "no longer share information with:" in text
    assert "copies of these documents" not in text
    assert "for research" not in text
    assert "Withdrawn by:" not in text
