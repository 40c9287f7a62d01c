"""PDF of a sealed record: milliseconds to render one consent record, in memory.

The record is a full consent form (three children, a young person's consent, every
agency answered) with two signatures of about 2,000 ink points each, as a slow, careful
signature on a pen laptop gives. `sample_consent` builds it; the PDF tests use it too.
"""

from __future__ import annotations

import dataclasses
import math
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench.common import Figures, elapsed_ms, log, median, repeat
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    OwnAnswers,
)
from cssw_core.domain.family import Child, Family
from cssw_core.domain.sealing import DeviceKey, RecordKind, Seal, build_document
from cssw_core.domain.signature import InkDevice, InkPoint, Signature, SignerRole, Stroke
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.audit import GENESIS, AuditEntry, DetailValue, entry_hash

VISIT_START = datetime(2026, 3, 12, 13, 30, tzinfo=UTC)
PAD_W, PAD_H = 600, 200


@dataclass(frozen=True, slots=True)
class SampleRecord:
    document: dict[str, Any]
    seal: Seal
    audit: list[AuditEntry]


def synthetic_strokes(points: int, seed: int = 1) -> tuple[Stroke, ...]:
    """A looping, signature-like line of about `points` ink points over four strokes."""
    strokes = []
    per = max(2, points // 4)
    t = 0
    for s in range(4):
        pts = []
        for i in range(per):
            a = i / per
            x = 40 + s * 130 + a * 120 + 18 * math.sin(a * 19 + seed + s)
            y = PAD_H / 2 + 55 * math.sin(a * 7.3 + s * 1.7 + seed) * math.cos(a * 2.1)
            pts.append(InkPoint(round(x * 100), round(y * 100), t, 400 + (i * 37 + s) % 500))
            t += 4
        strokes.append(Stroke(InkDevice.PEN, tuple(pts)))
        t += 180
    return tuple(strokes)


def signature_png(strokes: tuple[Stroke, ...]) -> bytes:
    """The ink drawn on a transparent pad-sized PNG, as the signature pad saves it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(PAD_W, PAD_H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(10, 20, 90), 2.4, c=Qt.PenCapStyle.RoundCap))
    for stroke in strokes:
        painter.drawPolyline([QPointF(p.x / 100, p.y / 100) for p in stroke.points])
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
    buffer.close()
    return bytes(data.data())


def sample_audit(
    record_id: uuid.UUID, count: int = 10, start: datetime = VISIT_START
) -> list[AuditEntry]:
    """The laptop's audit entries of a visit, as the app writes them: each step of the
    visit completed, then the record sealed and viewed (the first `count` of them)."""
    steps: list[tuple[str, dict[str, DetailValue]]] = [
        ("visit.step", {"step": "leaflet", "started": True}),
        ("visit.step", {"step": "who", "completed": "leaflet"}),
        ("visit.step", {"step": "explained", "completed": "who"}),
        ("visit.step", {"step": "share", "completed": "explained"}),
        ("visit.step", {"step": "approach", "completed": "share"}),
        ("visit.step", {"step": "documents_research", "completed": "approach"}),
        ("visit.step", {"step": "young_people", "completed": "documents_research"}),
        ("visit.step", {"step": "review", "completed": "young_people"}),
        ("record.sealed", {"kind": "consent"}),
        ("record.viewed", {}),
    ]
    entries = []
    prev = GENESIS
    for seq in range(1, count + 1):
        at = (start + timedelta(minutes=4 * seq)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        action, detail = steps[(seq - 1) % len(steps)]
        detail = {"version": 1, **detail}
        digest = entry_hash(seq, at, "worker-7", action, str(record_id), detail, prev)
        entries.append(
            AuditEntry(seq, at, "worker-7", action, str(record_id), detail, prev, digest)
        )
        prev = digest
    return entries


def sample_consent(
    points_per_signature: int = 2000,
    *,
    family_name: str = "Okafor-Lindqvist",
    giver: str = "Adaeze Okafor-Lindqvist",
    address: str = "Flat 3, 14 Juniper Row\nLondon NW1 2AB",
    case_reference: str = "MOS-204518",
    children: tuple[Child, ...] | None = None,
) -> SampleRecord:
    """A sealed consent record with a parent's and a young person's signature."""
    kids = children or (
        Child("Chidi Okafor-Lindqvist", "Male", date(2011, 5, 2)),
        Child("Freya Okafor-Lindqvist", "Female", date(2016, 9, 14)),
        Child("Tomi Okafor-Lindqvist", "Non-binary", date(2020, 1, 30)),
    )
    family = Family(family_name, address, case_reference, "Sam Worker", kids)
    key = DeviceKey("laptop-0042", DeviceKey.new_private_bytes())
    explained = {
        item: VISIT_START + timedelta(minutes=3 + i) for i, item in enumerate(ExplainedItem)
    }
    share = {a: Answer.YES if i % 3 != 2 else Answer.NO for i, a in enumerate(AGENCIES)}
    approach = {a: Answer.NO if i % 2 else Answer.YES for i, a in enumerate(AGENCIES)}
    young = [c for c in kids if c.needs_own_consent(VISIT_START.date())]
    record = ConsentRecordDraft(
        family_id=family.id,
        worker="Sam Worker",
        device=key.device_id,
        visit_date=VISIT_START.date(),
        visit_start=VISIT_START,
        visit_end=VISIT_START + timedelta(minutes=48),
        covered_children=kids,
        consent_giver_name=giver,
        consent_giver_relationship="Mother",
        consent_basis=ConsentBasis.PARENTAL,
        explained=explained,
        leaflet_version="2026.1-en",
        leaflet_hash="0258d65671a6f17cc515e4680dc68231b4a985ef7b698a38a62107008f1737d0",
        sections_viewed={"about": VISIT_START, "duties": VISIT_START + timedelta(minutes=1)},
        share_with=share,
        approach=approach,
        documents={
            DocumentKind.ASSESSMENTS: Answer.YES,
            DocumentKind.RECORD_OF_REVIEWS: Answer.NO,
            DocumentKind.CLOSING_SUMMARY: Answer.YES,
        },
        research_consent=Answer.NO,
        interpreter_used=True,
        interpreter_language="Yoruba",
        interpreter_name="Funmi Adeyemi",
        language="en",
    )
    record = dataclasses.replace(
        record,
        young_person_consents={c.id: OwnAnswers.same_as(*record.giver_answers()) for c in young},
    )
    signed_at = VISIT_START + timedelta(minutes=44)
    signatures = []
    parent_ink = synthetic_strokes(points_per_signature, seed=1)
    signatures.append(
        Signature(
            SignerRole.PARENT, giver, signed_at, PAD_W, PAD_H, parent_ink, signature_png(parent_ink)
        )
    )
    for child in young:
        ink = synthetic_strokes(points_per_signature, seed=5)
        signatures.append(
            Signature(
                SignerRole.YOUNG_PERSON,
                child.name,
                signed_at + timedelta(minutes=1),
                PAD_W,
                PAD_H,
                ink,
                signature_png(ink),
                child_id=child.id,
            )
        )
    ink = synthetic_strokes(points_per_signature, seed=9)
    signatures.append(
        Signature(
            SignerRole.INTERPRETER,
            record.interpreter_name,
            signed_at + timedelta(minutes=2),
            PAD_W,
            PAD_H,
            ink,
            signature_png(ink),
        )
    )
    document = build_document(
        kind=RecordKind.CONSENT,
        record=record.to_json(),
        family=family,
        signatures=signatures,
        confirmed_at=signed_at - timedelta(minutes=1),
        sealed_at=signed_at + timedelta(minutes=3),
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker="Sam Worker",
        app_version="0.1.0",
    )
    return SampleRecord(document, key.seal(document), sample_audit(record.id))


def sample_withdrawal(*, family_name: str = "Okafor-Lindqvist") -> SampleRecord:
    family = Family(family_name, "Flat 3, 14 Juniper Row\nLondon NW1 2AB", "MOS-204518")
    key = DeviceKey("laptop-0042", DeviceKey.new_private_bytes())
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=VISIT_START + timedelta(days=20),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({AGENCIES[2], AGENCIES[5]}),
        approach=frozenset({AGENCIES[2]}),
        reason="Would rather speak to the police herself.",
        worker_attested=True,
        worker="Sam Worker",
    )
    document = build_document(
        kind=RecordKind.WITHDRAWAL,
        record=withdrawal.to_json(),
        family=family,
        signatures=[],
        confirmed_at=None,
        sealed_at=VISIT_START + timedelta(days=20, minutes=5),
        device_id=key.device_id,
        device_public_key=key.public_key,
        worker="Sam Worker",
        app_version="0.1.0",
    )
    return SampleRecord(document, key.seal(document), sample_withdrawal_audit(withdrawal.id))


def sample_withdrawal_audit(record_id: uuid.UUID) -> list[AuditEntry]:
    """A withdrawal's audit entries: sealed, then viewed."""
    at = VISIT_START + timedelta(days=20, minutes=5)
    entries = []
    prev = GENESIS
    for seq, action in enumerate(("record.sealed", "record.viewed"), 1):
        stamp = (at + timedelta(minutes=seq - 1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        detail: dict[str, DetailValue] = {"version": 1}
        digest = entry_hash(seq, stamp, "worker-7", action, str(record_id), detail, prev)
        entries.append(
            AuditEntry(seq, stamp, "worker-7", action, str(record_id), detail, prev, digest)
        )
        prev = digest
    return entries


def run(repetitions: int, quick: bool) -> dict[str, float]:
    """Median milliseconds to render one consent record (two ~2,000-point signatures)."""
    from PySide6.QtWidgets import QApplication

    from cssw_documents.pdf import render_pdf

    # A full QApplication (not ensure_gui_app's QGuiApplication), so benchmark groups that
    # build widgets can still run in this process afterwards.
    _app = QApplication.instance() or QApplication(["cssw-bench"])
    sample = sample_consent(500 if quick else 2000)
    render_pdf(sample.document, sample.seal, sample.audit)  # warm-up: fonts, plugins

    def measure(_i: int) -> float:
        start = time.perf_counter()
        render_pdf(sample.document, sample.seal, sample.audit)
        return elapsed_ms(start)

    times = repeat(measure, repetitions, budget_s=20 if quick else 60)
    log(f"pdf: {len(times)} renders")
    figures: Figures = {"pdf_render_ms": median(times)}
    return figures
