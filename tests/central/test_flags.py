"""Flags on arrival, from real sealed documents (built and sealed as a laptop seals them)."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from cssw_central.services.flags import compute_flags
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft, NotSought
from cssw_core.domain.family import Child, Family
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.sealing import DeviceKey, seal_problem
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import Flag, FlagCode
from tests.support.records import (
    VISIT_DATE,
    complete_draft,
    family_with_teenager,
    own_answers,
    signatures_for,
)
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    new_device_key,
    seal_consent_document,
    seal_withdrawal_document,
)

ON_TIME = SEALED_AT + timedelta(hours=2)


@pytest.fixture
def key() -> DeviceKey:
    return new_device_key()


@pytest.fixture
def family() -> Family:
    return family_with_teenager()


def codes(flags: list[Flag]) -> list[FlagCode]:
    return [f.code for f in flags]


def flags_of(sealed: SealedDocument, received_at: datetime = ON_TIME) -> list[Flag]:
    """Flags as central computes them: from the document text exactly as uploaded."""
    assert seal_problem(sealed.document, sealed.seal) is None
    return compute_flags(json.loads(sealed.text), received_at)


def names_in(family: Family, draft: ConsentRecordDraft) -> list[str]:
    """Every personal name in the record, each part separately, for no-leak checks."""
    whole = [family.family_name, draft.consent_giver_name, draft.worker]
    whole += [c.name for c in family.children]
    return sorted({part for name in whole for part in name.split()})


def assert_no_names(flags: list[Flag], family: Family, draft: ConsentRecordDraft) -> None:
    text = " ".join(f.message for f in flags)
    for name in names_in(family, draft):
        assert name not in text
    assert family.address not in text
    assert family.case_reference not in text


# --- a clean record --------------------------------------------------------------------


def test_a_complete_agreed_record_on_time_has_no_flags(key, family):
    assert flags_of(seal_consent_document(key, family, complete_draft(family))) == []


def test_a_record_with_no_young_people_and_all_yes_has_no_flags(key):
    family = Family("Smith", children=(Child("Sam Smith", "Male", date(2020, 1, 1)),))
    draft = complete_draft(family)
    assert draft.young_people() == ()
    assert flags_of(seal_consent_document(key, family, draft)) == []


# --- agencies refused ------------------------------------------------------------------


def test_one_agency_refused_both_ways_counts_once_and_names_the_agency(key, family):
    draft = complete_draft(family, refuse=(Agency.POLICE,))
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.AGENCY_REFUSED]
    message = flags[0].message
    assert "1 of 11 agencies:" in message
    assert "no sharing with Police" in message
    assert "no approaching Police for information" in message
    assert_no_names(flags, family, draft)


def test_refusals_in_one_direction_only_are_counted_across_both(key, family):
    base = complete_draft(family)
    share = dict(base.share_with) | {Agency.HOUSING: Answer.NO, Agency.HEALTH: Answer.NO}
    approach = dict(base.approach) | {Agency.PROBATION: Answer.NO}
    draft = replace(base, share_with=share, approach=approach)
    draft = replace(draft, young_person_consents={family.children[0].id: own_answers(draft)})
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.AGENCY_REFUSED]
    message = flags[0].message
    assert message.startswith("Consent refused for 3 of 11 agencies:")
    assert "no sharing with Health and Housing" in message  # the form's order
    assert "no approaching Probation for information" in message


def test_every_agency_refused(key, family):
    draft = complete_draft(family, refuse=AGENCIES)
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.AGENCY_REFUSED]
    assert "11 of 11 agencies" in flags[0].message


def test_documents_and_research_refused_are_not_agency_refusals(key, family):
    draft = complete_draft(family)
    assert draft.research_consent is Answer.NO  # the builder refuses research
    draft = replace(draft, documents=dict.fromkeys(draft.documents, Answer.NO))
    draft = replace(draft, young_person_consents={family.children[0].id: own_answers(draft)})
    assert flags_of(seal_consent_document(key, family, draft)) == []


# --- a young person's answer differs ---------------------------------------------------


def legacy(
    draft: ConsentRecordDraft, parental: Answer, young: dict[uuid.UUID, Answer]
) -> ConsentRecordDraft:
    """The same visit as a record of format 2 (one Yes/No per young person)."""
    return replace(
        draft,
        schema=2,
        consent_basis=None,
        interpreter_name="",
        parental_consent=parental,
        young_person_consents=young,
    )


def test_a_young_person_differing_on_two_agencies_is_flagged_like_for_like(key, family):
    base = complete_draft(family)
    chidi = family.children[0]
    mine = own_answers(base, share={Agency.POLICE: Answer.NO}, approach={Agency.HOUSING: Answer.NO})
    draft = replace(base, young_person_consents={chidi.id: mine})
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.YOUNG_PERSON_DIFFERS]
    assert flags[0].message == (
        "A young person aged 14 answered differently for themselves: No to sharing with "
        "Police (the person giving consent said Yes); No to asking Housing for information "
        "(the person giving consent said Yes)."
    )
    assert_no_names(flags, family, draft)


def test_a_young_person_saying_yes_where_the_adult_said_no_is_flagged(key, family):
    base = complete_draft(family, refuse=(Agency.POLICE,))
    mine = own_answers(base, share={Agency.POLICE: Answer.YES})
    draft = replace(base, young_person_consents={family.children[0].id: mine})
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.AGENCY_REFUSED, FlagCode.YOUNG_PERSON_DIFFERS]
    assert flags[1].message.endswith(
        "Yes to sharing with Police (the person giving consent said No)."
    )


def test_an_aunt_and_a_young_person_who_both_agreed_are_not_flagged(key, family):
    """The issue's false flag: an aunt (parental consent, as she has parental
    responsibility) agreed to everything and the 14-year-old agreed too."""
    base = replace(complete_draft(family), consent_giver_relationship="Aunt")
    draft = replace(base, young_person_consents={family.children[0].id: own_answers(base)})
    assert flags_of(seal_consent_document(key, family, draft)) == []


def test_an_earlier_format_record_compares_no_yes_no_with_whose_consent(key, family):
    """Format 2: "Parental consent: No" said who signed, never the family's answer, so a
    young person's Yes beside it is not a difference; their No is, from all the choices."""
    chidi = family.children[0].id
    agreed = legacy(complete_draft(family), Answer.NO, {chidi: Answer.YES})
    assert flags_of(seal_consent_document(key, family, agreed)) == []
    refused = legacy(complete_draft(family), Answer.YES, {chidi: Answer.NO})
    flags = flags_of(seal_consent_document(key, family, refused))
    assert codes(flags) == [FlagCode.YOUNG_PERSON_DIFFERS]
    assert flags[0].message == (
        "A young person aged 14 did not agree to the choices on this form for themselves "
        "(a record of the earlier format, with one answer for all of them)."
    )


