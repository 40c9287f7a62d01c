"""Builders for complete consent records and synthetic signatures, shared by tests."""

from __future__ import annotations

import dataclasses
import math
import struct
import uuid
import zlib
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.family import Child, Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.signature import InkDevice, InkPoint, Signature, SignerRole, Stroke

if TYPE_CHECKING:
    from cssw_desktop.storage.records import StoredRecord
    from cssw_desktop.storage.store import Store

VISIT_DATE = date(2026, 3, 14)
VISIT_START = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """A valid PNG (black pixels) made without Qt, standing in for a rendered signature."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def synthetic_signature(
    role: SignerRole,
    name: str,
    *,
    child_id: uuid.UUID | None = None,
    points: int = 200,
    signed_at: datetime = VISIT_START + timedelta(minutes=20),
) -> Signature:
    """A looping, signature-like ink path of about `points` points in three strokes."""
    strokes = []
    per_stroke = max(2, points // 3)
    for s in range(3):
        stroke_points = []
        for i in range(per_stroke):
            angle = i / per_stroke * 4 * math.pi
            x = 2000 + s * 15000 + i * 80 + int(1500 * math.cos(angle))
            y = 8000 + int(3000 * math.sin(angle * 1.5))
            stroke_points.append(InkPoint(x, y, s * 800 + i * 4, 400 + (i % 7) * 50))
        strokes.append(Stroke(InkDevice.PEN, tuple(stroke_points)))
    return Signature(
        role=role,
        signer_name=name,
        signed_at=signed_at,
        width=600,
        height=200,
        strokes=tuple(strokes),
        image_png=tiny_png(),
        child_id=child_id,
    )


def family_with_teenager() -> Family:
    return Family(
        "Okafor",
        "12 Elm Road, Demoford DM1 4AB",
        "CSSW-104233",
        "Jaspreet Patel",
        (
            Child("Chidi Okafor", "Male", date(2011, 5, 2)),  # 14 on the visit date
            Child("Ada Okafor", "Female", date(2019, 9, 30)),
        ),
    )


def complete_draft(family: Family, *, refuse: tuple[Agency, ...] = ()) -> ConsentRecordDraft:
    """Every question answered: Yes to every agency except those in `refuse`."""
    explained_at = VISIT_START + timedelta(minutes=5)
    young = [c for c in family.children if c.needs_own_consent(VISIT_DATE)]
    draft = ConsentRecordDraft(
        family_id=family.id,
        worker="Jaspreet Patel",
        device="test-device",
        visit_date=VISIT_DATE,
        visit_start=VISIT_START,
        visit_end=VISIT_START + timedelta(minutes=25),
        covered_children=family.children,
        consent_giver_name="Grace Okafor",
        consent_giver_relationship="Mother",
        consent_basis=ConsentBasis.PARENTAL,
        explained=dict.fromkeys(ExplainedItem, explained_at),
        leaflet_version="2026.1-en",
        leaflet_hash="ab" * 32,
        sections_viewed={"about": VISIT_START + timedelta(minutes=1)},
        share_with={a: Answer.NO if a in refuse else Answer.YES for a in AGENCIES},
        approach={a: Answer.NO if a in refuse else Answer.YES for a in AGENCIES},
        documents=dict.fromkeys(DocumentKind, Answer.YES),
        research_consent=Answer.NO,
        interpreter_used=True,
        interpreter_language="Yoruba",
        interpreter_name="Funmi Adeyemi",
        language="en",
    )
    own = OwnAnswers.same_as(*draft.giver_answers())
    return dataclasses.replace(draft, young_person_consents={c.id: own for c in young})


def signatures_for(draft: ConsentRecordDraft, points: int = 200) -> list[Signature]:
    """The consent giver's signature and one per young person who answered."""
    signatures = [synthetic_signature(SignerRole.PARENT, draft.consent_giver_name, points=points)]
    for child in draft.young_people():
        if not isinstance(draft.young_person_consents.get(child.id), NotSought):
            signatures.append(
                synthetic_signature(
                    SignerRole.YOUNG_PERSON, child.name, child_id=child.id, points=points
                )
            )
    if draft.interpreter_used and not draft.legacy:
        signatures.append(
            synthetic_signature(SignerRole.INTERPRETER, draft.interpreter_name, points=points)
        )
    return signatures


def seal_consent(
    store: Store,
    family: Family,
    *,
    refuse: tuple[Agency, ...] = (),
    points: int = 200,
    draft: ConsentRecordDraft | None = None,
) -> StoredRecord:
    """Seal a complete consent form (or the draft given) for a family already in the store."""
    draft = draft or complete_draft(family, refuse=refuse)
    return store.sealing.seal(
        RecordKind.CONSENT,
        draft.to_json(),
        family,
        signatures_for(draft, points),
        confirmed_at=draft.visit_end,
        worker=draft.worker,
    )


def own_answers(
    draft: ConsentRecordDraft,
    *,
    share: dict[Agency, Answer] | None = None,
    approach: dict[Agency, Answer] | None = None,
) -> OwnAnswers:
    """A young person's own answers: the consent giver's, except those given."""
    same = OwnAnswers.same_as(*draft.giver_answers())
    return dataclasses.replace(
        same,
        share_with={**same.share_with, **(share or {})},
        approach={**same.approach, **(approach or {})},
    )
