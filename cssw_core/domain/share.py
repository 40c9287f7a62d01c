"""Share records: CSSW gave information about a family to another party.

A share is recorded after the fact, never edited: what was shared, with whom, how and when,
and on what basis. *With consent*: the family (and each young person covered who answered
for themselves) said Yes to sharing with that agency on the signed form and has not
withdrawn it; the basis is checked against the consent as it stood at the moment of the
share (`consent_problem`). *Without consent*: one of the leaflet's two reasons (significant
harm; the law says we must or can, naming the law or order), who decided, and the manager
who authorised it. Whether consent was sought at all, and if not which of the leaflet's
three reasons applied; whether the family was told, when and how, or why not and when to
reconsider.

Format 1. Qt-free; labels are marked for translation with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState, current_consent_state
from cssw_core.domain.family import new_id
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
from cssw_core.domain.withdrawal import Withdrawal

SHARE_SCHEMA = 1
_E = TypeVar("_E", bound=StrEnum)


class Party(StrEnum):
    """Whom CSSW shared with: the form's eleven agencies, then the privacy notice's list."""

    HEALTH = "health"
    EDUCATION = "education"
    POLICE = "police"
    EARLY_HELP = "early_help"
    PROBATION = "probation"
    HOUSING = "housing"
    YOUTH_OFFENDING = "youth_offending"
    MENTAL_HEALTH = "mental_health"
    DRUG_AND_ALCOHOL = "drug_and_alcohol"
    VOLUNTARY_ORGANISATIONS = "voluntary_organisations"
    OTHER_LOCAL_AUTHORITIES = "other_local_authorities"
    SCHOOLS = "schools"
    GPS = "gps"
    DEPARTMENT_FOR_EDUCATION = "department_for_education"
    OFSTED = "ofsted"
    ADULTS_SOCIAL_CARE = "adults_social_care"
    LEGAL_SERVICES = "legal_services"
    OTHER_COUNCIL_SERVICES = "other_council_services"
    ADOPTER_LOCAL_AUTHORITY = "adopter_local_authority"
    REGIONAL_ADOPTION_AGENCY = "regional_adoption_agency"
    COURTS_AND_PARTIES = "courts_and_parties"
    MATCHING_AGENCIES = "matching_agencies"
    OTHER = "other"

    @property
    def label(self) -> str:
        return PARTY_LABELS[self]

    @property
    def agency(self) -> Agency | None:
        """The consent form's agency this party falls under, or None when the form does
        not ask about it (a share with it can then only be recorded without consent)."""
        return _PARTY_AGENCY.get(self)


PARTY_LABELS: dict[Party, str] = {
    Party.HEALTH: QT_TRANSLATE_NOOP("Share", "Health"),
    Party.EDUCATION: QT_TRANSLATE_NOOP("Share", "Education (including early years)"),
    Party.POLICE: QT_TRANSLATE_NOOP("Share", "Police"),
    Party.EARLY_HELP: QT_TRANSLATE_NOOP("Share", "Early help service"),
    Party.PROBATION: QT_TRANSLATE_NOOP("Share", "Probation"),
    Party.HOUSING: QT_TRANSLATE_NOOP("Share", "Housing"),
    Party.YOUTH_OFFENDING: QT_TRANSLATE_NOOP("Share", "Youth offending service"),
    Party.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Share", "Mental health services"),
    Party.DRUG_AND_ALCOHOL: QT_TRANSLATE_NOOP("Share", "Drug and alcohol services"),
    Party.VOLUNTARY_ORGANISATIONS: QT_TRANSLATE_NOOP("Share", "Voluntary organisations"),
    Party.OTHER_LOCAL_AUTHORITIES: QT_TRANSLATE_NOOP("Share", "Other local authorities"),
    Party.SCHOOLS: QT_TRANSLATE_NOOP("Share", "A school"),
    Party.GPS: QT_TRANSLATE_NOOP("Share", "A GP"),
    Party.DEPARTMENT_FOR_EDUCATION: QT_TRANSLATE_NOOP("Share", "The Department for Education"),
    Party.OFSTED: QT_TRANSLATE_NOOP("Share", "Ofsted"),
    Party.ADULTS_SOCIAL_CARE: QT_TRANSLATE_NOOP("Share", "Adults' Social Care"),
    Party.LEGAL_SERVICES: QT_TRANSLATE_NOOP("Share", "The council's Legal Services"),
    Party.OTHER_COUNCIL_SERVICES: QT_TRANSLATE_NOOP("Share", "Another council service"),
    Party.ADOPTER_LOCAL_AUTHORITY: QT_TRANSLATE_NOOP(
        "Share", "Adoption: the adopter's home local authority"
    ),
    Party.REGIONAL_ADOPTION_AGENCY: QT_TRANSLATE_NOOP(
        "Share", "Adoption: the regional adoption agency"
    ),
    Party.COURTS_AND_PARTIES: QT_TRANSLATE_NOOP(
        "Share", "Adoption: the court and parties to the proceedings"
    ),
    Party.MATCHING_AGENCIES: QT_TRANSLATE_NOOP(
        "Share", "Adoption: another adoption agency, for matching"
    ),
    Party.OTHER: QT_TRANSLATE_NOOP("Share", "Someone else (name them)"),
}

_PARTY_AGENCY: dict[Party, Agency] = {
    **{Party(a.value): a for a in Agency},
    Party.SCHOOLS: Agency.EDUCATION,
    Party.GPS: Agency.HEALTH,
    Party.ADOPTER_LOCAL_AUTHORITY: Agency.OTHER_LOCAL_AUTHORITIES,
}


class Information(StrEnum):
    """What was shared: the leaflet's list of what CSSW keeps."""

    PERSONAL_DETAILS = "personal_details"
    REFERRAL = "referral"
    ASSESSMENTS = "assessments"
    PLAN_REVIEWS = "plan_reviews"
    CONTACTS = "contacts"
    MEETINGS_AND_VISITS = "meetings_and_visits"
    FROM_PROFESSIONALS = "from_professionals"
    COURT_DOCUMENTS = "court_documents"

    @property
    def label(self) -> str:
        return INFORMATION_LABELS[self]


