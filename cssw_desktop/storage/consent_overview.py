"""What the family page shows about consent, gathered in one call on the store thread.

No Qt here: `load_overview` runs on the store thread and its result is plain data the
page and its models turn into words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
    YoungPersonConsent,
)
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.consent_status import add_months
from cssw_core.domain.family import Child
from cssw_core.domain.own_consent import OwnConsent
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.visit import DRAFT_FORMAT  # Qt-free: the visit draft's format
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.domain.young_people import Difference
from cssw_desktop.settings import REVIEW_MONTHS
from cssw_desktop.storage.clock import parse_stamp
from cssw_desktop.storage.shares import RegisterEntry, load_register

if TYPE_CHECKING:
    from cssw_desktop.storage.records import StoredRecord
    from cssw_desktop.storage.store import Store


class Direction(StrEnum):
    """The two lists of agencies on the form."""

    SHARE = "share"  # CSSW may share information with the agency
    APPROACH = "approach"  # CSSW may approach the agency for information


def local_date(moment: datetime) -> date:
    """The calendar day on this laptop at that moment."""
    return moment.astimezone().date()


@dataclass(frozen=True, slots=True)
class Signer:
    role: SignerRole
    name: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One sealed record in the family's history: a consent form or a withdrawal."""

    record_id: uuid.UUID
    version: int
    kind: RecordKind
    sealed_at: datetime
    record: ConsentRecordDraft | Withdrawal
    signers: tuple[Signer, ...]
    worker: str

    @property
    def day(self) -> date:
        """The day it happened: the form's date, or the day the family told CSSW."""
        if isinstance(self.record, ConsentRecordDraft):
            return self.record.visit_date
        return local_date(self.record.withdrawn_at)

    @staticmethod
    def from_stored(stored: StoredRecord) -> HistoryEntry:
        body = stored.body
        kind = RecordKind(stored.kind)
        record: ConsentRecordDraft | Withdrawal
        if kind is RecordKind.CONSENT:
            record = ConsentRecordDraft.from_json(body["record"])
        else:
            record = Withdrawal.from_json(body["record"])
        signers = tuple(
            Signer(SignerRole(s["role"]), str(s["signer_name"])) for s in body.get("signatures", ())
        )
        sealed = stored.sealed_at or body.get("sealed_at") or ""
        return HistoryEntry(
            record_id=stored.id,
            version=stored.version,
            kind=kind,
            sealed_at=parse_stamp(sealed.replace("Z", "+00:00")),
            record=record,
            signers=signers,
            worker=str(body.get("worker", "")),
        )


@dataclass(frozen=True, slots=True)
class OwnOnForm:
    """One young person's own consent as the latest form records it (before any
    withdrawal): their own answers (with where they differ from the consent giver's), the
    reason they were not asked, or (a form before format 3) their one Yes/No."""

    child: Child
    consent: YoungPersonConsent
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True, slots=True)
class OwnAnswerDay:
    """What a young person's own part was on the family's latest consent form."""

    day: date  # the form's date
    answer: Answer | None = None  # their own Yes or No on a form before format 3 (None:
    # their own answers question by question, format 3)
    not_asked: bool = False  # the worker recorded why they were not asked


