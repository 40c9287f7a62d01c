"""Withdrawals: the family stops consent for some agencies. Never an edit of a signed
record: a new record applied on top of it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.family import new_id
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.record_json import (
    RecordFormatError,
    bool_from_json,
    enum_from_json,
    json_object,
    text_from_json,
    time_from_json,
    time_to_json,
    utc,
    uuid_from_json,
)

WITHDRAWAL_SCHEMA = 1


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

_WITHDRAWAL_KEYS = (
    "schema", "id", "family_id", "share", "approach", "withdrawn_at", "communicated_by",
    "reason", "worker_attested", "worker",
)  # fmt: skip


def _agencies_from_json(value: object, what: str) -> frozenset[Agency]:
    if not isinstance(value, list):
        raise RecordFormatError(f"{what} must be a list")
    agencies = [enum_from_json(Agency, v, what) for v in value]
    if [a.value for a in agencies] != _agencies_to_json(frozenset(agencies)):
        raise RecordFormatError(f"{what} must list each agency once, in the form's order")
    return frozenset(agencies)


def _agencies_to_json(agencies: frozenset[Agency]) -> list[str]:
    return [a.value for a in AGENCIES if a in agencies]


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The family withdrew consent for some agencies. Never edits a record: it is applied on top.

    `withdrawn_at` is when the family told CSSW (UTC); withdrawals only affect records
    whose choices took effect before then.
    """

    family_id: uuid.UUID
    withdrawn_at: datetime
    communicated_by: CommunicatedBy
    share: frozenset[Agency] = frozenset()
    approach: frozenset[Agency] = frozenset()
    reason: str = ""
    worker_attested: bool = False
    worker: str = ""
    id: uuid.UUID = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "withdrawn_at", utc(self.withdrawn_at, "withdrawal time"))
        object.__setattr__(self, "share", frozenset(self.share))
        object.__setattr__(self, "approach", frozenset(self.approach))

    def problems(self) -> list[str]:
        """What still needs doing before the withdrawal can be saved, in plain words."""
        missing: list[str] = []
        if not self.share and not self.approach:
            missing.append("Choose at least one agency the family no longer consents to.")
        if not self.worker.strip():
            missing.append("Enter the name of the worker recording this.")
        if not self.worker_attested:
            missing.append("Confirm that the family told you this themselves.")
        return missing

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict for `canonical_json`; agencies listed in the form's order."""
        return {
            "schema": WITHDRAWAL_SCHEMA,
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

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Withdrawal:
        """The withdrawal back from `to_json` output; RecordFormatError if it is not that."""
        data = json_object(dict(value), "withdrawal", _WITHDRAWAL_KEYS)
        if data["schema"] != WITHDRAWAL_SCHEMA:
            raise RecordFormatError("withdrawal is from a format this version does not know")
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
        )