def test_each_differing_young_person_gets_a_flag(key):
    family = Family(
        "Brown",
        children=(
            Child("Ann Brown", "Female", date(2010, 1, 1)),  # 16
            Child("Ben Brown", "Male", date(2012, 3, 14)),  # 14 today
            Child("Cal Brown", "Male", date(2013, 3, 15)),  # 12, one day short of 13
        ),
    )
    base = complete_draft(family)
    assert [c.name for c in base.young_people()] == ["Ann Brown", "Ben Brown"]
    differing = own_answers(base, share={Agency.HEALTH: Answer.NO})
    consents = {family.children[0].id: differing, family.children[1].id: differing}
    draft = replace(base, young_person_consents=consents)
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.YOUNG_PERSON_DIFFERS] * 2
    assert [("aged 16" in f.message, "aged 14" in f.message) for f in flags] == [
        (True, False),
        (False, True),
    ]


def test_a_young_person_agreeing_with_the_adult_is_not_flagged(key, family):
    base = complete_draft(family, refuse=tuple(AGENCIES))
    draft = replace(base, young_person_consents={family.children[0].id: own_answers(base)})
    assert codes(flags_of(seal_consent_document(key, family, draft))) == [FlagCode.AGENCY_REFUSED]


# --- a young person without their own signature ----------------------------------------


def test_consent_not_sought_still_flags_and_says_the_reason_is_recorded(key, family):
    reason = NotSought("Chidi was at school during the visit")
    draft = replace(complete_draft(family), young_person_consents={family.children[0].id: reason})
    sealed = seal_consent_document(key, family, draft)
    roles = [s["role"] for s in sealed.document["signatures"]]
    assert SignerRole.YOUNG_PERSON.value not in roles  # no young person's signature taken
    flags = flags_of(sealed)
    assert codes(flags) == [FlagCode.YOUNG_PERSON_NOT_SIGNED]
    assert flags[0].message == (
        "A young person aged 14 has not signed: their own consent was not sought, and the "
        "form records why."
    )
    assert "school" not in flags[0].message  # the reason itself stays on the form
    assert_no_names(flags, family, draft)


def test_an_answer_without_a_signature_is_flagged_with_no_reason(key, family):
    draft = complete_draft(family)
    parent_only = [s for s in signatures_for(draft) if s.role is SignerRole.PARENT]
    sealed = seal_consent_document(key, family, draft, signatures=parent_only)
    flags = flags_of(sealed)
    assert codes(flags) == [FlagCode.YOUNG_PERSON_NOT_SIGNED]
    assert "no reason is recorded" in flags[0].message


def test_a_signature_for_another_child_does_not_count(key, family):
    draft = complete_draft(family)
    signatures = signatures_for(draft)
    wrong = replace(signatures[1], child_id=family.children[1].id)
    sealed = seal_consent_document(key, family, draft, signatures=[signatures[0], wrong])
    assert codes(flags_of(sealed)) == [FlagCode.YOUNG_PERSON_NOT_SIGNED]


