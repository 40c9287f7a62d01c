"""The filed PDF is central's own, made from the verified record (issue 13, finding 8: a
14-byte fake PDF uploaded by a laptop used to be filed to the drop folder).

Against the real app on real PostgreSQL with laptops enrolled for real: central draws the
PDF from the sealed document it verified, attaches the sealed JSON, its seal and central's
receipt, and signs it (PAdES) with its trial document-signing certificate; pyhanko's own
validator finds the signature intact, covering the whole file and trusted; a laptop's PDF
is never filed; `cssw-central verify-pdf` checks a filed PDF on its own and fails on a
changed byte, a removed attachment, a foreign signature or another receipt key.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from cssw_central.infra.document_signing import make_trial_signing_cert, quiet_pyhanko
from cssw_central.infra.tables import AuditEntry, Record
from cssw_central.services.filed_pdf import (
    ATTACHED_DOCUMENT,
    ATTACHED_RECEIPT,
    ATTACHED_SEAL,
    FilingEvidence,
    PdfNotMade,
    make_filed_pdf,
    render_pages_pdf,
)
from cssw_core.domain.canonical import parse_canonical
from cssw_core.domain.sealing import Seal, canonical_seal_problem
from cssw_core.protocol import ErrorBody, ProblemCode, ReviewItem, SignedReceipt
from cssw_core.signing import receipt_holds
from tests.faults import tally
from tests.support.central import run_cli
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SealedDocument, seal_consent_document
from tests.support.service import Laptop, Service

FOURTEEN_BYTE_FAKE = b"%PDF-1.7\n%fake"  # the fake of the issue, 14 bytes
FAKE_PDFS = {
    "14-byte fake": FOURTEEN_BYTE_FAKE,
    "not a PDF": b"<html>not a pdf</html>",
    "a PDF saying something else": b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n",
}


def upload(laptop: Laptop, pdf: bytes | None = None) -> SealedDocument:
    """A sealed consent record uploaded by `laptop`; `pdf`: as an older laptop sent one."""
    family = family_with_teenager()
    sealed = seal_consent_document(laptop.key, family, complete_draft(family))
    response = laptop.post("/v1/records", sealed.upload(pdf).model_dump(mode="json"))
    assert response.status_code == 201, response.text
    return sealed


def approve(lead: Laptop, sealed: SealedDocument) -> Any:
    return lead.post(f"/v1/review/{sealed.record_id}/{sealed.version}/approve")


def filed_pdf(drop: Path, sealed: SealedDocument) -> bytes:
    return (drop / f"{sealed.record_id}-v{sealed.version}.pdf").read_bytes()


def attachments(pdf: bytes) -> dict[str, bytes]:
    quiet_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader

    names = PdfFileReader(io.BytesIO(pdf)).root["/Names"]["/EmbeddedFiles"]["/Names"]
    return {str(names[i]): names[i + 1]["/EF"]["/F"].data for i in range(0, len(names), 2)}


def verify(service: Service, path: Path, *options: str) -> tuple[int, str]:
    status, out, err = run_cli(
        "verify-pdf",
        str(path),
        "--trust",
        str(service.config.signing.cert),
        "--receipt-key",
        service.config.receipt_public_key,
        *options,
    )
    assert "Traceback" not in err
    return status, out + err


def test_the_filed_pdf_is_signed_by_central_and_carries_the_evidence(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path
) -> None:
    quiet_pyhanko()
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    sealed = upload(wendy)
    response = approve(tara, sealed)
    assert response.status_code == 200, response.text
    assert ReviewItem.model_validate(response.json()).state == "filed"
    pdf = filed_pdf(drop, sealed)

    # pyhanko's own validator: intact, the whole file, trusted against the trial certificate.
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    trust = ValidationContext(
        trust_roots=[load_cert_from_pemder(str(service.config.signing.cert))],
        allow_fetching=False,
    )
    status = validate_pdf_signature(signature, trust)
    assert (status.intact, status.valid, status.trusted) == (True, True, True)
    assert status.coverage is not None
    assert status.coverage.name == "ENTIRE_FILE"
    assert status.bottom_line
    assert "CSSW central" in status.signing_cert.subject.human_friendly

    # The sealed JSON inside verifies on its own, and so does central's receipt.
    inside = attachments(pdf)
    assert inside[ATTACHED_DOCUMENT] == sealed.text.encode()
    facts = json.loads(inside[ATTACHED_SEAL])
    seal = Seal(
        facts["content_hash"],
        facts["seal_signature"],
        facts["device_id"],
        facts["device_public_key"],
    )
    assert facts["device_public_key"] == wendy.key.public_key
    document = parse_canonical(inside[ATTACHED_DOCUMENT])
    assert canonical_seal_problem(inside[ATTACHED_DOCUMENT], document, seal) is None
    receipt = SignedReceipt.model_validate_json(inside[ATTACHED_RECEIPT])
    assert receipt_holds(receipt, service.config.receipt_public_key)
    assert (receipt.receipt.record_id, receipt.receipt.content_hash) == (
        sealed.record_id,
        sealed.seal.content_hash,
    )
    # The JSON filed beside it names this very PDF.
    filed = json.loads((drop / f"{sealed.record_id}-v1.json").read_text("utf-8"))
    assert filed["pdf_sha256"] == hashlib.sha256(pdf).hexdigest()

    status_code, said = verify(service, drop / f"{sealed.record_id}-v1.pdf")
    assert status_code == 0, said
    assert "verified" in said
    assert "CSSW central" in said


@pytest.mark.parametrize("name", list(FAKE_PDFS))
def test_a_laptops_pdf_is_never_filed(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path, name: str
) -> None:
    fake = FAKE_PDFS[name]
    sealed = upload(wendy, fake)  # an older laptop still sends its PDF: it is ignored
    assert approve(tara, sealed).status_code == 200
    pdf = filed_pdf(drop, sealed)
    assert pdf != fake
    assert fake not in pdf
    assert [p.read_bytes() for p in drop.iterdir() if p.read_bytes() == fake] == []
    assert verify(service, drop / f"{sealed.record_id}-v1.pdf")[0] == 0
    tally.add("attack: fake PDFs", cases=1, accepted=0, server_errors=0)


def test_a_record_approved_twice_is_filed_once(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path
) -> None:
    sealed = upload(wendy)
    assert approve(tara, sealed).status_code == 200
    first = filed_pdf(drop, sealed)
    again = approve(tara, sealed)
    assert again.status_code == 409
    assert ErrorBody.model_validate(again.json()).error.code is ProblemCode.WRONG_STATE
    status, out, err = run_cli(
        "admin", "file-pending", "--database-url", service.url, "--drop-folder", str(drop),
        "--signing-cert", str(service.config.signing.cert),
        "--signing-key", str(service.config.signing.key),
    )  # fmt: skip
    assert (status, out.strip()) == (0, "Filed: 0. Still waiting: 0."), err
    assert sorted(p.name for p in drop.iterdir()) == [
        f"{sealed.record_id}-v1.json",
        f"{sealed.record_id}-v1.pdf",
    ]
    assert filed_pdf(drop, sealed) == first
    with service.session() as session:
        filed = session.scalars(select(AuditEntry).where(AuditEntry.action == "record_filed"))
        assert len(filed.all()) == 1
    tally.add("attack: fake PDFs", cases=1, accepted=0, server_errors=0)


def test_an_approval_whose_pdf_cannot_be_signed_files_nothing_and_says_why(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path
) -> None:
    sealed = upload(wendy)
    key = service.config.signing.key
    kept = key.read_bytes()
    key.unlink()  # IT has not set up the document-signing certificate
    response = approve(tara, sealed)
    assert response.status_code == 503
    error = ErrorBody.model_validate(response.json()).error
    assert error.code is ProblemCode.PDF_NOT_MADE
    assert "not approved or filed" in error.message
    assert "document-signing certificate is not set up" in error.message
    assert list(drop.iterdir()) == []
    with service.session() as session:
        record = session.scalars(select(Record)).one()
        assert (record.state, record.filed_pdf) == ("received", None)
        failed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "record_approval_failed")
        ).one()
        assert "not set up" in json.loads(failed.detail_json)["reason"]

    key.write_bytes(kept)  # set up now: the same approval goes through
    assert ReviewItem.model_validate(approve(tara, sealed).json()).state == "filed"


def test_a_record_whose_seal_no_longer_holds_at_central_is_never_drawn_or_filed(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path
) -> None:
    sealed = upload(wendy)
    with service.session() as session:  # someone with the database changed the record
        session.execute(
            update(Record).values(document=func.replace(Record.document, "Okafor", "Okafo"))
        )
        session.commit()
    response = approve(tara, sealed)
    assert response.status_code == 503
    error = ErrorBody.model_validate(response.json()).error
    assert "seal does not hold" in error.message
    assert list(drop.iterdir()) == []


def test_the_verify_command_fails_on_every_change(
    service: Service, wendy: Laptop, tara: Laptop, drop: Path, tmp_path: Path
) -> None:
    quiet_pyhanko()
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    sealed = upload(wendy)
    assert approve(tara, sealed).status_code == 200
    pdf = filed_pdf(drop, sealed)
    cases: dict[str, bytes] = {}

    # One changed byte inside what the signature covers (a page's drawing).
    at = pdf.index(b"stream\n") + 40
    cases["changed byte"] = pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1 :]

    # The sealed record taken out again, after signing.
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    tree = writer.root["/Names"]["/EmbeddedFiles"]
    names = tree["/Names"]
    tree["/Names"] = generic.ArrayObject([names.raw_get(i) for i in range(2, len(names))])
    writer.update_container(tree)
    out = io.BytesIO()
    writer.write(out)
    cases["removed attachment"] = out.getvalue()

    # The same evidence, signed by someone else's certificate.
    with service.session() as session:
        record = session.scalars(select(Record)).one()
        receipt = SignedReceipt.model_validate_json(record.receipt_json)
        evidence = FilingEvidence(
            document=record.document,
            seal=sealed.seal,
            receipt_json=record.receipt_json,
            receipt_id=receipt.receipt.receipt_id,
            received_at=receipt.receipt.received_at,
            approved_by="Tara Lead",
            approved_at=receipt.receipt.received_at,
        )
    foreign = make_trial_signing_cert(tmp_path / "foreign", name="Someone Else")
    cases["foreign signature"] = make_filed_pdf(evidence, foreign, service.clock.now)
    cases["14-byte fake"] = FOURTEEN_BYTE_FAKE
    cases["no signature"] = pdf[: pdf.rindex(b"%%EOF")].split(b"\nxref")[0] + b"\n%%EOF\n"

    expected = {
        "changed byte": "changed after it was signed",
        "removed attachment": "does not carry sealed-record.json",
        "foreign signature": "Common Name: Someone Else, not by the certificate given",
        "14-byte fake": "not a PDF that can be read",
        "no signature": "",
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        status, said = verify(service, path)
        assert status == 1, (name, said)
        assert "NOT VERIFIED" in said or "cssw-central:" in said, (name, said)
        assert expected[name] in said, (name, said)

    # The genuine PDF, checked against another receipt key, fails too.
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(pdf)
    status, said = verify(service, genuine, "--receipt-key", "ab" * 32)
    assert status == 1
    assert "not signed by central's key" in said
    assert verify(service, genuine)[0] == 0
    tally.add("attack: fake PDFs", cases=len(cases) + 1, accepted=0, server_errors=0)


def test_the_lead_sees_centrals_pdf_once_filed(
    service: Service, wendy: Laptop, tara: Laptop
) -> None:
    sealed = upload(wendy, FOURTEEN_BYTE_FAKE)
    path = f"/v1/review/{sealed.record_id}/1"
    assert tara.get(path).json()["pdf_base64"] == ""
    assert approve(tara, sealed).status_code == 200
    shown = base64.b64decode(tara.get(path).json()["pdf_base64"])
    with service.session() as session:
        assert shown == session.scalars(select(Record.filed_pdf)).one()
    assert shown.startswith(b"%PDF-")
    assert shown != FOURTEEN_BYTE_FAKE


def test_the_renderer_checks_the_seal_itself_and_says_why_it_drew_nothing(
    wendy: Laptop,
) -> None:
    family = family_with_teenager()
    sealed = seal_consent_document(wendy.key, family, complete_draft(family))
    forged = Seal(sealed.seal.content_hash, "00" * 64, wendy.device_id, wendy.key.public_key)
    evidence = FilingEvidence(
        document=sealed.text,
        seal=forged,
        receipt_json="{}",
        receipt_id="r",
        received_at="2026-03-14T12:00:00.000000Z",
        approved_by="Tara Lead",
        approved_at="2026-03-14T13:00:00.000000Z",
    )
    with pytest.raises(PdfNotMade, match=r"could not be drawn \(the record's seal does not hold"):
        render_pages_pdf(evidence)
