"""The privacy notice's rule on a young person's own data (section 10): "Parental access
to a child's data is not automatic ... Where the child is aged 13 and over they must
consent to a parent having access." Who the family's children are, which parts of a sealed
record are a young person's own (their answer, their signature, when they confirmed it,
and the whole of a withdrawal of their own consent: who, what and why),
and those parts replaced by a marker until the young person agrees to their release.

A child's age is decided safely: from the case system's date of birth where central has
one (`families.case_system_json`, from the import), and from the records' own; never from
the family's details central keeps for caseloads, which laptops' records update. When the
sources disagree the earliest date of birth is used (the older age, which withholds), and
the bundle says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cssw_central.infra.tables import FamilySnapshot, Record
from cssw_central.services.family_team import imported_facts
from cssw_core.domain.age import age_on

NEEDS_CONSENT = "needs the young person's consent before release"
CONSENTED = "the young person agreed to release"
REQUESTER_CHILD = "the young person asking"
RELEASED = "under 13: released to the requester (parental access is still not automatic)"
WITHHELD = "withheld: needs the young person's consent before release"


@dataclass(frozen=True, slots=True)
class KnownChild:
    id: str
    name: str
    date_of_birth: str
    note: str = ""  # why this date of birth, when the sources disagree

    def age(self, today: date) -> int | None:
        try:
            return age_on(date.fromisoformat(self.date_of_birth), today)
        except ValueError:
            return None


@dataclass
class _Sources:
    name: str = ""
    case_system: str = ""  # the case system's date of birth, if it has one
    dates: list[str] = field(default_factory=list)  # every source's, case system first


def _valid(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def known_children(
    snapshot: FamilySnapshot | None, records: list[Record] | Any
) -> list[KnownChild]:
    """Every child central knows of for the family, from the case system's facts and each
    record's list (never from the caseload's family details, which laptops write)."""
    found: dict[str, _Sources] = {}
    facts = imported_facts(snapshot)
    for child in _dicts(facts.get("children") if facts else None):
        sources = found.setdefault(child["id"], _Sources(name=str(child.get("name", ""))))
        sources.case_system = str(child.get("date_of_birth", ""))
        sources.dates.append(sources.case_system)
    for record in records:
        part = record_part(record)
        if record.kind != "consent":  # a young person's own withdrawal names them
            listed = _dicts([part.get("young_person")])
        else:
            listed = _dicts(part.get("covered_children"))
        for child in listed:
            sources = found.setdefault(child["id"], _Sources(name=str(child.get("name", ""))))
            sources.dates.append(str(child.get("date_of_birth", "")))
    return [_decided(child_id, sources) for child_id, sources in found.items()]


def _dicts(children: object) -> list[dict[str, Any]]:
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict) and isinstance(c.get("id"), str)]


def _decided(child_id: str, sources: _Sources) -> KnownChild:
    readable = sorted({d for d in sources.dates if _valid(d)})
    if not readable:
        return KnownChild(child_id, sources.name, "")
    if len(readable) == 1 and len(set(sources.dates)) == 1:
        return KnownChild(child_id, sources.name, readable[0])
    where = "the case system and the records" if sources.case_system else "the records"
    note = (
        f"The dates of birth {where} give differ ({', '.join(sorted(set(sources.dates)))}); "
        f"the earliest, {readable[0]}, is used: the older age withholds the young person's "
        "own parts until they agree."
    )
    return KnownChild(child_id, sources.name, readable[0], note)


def record_part(record: Record) -> dict[str, Any]:
    try:
        part = json.loads(record.document).get("record")
    except (ValueError, AttributeError):
        return {}
    return part if isinstance(part, dict) else {}


def covered_ids(record: Record) -> set[str]:
    covered = record_part(record).get("covered_children")
    if not isinstance(covered, list):
        return set()
    return {c["id"] for c in covered if isinstance(c, dict) and isinstance(c.get("id"), str)}


def redact(document: dict[str, Any], withheld: set[str]) -> tuple[dict[str, Any], set[str]]:
    """The document with these young people's own parts replaced by a marker, and whose
    parts were there: their answer, their signature and when they confirmed it."""
    copy = json.loads(json.dumps(document))
    found: set[str] = set()
    record = copy.get("record")
    young = record.get("young_person_consents") if isinstance(record, dict) else None
    if isinstance(young, dict):
        for child_id in withheld & set(young):
            young[child_id] = WITHHELD
            found.add(child_id)
    signatures = copy.get("signatures")
    if isinstance(signatures, list):
        for n, signature in enumerate(signatures):
            signer = signature.get("child_id") if isinstance(signature, dict) else None
            if isinstance(signer, str) and signer in withheld:
                signatures[n] = {"role": signature.get("role"), "child_id": signer,
                                 "withheld": WITHHELD}  # fmt: skip
                found.add(signer)
    withdrawer = record.get("young_person") if isinstance(record, dict) else None
    if isinstance(withdrawer, dict) and withdrawer.get("id") in withheld:
        # A young person's own withdrawal is all their own: who, what, and why.
        for name in ("young_person", "share", "approach", "documents", "research", "reason"):
            record[name] = WITHHELD
        found.add(str(withdrawer["id"]))
    confirmed = copy.get("young_people_confirmed_at")
    if isinstance(confirmed, dict):
        for child_id in withheld & set(confirmed):
            confirmed[child_id] = WITHHELD
            found.add(child_id)
    return copy, found


def child_entry(
    child: KnownChild, today: date, withheld: set[str], consented: set[str], asking: str | None
) -> dict[str, Any]:
    age = child.age(today)
    if child.id == asking:
        status = REQUESTER_CHILD
    elif child.id in withheld:
        status = NEEDS_CONSENT
    elif child.id in consented:
        status = CONSENTED
    else:
        status = RELEASED
    entry = {
        "id": child.id,
        "name": child.name,
        "date_of_birth": child.date_of_birth,
        "age_today": age,
        "status": status,
    }
    if child.note:
        entry["date_of_birth_note"] = child.note
    return entry
