"""Checking an upload before anything is stored: the bytes, the hash, the seal, the PDF.

Central trusts nothing the laptop says about its record: it re-reads the document,
re-computes its canonical form and hash, and verifies the seal against the key the
laptop enrolled with (not the key the document names).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cssw_central.infra.problems import Refused
from cssw_central.infra.timefmt import parse_utc_text
from cssw_central.services.identity import AuthenticatedDevice
from cssw_core.domain.canonical import NotCanonicalisable, parse_canonical
from cssw_core.domain.sealing import Seal, canonical_seal_problem, is_training_document
from cssw_core.protocol import MAX_PDF_BYTES, ProblemCode, UploadRequest

MALFORMED_WORDS = "The record central received is not in the expected form. Tell IT."
HASH_WORDS = "The record was changed after it was signed, so central refused it."
WRONG_DEVICE_WORDS = (
    "The record was sealed on a different laptop from the one sending it, so central "
    "refused it. Tell IT."
)
PDF_WORDS = "The record's PDF is missing or not a PDF, so central refused it. Tell IT."
TRAINING_WORDS = (
    "This record was made in training, with fictional families, so central refused it. "
    "Records made in training are never filed."
)


@dataclass(frozen=True, slots=True)
class CheckedUpload:
    document_text: str  # canonical JSON exactly as received
    document: dict[str, Any]
    pdf: bytes
    sealed_at: datetime
    family_id: str


def _malformed(words: str = MALFORMED_WORDS) -> Refused:
    return Refused(422, ProblemCode.MALFORMED, words)


def parse_document(raw: bytes) -> dict[str, Any]:
    """The document, provided its bytes are UTF-8 canonical JSON of an object."""
    try:
        parsed = parse_canonical(raw)
    except NotCanonicalisable:
        raise _malformed() from None
    if not isinstance(parsed, dict):
        raise _malformed()
    return parsed


def check_upload(upload: UploadRequest, device: AuthenticatedDevice) -> CheckedUpload:
    """The upload's parts once every check holds; otherwise `Refused` with the reason."""
    try:
        raw = upload.document.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        raise _malformed() from None
    document = parse_document(raw)
    if is_training_document(document):  # whatever else it holds: never filed as real
        raise Refused(422, ProblemCode.TRAINING_RECORD, TRAINING_WORDS)
    if hashlib.sha256(raw).hexdigest() != upload.content_hash:
        raise Refused(422, ProblemCode.HASH_MISMATCH, HASH_WORDS)
    if (
        document.get("device_id") != device.device_id
        or document.get("device_public_key") != device.public_key
    ):
        raise Refused(422, ProblemCode.WRONG_DEVICE, WRONG_DEVICE_WORDS)
    seal = Seal(upload.content_hash, upload.seal_signature, device.device_id, device.public_key)
    problem = canonical_seal_problem(raw, document, seal)  # raw is canonical: checked above
    if problem is not None:
        raise Refused(
            422,
            ProblemCode.SEAL_INVALID,
            f"Central could not verify the record's seal: {problem}.",
        )
    record = document.get("record")
    if not isinstance(record, dict):
        raise _malformed()
    # A withdrawal has no version of its own; the laptop files it as version 1.
    version = record.get("version", 1)
    if (
        record.get("id") != upload.record_id
        or version != upload.version
        or isinstance(version, bool)
        or document.get("kind") != upload.kind
    ):
        raise _malformed("The record's number or kind does not match its content. Tell IT.")
    return CheckedUpload(
        document_text=upload.document,
        document=document,
        pdf=_pdf(upload.pdf_base64),
        sealed_at=_sealed_at(document),
        family_id=_family_id(document, record),
    )


def _pdf(encoded: str) -> bytes:
    try:
        pdf = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(422, ProblemCode.MALFORMED, PDF_WORDS) from None
    if len(pdf) > MAX_PDF_BYTES:
        raise Refused(413, ProblemCode.TOO_LARGE, "The record's PDF is too large. Tell IT.")
    if not pdf.startswith(b"%PDF-"):
        raise Refused(422, ProblemCode.MALFORMED, PDF_WORDS)
    return pdf


def _sealed_at(document: dict[str, Any]) -> datetime:
    sealed_at = document.get("sealed_at")
    try:
        if not isinstance(sealed_at, str):
            raise ValueError("no seal time")
        return parse_utc_text(sealed_at)
    except ValueError:
        raise _malformed() from None


def _family_id(document: dict[str, Any], record: dict[str, Any]) -> str:
    family = document.get("family")
    family_id = family.get("id") if isinstance(family, dict) else None
    if not isinstance(family_id, str) or record.get("family_id", family_id) != family_id:
        raise _malformed()
    if len(family_id) != 36:
        raise _malformed()
    return family_id
