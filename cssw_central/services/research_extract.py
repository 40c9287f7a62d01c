"""The anonymised research extract (`cssw-central admin research-extract --out FILE`).

Only families whose consent NOW says Yes to research are used: the consent central
computes for caseloads (`services.caseload.consent_of`: the latest consent record not
returned to the worker, with every later withdrawal applied, a withdrawal of research
included). A family that said No, withdrew research, left it unanswered or has no consent
record is left out and only counted.

A young person whose own research answer is No now is left out too: no age band, not
counted among the family's children. That is one 13 or over on the form's date who said No
on a format 3 form (or No on an older form), or any child who withdrew research for
themselves after the form (at 13 or over on the day, as a withdrawal requires). Where
their own consent was not sought, the family's answer stands for them. A family whose
every covered child is left out this way is left out as a whole (its record is then only
about young people who refused).

What the extract holds: counts and rates only, from each included family's current consent
record. Ages in bands on the form's date, the form's month (never a day), the answers per
agency and document, children per family, case type. Never names, addresses, case
references, dates of birth, ids, or any free text (reasons, the worker's notes, the
interpreter's language). Small cells are suppressed (`services.research_tables`).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.files import OWNER_ONLY, atomic_write
from cssw_central.infra.tables import CASE_TYPES, FamilyRestriction, FamilySnapshot, Record
from cssw_central.services.caseload import consent_of
from cssw_central.services.research_tables import (
    DEFAULT_MIN_CELL,
    Group,
    SuppressionReport,
    as_csv,
    as_json,
    suppress,
)
from cssw_core.domain.age import age_on
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import Answer, ConsentRecordDraft, DocumentKind
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.withdrawal import Withdrawal

log = logging.getLogger("cssw_central.research_extract")

FORMATS = ("json", "csv")
AGE_BANDS = (("0-4", 0, 4), ("5-9", 5, 9), ("10-12", 10, 12), ("13-15", 13, 15), ("16-17", 16, 17))
OVER_17 = "18+"
CHILDREN_BANDS = ("1", "2", "3", "4+")
EXCLUSION_REASONS = (
    "said_no",
    "withdrew",
    "not_answered",
    "no_consent_record",
    "outside_months",
    "young_people_said_no",
    "restricted",
)
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_FAMILY_BATCH = 200  # families read per query: bounds memory, whatever the database holds


class ExtractRefused(ValueError):
    """The extract cannot be made; the message is one plain line with no personal data."""


@dataclass(frozen=True, slots=True)
class ExtractRequest:
    out: Path
    min_cell: int = DEFAULT_MIN_CELL
    month_from: str | None = None  # YYYY-MM, inclusive
    month_to: str | None = None  # YYYY-MM, inclusive
    output_format: str = "json"


@dataclass
class _Family:
    """What one included family adds: no identifier, only the values counted."""

    month: str
    state: ConsentState
    case_type: str
    age_bands: list[str]


@dataclass
class ExtractSummary:
    families_included: int = 0
    excluded: Counter[str] = field(default_factory=Counter)
    children_included: int = 0
    young_people_left_out: int = 0
    suppression: SuppressionReport | None = None

    @property
    def families_excluded(self) -> int:
        return sum(self.excluded.values())


def check_request(request: ExtractRequest) -> None:
    if request.min_cell < 2:
        raise ExtractRefused("--min-cell must be 2 or more (a cell of 1 is one family).")
    if request.output_format not in FORMATS:
        raise ExtractRefused("The extract is written as json or csv.")
    for month in (request.month_from, request.month_to):
        if month is not None and not _MONTH.match(month):
            raise ExtractRefused("Give a month as YYYY-MM.")
    if request.month_from and request.month_to and request.month_from > request.month_to:
        raise ExtractRefused("--month-from is after --month-to.")


def age_band(date_of_birth: date, on: date) -> str:
    """The child's age band on the day (a birthday on that day counts)."""
    age = age_on(date_of_birth, on)
    for name, low, high in AGE_BANDS:
        if low <= age <= high:
            return name
    return OVER_17 if age > 17 else "unknown"