@dataclass(frozen=True, slots=True)
class ConsentOverview:
    """A family's consent now, how it came to be, and when it is due for review."""

    family_id: uuid.UUID
    state: ConsentState
    history: tuple[HistoryEntry, ...]  # newest first
    review_months: int = REVIEW_MONTHS.default
    unfinished_visit: datetime | None = None  # when a visit left as a draft was last saved
    shares: tuple[RegisterEntry, ...] = ()  # the sharing register, oldest first
    corrected: frozenset[tuple[str, int]] = frozenset()  # (record id, version) with a note

    @property
    def latest(self) -> HistoryEntry | None:
        """The consent form the state is based on (None when none is recorded)."""
        return next((e for e in self.history if e.kind is RecordKind.CONSENT), None)

    @property
    def has_record(self) -> bool:
        return self.state.record_id is not None

    @property
    def signed_on(self) -> date | None:
        latest = self.latest
        return None if latest is None else latest.day

    @property
    def review_due(self) -> date | None:
        """The form's date plus the review period: when to go through consent again."""
        signed = self.signed_on
        return None if signed is None else add_months(signed, self.review_months)

    def own_consent(self, child_id: uuid.UUID) -> OwnAnswerDay | None:
        """The young person's own part on the latest consent form: their answer (they signed
        for it), or that they were not asked; None when the form has nothing from them."""
        latest = self.latest
        if latest is None or not isinstance(latest.record, ConsentRecordDraft):
            return None
        consent = latest.record.young_person_consents.get(child_id)
        if consent is None:
            return None
        if isinstance(consent, NotSought):
            return OwnAnswerDay(latest.day, not_asked=True)
        return OwnAnswerDay(latest.day, answer=consent if isinstance(consent, Answer) else None)

    def answer(self, direction: Direction, agency: Agency) -> Answer | None:
        answers = self.state.share_with if direction is Direction.SHARE else self.state.approach
        return answers[agency]

    def withdrawn_on(self, direction: Direction, agency: Agency) -> date | None:
        """The day the family withdrew this consent, if a withdrawal turned it to No."""
        for withdrawal in self.state.withdrawals_applied:  # oldest first: when it stopped
            agencies = withdrawal.share if direction is Direction.SHARE else withdrawal.approach
            if agency in agencies:
                return local_date(withdrawal.withdrawn_at)
        return None

    def agreed(self, direction: Direction) -> tuple[Agency, ...]:
        """Agencies with a Yes standing now, in the form's order."""
        answers = self.state.share_with if direction is Direction.SHARE else self.state.approach
        return tuple(a for a, answer in answers.items() if answer is Answer.YES)

    @property
    def young_people_on_form(self) -> tuple[OwnOnForm, ...]:
        """Each young person aged 13 or over on the latest form, with their own consent as
        the form records it (`young_people()` has it now, withdrawals applied)."""
        latest = self.latest
        record = None if latest is None else latest.record
        if not isinstance(record, ConsentRecordDraft):
            return ()
        found = []
        for child in record.young_people():
            consent = record.young_person_consents.get(child.id)
            differences: tuple[Difference, ...] = ()
            if isinstance(consent, OwnAnswers):
                differences = tuple(consent.differences(*record.giver_answers()))
            found.append(OwnOnForm(child, consent, differences))
        return tuple(found)

    @property
    def any_yes(self) -> bool:
        return bool(self.agreed(Direction.SHARE) or self.agreed(Direction.APPROACH))

    # --- documents, research and young people's own consent (withdraw any consent) ----

    def document_withdrawn_on(self, kind: DocumentKind) -> date | None:
        """The day the family withdrew consent to copy this document, if they did."""
        for withdrawal in self.state.withdrawals_applied:
            if kind in withdrawal.documents:
                return local_date(withdrawal.withdrawn_at)
        return None

    def research_withdrawn_on(self) -> date | None:
        """The day the family withdrew consent to research, if they did."""
        for withdrawal in self.state.withdrawals_applied:
            if withdrawal.research:
                return local_date(withdrawal.withdrawn_at)
        return None

    def young_people(self) -> tuple[OwnConsent, ...]:
        """Each young person's own consent now, in the form's order."""
        return tuple(self.state.young_people.values())

    @property
    def later_withdrawals(self) -> int:
        """Withdrawals since the form: the adult's and the young people's own."""
        return len(self.state.withdrawals_applied) + sum(
            len(own.withdrawals_applied) for own in self.state.young_people.values()
        )

    def withdrawable(self, young_person: uuid.UUID | None = None) -> Given:
        """What the adult (None) or a young person (by child id) has given now, so can
        withdraw: every explicit, unwithdrawn Yes."""
        if young_person is None:
            return Given(
                self.agreed(Direction.SHARE),
                self.agreed(Direction.APPROACH),
                tuple(k for k, a in self.state.documents.items() if a is Answer.YES),
                self.state.research_consent is Answer.YES,
            )
        own = self.state.young_people.get(young_person)
        if own is None:
            return Given((), (), (), False)
        return Given(
            tuple(a for a, x in own.share_with.items() if x is Answer.YES),
            tuple(a for a, x in own.approach.items() if x is Answer.YES),
            tuple(k for k, x in own.documents.items() if x is Answer.YES),
            own.research_consent is Answer.YES,
        )

    def who_can_withdraw(self) -> tuple[OwnConsent | None, ...]:
        """The adult (None) and each young person with some consent standing now."""
        found: list[OwnConsent | None] = []
        if not self.withdrawable().empty:
            found.append(None)
        found += [own for own in self.young_people() if not self.withdrawable(own.child.id).empty]
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Given:
    """Consent standing now that can be withdrawn, in the form's order."""

    share: tuple[Agency, ...]
    approach: tuple[Agency, ...]
    documents: tuple[DocumentKind, ...]
    research: bool

    @property
    def empty(self) -> bool:
        return not (self.share or self.approach or self.documents or self.research)


def load_overview(store: Store, family_id: uuid.UUID) -> ConsentOverview:
    """Read a family's sealed records, consent state and the review period (store thread)."""
    from cssw_desktop.storage.consent_facts import review_months_now

    stored = store.records.sealed_for_family(family_id)
    history = tuple(  # shares are in the sharing register, not the consent history
        HistoryEntry.from_stored(s) for s in reversed(stored) if s.kind != RecordKind.SHARE.value
    )
    drafts = [
        parse_stamp(d.updated_at)
        for d in store.records.drafts()
        if d.family_id == family_id and d.body.get("format") == DRAFT_FORMAT
    ]
    return ConsentOverview(
        family_id=family_id,
        state=store.sealing.consent_state(family_id),
        history=history,
        review_months=review_months_now(store),
        unfinished_visit=max(drafts, default=None),
        shares=tuple(load_register(store, family_id)),
        corrected=frozenset(store.corrections.corrected_in_family(family_id)),
    )