INFORMATION_LABELS: dict[Information, str] = {
    Information.PERSONAL_DETAILS: QT_TRANSLATE_NOOP("Share", "Personal details of family members"),
    Information.REFERRAL: QT_TRANSLATE_NOOP("Share", "The referral and the concerns held"),
    Information.ASSESSMENTS: QT_TRANSLATE_NOOP("Share", "Assessments of children and parents"),
    Information.PLAN_REVIEWS: QT_TRANSLATE_NOOP("Share", "Reviews of children's plans"),
    Information.CONTACTS: QT_TRANSLATE_NOOP(
        "Share", "Social workers' contacts with the family and professionals"
    ),
    Information.MEETINGS_AND_VISITS: QT_TRANSLATE_NOOP("Share", "Records of meetings and visits"),
    Information.FROM_PROFESSIONALS: QT_TRANSLATE_NOOP(
        "Share", "Information from other professionals"
    ),
    Information.COURT_DOCUMENTS: QT_TRANSLATE_NOOP("Share", "Documents prepared for court"),
}


class SharedHow(StrEnum):
    """How the information went, or how the family was told."""

    IN_PERSON = "in_person"
    MEETING = "meeting"
    PHONE = "phone"
    SECURE_EMAIL = "secure_email"
    EMAIL = "email"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return HOW_LABELS[self]


HOW_LABELS: dict[SharedHow, str] = {
    SharedHow.IN_PERSON: QT_TRANSLATE_NOOP("Share", "In person"),
    SharedHow.MEETING: QT_TRANSLATE_NOOP("Share", "At a meeting"),
    SharedHow.PHONE: QT_TRANSLATE_NOOP("Share", "Phone"),
    SharedHow.SECURE_EMAIL: QT_TRANSLATE_NOOP("Share", "Secure email"),
    SharedHow.EMAIL: QT_TRANSLATE_NOOP("Share", "Email"),
    SharedHow.LETTER: QT_TRANSLATE_NOOP("Share", "Letter"),
}


class Basis(StrEnum):
    WITH_CONSENT = "with_consent"
    WITHOUT_CONSENT = "without_consent"


