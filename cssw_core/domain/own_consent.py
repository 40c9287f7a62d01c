"""A young person's own consent now: what they gave on the latest signed form, with their
own later withdrawals applied. Kept apart from the family's (the adult's) consent state:
a young person's withdrawal changes only their own answers, an adult's only the family's.

`given_on_form` is the one place that reads a young person's answers off a consent record
(format 3: their own answers question by question; formats 1-2: one Yes/No "to the same
choices"); the rest works on answers agency by agency, document by document, and research.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.family import Child
from cssw_core.domain.withdrawal import Withdrawal


@dataclass(frozen=True, slots=True)
class OwnConsent:
    """One young person's own answers, each None where they were not asked."""

    child: Child
    share_with: Mapping[Agency, Answer | None]
    approach: Mapping[Agency, Answer | None]
    documents: Mapping[DocumentKind, Answer | None]
    research_consent: Answer | None
    withdrawals_applied: tuple[Withdrawal, ...] = ()

    @property
    def asked(self) -> bool:
        return any(
            a is not None
            for a in (
                *self.share_with.values(),
                *self.approach.values(),
                *self.documents.values(),
                self.research_consent,
            )
        )

    def withdrawn_at(self, what: str) -> datetime | None:
        """When the young person withdrew `what` ("share:police", "approach:health",
        "document:assessments", "research"), if they did; the first time counts."""
        for withdrawal in self.withdrawals_applied:
            if what in withdrawn_items(withdrawal):
                return withdrawal.withdrawn_at
        return None


def withdrawn_items(withdrawal: Withdrawal) -> set[str]:
    """What a withdrawal withdraws, as item keys ("share:police", "research", ...)."""
    items = {f"share:{a.value}" for a in withdrawal.share}
    items |= {f"approach:{a.value}" for a in withdrawal.approach}
    items |= {f"document:{d.value}" for d in withdrawal.documents}
    if withdrawal.research:
        items.add("research")
    return items


def given_on_form(record: ConsentRecordDraft, child: Child) -> OwnConsent:
    """A young person's own answers as the record holds them. From record format 3 they are
    the young person's own, question by question. Before it a young person answered once:
    Yes agreed to the same choices as the form's, No refused them all. Not asked (with a
    reason) or unanswered gives no answers."""
    consent = record.young_person_consents.get(child.id)
    share: dict[Agency, Answer | None]
    approach: dict[Agency, Answer | None]
    documents: dict[DocumentKind, Answer | None]
    research: Answer | None
    if isinstance(consent, OwnAnswers):
        share, approach = dict(consent.share_with), dict(consent.approach)
        documents, research = dict(consent.documents), consent.research_consent
    elif consent is Answer.YES:
        share, approach = dict(record.share_with), dict(record.approach)
        documents, research = dict(record.documents), record.research_consent
    elif consent is Answer.NO:
        share = dict.fromkeys(AGENCIES, Answer.NO)
        approach = dict.fromkeys(AGENCIES, Answer.NO)
        documents = dict.fromkeys(DocumentKind, Answer.NO)
        research = Answer.NO
    else:  # NotSought, or no answer
        assert consent is None or isinstance(consent, NotSought)
        share, approach = dict.fromkeys(AGENCIES), dict.fromkeys(AGENCIES)
        documents, research = dict.fromkeys(DocumentKind), None
    return OwnConsent(
        child,
        MappingProxyType(share),
        MappingProxyType(approach),
        MappingProxyType(documents),
        research,
    )


def apply_own_withdrawals(given: OwnConsent, withdrawals: Sequence[Withdrawal]) -> OwnConsent:
    """The young person's answers with their own withdrawals (oldest first) turned to No;
    other people's withdrawals are ignored."""
    own = tuple(
        sorted(
            (
                w
                for w in withdrawals
                if w.young_person is not None and w.young_person.id == given.child.id
            ),
            key=lambda w: w.withdrawn_at,
        )
    )
    share, approach = dict(given.share_with), dict(given.approach)
    documents, research = dict(given.documents), given.research_consent
    for withdrawal in own:
        share.update(dict.fromkeys(withdrawal.share, Answer.NO))
        approach.update(dict.fromkeys(withdrawal.approach, Answer.NO))
        documents.update(dict.fromkeys(withdrawal.documents, Answer.NO))
        if withdrawal.research:
            research = Answer.NO
    return OwnConsent(
        given.child,
        MappingProxyType(share),
        MappingProxyType(approach),
        MappingProxyType(documents),
        research,
        given.withdrawals_applied + own,
    )


def young_people_now(
    record: ConsentRecordDraft, later: Sequence[Withdrawal]
) -> Mapping[uuid.UUID, OwnConsent]:
    """Each young person (13+ on the form's date) of the record, with their own withdrawals
    made after it applied, in the form's order."""
    return MappingProxyType(
        {
            child.id: apply_own_withdrawals(given_on_form(record, child), later)
            for child in record.young_people()
        }
    )


# --- the caseload's plain form (cssw_core.protocol.CaseloadYoungPerson) ---------------


def _answer_name(answer: Answer | None) -> str | None:
    return None if answer is None else answer.value


def _answer_of(name: object) -> Answer | None:
    return Answer(name) if name in ("yes", "no") else None


def to_caseload(young_people: Mapping[uuid.UUID, OwnConsent]) -> dict[str, dict[str, Any]]:
    """Each young person's consent now as plain data, in the caseload's shape."""
    return {
        str(child_id): {
            "name": own.child.name,
            "gender": own.child.gender,
            "date_of_birth": own.child.date_of_birth.isoformat(),
            "share_with": {a.value: _answer_name(x) for a, x in own.share_with.items()},
            "approach": {a.value: _answer_name(x) for a, x in own.approach.items()},
            "documents": {d.value: _answer_name(x) for d, x in own.documents.items()},
            "research_consent": _answer_name(own.research_consent),
            "withdrawn": bool(own.withdrawals_applied),
        }
        for child_id, own in young_people.items()
    }


def from_caseload(child_id: str, data: Mapping[str, Any]) -> OwnConsent:
    """A young person's consent from the caseload's plain form (unknown names read as not
    asked); ValueError if the child's details are not readable."""
    child = Child(
        str(data["name"]),
        str(data["gender"]),
        date.fromisoformat(str(data["date_of_birth"])),
        uuid.UUID(child_id),
    )
    share, approach = data.get("share_with", {}), data.get("approach", {})
    documents = data.get("documents", {})
    return OwnConsent(
        child,
        MappingProxyType({a: _answer_of(share.get(a.value)) for a in AGENCIES}),
        MappingProxyType({a: _answer_of(approach.get(a.value)) for a in AGENCIES}),
        MappingProxyType({d: _answer_of(documents.get(d.value)) for d in DocumentKind}),
        _answer_of(data.get("research_consent")),
    )
