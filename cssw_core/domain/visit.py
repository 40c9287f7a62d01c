"""A consent visit in progress, without Qt: the form so far, where the worker is, what the
family has confirmed and signed. Its JSON is the draft body the store keeps after every
change, so a visit killed half-way resumes exactly where it stopped.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cssw_core.domain import fields
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    NotSought,
    OwnAnswers,
    YoungPersonConsent,
)
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, Translate, fill, untranslated
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.utc_text import UTC_FORMAT, read_utc_text

DRAFT_FORMAT = "cssw.visit-draft/1"


class Step(StrEnum):
    """The visit's steps in order; the value is the identifier the audit log notes."""

    LEAFLET = "leaflet"
    WHO = "who"
    EXPLAINED = "explained"
    SHARE = "share"
    APPROACH = "approach"
    CHOICES = "documents_research"
    YOUNG_PEOPLE = "young_people"
    REVIEW = "review"

    @property
    def number(self) -> int:
        return STEPS.index(self) + 1

    @property
    def heading(self) -> str:
        return _STEP_TITLES[self]


STEPS: tuple[Step, ...] = tuple(Step)

_STEP_TITLES: dict[Step, str] = {
    Step.LEAFLET: QT_TRANSLATE_NOOP("VisitStep", "The leaflet"),
    Step.WHO: QT_TRANSLATE_NOOP("VisitStep", "Who is here"),
    Step.EXPLAINED: QT_TRANSLATE_NOOP("VisitStep", "What has been explained"),
    Step.SHARE: QT_TRANSLATE_NOOP("VisitStep", "Sharing information with agencies"),
    Step.APPROACH: QT_TRANSLATE_NOOP("VisitStep", "Asking agencies for information"),
    Step.CHOICES: QT_TRANSLATE_NOOP("VisitStep", "Documents and research"),
    Step.YOUNG_PEOPLE: QT_TRANSLATE_NOOP("VisitStep", "Young people's own consent"),
    Step.REVIEW: QT_TRANSLATE_NOOP("VisitStep", "Review, sign and seal"),
}


def _time_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


def _time_from(text: object) -> datetime:
    if not isinstance(text, str):
        raise RecordFormatError("a time in the visit draft must be text")
    try:
        return read_utc_text(text)
    except ValueError:
        raise RecordFormatError("a time in the visit draft is not in the draft format") from None


