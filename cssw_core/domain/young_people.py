"""Whose consent a record is, and each young person's own answers (record format 3).

On the paper form "Parental consent: Yes / No" and "Young person's consent: Yes / No" sit
by the signature and say *whose* consent the form is: given by a person with parental
responsibility, or by a young person for themselves. Records before format 3 kept one
"parental consent" Yes/No that was read two ways (who signs; the family's answer), and a
young person's single Yes/No "to the same choices". From format 3 the record says whose
consent it is (`ConsentBasis`), and each young person aged 13 or over on the visit date
gives their own answer to every question the consent giver answered (`OwnAnswers`): agency
by agency for sharing and for asking, each document, research. A quick "same as" copies
the consent giver's answers, and still records every one of them explicitly.

Kept apart from `consent` so the record format's young-people parts live in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.answers import Answer, DocumentKind, answer_from_json, answer_to_json
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.record_json import complete, json_object


class ConsentBasis(StrEnum):
    """Whose consent the record is, as the form's two boxes by the signature say it."""

    PARENTAL = "parental"
    """Parental consent: given by a person with parental responsibility for the children."""
    YOUNG_PERSON = "young_person"
    """Young person's consent: given by a young person for themselves."""

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]


_BASIS_LABELS = {
    ConsentBasis.PARENTAL: QT_TRANSLATE_NOOP("ConsentForm", "Parental consent"),
    ConsentBasis.YOUNG_PERSON: QT_TRANSLATE_NOOP("ConsentForm", "Young person's consent"),
}


class Topic(StrEnum):
    """The kind of question an answer belongs to (used to say differences in words)."""

    SHARE = "share"
    APPROACH = "approach"
    DOCUMENT = "document"
    RESEARCH = "research"


@dataclass(frozen=True, slots=True)
class Difference:
    """One question a young person answered differently from the consent giver."""

    topic: Topic
    item: Agency | DocumentKind | None  # None for research
    own: Answer
    giver: Answer

    def question(self) -> str:
        """The question in plain English ("sharing with Police")."""
        if self.topic is Topic.SHARE and isinstance(self.item, Agency):
            return f"sharing with {self.item.label}"
        if self.topic is Topic.APPROACH and isinstance(self.item, Agency):
            return f"asking {self.item.label} for information"
        if self.topic is Topic.DOCUMENT and isinstance(self.item, DocumentKind):
            return f"copies of {self.item.label}"
        return "research (anonymised information)"


@dataclass(frozen=True, slots=True)
class OwnAnswers:
    """A young person's own answers, question by question, as the consent giver's are.

    Every agency and document is always present, None while unanswered. Nothing is ever
    pre-ticked: `same_as` fills every answer from the consent giver's, explicitly.
    """

    share_with: Mapping[Agency, Answer | None] = field(default_factory=dict)
    approach: Mapping[Agency, Answer | None] = field(default_factory=dict)
    documents: Mapping[DocumentKind, Answer | None] = field(default_factory=dict)
    research_consent: Answer | None = None

    def __post_init__(self) -> None:
        setter = object.__setattr__
        setter(self, "share_with", complete(self.share_with, AGENCIES, None, "own share with"))
        setter(self, "approach", complete(self.approach, AGENCIES, None, "own approach"))
        setter(
            self,
            "documents",
            complete(self.documents, tuple(DocumentKind), None, "own documents"),
        )

    @classmethod
    def same_as(
        cls,
        share_with: Mapping[Agency, Answer | None],
        approach: Mapping[Agency, Answer | None],
        documents: Mapping[DocumentKind, Answer | None],
        research_consent: Answer | None,
    ) -> OwnAnswers:
        """Every answer copied from the consent giver's (each one recorded on its own)."""
        return cls(dict(share_with), dict(approach), dict(documents), research_consent)

    def unanswered(self) -> list[str]:
        """The questions still unanswered, in the form's words."""
        missing = [f"Share with: {a.label}" for a, x in self.share_with.items() if x is None]
        missing += [
            f"Approach for information: {a.label}" for a, x in self.approach.items() if x is None
        ]
        missing += [f"Copies of: {d.label}" for d, x in self.documents.items() if x is None]
        if self.research_consent is None:
            missing.append("Research (anonymised information)")
        return missing

    def differences(
        self,
        share_with: Mapping[Agency, Answer | None],
        approach: Mapping[Agency, Answer | None],
        documents: Mapping[DocumentKind, Answer | None],
        research_consent: Answer | None,
    ) -> list[Difference]:
        """Each question both answered, where the answers differ: like with like."""
        found: list[Difference] = []
        for topic, own_map, giver_map in (
            (Topic.SHARE, self.share_with, share_with),
            (Topic.APPROACH, self.approach, approach),
        ):
            for agency in AGENCIES:
                own, giver = own_map[agency], giver_map.get(agency)
                if own is not None and giver is not None and own is not giver:
                    found.append(Difference(topic, agency, own, giver))
        for kind in DocumentKind:
            own, giver = self.documents[kind], documents.get(kind)
            if own is not None and giver is not None and own is not giver:
                found.append(Difference(Topic.DOCUMENT, kind, own, giver))
        own_r = self.research_consent
        if own_r is not None and research_consent is not None and own_r is not research_consent:
            found.append(Difference(Topic.RESEARCH, None, own_r, research_consent))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "share_with": {a.value: answer_to_json(x) for a, x in self.share_with.items()},
            "approach": {a.value: answer_to_json(x) for a, x in self.approach.items()},
            "documents": {d.value: answer_to_json(x) for d, x in self.documents.items()},
            "research_consent": answer_to_json(self.research_consent),
        }

    @classmethod
    def from_json(cls, value: object, what: str) -> OwnAnswers:
        data = json_object(value, what, ("share_with", "approach", "documents", "research_consent"))
        share = json_object(data["share_with"], f"{what} share with", (a.value for a in AGENCIES))
        approach = json_object(data["approach"], f"{what} approach", (a.value for a in AGENCIES))
        documents = json_object(
            data["documents"], f"{what} documents", (d.value for d in DocumentKind)
        )
        return cls(
            share_with={Agency(k): answer_from_json(v, "own share with") for k, v in share.items()},
            approach={Agency(k): answer_from_json(v, "own approach") for k, v in approach.items()},
            documents={
                DocumentKind(k): answer_from_json(v, "own documents") for k, v in documents.items()
            },
            research_consent=answer_from_json(data["research_consent"], "own research consent"),
        )
