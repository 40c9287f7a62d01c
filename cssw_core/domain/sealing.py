"""Sealing: a signed record becomes evidence that any later change would give away.

The sealed document is one JSON object: the record (a consent record or a withdrawal),
the family's details as the form prints them, every signature with its raw ink, and when,
where and by whom it was sealed. Its canonical JSON is hashed with SHA-256 and the digest
is signed with this device's Ed25519 key. Changing any byte of the document, the hash or
the signature makes verification fail.

A record made in training (fictional families, for practice) also says `"training": true`,
under the seal. Real records never have the key, so they, and their hashes, are as they
always were.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.family import Family
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.utc_text import UTC_FORMAT

DOCUMENT_FORMAT = "cssw.sealed-record/1"


class RecordKind(StrEnum):
    CONSENT = "consent"
    WITHDRAWAL = "withdrawal"
    SHARE = "share"


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times in a sealed record must carry their time zone")
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


def build_document(
    *,
    kind: RecordKind,
    record: dict[str, Any],
    family: Family,
    signatures: Sequence[Signature],
    confirmed_at: datetime | None,
    young_people_confirmed_at: Mapping[uuid.UUID, datetime] | None = None,
    sealed_at: datetime,
    device_id: str,
    device_public_key: str,
    worker: str,
    app_version: str,
    training: bool = False,
) -> dict[str, Any]:
    """The whole sealed document, ready for `seal_document`.

    `record` is `ConsentRecordDraft.to_json()` or `Withdrawal.to_json()`. `confirmed_at`
    is when the signer confirmed the plain-words summary was right (None for a withdrawal
    taken by phone or letter); `young_people_confirmed_at` the same for each young person
    who confirmed their own answer, by child id.
    """
    young = young_people_confirmed_at or {}
    marked: dict[str, Any] = {"training": True} if training else {}
    return marked | {
        "format": DOCUMENT_FORMAT,
        "kind": kind.value,
        "record": record,
        "family": {
            "id": str(family.id),
            "family_name": family.family_name,
            "address": family.address,
            "case_reference": family.case_reference,
        },
        "signatures": [s.to_json() for s in signatures],
        "confirmed_at": None if confirmed_at is None else utc_text(confirmed_at),
        "young_people_confirmed_at": {str(k): utc_text(v) for k, v in young.items()},
        "sealed_at": utc_text(sealed_at),
        "device_id": device_id,
        "device_public_key": device_public_key,
        "worker": worker,
        "app_version": app_version,
    }


def is_training_document(document: Mapping[str, Any]) -> bool:
    """Whether a sealed document says it was made in training. Any value of the key
    counts: a document that mentions training at all is never taken as a real record."""
    return "training" in document


def document_digest(document: dict[str, Any]) -> bytes:
    """SHA-256 of the document's canonical JSON."""
    return hashlib.sha256(canonical_json(document)).digest()


@dataclass(frozen=True, slots=True)
class Seal:
    content_hash: str  # hex SHA-256 of the canonical document
    signature: str  # hex Ed25519 signature over the 32-byte digest
    device_id: str
    public_key: str  # hex raw Ed25519 public key