@dataclass(frozen=True, slots=True)
class VisitState:
    """Everything a visit holds before it is sealed. Immutable: each change makes a new one.

    `section` is the leaflet section on screen (an index). `confirmed_at` is when the
    consent giver confirmed the summary; `young_confirmed` the same for each young person.
    Changing any answer after that throws confirmations and signatures away: they were
    given for the answers as they stood.
    """

    draft: ConsentRecordDraft
    step: Step = Step.LEAFLET
    section: int = 0
    signatures: tuple[Signature, ...] = ()
    confirmed_at: datetime | None = None
    young_confirmed: Mapping[uuid.UUID, datetime] = field(default_factory=dict)
    revision: int = 0  # how many changes this visit has had (each one is saved)

    # --- changes ------------------------------------------------------------------------

    def with_draft(self, **changes: Any) -> VisitState:
        """The form changed: keep confirmations and signatures only if nothing did."""
        draft = dataclasses.replace(self.draft, **changes)
        if draft == self.draft:
            return self
        return dataclasses.replace(
            self,
            draft=draft,
            signatures=(),
            confirmed_at=None,
            young_confirmed={},
            revision=self.revision + 1,
        )

    def with_step(self, step: Step) -> VisitState:
        return dataclasses.replace(self, step=step, revision=self.revision + 1)

    def showing_section(self, index: int, section_id: str, now: datetime) -> VisitState:
        """The leaflet section on screen; the first time each is shown is recorded."""
        viewed = dict(self.draft.sections_viewed)
        viewed.setdefault(section_id, now)
        draft = dataclasses.replace(self.draft, sections_viewed=viewed)
        return dataclasses.replace(self, draft=draft, section=index, revision=self.revision + 1)

    def confirmed(self, now: datetime | None) -> VisitState:
        """The consent giver confirmed (or took back) that the summary is right."""
        return dataclasses.replace(
            self,
            confirmed_at=now,
            signatures=() if now is None else self.signatures,
            revision=self.revision + 1,
        )

    def young_person_confirmed(self, child_id: uuid.UUID, now: datetime | None) -> VisitState:
        confirmed = dict(self.young_confirmed)
        signatures = self.signatures
        if now is None:
            confirmed.pop(child_id, None)
            signatures = tuple(s for s in signatures if s.child_id != child_id)
        else:
            confirmed[child_id] = now
        return dataclasses.replace(
            self, young_confirmed=confirmed, signatures=signatures, revision=self.revision + 1
        )

    def signed(self, signature: Signature) -> VisitState:
        """Add a signature (replacing one already given by the same signer)."""
        kept = tuple(
            s
            for s in self.signatures
            if not (s.role is signature.role and s.child_id == signature.child_id)
        )
        return dataclasses.replace(self, signatures=(*kept, signature), revision=self.revision + 1)

    # --- questions ------------------------------------------------------------------------

    def signers_needed(self) -> list[tuple[SignerRole, uuid.UUID | None, str]]:
        """Who signs, in order: the consent giver, each young person who answered, then the
        interpreter (their own confirmation that they interpreted), when one was used."""
        draft = self.draft
        signers: list[tuple[SignerRole, uuid.UUID | None, str]] = [
            (SignerRole.PARENT, None, draft.consent_giver_name.strip())
        ]
        for child in draft.young_people():
            consent = draft.young_person_consents.get(child.id)
            if isinstance(consent, Answer | OwnAnswers):
                signers.append((SignerRole.YOUNG_PERSON, child.id, child.name))
        if draft.interpreter_used and not draft.legacy:
            signers.append((SignerRole.INTERPRETER, None, draft.interpreter_name.strip()))
        return signers

    def signature_of(self, role: SignerRole, child_id: uuid.UUID | None) -> Signature | None:
        for signature in self.signatures:
            if signature.role is role and signature.child_id == child_id:
                return signature
        return None

    def unsigned(self, translate: Translate = untranslated) -> list[str]:
        """What is still missing on the review step, in plain words."""
        missing: list[str] = []
        someone = translate("VisitMissing", "The person giving consent")
        if self.confirmed_at is None:
            missing.append(
                fill(
                    translate("VisitMissing", "%1 to confirm the summary is correct"),
                    self.draft.consent_giver_name.strip() or someone,
                )
            )
        for role, child_id, name in self.signers_needed():
            if role is SignerRole.YOUNG_PERSON and child_id not in self.young_confirmed:
                missing.append(
                    fill(translate("VisitMissing", "%1 to confirm their own answer"), name)
                )
            if self.signature_of(role, child_id) is None:
                missing.append(fill(translate("VisitMissing", "%1's signature"), name or someone))
        return missing

    def young_person_answer(self, child_id: uuid.UUID) -> YoungPersonConsent:
        return self.draft.young_person_consents.get(child_id)

    # --- JSON -----------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "record": self.draft.to_json(),
            "step": self.step.value,
            "section": self.section,
            "signatures": [s.to_json() for s in self.signatures],
            "confirmed_at": None if self.confirmed_at is None else _time_text(self.confirmed_at),
            "young_confirmed": {str(k): _time_text(v) for k, v in self.young_confirmed.items()},
            "revision": self.revision,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> VisitState:
        """The visit back from a draft body; RecordFormatError if it is not one."""
        if not isinstance(value, Mapping) or value.get("format") != DRAFT_FORMAT:
            raise RecordFormatError("this draft is not a consent visit this version knows")
        try:
            draft = ConsentRecordDraft.from_json(value["record"])
            step = Step(value["step"])
            section = value["section"]
            revision = value["revision"]
            if not isinstance(section, int) or not isinstance(revision, int):
                raise RecordFormatError("the visit draft's position is not a number")
            signatures = tuple(Signature.from_json(s) for s in value["signatures"])
            confirmed = value["confirmed_at"]
            young = {uuid.UUID(k): _time_from(v) for k, v in dict(value["young_confirmed"]).items()}
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, RecordFormatError):
                raise
            raise RecordFormatError("the visit draft is not in the expected form") from None
        if draft.legacy:  # a visit begun before format 3: ask what had two meanings again
            return cls(draft=_upgraded(draft), step=step, section=max(0, section),
                       revision=revision + 1)  # fmt: skip
        return cls(
            draft=draft,
            step=step,
            section=max(0, section),
            signatures=signatures,
            confirmed_at=None if confirmed is None else _time_from(confirmed),
            young_confirmed=young,
            revision=revision,
        )


def _upgraded(draft: ConsentRecordDraft) -> ConsentRecordDraft:
    """A draft of an earlier format as a format 3 draft: whose consent it is and each
    young person's own answers are asked again (their old Yes/No meant something else);
    a recorded reason a young person was not asked is kept."""
    kept = {k: v for k, v in draft.young_person_consents.items() if isinstance(v, NotSought)}
    return dataclasses.replace(
        draft,
        schema=3,
        parental_consent=None,
        young_person_consents=kept,
        language=draft.shown_language,
    )