def _draft(record: Record) -> ConsentRecordDraft:
    body = json.loads(record.document).get("record")
    if not isinstance(body, dict):
        raise RecordFormatError("the sealed document holds no record")
    return ConsentRecordDraft.from_json(body)


def _family_ids(session: Session) -> list[str]:
    known = set(session.scalars(select(FamilySnapshot.id)))
    known |= set(session.scalars(select(Record.family_id).distinct()))
    return sorted(known)


def _batches(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _FAMILY_BATCH):
        yield ids[start : start + _FAMILY_BATCH]


def _consider(
    records: list[Record],
    snapshot: FamilySnapshot | None,
    request: ExtractRequest,
    summary: ExtractSummary,
) -> _Family | None:
    """The family's contribution, or None (with the reason counted) when it is left out."""
    state, used = consent_of(records)
    if used is None:
        summary.excluded["no_consent_record"] += 1
        return None
    if state.research_consent is not Answer.YES:
        if state.research_consent is None:
            reason = "not_answered"
        elif any(w.research for w in state.withdrawals_applied):
            reason = "withdrew"
        else:
            reason = "said_no"
        summary.excluded[reason] += 1
        return None
    try:
        draft = _draft(used)
    except (RecordFormatError, ValueError, TypeError, KeyError, AttributeError):
        summary.excluded["no_consent_record"] += 1  # consent_of could not read it either
        return None
    month = draft.visit_date.strftime("%Y-%m")
    if (request.month_from and month < request.month_from) or (
        request.month_to and month > request.month_to
    ):
        summary.excluded["outside_months"] += 1
        return None
    refused = {
        child_id
        for child_id, own in state.young_people.items()
        if own.research_consent is Answer.NO
    } | _withdrew_research_since(records, draft)
    children = [c for c in draft.covered_children if c.id not in refused]
    if refused and not children:
        summary.excluded["young_people_said_no"] += 1
        summary.young_people_left_out += len(refused)
        return None
    summary.young_people_left_out += len(refused)
    case_type = snapshot.case_type if snapshot and snapshot.case_type in CASE_TYPES else None
    return _Family(
        month=month,
        state=state,
        case_type=case_type or "not_set",
        age_bands=[age_band(c.date_of_birth, draft.visit_date) for c in children],
    )


def _withdrew_research_since(records: list[Record], draft: ConsentRecordDraft) -> set[uuid.UUID]:
    """Children who withdrew research for themselves after the form: also those who were
    under 13 on the form's date (and so have no own answers on it) but 13 when they told."""
    children = set()
    for record in records:
        if record.kind != "withdrawal":
            continue
        try:
            withdrawal = Withdrawal.from_json(json.loads(record.document)["record"])
        except (RecordFormatError, ValueError, TypeError, KeyError, AttributeError):
            continue  # consent_of logged it by id
        child = withdrawal.young_person
        if (
            child is not None
            and withdrawal.research
            and withdrawal.withdrawn_at > draft.effective_at
        ):
            children.add(child.id)
    return children


def _collect(session: Session, request: ExtractRequest, summary: ExtractSummary) -> list[_Family]:
    included: list[_Family] = []
    for batch in _batches(_family_ids(session)):
        snapshots = {
            s.id: s
            for s in session.scalars(select(FamilySnapshot).where(FamilySnapshot.id.in_(batch)))
        }
        by_family: dict[str, list[Record]] = {family_id: [] for family_id in batch}
        for record in session.scalars(select(Record).where(Record.family_id.in_(batch))):
            by_family[record.family_id].append(record)
        restricted = set(
            session.scalars(
                select(FamilyRestriction.family_id).where(
                    FamilyRestriction.family_id.in_(batch), FamilyRestriction.lifted_at.is_(None)
                )
            )
        )
        for family_id in batch:
            if family_id in restricted:  # processing restricted at the family's request
                summary.excluded["restricted"] += 1
                continue
            family = _consider(by_family[family_id], snapshots.get(family_id), request, summary)
            if family is not None:
                included.append(family)
        session.expunge_all()  # the batch's documents are not kept in memory
    return included


