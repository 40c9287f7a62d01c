"""Preloading caseloads from the case system: `cssw-central admin import-families FILE.json`."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.config import system_clock
from cssw_central.infra.database import audit
from cssw_central.infra.tables import FamilySnapshot, Worker
from cssw_central.services.family_children import keep_children
from cssw_central.services.family_team import case_system_facts
from cssw_central.services.retention import CaseFacts, facts_of, redate_family
from cssw_core.domain import fields
from cssw_core.protocol import CaseloadChild, Uuid

MAX_IMPORT_BYTES = 64 * 1024 * 1024
CaseType = Literal[
    "child_in_need", "child_protection", "looked_after", "adoption", "adopter_not_approved"
]


class ImportRefused(ValueError):
    """The file cannot be imported; the message says where, never what a family's details are."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _plain(text: str) -> str:
    if fields.has_hidden_characters(text, multiline=True):
        raise ValueError("hidden or control characters")  # the value is never repeated
    return text


class ImportedFamily(_Strict):
    id: Uuid
    family_name: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
        AfterValidator(_plain),
    ]
    address: Annotated[str, StringConstraints(max_length=300), AfterValidator(_plain)] = ""
    case_reference: Annotated[str, StringConstraints(max_length=40), AfterValidator(_plain)] = ""
    allocated_worker: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    children: list[CaseloadChild] = Field(default_factory=list)
    # The case facts retention runs from (cssw_central.services.retention). Left out: unchanged;
    # null: cleared (a case reopened). Dates as "YYYY-MM-DD".
    case_type: CaseType | None = None
    case_closed_on: Annotated[date, Strict()] | None = None
    adoption_order_on: Annotated[date, Strict()] | None = None

    def facts(self, before: CaseFacts) -> CaseFacts:
        """The family's case facts after this import: the ones given replace `before`."""
        given = self.model_fields_set
        return CaseFacts(
            self.case_type if "case_type" in given else before.case_type,
            self.case_closed_on if "case_closed_on" in given else before.case_closed_on,
            self.adoption_order_on if "adoption_order_on" in given else before.adoption_order_on,
        )


class ImportFile(_Strict):
    families: list[ImportedFamily]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: int
    updated: int


def _read(path: Path) -> ImportFile:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportRefused("The file is too large to import (the limit is 64 MB).")
        parsed = ImportFile.model_validate_json(path.read_bytes())
    except OSError as error:
        raise ImportRefused(f"The file could not be read ({error.strerror}).") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "the file"
        if first.get("type") == "json_invalid":
            raise ImportRefused("The file is not readable JSON.") from None
        raise ImportRefused(
            f"In the file, {where} is missing or not in the expected form."
        ) from None
    family_ids = [f.id for f in parsed.families]
    if len(set(family_ids)) != len(family_ids):
        raise ImportRefused("The file lists the same family id more than once.")
    for n, family in enumerate(parsed.families):
        child_ids = [c.id for c in family.children]
        if len(set(child_ids)) != len(child_ids):
            raise ImportRefused(f"In the file, families.{n} lists the same child id twice.")
        for m, child in enumerate(family.children):
            try:
                date.fromisoformat(child.date_of_birth)
            except ValueError:
                raise ImportRefused(
                    f"In the file, families.{n}.children.{m}.date_of_birth is not a real date."
                ) from None
    all_children = [c.id for f in parsed.families for c in f.children]
    if len(set(all_children)) != len(all_children):  # one child in two families
        raise ImportRefused("The file lists the same child id in more than one family.")
    return parsed


