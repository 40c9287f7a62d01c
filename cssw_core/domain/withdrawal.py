"""Withdrawals: the family, or a young person for their own consent, stops consent given on
a signed form. Never an edit of a signed record: a new record applied on top of it.

Format 1 (the first release) withdrew agencies only, by the adult. Format 2 adds the
documents and research withdrawn, and who withdraws: the adult (a person with parental
responsibility, `young_person` None) or a young person aged 13 or over for their own
consent (`young_person`: the child as on the day, like the consent record's list).
A format 1 withdrawal reads back as format 1 and writes the same bytes again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import DocumentKind
from cssw_core.domain.family import Child, new_id
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.record_json import (
    RecordFormatError,
    bool_from_json,
    date_from_json,
    enum_from_json,
    json_object,
    text_from_json,
    time_from_json,
    time_to_json,
    utc,
    uuid_from_json,
)

WITHDRAWAL_SCHEMA = 2
"""Format 2: documents, research and who withdraws (the adult, or a young person)."""
LEGACY_WITHDRAWAL_SCHEMA = 1
"""Format 1: agencies only, by the adult."""
_TIME_ZONE_SLACK = timedelta(hours=14)  # the day told, in any time zone


class CommunicatedBy(StrEnum):
    """How the family told CSSW they were withdrawing consent."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _COMMUNICATED_LABELS[self]


_COMMUNICATED_LABELS: dict[CommunicatedBy, str] = {
    CommunicatedBy.IN_PERSON: QT_TRANSLATE_NOOP("Withdrawal", "In person"),
    CommunicatedBy.PHONE: QT_TRANSLATE_NOOP("Withdrawal", "Phone"),
    CommunicatedBy.LETTER: QT_TRANSLATE_NOOP("Withdrawal", "Letter"),
    CommunicatedBy.EMAIL: QT_TRANSLATE_NOOP("Withdrawal", "Email"),
    CommunicatedBy.OTHER: QT_TRANSLATE_NOOP("Withdrawal", "Other"),
}

_LEGACY_KEYS = (
    "schema", "id", "family_id", "share", "approach", "withdrawn_at", "communicated_by",
    "reason", "worker_attested", "worker",
)  # fmt: skip
_WITHDRAWAL_KEYS = (*_LEGACY_KEYS, "documents", "research", "young_person")
_YOUNG_PERSON_KEYS = ("id", "name", "gender", "date_of_birth")


def _agencies_from_json(value: object, what: str) -> frozenset[Agency]:
    if not isinstance(value, list):
        raise RecordFormatError(f"{what} must be a list")
    agencies = [enum_from_json(Agency, v, what) for v in value]
    if [a.value for a in agencies] != _agencies_to_json(frozenset(agencies)):
        raise RecordFormatError(f"{what} must list each agency once, in the form's order")
    return frozenset(agencies)


def _agencies_to_json(agencies: frozenset[Agency]) -> list[str]:
    return [a.value for a in AGENCIES if a in agencies]


def _documents_from_json(value: object) -> frozenset[DocumentKind]:
    if not isinstance(value, list):
        raise RecordFormatError("documents must be a list")
    kinds = [enum_from_json(DocumentKind, v, "documents") for v in value]
    if [k.value for k in kinds] != _documents_to_json(frozenset(kinds)):
        raise RecordFormatError("documents must list each document once, in the form's order")
    return frozenset(kinds)


def _documents_to_json(kinds: frozenset[DocumentKind]) -> list[str]:
    return [k.value for k in DocumentKind if k in kinds]


def _young_person_to_json(child: Child | None) -> dict[str, str] | None:
    if child is None:
        return None
    return {
        "id": str(child.id),
        "name": child.name,
        "gender": child.gender,
        "date_of_birth": child.date_of_birth.isoformat(),
    }