def _answers_groups(table: str, rows: dict[str, list[Answer | None]]) -> list[Group]:
    groups = []
    for row, answers in rows.items():
        counts = {
            "yes": sum(a is Answer.YES for a in answers),
            "no": sum(a is Answer.NO for a in answers),
            "unanswered": sum(a is None for a in answers),
        }
        groups.append(Group(table, row, counts, rate_of="yes"))
    return groups


def build_groups(families: list[_Family], summary: ExtractSummary) -> list[Group]:
    """Every table of the extract, before suppression: those left out, then the counts."""
    months = Counter(f.month for f in families)
    ages = Counter(band for f in families for band in f.age_bands)
    per_family = Counter(
        CHILDREN_BANDS[min(len(f.age_bands), 4) - 1] if f.age_bands else "0" for f in families
    )
    case_types = Counter(f.case_type for f in families)
    # The usual bands always (a zero describes no one); the rare ones only when present.
    rare = [band for band in (OVER_17, "unknown") if ages[band]]
    bands = [name for name, _low, _high in AGE_BANDS] + rare
    sizes = (["0"] if per_family["0"] else []) + list(CHILDREN_BANDS)
    groups = [
        Group("families_left_out", "all", {r: summary.excluded[r] for r in EXCLUSION_REASONS}),
        Group("young_people_left_out", "all", {"young_people": summary.young_people_left_out}),
        Group("consents_by_month", "all", {m: months[m] for m in sorted(months)}),
        Group("children_by_age_band", "all", {b: ages[b] for b in bands}),
        Group("children_per_family", "all", {b: per_family[b] for b in sizes}),
        Group("case_type", "all", {t: case_types[t] for t in (*CASE_TYPES, "not_set")}),
    ]
    groups += _answers_groups(
        "share_with", {a.value: [f.state.share_with[a] for f in families] for a in AGENCIES}
    )
    groups += _answers_groups(
        "ask_for_information",
        {a.value: [f.state.approach[a] for f in families] for a in AGENCIES},
    )
    groups += _answers_groups(
        "documents", {d.value: [f.state.documents[d] for f in families] for d in DocumentKind}
    )
    return [g for g in groups if g.counts]


def make_extract(
    sessions: sessionmaker[Session], request: ExtractRequest, now: datetime
) -> ExtractSummary:
    """Write the extract to `request.out` (owner-only) and audit it (counts only)."""
    check_request(request)
    if request.out.exists():
        raise ExtractRefused("That file is already there; an extract never overwrites one.")
    summary = ExtractSummary()
    with transaction(sessions) as session:
        families = _collect(session, request, summary)
    summary.families_included = len(families)
    summary.children_included = sum(len(f.age_bands) for f in families)
    groups = build_groups(families, summary)
    report = suppress(groups, request.min_cell)
    summary.suppression = report
    described = _described(summary, request)
    write = as_csv if request.output_format == "csv" else as_json
    atomic_write(request.out, write(described, groups, report), OWNER_ONLY)
    with transaction(sessions) as session:
        audit(
            session,
            now,
            "admin",
            "research_extract",
            families_included=summary.families_included,
            families_excluded=summary.families_excluded,
            children_included=summary.children_included,
            young_people_left_out=summary.young_people_left_out,
            cells_suppressed=report.cells,
            min_cell=request.min_cell,
            output_format=request.output_format,
        )
    return summary


def _described(summary: ExtractSummary, request: ExtractRequest) -> dict[str, Any]:
    return {
        "months": {"from": request.month_from, "to": request.month_to},
        "families": {
            "included": summary.families_included,
            "excluded": summary.families_excluded,
        },
        "children_included": summary.children_included,
    }
