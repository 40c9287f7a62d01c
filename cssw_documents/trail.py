"""The audit trail in plain words: what happened, and when, in the order it happened.

Two sources are merged. The sealed record itself says when the visit started and ended,
when each leaflet section was first shown, when each item was explained, when the
answers were confirmed and each signature given, and when it was sealed: that part is
the same wherever the PDF is made. The laptop's audit log adds when each step of the
visit was completed, and what was done with the record afterwards (viewed, saved,
printed); central does not hold that log, so its PDF says so instead.

Nothing here prints an audit code (`visit.step`, `record.sealed`): each entry is said in
words, and an entry this version does not know is said as "another action".
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.consent import ExplainedItem
from cssw_core.domain.i18n import fill
from cssw_core.domain.visit import STEPS, Step
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_core.resources import resources_dir
from cssw_documents.formatting import parse_time, time_text
from cssw_documents.layout import MM, PageFlow, last_page_heading
from cssw_documents.words import communicated_label, explained_label

translate = QCoreApplication.translate

TRAIL_TEXT_PT = 9.5


class TrailEntry(Protocol):
    """One entry of the laptop's audit log as the PDF reads it (AuditEntry is one)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def detail(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Event:
    moment: datetime
    order: int  # keeps events at the same moment in the order they were added
    words: str


def trail_title(kind: str) -> str:
    """The trail page's title for this kind of record (a withdrawal is not a visit)."""
    if kind == "withdrawal":
        return translate("Pdf", "How this withdrawal was recorded")
    if kind == "share":
        return translate("Pdf", "How this share was recorded")
    return translate("Pdf", "What happened during the visit")


def draw_trail(
    flow: PageFlow,
    document: Mapping[str, Any],
    audit: Sequence[TrailEntry] | None,
    zone: tzinfo,
) -> None:
    """A new page: every event of the record in time order. `audit`: the laptop's audit
    log entries of this record; None where the log is not held (central)."""
    kind = str(document.get("kind"))
    if audit is None:
        source = translate(
            "Pdf",
            "Times are taken from the sealed record. The laptop's step-by-step audit log "
            "stays on the laptop; it is not part of the seal.",
        )
    else:
        source = translate(
            "Pdf",
            "Times are taken from the sealed record and from the laptop's audit log, which "
            "cannot be changed without it showing. The log holds no names or other "
            "personal details.",
        )
    last_page_heading(flow, trail_title(kind), source)
    flow.space(3 * MM)
    events = record_events(document) + ([] if audit is None else audit_events(audit))
    events.sort(key=lambda e: (e.moment, e.order))
    width = flow.width
    columns = (
        (52 * MM, translate("Pdf", "When")),
        (width - 52 * MM, translate("Pdf", "What happened")),
    )
    flow.table_row(columns, [c[1] for c in columns], TRAIL_TEXT_PT, header=True)
    if not events:
        flow.table_row(
            columns, ["–", translate("Pdf", "Nothing was recorded")], TRAIL_TEXT_PT, header=False
        )
    for event in events:
        when = time_text(event.moment.isoformat(), zone)
        flow.table_row(columns, [when, event.words], TRAIL_TEXT_PT, header=False)


def record_events(document: Mapping[str, Any]) -> list[Event]:
    """What the sealed record itself says happened, and when."""
    events: list[Event] = []

    def add(stamp: object, words: str) -> None:
        moment = parse_time(stamp) if isinstance(stamp, str) else None
        if moment is not None:
            events.append(Event(moment, len(events), words))

    record = document.get("record") or {}
    names = _child_names(record)
    if document.get("kind") == "withdrawal":
        how = str(record.get("communicated_by", ""))
        try:
            told = communicated_label(CommunicatedBy(how))
        except ValueError:
            told = translate("Pdf", "another way")
        add(
            record.get("withdrawn_at"),
            fill(translate("Pdf", "The family withdrew consent (told CSSW by: %1)"), told.lower()),
        )
    elif document.get("kind") == "share":
        authorised = record.get("authorised_by")
        if isinstance(authorised, dict):
            add(authorised.get("at"), translate("Pdf", "A manager authorised sharing"))
        add(record.get("shared_at"), translate("Pdf", "The information was shared"))
        family_told = record.get("family_told")
        if isinstance(family_told, dict):
            add(family_told.get("at"), translate("Pdf", "The family was told"))
    else:
        add(record.get("visit_start"), translate("Pdf", "The visit started"))
        titles = leaflet_section_titles(str(record.get("leaflet_version", "")))
        viewed = record.get("sections_viewed") or {}
        if isinstance(viewed, dict):
            for section, when in viewed.items():
                title = titles.get(str(section), str(section))
                add(when, fill(translate("Pdf", "Leaflet section shown: “%1”"), title))
        explained = record.get("explained") or {}
        if isinstance(explained, dict):
            for item in ExplainedItem:
                add(
                    explained.get(item.value),
                    fill(translate("Pdf", "Explained and ticked: %1"), explained_label(item)),
                )
    add(
        document.get("confirmed_at"),
        translate("Pdf", "The person giving consent checked their answers and confirmed them"),
    )
    young = document.get("young_people_confirmed_at") or {}
    if isinstance(young, dict):
        for child_id, when in young.items():
            name = names.get(str(child_id)) or translate("Pdf", "A young person")
            add(
                when,
                fill(translate("Pdf", "%1 checked their own answers and confirmed them"), name),
            )
    for signature in document.get("signatures") or []:
        if isinstance(signature, dict):
            name = str(signature.get("signer_name", ""))
            add(signature.get("signed_at"), fill(translate("Pdf", "Signed by %1"), name))
    if document.get("kind") != "withdrawal":
        add(record.get("visit_end"), translate("Pdf", "The visit ended"))
    add(
        document.get("sealed_at"),
        translate("Pdf", "The record was sealed: from now on it cannot be changed"),
    )
    return events