def _type_again(translate: Translate, what: str, limit: int) -> str:
    """Words for a field that breaks the shared rules: too long, or hidden characters."""
    again = translate(
        "VisitMissing",
        "%1 again, in up to %2 characters with no hidden or control characters",
    )
    return fill(again, what, limit)


def missing_for(
    state: VisitState,
    step: Step,
    sections: Mapping[str, str],
    translate: Translate = untranslated,
) -> list[str]:
    """What the worker still has to do on a step before going on, in plain words (in the
    language `translate` gives; English by default).

    `sections` maps the leaflet's section ids to their titles, in the leaflet's order.
    """
    draft = state.draft
    if step is Step.LEAFLET:
        return [title for sid, title in sections.items() if sid not in draft.sections_viewed]
    if step is Step.WHO:
        missing = []
        if not draft.consent_giver_name.strip():
            missing.append(translate("VisitMissing", "the name of the person giving consent"))
        if not draft.consent_giver_relationship.strip():
            missing.append(translate("VisitMissing", "their relationship to the children"))
        if draft.consent_basis is None:
            missing.append(
                translate(
                    "VisitMissing",
                    "whose consent this is: parental consent or the young person's own",
                )
            )
        if not draft.covered_children:
            missing.append(translate("VisitMissing", "at least one child this form covers"))
        if draft.interpreter_used and not draft.interpreter_language.strip():
            missing.append(translate("VisitMissing", "the interpreter's language"))
        if draft.interpreter_used and not draft.interpreter_name.strip():
            missing.append(translate("VisitMissing", "the interpreter's name"))
        # The shared field rules, as central checks them: the worker hears now, not at sync.
        for text, limit, what in (
            (
                draft.consent_giver_name,
                fields.MAX_NAME,
                QT_TRANSLATE_NOOP("VisitMissing", "the name of the person giving consent"),
            ),
            (
                draft.consent_giver_relationship,
                fields.MAX_RELATIONSHIP,
                QT_TRANSLATE_NOOP("VisitMissing", "their relationship to the children"),
            ),
            (
                draft.interpreter_language,
                fields.MAX_LANGUAGE_NAME,
                QT_TRANSLATE_NOOP("VisitMissing", "the interpreter's language"),
            ),
            (
                draft.interpreter_name,
                fields.MAX_NAME,
                QT_TRANSLATE_NOOP("VisitMissing", "the interpreter's name"),
            ),
        ):
            if fields.text_problem(text, limit) is not None:
                missing.append(_type_again(translate, translate("VisitMissing", what), limit))
        return missing
    if step is Step.EXPLAINED:
        return [
            translate("ConsentForm", item.label)
            for item, when in draft.explained.items()
            if when is None
        ]
    if step is Step.SHARE:
        return [
            translate("Agency", a.label) for a, answer in draft.share_with.items() if answer is None
        ]
    if step is Step.APPROACH:
        return [
            translate("Agency", a.label) for a, answer in draft.approach.items() if answer is None
        ]
    if step is Step.CHOICES:
        missing = [
            translate("ConsentForm", d.label)
            for d, answer in draft.documents.items()
            if answer is None
        ]
        if draft.research_consent is None:
            missing.append(translate("VisitMissing", "Research"))
        return missing
    if step is Step.YOUNG_PEOPLE:
        missing = []
        for child in draft.young_people():
            consent = draft.young_person_consents.get(child.id)
            if consent is None:
                missing.append(
                    fill(
                        translate("VisitMissing", "%1: their own answers, or not asked"), child.name
                    )
                )
            elif isinstance(consent, OwnAnswers) and consent.unanswered():
                missing.append(
                    fill(
                        translate("VisitMissing", "%1: %2 of their own answers still to give"),
                        child.name,
                        len(consent.unanswered()),
                    )
                )
            elif isinstance(consent, NotSought) and not consent.reason.strip():
                missing.append(
                    fill(translate("VisitMissing", "%1: why they were not asked"), child.name)
                )
            elif isinstance(consent, NotSought) and fields.text_problem(
                consent.reason, fields.MAX_REASON
            ):
                why = fill(translate("VisitMissing", "%1: why they were not asked"), child.name)
                missing.append(_type_again(translate, why, fields.MAX_REASON))
        return missing
    not_answered = translate("VisitMissing", "Not answered: %1")
    return [fill(not_answered, item) for item in draft.unanswered()] + state.unsigned(translate)