class DeviceKey:
    """This laptop's Ed25519 signing key (kept only inside the encrypted store)."""

    def __init__(self, device_id: str, private_bytes: bytes) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        self.device_id = device_id
        self._key = Ed25519PrivateKey.from_private_bytes(private_bytes)

    @staticmethod
    def new_private_bytes() -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    @property
    def public_key(self) -> str:
        from cryptography.hazmat.primitives import serialization

        raw = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return raw.hex()

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature over `data` (sync signs its requests with this key)."""
        return self._key.sign(data)

    def seal(self, document: dict[str, Any]) -> Seal:
        return self.seal_canonical(canonical_json(document))

    def seal_canonical(self, canonical: bytes) -> Seal:
        """`seal` for a document whose canonical JSON the caller already holds."""
        digest = hashlib.sha256(canonical).digest()
        return Seal(digest.hex(), self._key.sign(digest).hex(), self.device_id, self.public_key)


def seal_problem(document: dict[str, Any], seal: Seal) -> str | None:
    """None when the seal holds; otherwise what is wrong, in plain words."""
    try:
        canonical = canonical_json(document)
    except (TypeError, ValueError):
        return "the record is not in a form that can be checked"
    return canonical_seal_problem(canonical, document, seal)


def canonical_seal_problem(canonical: bytes, document: dict[str, Any], seal: Seal) -> str | None:
    """`seal_problem` for a document whose canonical bytes the caller already holds (central
    receives them on the wire and has checked they are canonical), sparing a re-encoding."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    digest = hashlib.sha256(canonical).digest()
    if digest.hex() != seal.content_hash:
        return "the record's content does not match its sealed hash"
    if document.get("device_public_key") != seal.public_key:
        return "the record names a different device key from its seal"
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(seal.public_key))
        key.verify(bytes.fromhex(seal.signature), digest)
    except (ValueError, InvalidSignature):
        return "the seal's signature does not verify"
    return None


def sealing_problems(
    kind: RecordKind, record: dict[str, Any], signatures: Sequence[Signature]
) -> list[str]:
    """Why this record cannot be sealed yet, in plain words (empty when it can).

    A consent record needs every answer, the consent giver's signature, and for each young
    person who gave an answer their own signature (a recorded reason stands in for both
    when their consent was not sought); from format 3, when an interpreter was used, the
    interpreter's own signed confirmation that they interpreted the leaflet and the
    family's choices.
    """
    from cssw_core.domain.consent import ConsentRecordDraft, NotSought
    from cssw_core.domain.record_json import RecordFormatError
    from cssw_core.domain.withdrawal import Withdrawal

    roles = [s.role for s in signatures]
    if kind is RecordKind.SHARE:
        from cssw_core.domain.share import Share

        try:
            share = Share.from_json(record)
        except (RecordFormatError, ValueError):
            return ["The share record is not in the expected form."]
        problems = share.problems()
        if signatures:
            problems.append("A share record carries no signatures.")
        return problems
    if kind is RecordKind.WITHDRAWAL:
        try:
            withdrawal = Withdrawal.from_json(record)
        except RecordFormatError:
            return ["The withdrawal is not in the expected form."]
        problems = withdrawal.problems()
        young = withdrawal.young_person
        for signature in signatures:
            if signature.role is SignerRole.PARENT or (
                (young is None) != (signature.role is SignerRole.FAMILY_MEMBER)
                or (young is not None and signature.child_id != young.id)
            ):
                problems.append("A signature on the withdrawal is not from the one withdrawing.")
        return problems
    try:
        draft = ConsentRecordDraft.from_json(record)
    except RecordFormatError:
        return ["The consent record is not in the expected form."]
    problems = [f"Not answered yet: {item}" for item in draft.unanswered()]
    if roles.count(SignerRole.PARENT) != 1:
        problems.append("The person giving consent has not signed.")
    signed_children = {s.child_id for s in signatures if s.role is SignerRole.YOUNG_PERSON}
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        answered = consent is not None and not isinstance(consent, NotSought)
        if answered and child.id not in signed_children:
            problems.append(f"{child.name} has not signed for their own consent.")
    interpreters = roles.count(SignerRole.INTERPRETER)
    if draft.interpreter_used and not draft.legacy and interpreters != 1:
        problems.append("The interpreter has not signed their confirmation.")
    if interpreters and not (draft.interpreter_used and not draft.legacy):
        problems.append("An interpreter signed a form that records no interpreter.")
    covered = {c.id for c in draft.covered_children}
    if any(child_id not in covered for child_id in signed_children):
        problems.append("A young person's signature is for a child this form does not cover.")
    return problems
