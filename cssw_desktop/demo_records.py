"""Fictional consent records for training, so a trainer sees every state on the family page.

For the demo families just added: signed and sealed consent forms (synthetic signatures),
one with a young person (13 or over) who signed for themselves, one where a young
person's consent was not sought with the reason recorded, one form past its review
date, one withdrawal, two shares of information (one with consent and the family told, one
without consent to the police, authorised, the family not told yet and a date to look at
it again), and one visit left unfinished as a draft to resume. The remaining
families have no consent recorded yet. No Qt: the command line runs this.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.share import (
    Authorisation,
    Basis,
    FamilyTold,
    Information,
    NotSoughtReason,
    Party,
    Share,
    SharedHow,
    WithoutConsentReason,
)
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.demo import synthetic_signature

if TYPE_CHECKING:
    from cssw_desktop.storage.store import Store

DEMO_DEVICE = "demo-training-laptop"
DEMO_LEAFLET_VERSION = "demo-leaflet"  # used only when the real leaflet cannot be read

CARERS = (
    ("Grace", "Mother"), ("Daniel", "Father"), ("Agnieszka", "Mother"), ("Farida", "Mother"),
    ("Michael", "Stepfather"), ("Joanna", "Grandmother (kinship carer)"), ("Samuel", "Father"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoConsent:
    family: Family
    record: ConsentRecordDraft
    signatures: tuple[Signature, ...]
    note: str  # what a trainer sees it for


@dataclass(frozen=True, slots=True)
class DemoWithdrawal:
    family: Family
    withdrawal: Withdrawal


@dataclass(frozen=True, slots=True)
class DemoDraft:
    family: Family
    record: ConsentRecordDraft
    body: dict[str, Any]
    step: str


@dataclass(slots=True)
class DemoRecords:
    consents: list[DemoConsent] = field(default_factory=list)
    withdrawals: list[DemoWithdrawal] = field(default_factory=list)
    shares: list[tuple[Family, Share]] = field(default_factory=list)
    drafts: list[DemoDraft] = field(default_factory=list)


def _leaflet() -> tuple[str, str, tuple[str, ...]]:
    """The real leaflet's version, hash and section ids; a marked demo stand-in if unreadable."""
    from cssw_desktop.leaflet import LeafletError, load_leaflet

    try:
        leaflet = load_leaflet("en")
    except LeafletError:
        return _demo_leaflet()
    return leaflet.version, leaflet.content_hash, leaflet.section_ids


