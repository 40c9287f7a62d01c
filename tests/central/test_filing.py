"""The drop folder filer: complete pairs, atomic, idempotent, never overwriting."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from cssw_central.infra.files import owner_only_folder
from cssw_central.services.filing import (
    DropFolderFiler,
    FiledRecord,
    Filer,
    FilingFailed,
    filed_json,
)
from cssw_core.domain.sealing import DeviceKey, Seal, seal_problem
from cssw_core.protocol import Receipt, SignedReceipt
from cssw_core.signing import receipt_holds, sign_receipt
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import FAKE_PDF, new_device_key, seal_consent_document

SERVER_KEY = DeviceKey("server", DeviceKey.new_private_bytes())


def filed_record(device: DeviceKey | None = None) -> FiledRecord:
    device = device or new_device_key()
    family = family_with_teenager()
    sealed = seal_consent_document(device, family, complete_draft(family))
    receipt = Receipt(
        receipt_id=str(uuid.uuid4()),
        record_id=sealed.record_id,
        version=sealed.version,
        content_hash=sealed.seal.content_hash,
        device_id=device.device_id,
        received_at="2026-03-14T12:00:00.000000Z",
    )
    signed = sign_receipt(SERVER_KEY, receipt)
    return FiledRecord(
        record_id=sealed.record_id,
        version=sealed.version,
        kind="consent",
        family_id=str(family.id),
        document=sealed.text,
        content_hash=sealed.seal.content_hash,
        seal_signature=sealed.seal.signature,
        device_id=device.device_id,
        device_public_key=device.public_key,
        pdf=FAKE_PDF,
        receipt=signed.model_dump(mode="json"),
        approved_by_id=str(uuid.uuid4()),
        approved_by="Tara Lead",
        approved_at="2026-03-15T09:30:00.000000Z",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    drop = tmp_path / "drop"
    drop.mkdir()
    return drop


def test_files_a_pdf_and_a_json_document_that_verify(folder):
    record = filed_record()
    filer: Filer = DropFolderFiler(folder)  # mypy checks it meets the adapter interface
    where = filer.file(record)
    base = f"{record.record_id}-v1"
    assert where == str(folder / f"{base}.json")
    assert sorted(p.name for p in folder.iterdir()) == [f"{base}.json", f"{base}.pdf"]
    assert (folder / f"{base}.pdf").read_bytes() == FAKE_PDF

    filed = json.loads((folder / f"{base}.json").read_text("utf-8"))
    document = json.loads(filed["document"])
    seal = Seal(
        filed["content_hash"],
        filed["seal_signature"],
        filed["device_id"],
        filed["device_public_key"],
    )
    assert seal_problem(document, seal) is None
    assert filed["document"] == record.document
    assert filed["pdf_file"] == f"{base}.pdf"
    assert filed["pdf_sha256"] == hashlib.sha256(FAKE_PDF).hexdigest()
    receipt = SignedReceipt.model_validate(filed["receipt"])
    assert receipt_holds(receipt, SERVER_KEY.public_key)
    assert receipt.receipt.content_hash == filed["content_hash"]
    assert filed["review"] == {
        "decision": "approved",
        "approved_by": "Tara Lead",
        "approved_by_id": record.approved_by_id,
        "approved_at": "2026-03-15T09:30:00.000000Z",
    }


def test_a_tampered_filed_document_fails_verification(folder):
    record = filed_record()
    DropFolderFiler(folder).file(record)
    filed = json.loads((folder / f"{record.record_id}-v1.json").read_text("utf-8"))
    document = json.loads(filed["document"])
    document["record"]["share_with"]["police"] = "no"
    seal = Seal(
        filed["content_hash"],
        filed["seal_signature"],
        filed["device_id"],
        filed["device_public_key"],
    )
    assert seal_problem(document, seal) == "the record's content does not match its sealed hash"


def test_files_are_the_owner_s_alone(folder):
    record = filed_record()
    DropFolderFiler(folder).file(record)
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
    other = folder / "group"
    other.mkdir()
    DropFolderFiler(other, file_mode=0o640).file(record)  # an operator's explicit choice
    assert {stat.S_IMODE(p.stat().st_mode) for p in other.iterdir()} == {0o640}


def test_the_drop_folder_is_made_or_narrowed_to_the_owner_alone(tmp_path):
    made = tmp_path / "new" / "drop"
    owner_only_folder(made)
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    wide = tmp_path / "wide"
    wide.mkdir(mode=0o755)
    wide.chmod(0o755)
    owner_only_folder(wide)
    assert stat.S_IMODE(wide.stat().st_mode) == 0o700


def test_filing_again_leaves_identical_files_and_succeeds(folder):
    record = filed_record()
    filer = DropFolderFiler(folder)
    first = filer.file(record)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert filer.file(record) == first
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before  # not even rewritten


def test_the_same_record_always_gives_the_same_json_bytes():
    record = filed_record()
    assert filed_json(record) == filed_json(replace(record))


def test_a_different_pdf_already_there_is_refused_and_kept(folder):
    record = filed_record()
    pdf = folder / f"{record.record_id}-v1.pdf"
    pdf.write_bytes(b"someone else's file")
    with pytest.raises(FilingFailed, match="different file") as refused:
        DropFolderFiler(folder).file(record)
    assert record.record_id in str(refused.value)  # the file name, not personal data
    assert pdf.read_bytes() == b"someone else's file"
    assert not (folder / f"{record.record_id}-v1.json").exists()  # no half pair announced


def test_a_different_json_already_there_is_refused_and_kept(folder):
    record = filed_record()
    DropFolderFiler(folder).file(record)
    json_path = folder / f"{record.record_id}-v1.json"
    original = json_path.read_bytes()
    changed = replace(record, approved_by="Someone Else")
    with pytest.raises(FilingFailed, match="different file"):
        DropFolderFiler(folder).file(changed)
    assert json_path.read_bytes() == original


def test_a_pair_left_half_written_is_completed(folder):
    """Killed after the PDF and before the JSON: filing again writes the JSON."""
    record = filed_record()
    (folder / f"{record.record_id}-v1.pdf").write_bytes(FAKE_PDF)
    DropFolderFiler(folder).file(record)
    assert (folder / f"{record.record_id}-v1.json").read_bytes() == filed_json(record)


def test_no_temporary_files_are_left_behind_on_failure(folder, monkeypatch):
    record = filed_record()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(FilingFailed, match="No space left on device"):
        DropFolderFiler(folder).file(record)
    assert list(folder.iterdir()) == []


def test_a_missing_drop_folder_is_a_filing_failure(tmp_path):
    with pytest.raises(FilingFailed, match="does not exist"):
        DropFolderFiler(tmp_path / "absent").file(filed_record())


def test_an_unsafe_record_id_is_refused_before_any_file_is_written(folder):
    record = replace(filed_record(), record_id="../../etc/passwd")
    with pytest.raises(FilingFailed, match="not in the expected form"):
        DropFolderFiler(folder).file(record)
    assert list(folder.iterdir()) == []
