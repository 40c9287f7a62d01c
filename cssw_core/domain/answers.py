"""The form's Yes/No boxes and its documents: the answers both the consent giver and each
young person give (moved out of `consent` so `young_people` can use them too)."""

from __future__ import annotations

from enum import StrEnum

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.record_json import enum_from_json


class DocumentKind(StrEnum):
    """Documents CSSW may copy to other agencies, as listed on the form."""

    ASSESSMENTS = "assessments"
    RECORD_OF_REVIEWS = "record_of_reviews"
    CLOSING_SUMMARY = "closing_summary"

    @property
    def label(self) -> str:
        """The document exactly as the consent form words it."""
        return _DOCUMENT_LABELS[self]


_DOCUMENT_LABELS: dict[DocumentKind, str] = {
    DocumentKind.ASSESSMENTS: QT_TRANSLATE_NOOP("ConsentForm", "Assessments"),
    DocumentKind.RECORD_OF_REVIEWS: QT_TRANSLATE_NOOP("ConsentForm", "A record of reviews"),
    DocumentKind.CLOSING_SUMMARY: QT_TRANSLATE_NOOP("ConsentForm", "Closing summary"),
}


class Answer(StrEnum):
    """A Yes or No box on the form. Unanswered is None: nothing is ever pre-ticked."""

    YES = "yes"
    NO = "no"


def answer_from_json(value: object, what: str) -> Answer | None:
    return None if value is None else enum_from_json(Answer, value, what)


def answer_to_json(answer: Answer | None) -> str | None:
    return None if answer is None else answer.value