def test_a_thirteenth_birthday_on_the_visit_date_counts_as_thirteen(key):
    teen = Child("Dee Lee", "Female", date(VISIT_DATE.year - 13, VISIT_DATE.month, VISIT_DATE.day))
    family = Family("Lee", children=(teen,))
    draft = replace(complete_draft(family), young_person_consents={teen.id: NotSought("asleep")})
    flags = flags_of(seal_consent_document(key, family, draft))
    assert codes(flags) == [FlagCode.YOUNG_PERSON_NOT_SIGNED]
    assert "aged 13" in flags[0].message


def test_only_covered_children_are_considered(key, family):
    """A teenager in the family but not covered by this form is not this form's concern."""
    young_child = family.children[1]
    draft = replace(
        complete_draft(family), covered_children=(young_child,), young_person_consents={}
    )
    assert flags_of(seal_consent_document(key, family, draft)) == []


# --- late sync -------------------------------------------------------------------------


def test_exactly_72_hours_is_on_time_and_a_moment_more_is_late(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    assert flags_of(sealed, SEALED_AT + timedelta(hours=72)) == []
    late = flags_of(sealed, SEALED_AT + timedelta(hours=72, seconds=1))
    assert codes(late) == [FlagCode.LATE_SYNC]
    assert late[0].message == (
        "Reached central 3 days after it was signed, later than the 72 hours expected."
    )


def test_late_sync_says_days_and_hours(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    late = flags_of(sealed, SEALED_AT + timedelta(days=4, hours=5, minutes=40))
    assert "4 days 5 hours" in late[0].message
    one = flags_of(sealed, SEALED_AT + timedelta(days=5, hours=1))
    assert "5 days 1 hour after" in one[0].message


def test_the_received_time_zone_does_not_matter(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    from zoneinfo import ZoneInfo

    in_new_york = (SEALED_AT + timedelta(hours=71)).astimezone(ZoneInfo("America/New_York"))
    assert flags_of(sealed, in_new_york) == []


def test_a_naive_received_time_is_refused(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    with pytest.raises(ValueError, match="time zone"):
        compute_flags(sealed.document, ON_TIME.replace(tzinfo=None))


def test_every_flag_at_once_comes_in_a_stable_order(key, family):
    base = complete_draft(family, refuse=(Agency.HOUSING,))
    mine = own_answers(base, share={Agency.POLICE: Answer.NO})
    draft = replace(base, young_person_consents={family.children[0].id: mine})
    parent_only = [s for s in signatures_for(draft) if s.role is SignerRole.PARENT]
    sealed = seal_consent_document(key, family, draft, signatures=parent_only)
    flags = flags_of(sealed, SEALED_AT + timedelta(days=10))
    assert codes(flags) == [
        FlagCode.AGENCY_REFUSED,
        FlagCode.YOUNG_PERSON_DIFFERS,
        FlagCode.YOUNG_PERSON_NOT_SIGNED,
        FlagCode.LATE_SYNC,
    ]
    assert_no_names(flags, family, draft)


# --- withdrawals -----------------------------------------------------------------------


def withdrawal_for(family: Family) -> Withdrawal:
    return Withdrawal(
        family_id=family.id,
        withdrawn_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset(AGENCIES),
        approach=frozenset({Agency.POLICE}),
        reason="changed their mind",
        worker_attested=True,
        worker="Jaspreet Patel",
    )


def test_a_withdrawal_on_time_has_no_flags_even_though_it_withdraws_agencies(key, family):
    sealed = seal_withdrawal_document(key, family, withdrawal_for(family))
    assert flags_of(sealed) == []


def test_a_late_withdrawal_has_only_the_late_sync_flag(key, family):
    sealed = seal_withdrawal_document(key, family, withdrawal_for(family))
    assert codes(flags_of(sealed, SEALED_AT + timedelta(hours=80))) == [FlagCode.LATE_SYNC]


# --- malformed documents ---------------------------------------------------------------


def test_an_unknown_kind_is_refused(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    with pytest.raises(RecordFormatError):
        compute_flags(sealed.document | {"kind": "letter"}, ON_TIME)


def test_a_consent_record_not_in_the_record_format_is_refused(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    broken = dict(sealed.document["record"])
    del broken["share_with"]
    with pytest.raises(RecordFormatError):
        compute_flags(sealed.document | {"record": broken}, ON_TIME)


@pytest.mark.parametrize("sealed_at", [None, "yesterday", "2026-03-14T10:30:00Z"])
def test_an_unreadable_time_of_sealing_is_refused(key, family, sealed_at):
    sealed = seal_consent_document(key, family, complete_draft(family))
    with pytest.raises(RecordFormatError):
        compute_flags(sealed.document | {"sealed_at": sealed_at}, ON_TIME)


def test_signatures_that_are_not_a_list_are_refused(key, family):
    sealed = seal_consent_document(key, family, complete_draft(family))
    with pytest.raises(RecordFormatError):
        compute_flags(sealed.document | {"signatures": {}}, ON_TIME)