class WithoutConsentReason(StrEnum):
    """The leaflet's only two reasons to share without consent."""

    SIGNIFICANT_HARM = "significant_harm"
    LAW = "law"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS: dict[WithoutConsentReason, str] = {
    WithoutConsentReason.SIGNIFICANT_HARM: QT_TRANSLATE_NOOP(
        "Share", "The child may be suffering, or at risk of suffering, significant harm"
    ),
    WithoutConsentReason.LAW: QT_TRANSLATE_NOOP("Share", "The law says we must or can"),
}


class NotSoughtReason(StrEnum):
    """The leaflet's three reasons not to ask the family for consent at all."""

    FURTHER_RISK = "further_risk"
    CRIMINAL_INVESTIGATION = "criminal_investigation"
    UNDUE_DELAY = "undue_delay"

    @property
    def label(self) -> str:
        return NOT_SOUGHT_LABELS[self]


NOT_SOUGHT_LABELS: dict[NotSoughtReason, str] = {
    NotSoughtReason.FURTHER_RISK: QT_TRANSLATE_NOOP(
        "Share", "Asking would put the child at further risk"
    ),
    NotSoughtReason.CRIMINAL_INVESTIGATION: QT_TRANSLATE_NOOP(
        "Share", "Asking would interfere with a criminal investigation"
    ),
    NotSoughtReason.UNDUE_DELAY: QT_TRANSLATE_NOOP(
        "Share", "Asking would cause undue delay in safeguarding the child"
    ),
}


@dataclass(frozen=True, slots=True)
class Authorisation:
    """The manager who authorised a share without consent."""

    name: str
    role: str
    at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", utc(self.at, "authorisation time"))

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "at": time_to_json(self.at)}

    @classmethod
    def from_json(cls, value: object) -> Authorisation:
        data = json_object(value, "authorisation", ("name", "role", "at"))
        return cls(
            name=text_from_json(data["name"], "authoriser's name"),
            role=text_from_json(data["role"], "authoriser's role"),
            at=time_from_json(data["at"], "authorisation time"),
        )


@dataclass(frozen=True, slots=True)
class FamilyTold:
    """Whether the family was told of the share: when and how, or why not and when to
    look at it again."""

    told: bool
    at: datetime | None = None
    how: SharedHow | None = None
    why_not: str = ""
    reconsider_on: date | None = None

    def __post_init__(self) -> None:
        if self.at is not None:
            object.__setattr__(self, "at", utc(self.at, "time the family was told"))

    def to_json(self) -> dict[str, Any]:
        return {
            "told": self.told,
            "at": None if self.at is None else time_to_json(self.at),
            "how": None if self.how is None else self.how.value,
            "why_not": self.why_not,
            "reconsider_on": None if self.reconsider_on is None else self.reconsider_on.isoformat(),
        }

    @classmethod
    def from_json(cls, value: object) -> FamilyTold:
        data = json_object(value, "family told", ("told", "at", "how", "why_not", "reconsider_on"))
        at, how, day = data["at"], data["how"], data["reconsider_on"]
        return cls(
            told=bool_from_json(data["told"], "family told"),
            at=None if at is None else time_from_json(at, "time the family was told"),
            how=None if how is None else enum_from_json(SharedHow, how, "how the family was told"),
            why_not=text_from_json(data["why_not"], "why the family was not told"),
            reconsider_on=None if day is None else date_from_json(day, "date to reconsider"),
        )


_SHARE_KEYS = (
    "schema", "id", "family_id", "children", "party", "party_name", "information", "details",
    "how", "shared_at", "basis", "reason", "law", "consent_sought", "not_sought_reason",
    "decided_by", "authorised_by", "family_told", "worker",
)  # fmt: skip
_CHILD_KEYS = ("id", "name")


