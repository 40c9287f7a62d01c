"""The privacy notice's rule on a young person's own data (section 10): "Parental access
to a child's data is not automatic ... Where the child is aged 13 and over they must
consent to a parent having access." Who the family's children are, which parts of a sealed
record are a young person's own (their answer, their signature, when they confirmed it),
and those parts replaced by a marker until the young person agrees to their release.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from cssw_central.infra.tables import FamilySnapshot, Record
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

    def age(self, today: date) -> int | None:
        try:
            return age_on(date.fromisoformat(self.date_of_birth), today)
        except ValueError:
            return None


def known_children(
    snapshot: FamilySnapshot | None, records: list[Record] | Any
) -> list[KnownChild]:
    """Every child central knows of for the family: its details, then each record's list."""
    found: dict[str, KnownChild] = {}
    lists: list[Any] = []
    if snapshot is not None:
        with contextlib.suppress(ValueError):
            lists.append(json.loads(snapshot.children_json))
    for record in records:
        if record.kind == "consent":
            lists.append(record_part(record).get("covered_children"))
    for children in lists:
        for child in children if isinstance(children, list) else []:
            if isinstance(child, dict) and isinstance(child.get("id"), str):
                found.setdefault(
                    child["id"],
                    KnownChild(
                        child["id"], str(child.get("name", "")), str(child.get("date_of_birth", ""))
                    ),
                )
    return list(found.values())


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
    return {
        "id": child.id,
        "name": child.name,
        "date_of_birth": child.date_of_birth,
        "age_today": age,
        "status": status,
    }
