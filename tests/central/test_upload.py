"""POST /v1/records: checked, stored once, receipted; malformed or oversized input is 4xx."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from cssw_central.infra.tables import FamilySnapshot, Record
from cssw_core.domain.canonical import canonical_json
from cssw_core.protocol import MAX_BODY_BYTES, SignedReceipt, UploadResponse
from cssw_core.signing import receipt_holds
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SealedDocument, new_device_key, seal_consent_document


@pytest.fixture
def laptop(central: RunningCentral) -> Iterator[LaptopClient]:
    with LaptopClient(central, new_device_key()) as client:
        assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        yield client


def _sealed(laptop: LaptopClient) -> SealedDocument:
    family = family_with_teenager()
    return seal_consent_document(laptop.key, family, complete_draft(family))


def _count(central: RunningCentral) -> int:
    with central.session() as session:
        return int(session.scalar(select(func.count()).select_from(Record)) or 0)


def test_a_new_record_is_stored_and_receipted(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    sealed = _sealed(laptop)
    response = laptop.upload(sealed.upload())
    assert response.status_code == 201, response.text
    answer = UploadResponse.model_validate(response.json())
    assert answer.duplicate is False
    receipt = answer.receipt.receipt
    assert (receipt.record_id, receipt.version) == (sealed.record_id, sealed.version)
    assert receipt.content_hash == sealed.seal.content_hash
    assert receipt.device_id == laptop.key.device_id
    assert receipt_holds(answer.receipt, central.receipt_public_key)
    with central.session() as session:
        row = session.scalars(select(Record)).one()
        assert row.document == sealed.text  # byte for byte as sealed
        assert hashlib.sha256(row.document.encode()).hexdigest() == row.content_hash
        assert row.filed_pdf is None  # central makes its own on approval
        assert row.state == "received"
        assert SignedReceipt.model_validate_json(row.receipt_json) == answer.receipt
        family = session.get(FamilySnapshot, sealed.document["family"]["id"])
        assert family is not None
        assert family.family_name == "Okafor"
        assert len(json.loads(family.children_json)) == 2


def test_the_same_bytes_again_get_the_original_receipt(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    upload = _sealed(laptop).upload()
    first = laptop.upload(upload)
    again = laptop.upload(upload)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["duplicate"] is True
    assert again.json()["receipt"] == first.json()["receipt"]
    assert _count(central) == 1


def test_racing_copies_are_stored_once(central: RunningCentral, laptop: LaptopClient) -> None:
    upload = _sealed(laptop).upload()
    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(lambda _: laptop.upload(upload), range(8)))
    assert sorted(r.status_code for r in responses) == [200] * 7 + [201]
    assert len({json.dumps(r.json()["receipt"], sort_keys=True) for r in responses}) == 1
    assert _count(central) == 1


def test_different_bytes_for_the_same_version_are_a_conflict(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    family = family_with_teenager()
    draft = complete_draft(family)
    first = seal_consent_document(laptop.key, family, draft)
    second = seal_consent_document(laptop.key, family, draft, worker="Someone Else")
    assert laptop.upload(first.upload()).status_code == 201
    response = laptop.upload(second.upload())
    assert (response.status_code, problem_code(response)) == (409, "conflict")
    assert "tell IT" in response.json()["error"]["message"]
    assert _count(central) == 1


def test_a_document_altered_after_sealing_is_refused(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    sealed = _sealed(laptop)
    altered = dict(sealed.document, worker="Mallory")
    upload = sealed.upload().model_copy(
        update={"document": canonical_json(altered).decode("utf-8")}
    )
    response = laptop.upload(upload)
    assert (response.status_code, problem_code(response)) == (422, "hash_mismatch")
    assert "changed after it was signed" in response.json()["error"]["message"]
    assert _count(central) == 0


def test_a_resealed_alteration_with_a_matching_hash_fails_the_seal(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    sealed = _sealed(laptop)
    altered = canonical_json(dict(sealed.document, worker="Mallory")).decode()
    upload = sealed.upload().model_copy(
        update={"document": altered, "content_hash": hashlib.sha256(altered.encode()).hexdigest()}
    )
    response = laptop.upload(upload)
    assert (response.status_code, problem_code(response)) == (422, "seal_invalid")
    assert "signature does not verify" in response.json()["error"]["message"]


def test_a_record_sealed_by_another_laptop_is_refused(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    family = family_with_teenager()
    other = seal_consent_document(new_device_key(), family, complete_draft(family))
    response = laptop.upload(other.upload())  # valid hash and seal, someone else's key
    assert (response.status_code, problem_code(response)) == (422, "wrong_device")
    assert _count(central) == 0


def test_a_record_naming_this_device_with_another_key_is_refused(laptop: LaptopClient) -> None:
    family = family_with_teenager()
    impostor = new_device_key()
    impostor.device_id = laptop.key.device_id
    other = seal_consent_document(impostor, family, complete_draft(family))
    response = laptop.upload(other.upload())
    assert (response.status_code, problem_code(response)) == (422, "wrong_device")


def test_a_record_marked_training_is_refused_however_well_sealed(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    """A training laptop cannot enroll, but a laptop is a witness, not an authority."""
    family = family_with_teenager()
    sealed = seal_consent_document(laptop.key, family, complete_draft(family), training=True)
    assert sealed.document["training"] is True
    response = laptop.upload(sealed.upload())  # this enrolled laptop's key, a valid seal
    assert (response.status_code, problem_code(response)) == (422, "training_record")
    assert "made in training" in response.json()["error"]["message"]
    assert _count(central) == 0


def test_a_mismatched_record_number_is_refused(laptop: LaptopClient) -> None:
    upload = _sealed(laptop).upload().model_copy(update={"version": 2})
    response = laptop.upload(upload)
    assert (response.status_code, problem_code(response)) == (422, "malformed")


@pytest.mark.parametrize(
    "pdf_base64",
    [
        "not base64 at all!",
        base64.b64encode(b"<html>not a pdf").decode(),
        base64.b64encode(b"%PDF-1.7 fake\n").decode(),  # the 14-byte fake of issue 13
    ],
)
def test_an_older_laptops_pdf_is_ignored_never_kept(
    central: RunningCentral, laptop: LaptopClient, pdf_base64: str
) -> None:
    """Laptops no longer send a PDF; what an older one sends is not even read."""
    upload = _sealed(laptop).upload().model_copy(update={"pdf_base64": pdf_base64})
    response = laptop.upload(upload)
    assert response.status_code == 201, response.text
    with central.session() as session:
        row = session.scalars(select(Record)).one()
        assert (row.filed_pdf, row.filed_pdf_sha256) == (None, None)
        assert pdf_base64.encode() not in row.document.encode()


def test_a_non_canonical_document_is_refused(laptop: LaptopClient) -> None:
    sealed = _sealed(laptop)
    spaced = json.dumps(sealed.document, indent=1, sort_keys=True, ensure_ascii=False)
    upload = sealed.upload().model_copy(
        update={"document": spaced, "content_hash": hashlib.sha256(spaced.encode()).hexdigest()}
    )
    response = laptop.upload(upload)
    assert (response.status_code, problem_code(response)) == (422, "malformed")


def test_an_oversized_body_is_refused_before_it_is_read(laptop: LaptopClient) -> None:
    body = b" " * (MAX_BODY_BYTES + 1)
    response = laptop.signed("POST", "/v1/records", body)
    assert (response.status_code, problem_code(response)) == (413, "too_large")


def test_an_oversized_streamed_body_is_refused(laptop: LaptopClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    response = laptop.http.post(
        "/v1/records", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, problem_code(response)) == (413, "too_large")


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'{"record_id": "\xff\xfe"}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"null",
        b'{"record_id": 5}',
        b"",
    ],
    ids=["bad-json", "bad-utf8", "deep-array", "deep-object", "null", "wrong-type", "empty"],
)
def test_malformed_bodies_get_4xx_never_500(laptop: LaptopClient, body: bytes) -> None:
    response = laptop.signed("POST", "/v1/records", body)
    assert 400 <= response.status_code < 500, response.text
    assert problem_code(response) in {"malformed", "too_large"}


def test_a_deeply_nested_document_inside_a_good_envelope_is_4xx(laptop: LaptopClient) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    upload = (
        _sealed(laptop)
        .upload()
        .model_copy(
            update={"document": deep, "content_hash": hashlib.sha256(deep.encode()).hexdigest()}
        )
    )
    response = laptop.upload(upload)
    assert (response.status_code, problem_code(response)) == (422, "malformed")


def test_an_unsigned_upload_stores_nothing(central: RunningCentral, laptop: LaptopClient) -> None:
    upload = _sealed(laptop).upload()
    response = laptop.http.post("/v1/records", content=upload.model_dump_json())
    assert (response.status_code, problem_code(response)) == (401, "unsigned")
    assert _count(central) == 0


def _nonce_spent(central: RunningCentral, device_id: str, nonce: str) -> bool:
    from cssw_central.infra.tables import Nonce

    with central.session() as session:
        return session.get(Nonce, (device_id, nonce)) is not None


def test_an_upload_spends_its_nonce_with_the_record_and_a_replay_is_refused(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    """One write transaction per upload: the nonce is stored with the record, not before."""
    upload = _sealed(laptop).upload()
    assert laptop.upload(upload, nonce="e" * 32).status_code == 201
    assert _nonce_spent(central, laptop.key.device_id, "e" * 32)
    replay = laptop.upload(upload, nonce="e" * 32)
    assert (replay.status_code, problem_code(replay)) == (401, "replayed")
    # The same bytes under a new nonce: the original receipt, and that nonce spent too.
    again = laptop.upload(upload, nonce="f" * 32)
    assert again.status_code == 200
    assert _nonce_spent(central, laptop.key.device_id, "f" * 32)
    assert _count(central) == 1


@pytest.mark.parametrize("refusal", ["malformed", "conflict"])
def test_a_refused_upload_still_spends_its_nonce(
    central: RunningCentral, laptop: LaptopClient, refusal: str
) -> None:
    """Refused uploads store nothing, but their nonce is spent all the same: a replay of
    the refused request is refused as a replay."""
    family = family_with_teenager()
    draft = complete_draft(family)
    sealed = seal_consent_document(laptop.key, family, draft)
    if refusal == "malformed":
        upload = sealed.upload().model_copy(update={"version": sealed.version + 1})
        expected = (422, "malformed")
    else:  # different bytes for a version central holds
        assert laptop.upload(sealed.upload()).status_code == 201
        upload = seal_consent_document(laptop.key, family, draft, worker="Someone Else").upload()
        expected = (409, "conflict")
    first = laptop.upload(upload, nonce="d" * 32)
    assert (first.status_code, problem_code(first)) == expected
    assert _nonce_spent(central, laptop.key.device_id, "d" * 32)
    replay = laptop.upload(upload, nonce="d" * 32)
    assert (replay.status_code, problem_code(replay)) == (401, "replayed")