def _young_person_from_json(value: object) -> Child | None:
    if value is None:
        return None
    data = json_object(value, "young person", _YOUNG_PERSON_KEYS)
    return Child(
        id=uuid_from_json(data["id"], "young person id"),
        name=text_from_json(data["name"], "young person's name"),
        gender=text_from_json(data["gender"], "young person's gender"),
        date_of_birth=date_from_json(data["date_of_birth"], "young person's date of birth"),
    )


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """Consent withdrawn: agencies (share, approach), documents, research. Never edits a
    record: it is applied on top.

    `withdrawn_at` is when CSSW was told (UTC); withdrawals only affect records whose
    choices took effect before then. `young_person` None: the adult withdraws the family's
    consent; a child: that young person withdraws their own consent only.
    """

    family_id: uuid.UUID
    withdrawn_at: datetime
    communicated_by: CommunicatedBy
    share: frozenset[Agency] = frozenset()
    approach: frozenset[Agency] = frozenset()
    documents: frozenset[DocumentKind] = frozenset()
    research: bool = False
    young_person: Child | None = None
    reason: str = ""
    worker_attested: bool = False
    worker: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    schema: int = WITHDRAWAL_SCHEMA

    def __post_init__(self) -> None:
        object.__setattr__(self, "withdrawn_at", utc(self.withdrawn_at, "withdrawal time"))
        object.__setattr__(self, "share", frozenset(self.share))
        object.__setattr__(self, "approach", frozenset(self.approach))
        object.__setattr__(self, "documents", frozenset(self.documents))
        if self.schema not in (WITHDRAWAL_SCHEMA, LEGACY_WITHDRAWAL_SCHEMA):
            raise ValueError("a withdrawal's format is 1 or 2")
        if self.schema == LEGACY_WITHDRAWAL_SCHEMA and (
            self.documents or self.research or self.young_person is not None
        ):
            raise ValueError("a format 1 withdrawal names agencies only, by the adult")

    @property
    def withdraws_anything(self) -> bool:
        """A withdrawal must withdraw something: an agency, a document or research."""
        return bool(self.share or self.approach or self.documents or self.research)

    @property
    def by_young_person(self) -> bool:
        return self.young_person is not None

    def young_person_old_enough(self) -> bool:
        """A young person withdraws their own consent only at 13 or over on the day told."""
        child = self.young_person
        return child is None or child.needs_own_consent(
            (self.withdrawn_at + _TIME_ZONE_SLACK).date()
        )

    def problems(self) -> list[str]:
        """What still needs doing before the withdrawal can be saved, in plain words."""
        missing: list[str] = []
        if not self.withdraws_anything:
            missing.append(
                "Choose at least one consent to withdraw: an agency, a document or research."
            )
        if not self.young_person_old_enough():
            missing.append("Only a young person aged 13 or over withdraws their own consent.")
        if not self.worker.strip():
            missing.append("Enter the name of the worker recording this.")
        if not self.worker_attested:
            missing.append("Confirm that the family told you this themselves.")
        return missing

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict for `canonical_json`; lists in the form's order."""
        data: dict[str, Any] = {
            "schema": self.schema,
            "id": str(self.id),
            "family_id": str(self.family_id),
            "share": _agencies_to_json(self.share),
            "approach": _agencies_to_json(self.approach),
            "withdrawn_at": time_to_json(self.withdrawn_at),
            "communicated_by": self.communicated_by.value,
            "reason": self.reason,
            "worker_attested": self.worker_attested,
            "worker": self.worker,
        }
        if self.schema == WITHDRAWAL_SCHEMA:
            data["documents"] = _documents_to_json(self.documents)
            data["research"] = self.research
            data["young_person"] = _young_person_to_json(self.young_person)
        return data

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Withdrawal:
        """The withdrawal back from `to_json` output; RecordFormatError if it is not that."""
        schema = value.get("schema")
        if isinstance(schema, bool) or schema not in (WITHDRAWAL_SCHEMA, LEGACY_WITHDRAWAL_SCHEMA):
            raise RecordFormatError("withdrawal is from a format this version does not know")
        keys = _WITHDRAWAL_KEYS if schema == WITHDRAWAL_SCHEMA else _LEGACY_KEYS
        data = json_object(dict(value), "withdrawal", keys)
        extra: dict[str, Any] = {}
        if schema == WITHDRAWAL_SCHEMA:
            extra = {
                "documents": _documents_from_json(data["documents"]),
                "research": bool_from_json(data["research"], "research"),
                "young_person": _young_person_from_json(data["young_person"]),
            }
        return cls(
            id=uuid_from_json(data["id"], "withdrawal id"),
            family_id=uuid_from_json(data["family_id"], "family id"),
            share=_agencies_from_json(data["share"], "share"),
            approach=_agencies_from_json(data["approach"], "approach"),
            withdrawn_at=time_from_json(data["withdrawn_at"], "withdrawal time"),
            communicated_by=enum_from_json(CommunicatedBy, data["communicated_by"], "how told"),
            reason=text_from_json(data["reason"], "reason"),
            worker_attested=bool_from_json(data["worker_attested"], "worker attested"),
            worker=text_from_json(data["worker"], "worker"),
            schema=int(schema),
            **extra,
        )