def audit_events(audit: Sequence[TrailEntry]) -> list[Event]:
    """The laptop's audit log entries of the record, in words (sealing is already said
    from the record; each step completed, and what was done with it afterwards)."""
    events: list[Event] = []
    for entry in audit:
        moment = parse_time(entry.at)
        words = audit_words(entry.action, entry.detail)
        if moment is not None and words:
            events.append(Event(moment, 1000 + entry.seq, words))
    return events


def audit_words(action: str, detail: Mapping[str, Any]) -> str:
    """One audit log entry in words ("" for one the record already says)."""
    if action == "visit.step":
        return _step_words(detail)
    said = {
        "record.sealed": "",  # the record's own sealed_at says it
        "record.viewed": translate("Pdf", "The record was opened on the laptop"),
        "record.exported": translate("Pdf", "A copy of the record was saved as a PDF"),
        "record.printed": translate("Pdf", "A copy for the family was printed"),
        "record.family_copy": translate("Pdf", "A copy for the family was saved as a PDF"),
        "record.queued": translate("Pdf", "The record was queued to be sent to central"),
        "record.receipt_stored": translate("Pdf", "Central confirmed it had received the record"),
        "record.draft_saved": translate("Pdf", "The visit so far was saved on the laptop"),
    }
    if action in said:
        return said[action]
    return translate("Pdf", "Another action was noted in the laptop's audit log")


def _step_words(detail: Mapping[str, Any]) -> str:
    completed = _step(detail.get("completed"))
    step = _step(detail.get("step"))
    total = len(STEPS)
    if completed is not None:
        return fill(
            translate("Pdf", "Step %1 of %2 completed: %3"),
            completed.number,
            total,
            _heading(completed),
        )
    if step is None:
        return translate("Pdf", "The visit moved to another step")
    if detail.get("back"):
        template = translate("Pdf", "Went back to step %1 of %2: %3")
    elif detail.get("resumed"):
        template = translate("Pdf", "The visit was resumed at step %1 of %2: %3")
    elif detail.get("started"):
        template = translate("Pdf", "The visit began at step %1 of %2: %3")
    else:
        template = translate("Pdf", "Step %1 of %2 reached: %3")
    return fill(template, step.number, total, _heading(step))


def _step(value: object) -> Step | None:
    try:
        return Step(str(value)) if value is not None else None
    except ValueError:
        return None


def _heading(step: Step) -> str:
    return QCoreApplication.translate("VisitStep", step.heading)


def _child_names(record: Mapping[str, Any]) -> dict[str, str]:
    names = {}
    for child in record.get("covered_children") or []:
        if isinstance(child, dict):
            names[str(child.get("id"))] = str(child.get("name", ""))
    return names


def leaflet_section_titles(version: str) -> dict[str, str]:
    """Section id → title of the shipped leaflet of this version; for a version no longer
    shipped, the titles of the shipped leaflet in the same language (a section keeps its
    id across versions); empty when neither is known (the trail then names the id)."""
    language = version.rpartition("-")[2] if "-" in version else ""
    same_language: dict[str, str] = {}
    for path in sorted((resources_dir() / "leaflet").glob("*/leaflet.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
            continue
        titles = {
            str(s["id"]): str(s["title"])
            for s in data["sections"]
            if isinstance(s, dict) and "id" in s and "title" in s
        }
        if data.get("version") == version:
            return titles
        shipped = str(data.get("version", ""))
        if language and shipped.rpartition("-")[2] == language and not same_language:
            same_language = titles
    return same_language
