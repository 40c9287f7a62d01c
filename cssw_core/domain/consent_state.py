"""A family's consent as it stands: the latest signed record with later withdrawals applied."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft, DocumentKind
from cssw_core.domain.own_consent import OwnConsent, young_people_now
from cssw_core.domain.withdrawal import Withdrawal

_NO_ANSWERS: Mapping[Agency, Answer | None] = MappingProxyType(dict.fromkeys(AGENCIES))


@dataclass(frozen=True, slots=True)
class ConsentState:
    """What the family has consented to now: the latest record with later withdrawals applied.

    With no record at all, nothing is consented to (every answer is None).
    """

    record_id: uuid.UUID | None
    record_version: int | None
    share_with: Mapping[Agency, Answer | None]
    approach: Mapping[Agency, Answer | None]
    documents: Mapping[DocumentKind, Answer | None]
    research_consent: Answer | None
    withdrawals_applied: tuple[Withdrawal, ...] = ()
    """The adult's withdrawals after the record, oldest first (a young person's own are in
    `young_people`)."""
    young_people: Mapping[uuid.UUID, OwnConsent] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """Each young person's own consent now, by child id, in the form's order."""

    def may_share_with(self, agency: Agency) -> bool:
        """True only for an explicit, unwithdrawn Yes."""
        return self.share_with[agency] is Answer.YES

    def may_approach(self, agency: Agency) -> bool:
        """True only for an explicit, unwithdrawn Yes."""
        return self.approach[agency] is Answer.YES


def current_consent_state(
    latest_record: ConsentRecordDraft | None, withdrawals: Sequence[Withdrawal]
) -> ConsentState:
    """The family's consent now. An adult's withdrawal after the record turns what it names
    (agencies in the direction(s) withdrawn, documents, research) to No; one dated at or
    before the record is already reflected in it and does not apply. A young person's
    withdrawal changes only their own consent (`young_people`)."""
    if latest_record is None:
        return ConsentState(
            record_id=None,
            record_version=None,
            share_with=_NO_ANSWERS,
            approach=_NO_ANSWERS,
            documents=MappingProxyType(dict.fromkeys(DocumentKind)),
            research_consent=None,
        )
    if any(w.family_id != latest_record.family_id for w in withdrawals):
        raise ValueError("a withdrawal belongs to a different family from the consent record")
    later = tuple(
        sorted(
            (w for w in withdrawals if w.withdrawn_at > latest_record.effective_at),
            key=lambda w: w.withdrawn_at,
        )
    )
    adult = tuple(w for w in later if w.young_person is None)
    share = dict(latest_record.share_with)
    approach = dict(latest_record.approach)
    documents = dict(latest_record.documents)
    research = latest_record.research_consent
    for withdrawal in adult:
        share.update(dict.fromkeys(withdrawal.share, Answer.NO))
        approach.update(dict.fromkeys(withdrawal.approach, Answer.NO))
        documents.update(dict.fromkeys(withdrawal.documents, Answer.NO))
        if withdrawal.research:
            research = Answer.NO
    return ConsentState(
        record_id=latest_record.id,
        record_version=latest_record.version,
        share_with=MappingProxyType(share),
        approach=MappingProxyType(approach),
        documents=MappingProxyType(documents),
        research_consent=research,
        withdrawals_applied=adult,
        young_people=young_people_now(latest_record, later),
    )
