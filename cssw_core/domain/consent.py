"""Consent records: what the family agreed, and how it was taken.

A consent record holds exactly what the council's paper form "Consent to information
sharing" holds, plus the evidence of how it was taken (when each point was explained,
which leaflet was shown, who recorded it on which laptop). Its JSON form feeds
`canonical.canonical_json`, so the same record always seals to the same bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.answers import Answer, DocumentKind, answer_from_json, answer_to_json
from cssw_core.domain.family import Child, new_id
from cssw_core.domain.i18n import LANGUAGE_PATTERN, QT_TRANSLATE_NOOP
from cssw_core.domain.record_json import (
    RecordFormatError,
    bool_from_json,
    complete,
    date_from_json,
    enum_from_json,
    frozen,
    json_object,
    text_from_json,
    time_from_json,
    time_to_json,
    utc,
    uuid_from_json,
)
from cssw_core.domain.young_people import ConsentBasis, OwnAnswers

__all__ = [
    "Answer", "ConsentBasis", "ConsentRecordDraft", "DocumentKind", "ExplainedItem",
    "NotSought", "OwnAnswers", "YoungPersonConsent",
]  # fmt: skip

RECORD_SCHEMA = 3
"""Schema 3 says whose consent the record is (`consent_basis`, in place of the two-meaning
`parental_consent`), takes each young person's own answers question by question
(`young_people.OwnAnswers`) and the interpreter's name."""
LANGUAGE_RECORD_SCHEMA = 2
"""Schema 2 added `language`, the language of the leaflet and screens the family used."""
LEGACY_RECORD_SCHEMA = 1
"""Records sealed before languages were recorded: no `language` key (it was English)."""
SCHEMAS = (LEGACY_RECORD_SCHEMA, LANGUAGE_RECORD_SCHEMA, RECORD_SCHEMA)


class ExplainedItem(StrEnum):
    """The seven points under "The following information has been explained to me"."""

    WHAT = "what"
    WHY = "why"
    WITH_WHOM = "with_whom"
    CONSEQUENCES = "consequences"
    SECURITY = "security"
    CASE_RECORDS = "case_records"
    WITHDRAW = "withdraw"

    @property
    def label(self) -> str:
        """The point exactly as the consent form words it."""
        return _EXPLAINED_LABELS[self]


_EXPLAINED_LABELS: dict[ExplainedItem, str] = {
    ExplainedItem.WHAT: QT_TRANSLATE_NOOP("ConsentForm", "what information will be shared"),
    ExplainedItem.WHY: QT_TRANSLATE_NOOP("ConsentForm", "why the information will be shared"),
    ExplainedItem.WITH_WHOM: QT_TRANSLATE_NOOP(
        "ConsentForm", "with whom the information will be shared"
    ),
    ExplainedItem.CONSEQUENCES: QT_TRANSLATE_NOOP(
        "ConsentForm", "the consequences of sharing or not sharing information"
    ),
    ExplainedItem.SECURITY: QT_TRANSLATE_NOOP("ConsentForm", "how information will be kept secure"),
    ExplainedItem.CASE_RECORDS: QT_TRANSLATE_NOOP(
        "ConsentForm", "I can ask to see case records under the Data Protection Act 2018"
    ),
    ExplainedItem.WITHDRAW: QT_TRANSLATE_NOOP(
        "ConsentForm", "I have the right to withdraw consent at any time"
    ),
}


@dataclass(frozen=True, slots=True)
class NotSought:
    """A young person's own consent was not sought, and the worker recorded why."""

    reason: str


YoungPersonConsent = OwnAnswers | NotSought | Answer | None
"""A young person's own consent: their own answers (format 3), the reason they were not
asked, or (records before format 3 only) one Yes/No "to the same choices"."""

_answer_from_json = answer_from_json
_answer_to_json = answer_to_json


def _child_to_json(child: Child) -> dict[str, Any]:
    return {
        "id": str(child.id),
        "name": child.name,
        "gender": child.gender,
        "date_of_birth": child.date_of_birth.isoformat(),
    }


