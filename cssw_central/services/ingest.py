"""Checking an upload before anything is stored: the bytes, the hash, the seal.

Central trusts nothing the laptop says about its record: it re-reads the document,
re-computes its canonical form and hash, verifies the seal against the key the laptop
enrolled with (not the key the document names), and then reads every part of the document
with the shared field rules (`cssw_core.domain.document_rules`): a hostile laptop can seal
anything, so a seal says who sent it, never that it is sensible. A PDF an older laptop still sends
is not even read: central makes the PDF it files from the verified document
(cssw_central.services.filed_pdf).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from cssw_central.infra.canonical_text import parse_canonical_text
from cssw_central.infra.problems import Refused
from cssw_central.infra.timefmt import parse_utc_text
from cssw_central.services.identity import AuthenticatedDevice
from cssw_core.domain.canonical import NotCanonicalisable
from cssw_core.domain.document_rules import DocumentRuleBroken, read_document
from cssw_core.domain.sealing import Seal, canonical_seal_problem, is_training_document
from cssw_core.protocol import CLOCK_SKEW_SECONDS, ProblemCode, UploadRequest

if TYPE_CHECKING:
    from cssw_core.domain.document_rules import SealedRecord

MALFORMED_WORDS = "The record central received is not in the expected form. Tell IT."
HASH_WORDS = "The record was changed after it was signed, so central refused it."
WRONG_DEVICE_WORDS = (
    "The record was sealed on a different laptop from the one sending it, so central "
    "refused it. Tell IT."
)
FUTURE_WORDS = (
    "The record says it was signed or sealed after it reached central, so central refused "
    "it. Check the laptop's date and time, then tell IT."
)
# How far a record's times may run past its arrival: the allowance for a laptop's clock
# that signed requests already have (cssw_core.protocol.CLOCK_SKEW_SECONDS).
ARRIVAL_SKEW = timedelta(seconds=CLOCK_SKEW_SECONDS)
TRAINING_WORDS = (
    "This record was made in training, with fictional families, so central refused it. "
    "Records made in training are never filed."
)


@dataclass(frozen=True, slots=True)
class CheckedUpload:
    """An upload that passed every check, and its document read once: the parsed JSON,
    and the typed record the rules read (the flags use it; nothing reads it again)."""

    document_text: str  # canonical JSON exactly as received
    document: dict[str, Any]
    record: SealedRecord  # the consent record, withdrawal or share in the document
    sealed_at: datetime
    family_id: str


def _malformed(words: str = MALFORMED_WORDS) -> Refused:
    return Refused(422, ProblemCode.MALFORMED, words)


def parse_document(raw: bytes) -> dict[str, Any]:
    """The document, provided its bytes are UTF-8 canonical JSON of an object."""
    try:
        parsed = parse_canonical_text(raw)  # parse_canonical's answer, sooner
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
    try:  # every part typed and bounded: the shared rules the laptop's forms follow too
        typed = read_document(document)
    except DocumentRuleBroken as broken:
        raise _malformed(f"{broken} Central did not take it. Tell IT.") from None
    return CheckedUpload(
        document_text=upload.document,
        document=document,
        record=typed,
        sealed_at=_sealed_at(document),
        family_id=_family_id(document, record),
    )


def _document_times(document: dict[str, Any]) -> Iterator[object]:
    """Every time the document says something was signed, confirmed, given or sealed."""
    yield document.get("sealed_at")
    yield document.get("confirmed_at")
    young = document.get("young_people_confirmed_at")
    if isinstance(young, dict):
        yield from young.values()
    signatures = document.get("signatures")
    for signature in signatures if isinstance(signatures, list) else []:
        if isinstance(signature, dict):
            yield signature.get("signed_at")
    record = document.get("record")
    if isinstance(record, dict):
        for name in ("visit_start", "visit_end", "withdrawn_at", "shared_at"):
            yield record.get(name)


def check_times(checked: CheckedUpload, received_at: datetime) -> None:
    """Refused (422) if the record says it was signed, confirmed or sealed after it reached
    central (beyond the clock-skew allowance): no record can make itself the latest."""
    latest = received_at + ARRIVAL_SKEW
    for value in _document_times(checked.document):
        if not isinstance(value, str):
            continue
        try:
            moment = parse_utc_text(value)
        except ValueError:
            continue  # the document's own rules (flags, the record's reader) judge its form
        if moment > latest:
            raise Refused(422, ProblemCode.MALFORMED, FUTURE_WORDS)


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