@dataclass(frozen=True, slots=True)
class Share:
    """One share of a family's information with another party. Never edited."""

    family_id: uuid.UUID
    party: Party
    information: frozenset[Information]
    how: SharedHow
    shared_at: datetime
    basis: Basis
    decided_by: str
    family_told: FamilyTold
    children: tuple[tuple[uuid.UUID, str], ...] = ()
    """The children the share covers, as (id, name) on the day."""
    party_name: str = ""
    """The party's own name (required for "someone else"; a school's or GP's name)."""
    details: str = ""
    reason: WithoutConsentReason | None = None
    law: str = ""
    """The law or order, when the reason is the law."""
    consent_sought: bool = True
    not_sought_reason: NotSoughtReason | None = None
    authorised_by: Authorisation | None = None
    worker: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    schema: int = SHARE_SCHEMA

    def __post_init__(self) -> None:
        object.__setattr__(self, "shared_at", utc(self.shared_at, "share time"))
        object.__setattr__(self, "information", frozenset(self.information))
        object.__setattr__(self, "children", tuple(self.children))
        if self.schema != SHARE_SCHEMA:
            raise ValueError("a share record's format is 1")

    @property
    def without_consent(self) -> bool:
        return self.basis is Basis.WITHOUT_CONSENT

    @property
    def party_words(self) -> str:
        """Whom, in the form's words, with the party's own name where given."""
        if self.party_name.strip():
            if self.party is Party.OTHER:
                return self.party_name
            return f"{self.party.label}: {self.party_name}"
        return self.party.label

    def problems(self) -> list[str]:
        """What still needs doing before the share can be saved, in plain words."""
        missing: list[str] = []
        if self.party is Party.OTHER and not self.party_name.strip():
            missing.append("Name whom the information was shared with.")
        if not self.information:
            missing.append("Choose what was shared.")
        if not self.decided_by.strip():
            missing.append("Enter who decided to share.")
        if not self.worker.strip():
            missing.append("Enter the name of the worker recording this.")
        if self.without_consent:
            missing.extend(self._without_consent_problems())
        else:
            if self.reason is not None or self.law or self.authorised_by is not None:
                missing.append("A share with consent has no reason or authoriser.")
            if not self.consent_sought or self.not_sought_reason is not None:
                missing.append("A share with consent means the family was asked.")
            if self.party.agency is None:
                missing.append(
                    "The consent form does not ask about this party: record the share "
                    "as without consent, with its reason."
                )
        missing.extend(self._told_problems())
        return missing

    def _without_consent_problems(self) -> list[str]:
        missing: list[str] = []
        if self.reason is None:
            missing.append("Choose why the information was shared without consent.")
        elif self.reason is WithoutConsentReason.LAW and not self.law.strip():
            missing.append("Name the law or court order.")
        elif self.reason is not WithoutConsentReason.LAW and self.law:
            missing.append("A law is named only when the law is the reason.")
        if self.consent_sought != (self.not_sought_reason is None):
            missing.append("Choose why the family was not asked for consent.")
        auth = self.authorised_by
        if auth is None or not auth.name.strip() or not auth.role.strip():
            missing.append("Enter the manager who authorised sharing without consent.")
        return missing

    def _told_problems(self) -> list[str]:
        told = self.family_told
        if told.told:
            if told.at is None or told.how is None:
                return ["Enter when and how the family was told."]
            if told.why_not or told.reconsider_on is not None:
                return ["A family that was told has no reason for not telling."]
            if told.at < self.shared_at.replace(hour=0, minute=0, second=0, microsecond=0):
                return ["The family cannot be told before the day of the share."]
            return []
        if told.at is not None or told.how is not None:
            return ["A family not told has no time or way of telling."]
        if not told.why_not.strip() or told.reconsider_on is None:
            return ["Enter why the family was not told and a date to look at it again."]
        return []

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "id": str(self.id),
            "family_id": str(self.family_id),
            "children": [{"id": str(i), "name": n} for i, n in self.children],
            "party": self.party.value,
            "party_name": self.party_name,
            "information": [i.value for i in Information if i in self.information],
            "details": self.details,
            "how": self.how.value,
            "shared_at": time_to_json(self.shared_at),
            "basis": self.basis.value,
            "reason": None if self.reason is None else self.reason.value,
            "law": self.law,
            "consent_sought": self.consent_sought,
            "not_sought_reason": None
            if self.not_sought_reason is None
            else self.not_sought_reason.value,
            "decided_by": self.decided_by,
            "authorised_by": None if self.authorised_by is None else self.authorised_by.to_json(),
            "family_told": self.family_told.to_json(),
            "worker": self.worker,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Share:
        """The share back from `to_json` output; RecordFormatError if it is not that."""
        schema = value.get("schema")
        if isinstance(schema, bool) or schema != SHARE_SCHEMA:
            raise RecordFormatError("share record is from a format this version does not know")
        data = json_object(dict(value), "share record", _SHARE_KEYS)
        return cls(
            id=uuid_from_json(data["id"], "share id"),
            family_id=uuid_from_json(data["family_id"], "family id"),
            children=_children_from_json(data["children"]),
            party=enum_from_json(Party, data["party"], "party"),
            party_name=text_from_json(data["party_name"], "party's name"),
            information=_information_from_json(data["information"]),
            details=text_from_json(data["details"], "details"),
            how=enum_from_json(SharedHow, data["how"], "how shared"),
            shared_at=time_from_json(data["shared_at"], "share time"),
            basis=enum_from_json(Basis, data["basis"], "basis"),
            reason=_optional(WithoutConsentReason, data["reason"], "reason"),
            law=text_from_json(data["law"], "law"),
            consent_sought=bool_from_json(data["consent_sought"], "consent sought"),
            not_sought_reason=_optional(
                NotSoughtReason, data["not_sought_reason"], "why not sought"
            ),
            decided_by=text_from_json(data["decided_by"], "decided by"),
            authorised_by=None
            if data["authorised_by"] is None
            else Authorisation.from_json(data["authorised_by"]),
            family_told=FamilyTold.from_json(data["family_told"]),
            worker=text_from_json(data["worker"], "worker"),
        )