def _child_from_json(value: object, what: str) -> Child:
    data = json_object(value, what, ("id", "name", "gender", "date_of_birth"))
    return Child(
        id=uuid_from_json(data["id"], f"{what} id"),
        name=text_from_json(data["name"], f"{what} name"),
        gender=text_from_json(data["gender"], f"{what} gender"),
        date_of_birth=date_from_json(data["date_of_birth"], f"{what} date of birth"),
    )


def _young_person_to_json(consent: YoungPersonConsent, schema: int) -> dict[str, Any]:
    reason = consent.reason if isinstance(consent, NotSought) else None
    if schema >= RECORD_SCHEMA:
        answers = consent.to_json() if isinstance(consent, OwnAnswers) else None
        return {"answers": answers, "not_sought_reason": reason}
    answer = consent if isinstance(consent, Answer) else None
    return {"answer": _answer_to_json(answer), "not_sought_reason": reason}


def _own_from_json(value: object, what: str) -> YoungPersonConsent:
    data = json_object(value, what, ("answers", "not_sought_reason"))
    reason = data["not_sought_reason"]
    answers = None if data["answers"] is None else OwnAnswers.from_json(data["answers"], what)
    if reason is None:
        return answers
    if answers is not None:
        raise RecordFormatError(f"{what} has both answers and a reason they were not asked")
    return NotSought(text_from_json(reason, f"{what} reason"))


def _young_person_from_json(value: object, what: str) -> YoungPersonConsent:
    data = json_object(value, what, ("answer", "not_sought_reason"))
    answer = _answer_from_json(data["answer"], f"{what} answer")
    reason = data["not_sought_reason"]
    if reason is None:
        return answer
    if answer is not None:
        raise RecordFormatError(f"{what} has both an answer and a reason it was not sought")
    return NotSought(text_from_json(reason, f"{what} reason"))


_LEGACY_RECORD_KEYS = (
    "schema", "id", "version", "family_id", "covered_children", "consent_giver_name",
    "consent_giver_relationship", "parental_consent", "young_person_consents", "explained",
    "leaflet_version", "leaflet_hash", "sections_viewed", "share_with", "approach",
    "documents", "research_consent", "interpreter_used", "interpreter_language", "worker",
    "device", "visit_date", "visit_start", "visit_end",
)  # fmt: skip
_LANGUAGE_RECORD_KEYS = (*_LEGACY_RECORD_KEYS, "language")
_RECORD_KEYS = (
    *(k for k in _LANGUAGE_RECORD_KEYS if k != "parental_consent"),
    "consent_basis",
    "interpreter_name",
)