def _demo_leaflet() -> tuple[str, str, tuple[str, ...]]:
    digest = hashlib.sha256(DEMO_LEAFLET_VERSION.encode()).hexdigest()
    return DEMO_LEAFLET_VERSION, digest, ("about",)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local time of day on that date, in UTC."""
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def _answers(no: Sequence[Agency]) -> dict[Agency, Answer | None]:
    return {a: Answer.NO if a in no else Answer.YES for a in AGENCIES}


def _consent(
    family: Family,
    *,
    day: date,
    start: datetime,
    rng: random.Random,
    leaflet: tuple[str, str, tuple[str, ...]],
    share_no: Sequence[Agency] = (),
    approach_no: Sequence[Agency] = (),
    not_sought: str = "",
    interpreter: str = "",
    young_share: dict[Agency, Answer] | None = None,
    young_approach: dict[Agency, Answer] | None = None,
) -> tuple[ConsentRecordDraft, tuple[Signature, ...]]:
    """A complete, signed form for the family on that day."""
    first, relationship = rng.choice(CARERS)
    giver = f"{first} {family.family_name}"
    version, digest, sections = leaflet
    draft = ConsentRecordDraft(
        family_id=family.id,
        worker=family.allocated_worker or "Demo Worker",
        device=DEMO_DEVICE,
        visit_date=day,
        visit_start=start,
        visit_end=start + timedelta(minutes=35),
        covered_children=family.children,
        consent_giver_name=giver,
        consent_giver_relationship=relationship,
        consent_basis=ConsentBasis.PARENTAL,
        explained={item: start + timedelta(minutes=12 + n) for n, item in enumerate(ExplainedItem)},
        leaflet_version=version,
        leaflet_hash=digest,
        language="en",
        sections_viewed={
            s: start + timedelta(seconds=40 * (n + 1)) for n, s in enumerate(sections)
        },
        share_with=_answers(share_no),
        approach=_answers(approach_no),
        documents={
            DocumentKind.ASSESSMENTS: Answer.YES,
            DocumentKind.RECORD_OF_REVIEWS: Answer.YES,
            DocumentKind.CLOSING_SUMMARY: Answer.NO if rng.random() < 0.5 else Answer.YES,
        },
        research_consent=Answer.YES if rng.random() < 0.5 else Answer.NO,
        interpreter_used=bool(interpreter),
        interpreter_language=interpreter,
        interpreter_name="Marta Nowak" if interpreter else "",
    )
    young = draft.young_people()
    own = OwnAnswers.same_as(*draft.giver_answers())
    own = dataclasses.replace(  # a young person's own answers, where they differ
        own,
        share_with={**own.share_with, **(young_share or {})},
        approach={**own.approach, **(young_approach or {})},
    )
    consents = {c.id: NotSought(not_sought) if not_sought else own for c in young}
    draft = dataclasses.replace(draft, young_person_consents=consents)
    signed_at = start + timedelta(minutes=30)
    signatures = [
        synthetic_signature(SignerRole.PARENT, giver, signed_at, seed=rng.randint(0, 9999))
    ]
    if not not_sought:
        signatures += [
            synthetic_signature(
                SignerRole.YOUNG_PERSON,
                child.name,
                signed_at + timedelta(minutes=2),
                child_id=child.id,
                seed=rng.randint(0, 9999),
            )
            for child in young
        ]
    if interpreter:
        signatures.append(
            synthetic_signature(
                SignerRole.INTERPRETER,
                draft.interpreter_name,
                signed_at + timedelta(minutes=3),
                seed=rng.randint(0, 9999),
            )
        )
    return draft, tuple(signatures)


def demo_records(families: Sequence[Family], today: date, now: datetime) -> DemoRecords:
    """What to seal and save for these (just added) demo families; the same for the same
    families and day. Families are taken in order, skipping any that do not fit a part
    (the two young-person examples need a child who is 13 or over)."""
    rng = random.Random(f"cssw-demo-records:{today.isoformat()}")  # noqa: S311 - not security
    leaflet = _leaflet()
    plan = DemoRecords()
    left = list(families)

    def take(day: date, needs_young: bool = False) -> Family | None:
        for family in left:
            if not needs_young or any(c.needs_own_consent(day) for c in family.children):
                left.remove(family)
                return family
        return None

    # Visited today: a young person aged 13 or over signed for themselves.
    if family := take(today, needs_young=True):
        start = min(now - timedelta(minutes=50), _at(today, 10))
        draft, signatures = _consent(
            family,
            day=today,
            start=start,
            rng=rng,
            leaflet=leaflet,
            share_no=[Agency.POLICE],
            young_share={Agency.POLICE: Answer.YES},  # they differ on two agencies
            young_approach={Agency.HOUSING: Answer.NO},
        )
        plan.consents.append(DemoConsent(family, draft, signatures, "young person signed"))
    # Six weeks ago: the young person's own consent was not sought, and why.
    day = today - timedelta(days=42)
    if family := take(day, needs_young=True):
        draft, signatures = _consent(
            family,
            day=day,
            start=_at(day, 14),
            rng=rng,
            leaflet=leaflet,
            share_no=[Agency.PROBATION, Agency.YOUTH_OFFENDING],
            approach_no=[Agency.PROBATION],
            not_sought="Away on a school residential trip on the day of the visit; to be "
            "asked at the next visit.",
            interpreter="Polish",
        )
        plan.consents.append(DemoConsent(family, draft, signatures, "young person not asked"))
    # Two months ago, everything agreed; twelve days ago they phoned to withdraw for Police.
    day = today - timedelta(days=61)
    if family := take(day):
        draft, signatures = _consent(family, day=day, start=_at(day, 11), rng=rng, leaflet=leaflet)
        plan.consents.append(DemoConsent(family, draft, signatures, "later withdrawn"))
        told = min(now, _at(today - timedelta(days=12), 15, 20))
        plan.withdrawals.append(
            DemoWithdrawal(
                family,
                Withdrawal(
                    family_id=family.id,
                    withdrawn_at=told,
                    communicated_by=CommunicatedBy.PHONE,
                    share=frozenset({Agency.POLICE}),
                    approach=frozenset({Agency.POLICE}),
                    reason="Would rather speak to the police themselves.",
                    worker_attested=True,
                    worker=draft.worker,
                ),
            )
        )
        plan.shares.extend((family, s) for s in _shares(family, draft.worker, day, today, now))
    # Fourteen months ago: due for review (past the default twelve months).
    day = today - timedelta(days=426)
    if family := take(day):
        draft, signatures = _consent(
            family,
            day=day,
            start=_at(day, 10, 30),
            rng=rng,
            leaflet=leaflet,
            share_no=[Agency.HOUSING],
            approach_no=[Agency.DRUG_AND_ALCOHOL],
        )
        plan.consents.append(DemoConsent(family, draft, signatures, "review overdue"))
    # An unfinished visit: the leaflet read, choices half made, not signed.
    if family := take(today):
        plan.drafts.append(_draft_visit(family, today, now, rng, leaflet))
    return plan


def _shares(
    family: Family, worker: str, visited: date, today: date, now: datetime
) -> tuple[Share, Share]:
    """With consent to the school (the family told), then, after they withdrew consent for
    the police, without consent to the police: authorised, the family not told yet."""
    children = tuple((c.id, c.name) for c in family.children)
    school_at = min(now, _at(visited + timedelta(days=20), 11))
    school = Share(
        family_id=family.id,
        party=Party.SCHOOLS,
        party_name="Elm Park Primary School (fictional)",
        information=frozenset({Information.PERSONAL_DETAILS, Information.PLAN_REVIEWS}),
        how=SharedHow.SECURE_EMAIL,
        shared_at=school_at,
        basis=Basis.WITH_CONSENT,
        decided_by=worker,
        family_told=FamilyTold(told=True, at=school_at + timedelta(hours=3), how=SharedHow.PHONE),
        children=children,
        worker=worker,
    )
    police_at = min(now, _at(today - timedelta(days=5), 16))
    police = Share(
        family_id=family.id,
        party=Party.POLICE,
        party_name="",
        information=frozenset({Information.REFERRAL, Information.ASSESSMENTS}),
        how=SharedHow.MEETING,
        shared_at=police_at,
        basis=Basis.WITHOUT_CONSENT,
        reason=WithoutConsentReason.SIGNIFICANT_HARM,
        consent_sought=False,
        not_sought_reason=NotSoughtReason.CRIMINAL_INVESTIGATION,
        decided_by=worker,
        authorised_by=Authorisation("Maria Lopez", "Team manager", police_at - timedelta(hours=2)),
        family_told=FamilyTold(
            told=False,
            why_not="A police investigation is open; telling the family now may put the "
            "child at risk.",
            reconsider_on=today + timedelta(days=28),
        ),
        children=children,
        worker=worker,
    )
    return school, police


def _draft_visit(
    family: Family,
    today: date,
    now: datetime,
    rng: random.Random,
    leaflet: tuple[str, str, tuple[str, ...]],
) -> DemoDraft:
    """A visit stopped on the "Sharing information with agencies" step."""
    from cssw_core.domain.visit import Step, VisitState  # Qt-free: the draft's format

    start = min(now - timedelta(minutes=25), _at(today, 9, 15))
    first, relationship = rng.choice(CARERS)
    version, digest, sections = leaflet
    share = dict.fromkeys(AGENCIES[:4], Answer.YES)
    share[Agency.POLICE] = Answer.NO
    draft = ConsentRecordDraft(
        family_id=family.id,
        worker=family.allocated_worker or "Demo Worker",
        device=DEMO_DEVICE,
        visit_date=today,
        visit_start=start,
        covered_children=family.children,
        consent_giver_name=f"{first} {family.family_name}",
        consent_giver_relationship=relationship,
        consent_basis=ConsentBasis.PARENTAL,
        explained={item: start + timedelta(minutes=10 + n) for n, item in enumerate(ExplainedItem)},
        leaflet_version=version,
        leaflet_hash=digest,
        language="en",
        sections_viewed={
            s: start + timedelta(seconds=40 * (n + 1)) for n, s in enumerate(sections)
        },
        share_with=share,
    )
    state = VisitState(draft=draft, step=Step.SHARE, revision=12)
    return DemoDraft(family, draft, state.to_json(), Step.SHARE.value)


def save_demo_records(store: Store, plan: DemoRecords) -> None:
    """Seal the consent forms, then the withdrawals and the shares, and save the drafts."""
    from cssw_desktop.storage.shares import record_share

    for consent in plan.consents:
        store.sealing.seal(
            RecordKind.CONSENT,
            consent.record.to_json(),
            consent.family,
            consent.signatures,
            confirmed_at=consent.record.visit_start + timedelta(minutes=28),
            worker=consent.record.worker,
        )
    for item in plan.withdrawals:
        store.sealing.seal(
            RecordKind.WITHDRAWAL,
            item.withdrawal.to_json(),
            item.family,
            (),
            confirmed_at=None,
            worker=item.withdrawal.worker,
        )
    for family, share in plan.shares:
        record_share(store, share, family)
    for draft in plan.drafts:
        store.records.save_draft(
            draft.record.id,
            draft.record.version,
            draft.family.id,
            draft.body,
            kind=RecordKind.CONSENT.value,
            step=draft.step,
        )