def _optional(kind: type[_E], value: object, what: str) -> _E | None:
    return None if value is None else enum_from_json(kind, value, what)


def _children_from_json(value: object) -> tuple[tuple[uuid.UUID, str], ...]:
    if not isinstance(value, list):
        raise RecordFormatError("children must be a list")
    out = []
    for item in value:
        data = json_object(item, "child", _CHILD_KEYS)
        out.append(
            (uuid_from_json(data["id"], "child id"), text_from_json(data["name"], "child's name"))
        )
    if len({i for i, _ in out}) != len(out):
        raise RecordFormatError("children must list each child once")
    return tuple(out)


def _information_from_json(value: object) -> frozenset[Information]:
    if not isinstance(value, list):
        raise RecordFormatError("information must be a list")
    kinds = [enum_from_json(Information, v, "information") for v in value]
    if [k.value for k in kinds] != [i.value for i in Information if i in set(kinds)]:
        raise RecordFormatError("information must list each kind once, in the leaflet's order")
    return frozenset(kinds)


def consent_problem(share: Share, state: ConsentState) -> str | None:
    """Why a share *with consent* does not stand against the consent as it was at the moment
    of the share (None when it stands, and always for a share without consent). The family
    must have said Yes to sharing with that agency and not withdrawn it; each young person
    covered who answered for themselves must also have said Yes and not withdrawn it."""
    if share.without_consent:
        return None
    agency = share.party.agency
    if agency is None:
        return "The consent form does not ask about sharing with this party."
    if not state.may_share_with(agency):
        return (
            f"The family has not given consent to sharing with {agency.label}, or has "
            "withdrawn it. Record the share as without consent, with its reason."
        )
    covered = {child_id for child_id, _ in share.children}
    for child_id, own in state.young_people.items():
        if child_id in covered and own.asked and own.share_with.get(agency) is not Answer.YES:
            return (
                f"{own.child.name} has not given their own consent to sharing with "
                f"{agency.label}, or has withdrawn it."
            )
    return None


def consent_state_at(
    records: Sequence[ConsentRecordDraft], withdrawals: Sequence[Withdrawal], moment: datetime
) -> ConsentState:
    """The family's consent as it stood at `moment`: the latest form that had taken effect
    by then, with the withdrawals CSSW had been told of by then."""
    taken = [r for r in records if r.effective_at <= moment]
    latest = max(taken, key=lambda r: (r.effective_at, r.version), default=None)
    told = [w for w in withdrawals if w.withdrawn_at <= moment]
    return current_consent_state(latest, told)


def register_order(shares: Sequence[Share]) -> list[Share]:
    """A family's sharing register: every share in the order it happened."""
    return sorted(shares, key=lambda s: (s.shared_at, str(s.id)))