@dataclass(frozen=True, slots=True)
class ConsentRecordDraft:
    """One consent form as filled in on a visit, before it is signed and sealed.

    Mappings are read-only once built. Every agency, document and "explained" point is
    always present, with None while unanswered. `covered_children` keeps the children's
    details as the form lists them on the day, because the record is evidence and the
    family's details may change later. `visit_date` is the date written on the form (the
    worker's local calendar date); it decides who is 13 or over. Times are stored in UTC.
    """

    family_id: uuid.UUID
    worker: str
    device: str
    visit_date: date
    visit_start: datetime
    visit_end: datetime | None = None
    covered_children: tuple[Child, ...] = ()
    consent_giver_name: str = ""
    consent_giver_relationship: str = ""
    consent_basis: ConsentBasis | None = None
    """Whose consent this is (format 3): parental, or a young person's for themselves."""
    parental_consent: Answer | None = None
    """Records before format 3 only: the form's "Parental consent" box as it was ticked
    then. Read for nothing but showing and printing those records as they were."""
    young_person_consents: Mapping[uuid.UUID, YoungPersonConsent] = field(default_factory=dict)
    explained: Mapping[ExplainedItem, datetime | None] = field(default_factory=dict)
    leaflet_version: str = ""
    leaflet_hash: str = ""
    sections_viewed: Mapping[str, datetime] = field(default_factory=dict)
    share_with: Mapping[Agency, Answer | None] = field(default_factory=dict)
    approach: Mapping[Agency, Answer | None] = field(default_factory=dict)
    documents: Mapping[DocumentKind, Answer | None] = field(default_factory=dict)
    research_consent: Answer | None = None
    interpreter_used: bool = False
    interpreter_language: str = ""
    interpreter_name: str = ""
    """The interpreter's name (format 3); they sign their own confirmation."""
    language: str = ""
    """The language the family read the leaflet and the visit's screens in (BCP 47, e.g.
    "en", "cy", "pl"). Empty only on a record sealed before languages were recorded (schema
    1): those were all in English; `shown_language` says so."""
    id: uuid.UUID = field(default_factory=new_id)
    version: int = 1
    schema: int = RECORD_SCHEMA
    """The record format: 3 for every new record; 1 or 2 for one sealed before, read back."""

    def __post_init__(self) -> None:
        if isinstance(self.version, bool) or self.version < 1:
            raise ValueError("a consent record version starts at 1")
        if self.schema not in SCHEMAS:
            raise ValueError("the record format is not one this version knows")
        if self.schema >= RECORD_SCHEMA:
            if self.parental_consent is not None:
                raise ValueError("a format 3 record says whose consent it is, not Yes/No")
            if any(isinstance(c, Answer) for c in self.young_person_consents.values()):
                raise ValueError("a young person gives their own answers, not one Yes/No")
        elif (
            self.consent_basis is not None
            or self.interpreter_name
            or any(isinstance(c, OwnAnswers) for c in self.young_person_consents.values())
        ):
            raise ValueError("a record before format 3 has no own answers or consent basis")
        if self.language and not LANGUAGE_PATTERN.match(self.language):
            raise ValueError("the record's language is not a language code")
        child_ids = [c.id for c in self.covered_children]
        if len(set(child_ids)) != len(child_ids):
            raise ValueError("a child is listed twice on the consent record")
        start = utc(self.visit_start, "visit start")
        end = None if self.visit_end is None else utc(self.visit_end, "visit end")
        if end is not None and end < start:
            raise ValueError("the visit cannot end before it starts")
        setter = object.__setattr__
        setter(self, "covered_children", tuple(self.covered_children))
        setter(self, "visit_start", start)
        setter(self, "visit_end", end)
        setter(
            self,
            "young_person_consents",
            complete(self.young_person_consents, child_ids, None, "young person consents"),
        )
        explained = {
            item: None if moment is None else utc(moment, "time explained")
            for item, moment in self.explained.items()
        }
        setter(self, "explained", complete(explained, tuple(ExplainedItem), None, "explained"))
        setter(
            self,
            "sections_viewed",
            frozen(self.sections_viewed, lambda m: utc(m, "time viewed")),
        )
        setter(self, "share_with", complete(self.share_with, AGENCIES, None, "share with"))
        setter(self, "approach", complete(self.approach, AGENCIES, None, "approach"))
        setter(self, "documents", complete(self.documents, tuple(DocumentKind), None, "documents"))

    @property
    def legacy(self) -> bool:
        """A record sealed before format 3 (one Yes/No per young person)."""
        return self.schema < RECORD_SCHEMA

    def giver_answers(self) -> tuple[Any, Any, Any, Answer | None]:
        """The consent giver's answers, in the order `OwnAnswers.same_as` takes them."""
        return self.share_with, self.approach, self.documents, self.research_consent

    @property
    def shown_language(self) -> str:
        """The language the family used: recorded, or English for a schema 1 record."""
        return self.language or "en"

    @property
    def effective_at(self) -> datetime:
        """The moment the record's choices take effect: the end of the visit, once known."""
        return self.visit_end if self.visit_end is not None else self.visit_start

    def young_people(self) -> tuple[Child, ...]:
        """Covered children aged 13 or over on the visit date, whose own consent is sought."""
        return tuple(c for c in self.covered_children if c.needs_own_consent(self.visit_date))

    def unanswered(self) -> list[str]:
        """What is still missing before the form can be signed, in the form's own words."""
        missing: list[str] = []
        if not self.covered_children:
            missing.append("Children this form covers")
        if not self.consent_giver_name.strip():
            missing.append("Name of person giving consent")
        if not self.consent_giver_relationship.strip():
            missing.append("Relationship to child/ren")
        if self.legacy and self.parental_consent is None:
            missing.append("Parental consent")
        if not self.legacy and self.consent_basis is None:
            missing.append("Parental consent or young person's consent")
        for child in self.young_people():
            consent = self.young_person_consents.get(child.id)
            if consent is None or (isinstance(consent, NotSought) and not consent.reason.strip()):
                missing.append(f"Young person's consent: {child.name}")
            elif isinstance(consent, OwnAnswers):
                missing += [f"{child.name}'s own answer: {q}" for q in consent.unanswered()]
        missing += [f"Explained: {i.label}" for i, when in self.explained.items() if when is None]
        if not self.leaflet_version or not self.leaflet_hash:
            missing.append("Leaflet shown to the family")
        missing += [f"Share with: {a.label}" for a, ans in self.share_with.items() if ans is None]
        missing += [
            f"Approach for information: {a.label}"
            for a, ans in self.approach.items()
            if ans is None
        ]
        missing += [f"Copies of: {d.label}" for d, ans in self.documents.items() if ans is None]
        if self.research_consent is None:
            missing.append("Research (anonymised information)")
        if self.interpreter_used and not self.interpreter_language.strip():
            missing.append("Interpreter's language")
        if self.interpreter_used and not self.legacy and not self.interpreter_name.strip():
            missing.append("Interpreter's name")
        return missing

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict for `canonical_json`: text, whole numbers, true/false, null."""
        data: dict[str, Any] = {
            "schema": self.schema,
            "id": str(self.id),
            "version": self.version,
            "family_id": str(self.family_id),
            "covered_children": [_child_to_json(c) for c in self.covered_children],
            "consent_giver_name": self.consent_giver_name,
            "consent_giver_relationship": self.consent_giver_relationship,
            "parental_consent": _answer_to_json(self.parental_consent),
            "young_person_consents": {
                str(child_id): _young_person_to_json(consent, self.schema)
                for child_id, consent in self.young_person_consents.items()
            },
            "explained": {
                item.value: None if when is None else time_to_json(when)
                for item, when in self.explained.items()
            },
            "leaflet_version": self.leaflet_version,
            "leaflet_hash": self.leaflet_hash,
            "sections_viewed": {s: time_to_json(t) for s, t in self.sections_viewed.items()},
            "share_with": {a.value: _answer_to_json(x) for a, x in self.share_with.items()},
            "approach": {a.value: _answer_to_json(x) for a, x in self.approach.items()},
            "documents": {d.value: _answer_to_json(x) for d, x in self.documents.items()},
            "research_consent": _answer_to_json(self.research_consent),
            "interpreter_used": self.interpreter_used,
            "interpreter_language": self.interpreter_language,
            "worker": self.worker,
            "device": self.device,
            "visit_date": self.visit_date.isoformat(),
            "visit_start": time_to_json(self.visit_start),
            "visit_end": None if self.visit_end is None else time_to_json(self.visit_end),
        }
        if self.schema >= LANGUAGE_RECORD_SCHEMA:
            data["language"] = self.language
        if self.schema >= RECORD_SCHEMA:
            del data["parental_consent"]
            data["consent_basis"] = None if self.consent_basis is None else self.consent_basis.value
            data["interpreter_name"] = self.interpreter_name
        return data

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> ConsentRecordDraft:
        """The record back from `to_json` output; RecordFormatError if it is not exactly that."""
        schema = value.get("schema")
        if schema not in SCHEMAS or isinstance(schema, bool) or not isinstance(schema, int):
            raise RecordFormatError("consent record is from a format this version does not know")
        keys = {
            RECORD_SCHEMA: _RECORD_KEYS,
            LANGUAGE_RECORD_SCHEMA: _LANGUAGE_RECORD_KEYS,
            LEGACY_RECORD_SCHEMA: _LEGACY_RECORD_KEYS,
        }[schema]
        data = json_object(dict(value), "consent record", keys)
        language = ""
        if schema >= LANGUAGE_RECORD_SCHEMA:
            language = text_from_json(data["language"], "language")
            unset = schema >= RECORD_SCHEMA and language == ""  # a draft before it is known
            if not unset and not LANGUAGE_PATTERN.match(language):
                raise RecordFormatError("consent record language is not a language code")
        parental = None
        basis = None
        interpreter_name = ""
        if schema >= RECORD_SCHEMA:
            if data["consent_basis"] is not None:
                basis = enum_from_json(ConsentBasis, data["consent_basis"], "consent basis")
            interpreter_name = text_from_json(data["interpreter_name"], "interpreter's name")
            read_young = _own_from_json
        else:
            parental = _answer_from_json(data["parental_consent"], "parental consent")
            read_young = _young_person_from_json
        version = data["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RecordFormatError("consent record version must be a whole number from 1")
        children_json = data["covered_children"]
        if not isinstance(children_json, list):
            raise RecordFormatError("covered children must be a list")
        children = tuple(
            _child_from_json(c, f"covered child {n}") for n, c in enumerate(children_json, 1)
        )
        young = json_object(data["young_person_consents"], "young person consents")
        explained = json_object(data["explained"], "explained", (i.value for i in ExplainedItem))
        sections = json_object(data["sections_viewed"], "sections viewed")
        share = json_object(data["share_with"], "share with", (a.value for a in AGENCIES))
        approach = json_object(data["approach"], "approach", (a.value for a in AGENCIES))
        documents = json_object(data["documents"], "documents", (d.value for d in DocumentKind))
        visit_end = data["visit_end"]
        try:
            return cls(
                id=uuid_from_json(data["id"], "record id"),
                version=version,
                family_id=uuid_from_json(data["family_id"], "family id"),
                covered_children=children,
                consent_giver_name=text_from_json(data["consent_giver_name"], "consent giver"),
                consent_giver_relationship=text_from_json(
                    data["consent_giver_relationship"], "relationship"
                ),
                consent_basis=basis,
                parental_consent=parental,
                young_person_consents={
                    uuid_from_json(k, "child id"): read_young(v, "young person")
                    for k, v in young.items()
                },
                explained={
                    ExplainedItem(k): None if v is None else time_from_json(v, "time explained")
                    for k, v in explained.items()
                },
                leaflet_version=text_from_json(data["leaflet_version"], "leaflet version"),
                leaflet_hash=text_from_json(data["leaflet_hash"], "leaflet hash"),
                sections_viewed={
                    text_from_json(k, "section"): time_from_json(v, "time viewed")
                    for k, v in sections.items()
                },
                share_with={
                    Agency(k): _answer_from_json(v, "share with") for k, v in share.items()
                },
                approach={Agency(k): _answer_from_json(v, "approach") for k, v in approach.items()},
                documents={
                    DocumentKind(k): _answer_from_json(v, "documents") for k, v in documents.items()
                },
                research_consent=_answer_from_json(data["research_consent"], "research consent"),
                interpreter_used=bool_from_json(data["interpreter_used"], "interpreter used"),
                interpreter_language=text_from_json(
                    data["interpreter_language"], "interpreter language"
                ),
                worker=text_from_json(data["worker"], "worker"),
                device=text_from_json(data["device"], "device"),
                visit_date=date_from_json(data["visit_date"], "visit date"),
                visit_start=time_from_json(data["visit_start"], "visit start"),
                visit_end=None if visit_end is None else time_from_json(visit_end, "visit end"),
                interpreter_name=interpreter_name,
                language=language,
                schema=schema,
            )
        except RecordFormatError:
            raise
        except ValueError as error:  # a rule the record itself enforces, e.g. unknown child
            raise RecordFormatError(f"consent record is not consistent: {error}") from None