def import_families(session: Session, path: Path, now: datetime | None = None) -> ImportSummary:
    """Create or update families from a case-system export, and allocate them; then commit.

    The file is JSON of this shape (ids are the families' and children's UUIDs in the case
    system, reused by the laptops; `allocated_worker` is the worker's username at central)::

        {"families": [
          {"id": "7d0c…", "family_name": "Okafor", "address": "12 Elm Road, …",
           "case_reference": "CSSW-104233", "allocated_worker": "wendy",
           "children": [{"id": "1f4a…", "name": "Chidi Okafor", "gender": "Male",
                         "date_of_birth": "2011-05-02"}],
           "case_type": "child_in_need", "case_closed_on": "2026-01-31",
           "adoption_order_on": null}
        ]}

    `address`, `case_reference` and `children` may be left out. So may the case facts
    retention runs from (`case_type`: one of `infra.tables.CASE_TYPES`; the dates
    "YYYY-MM-DD", not after today): left out they stay as they were, null clears them, and
    a change re-dates the family's filed records (audited). All or nothing: any problem
    (an unknown or inactive username, a malformed entry) refuses the whole file, naming the
    entry by its position. The case system is the authority on allocation, so an imported
    family's worker, team and details replace what central had. Records that arrive later
    (only from laptops of the family's team) refresh its address and case reference when
    sealed after the import, never its name or its children's names and dates of birth:
    those stay the case system's facts, and a record that disagrees is flagged
    (services/family_team.py).
    """
    parsed = _read(path)
    moment = now or system_clock()
    usernames = {f.allocated_worker for f in parsed.families}
    workers = {
        w.username: w for w in session.scalars(select(Worker).where(Worker.username.in_(usernames)))
    }
    for n, family in enumerate(parsed.families):
        worker = workers.get(family.allocated_worker)
        if worker is None or not worker.active:
            raise ImportRefused(
                f"In the file, families.{n}: there is no active worker with the username "
                f"“{family.allocated_worker[:100]}”."
            )
        given = CaseFacts(family.case_type, family.case_closed_on, family.adoption_order_on)
        problem = given.problem(moment.date())
        if problem is not None:
            raise ImportRefused(f"In the file, families.{n}: {problem}")
    existing = {
        f.id: f
        for f in session.scalars(
            select(FamilySnapshot).where(FamilySnapshot.id.in_([f.id for f in parsed.families]))
        )
    }
    created = updated = 0
    redate: list[str] = []
    changed_children: list[tuple[str, str]] = []  # kept in family_children after the flush
    # Per team: families created, updated, and records re-dated (one audit entry each).
    per_team: dict[str, Counter[str]] = defaultdict(Counter)
    for family in parsed.families:
        worker = workers[family.allocated_worker]
        children = json.dumps([c.model_dump() for c in family.children], ensure_ascii=False)
        snapshot = existing.get(family.id)
        if snapshot is None:
            snapshot = FamilySnapshot(id=family.id)
            session.add(snapshot)
            created += 1
            per_team[worker.team_id]["created"] += 1
        else:
            updated += 1
            per_team[worker.team_id]["updated"] += 1
        before, facts = facts_of(snapshot), family.facts(facts_of(snapshot))
        if facts != before or (
            facts.case_type == "looked_after" and snapshot.children_json != children
        ):
            redate.append(family.id)
        snapshot.case_type = facts.case_type
        snapshot.case_closed_on = facts.case_closed_on
        snapshot.adoption_order_on = facts.adoption_order_on
        snapshot.team_id = worker.team_id
        snapshot.family_name = family.family_name
        snapshot.address = family.address
        snapshot.case_reference = family.case_reference
        snapshot.allocated_worker_id = worker.id
        if snapshot.children_json != children:
            snapshot.children_json = children
            changed_children.append((family.id, children))
        snapshot.case_system_json = case_system_facts(
            [c.model_dump() for c in family.children], family.family_name
        )
        snapshot.updated_at = moment
    session.flush()
    for family_id, children in changed_children:
        keep_children(session.connection(), family_id, json.loads(children))
    team_of = {family.id: workers[family.allocated_worker].team_id for family in parsed.families}
    for family_id in redate:
        per_team[team_of[family_id]]["records_redated"] += redate_family(
            session, family_id, "admin", moment
        )
    for team_id, counts in sorted(per_team.items()):
        audit(
            session, moment, "admin", "families_imported", team_id=team_id,
            created=counts["created"], updated=counts["updated"],
            records_redated=counts["records_redated"],
        )  # fmt: skip
    session.commit()
    return ImportSummary(created=created, updated=updated)
