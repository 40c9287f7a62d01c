"""Sealed documents made without a store, as a laptop would send them to central.

The same `build_document` and `DeviceKey.seal` the laptop's store uses, so central's
tests check real seals, not hand-written JSON.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import DeviceKey, RecordKind, Seal, build_document
from cssw_core.domain.share import Share
from cssw_core.domain.signature import Signature
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.protocol import UploadRequest
from tests.support.records import VISIT_START, signatures_for

SEALED_AT = VISIT_START + timedelta(minutes=30)
FAKE_PDF = b"%PDF-1.7\n% a stand-in for the rendered form\n%%EOF\n"


def new_device_key() -> DeviceKey:
    return DeviceKey(str(uuid.uuid4()), DeviceKey.new_private_bytes())


@dataclass(frozen=True, slots=True)
class SealedDocument:
    kind: RecordKind
    document: dict[str, Any]
    seal: Seal
    record_id: str
    version: int

    @property
    def text(self) -> str:
        """The canonical JSON exactly as hashed and signed."""
        return canonical_json(self.document).decode("utf-8")

    def upload(self, pdf: bytes | None = None) -> UploadRequest:
        """The upload a laptop sends; `pdf`: as an older laptop did (central ignores it)."""
        return UploadRequest(
            record_id=self.record_id,
            version=self.version,
            kind=self.kind.value,
            content_hash=self.seal.content_hash,
            seal_signature=self.seal.signature,
            document=self.text,
            pdf_base64=None if pdf is None else base64.b64encode(pdf).decode("ascii"),
        )


def seal_consent_document(
    key: DeviceKey,
    family: Family,
    draft: ConsentRecordDraft,
    *,
    signatures: list[Signature] | None = None,
    sealed_at: datetime = SEALED_AT,
    worker: str = "Jaspreet Patel",
    training: bool = False,
) -> SealedDocument:
    """A consent record sealed with `key` (signatures: the giver and each answering teen);
    `training`: marked as made in training."""
    document = build_document(
        kind=RecordKind.CONSENT,
        record=draft.to_json(),
        family=family,
        signatures=signatures_for(draft) if signatures is None else signatures,
        confirmed_at=draft.visit_end,
        sealed_at=sealed_at,
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker=worker,
        app_version="test",
        training=training,
    )
    return SealedDocument(
        RecordKind.CONSENT, document, key.seal(document), str(draft.id), draft.version
    )


def seal_withdrawal_document(
    key: DeviceKey,
    family: Family,
    withdrawal: Withdrawal,
    *,
    sealed_at: datetime = SEALED_AT,
) -> SealedDocument:
    document = build_document(
        kind=RecordKind.WITHDRAWAL,
        record=withdrawal.to_json(),
        family=family,
        signatures=[],
        confirmed_at=None,
        sealed_at=sealed_at,
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker=withdrawal.worker,
        app_version="test",
    )
    return SealedDocument(
        RecordKind.WITHDRAWAL, document, key.seal(document), str(withdrawal.id), 1
    )


def seal_share_document(
    key: DeviceKey,
    family: Family,
    share: Share,
    *,
    sealed_at: datetime = SEALED_AT,
) -> SealedDocument:
    """A share record sealed with `key`, as the laptop seals one (no signatures)."""
    document = build_document(
        kind=RecordKind.SHARE,
        record=share.to_json(),
        family=family,
        signatures=[],
        confirmed_at=None,
        sealed_at=sealed_at,
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker=share.worker,
        app_version="test",
    )
    return SealedDocument(RecordKind.SHARE, document, key.seal(document), str(share.id), 1)
