"""Withdrawing any consent given (format 2): agencies, documents, research; by the adult or
by a young person for their own consent. Format 1 withdrawals read, check and write back
exactly as they were sealed."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.consent import Answer, DocumentKind, NotSought, OwnAnswers
from cssw_core.domain.consent_state import current_consent_state
from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
from cssw_core.domain.family import Child
from cssw_core.domain.own_consent import from_caseload, given_on_form, to_caseload
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.sealing import RecordKind, sealing_problems
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from tests.support.records import complete_draft, family_with_teenager, synthetic_signature
from tests.support.sealed_documents import SEALED_AT, new_device_key, seal_withdrawal_document

TOLD = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
V1_JSON: dict[str, Any] = {
    "schema": 1,
    "id": "5b2a4c7e-1d3f-4a6b-9c8d-7e6f5a4b3c2d",
    "family_id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a",
    "share": ["health", "police"],
    "approach": [],
    "withdrawn_at": "2026-03-20T12:00:00.000000Z",
    "communicated_by": "phone",
    "reason": "",
    "worker_attested": True,
    "worker": "Wendy Walker",
}


def test_a_format_1_withdrawal_reads_and_writes_back_byte_for_byte() -> None:
    withdrawal = Withdrawal.from_json(V1_JSON)
    assert withdrawal.schema == 1
    assert withdrawal.share == {Agency.HEALTH, Agency.POLICE}
    assert (withdrawal.documents, withdrawal.research, withdrawal.young_person) == (
        frozenset(),
        False,
        None,
    )
    assert canonical_json(withdrawal.to_json()) == canonical_json(V1_JSON)
    with pytest.raises(RecordFormatError):  # format 1 never had the new fields
        Withdrawal.from_json(V1_JSON | {"research": True})


def test_format_2_round_trips_documents_research_and_the_young_person() -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    withdrawal = Withdrawal(
        family.id, TOLD, CommunicatedBy.IN_PERSON, share=frozenset({Agency.POLICE}),
        documents=frozenset({DocumentKind.CLOSING_SUMMARY, DocumentKind.ASSESSMENTS}),
        research=True, young_person=chidi, worker="Wendy Walker", worker_attested=True,
    )  # fmt: skip
    data = withdrawal.to_json()
    assert data["schema"] == 2
    assert data["documents"] == ["assessments", "closing_summary"]  # the form's order
    assert data["young_person"]["id"] == str(chidi.id)
    assert Withdrawal.from_json(data) == withdrawal
    with pytest.raises(RecordFormatError):
        Withdrawal.from_json(data | {"documents": ["closing_summary", "assessments"]})
    with pytest.raises(RecordFormatError):
        Withdrawal.from_json(data | {"extra": 1})
    with pytest.raises(ValueError, match="format 1"):
        Withdrawal(family.id, TOLD, CommunicatedBy.PHONE, research=True, schema=1)


def _document(withdrawal: Withdrawal) -> dict[str, Any]:
    family = family_with_teenager()
    return copy.deepcopy(
        seal_withdrawal_document(new_device_key(), family, withdrawal, sealed_at=SEALED_AT).document
    )


def test_the_strict_rules_cover_the_new_fields() -> None:
    family = family_with_teenager()
    chidi, ada = family.children
    good = Withdrawal(
        family.id, TOLD, CommunicatedBy.PHONE, documents=frozenset({DocumentKind.ASSESSMENTS}),
        young_person=chidi, worker="Wendy Walker", worker_attested=True,
    )  # fmt: skip
    check_document(_document(good))
    check_document(_document(Withdrawal.from_json(V1_JSON)))  # format 1 still passes

    empty = _document(good)
    empty["record"]["documents"] = []
    with pytest.raises(DocumentRuleBroken, match="does not withdraw any consent"):
        check_document(empty)
    too_young = _document(good)
    too_young["record"]["young_person"] = to_child_json(ada)  # 6 years old
    with pytest.raises(DocumentRuleBroken, match="under 13"):
        check_document(too_young)
    hidden = _document(good)
    hidden["record"]["young_person"]["name"] = "Chidi\u202e"
    with pytest.raises(DocumentRuleBroken, match="young person's name contains hidden"):
        check_document(hidden)
    unknown = _document(good)
    unknown["record"]["young_person"]["school"] = "Elm"
    with pytest.raises(DocumentRuleBroken, match="withdrawal is not in the expected form"):
        check_document(unknown)


def to_child_json(child: Child) -> dict[str, str]:
    return {
        "id": str(child.id),
        "name": child.name,
        "gender": child.gender,
        "date_of_birth": child.date_of_birth.isoformat(),
    }


def test_an_empty_withdrawal_cannot_be_sealed_and_signatures_match_who_withdraws() -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    empty = Withdrawal(family.id, TOLD, CommunicatedBy.PHONE, worker="W", worker_attested=True)
    assert sealing_problems(RecordKind.WITHDRAWAL, empty.to_json(), []) == [
        "Choose at least one consent to withdraw: an agency, a document or research."
    ]
    own = Withdrawal(
        family.id, TOLD, CommunicatedBy.IN_PERSON, research=True, young_person=chidi,
        worker="W", worker_attested=True,
    )  # fmt: skip
    theirs = synthetic_signature(SignerRole.YOUNG_PERSON, chidi.name, child_id=chidi.id)
    adults = synthetic_signature(SignerRole.FAMILY_MEMBER, "Grace Okafor")
    assert sealing_problems(RecordKind.WITHDRAWAL, own.to_json(), [theirs]) == []
    assert sealing_problems(RecordKind.WITHDRAWAL, own.to_json(), [adults]) == [
        "A signature on the withdrawal is not from the one withdrawing."
    ]


def test_consent_now_applies_the_adults_to_the_family_and_a_young_persons_to_their_own() -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    draft = complete_draft(family)
    draft = type(draft)(**{**_fields(draft), "research_consent": Answer.YES})
    own_answers = OwnAnswers.same_as(*draft.giver_answers())  # Chidi said Yes to research too
    draft = type(draft)(**{**_fields(draft), "young_person_consents": {chidi.id: own_answers}})
    adult = Withdrawal(
        family.id, TOLD, CommunicatedBy.PHONE, documents=frozenset({DocumentKind.ASSESSMENTS}),
        research=True, worker="W", worker_attested=True,
    )  # fmt: skip
    own = Withdrawal(
        family.id, TOLD + timedelta(days=1), CommunicatedBy.IN_PERSON,
        share=frozenset({Agency.POLICE}), young_person=chidi, worker="W", worker_attested=True,
    )  # fmt: skip
    state = current_consent_state(draft, [own, adult])
    assert state.documents[DocumentKind.ASSESSMENTS] is Answer.NO
    assert state.documents[DocumentKind.CLOSING_SUMMARY] is Answer.YES
    assert state.research_consent is Answer.NO
    assert state.may_share_with(Agency.POLICE)  # the adult's consent is unchanged
    assert state.withdrawals_applied == (adult,)
    chidis = state.young_people[chidi.id]
    assert chidis.share_with[Agency.POLICE] is Answer.NO
    assert chidis.approach[Agency.POLICE] is Answer.YES
    assert chidis.research_consent is Answer.YES  # the adult's research withdrawal is not his
    assert chidis.withdrawals_applied == (own,)
    assert chidis.withdrawn_at("share:police") == own.withdrawn_at

    # The caseload's plain form carries it to another laptop and back.
    again = from_caseload(str(chidi.id), to_caseload(state.young_people)[str(chidi.id)])
    assert again.share_with == chidis.share_with
    assert again.child == chidi


def test_a_young_persons_own_format_3_answers_take_their_own_withdrawal_of_one_agency() -> None:
    """Format 3: his own answers (not the adult's) are what he has given; withdrawing one
    agency turns only his answer for it to No, and the adult's consent stands."""
    family = family_with_teenager()
    chidi = family.children[0]
    draft = complete_draft(family)  # Grace: Yes to every agency
    same = OwnAnswers.same_as(*draft.giver_answers())
    mine = dataclasses.replace(same, share_with={**same.share_with, Agency.HOUSING: Answer.NO})
    draft = dataclasses.replace(draft, young_person_consents={chidi.id: mine})
    given = given_on_form(draft, chidi)
    assert given.share_with[Agency.HOUSING] is Answer.NO  # his own answer, read off the form
    assert given.share_with[Agency.HEALTH] is Answer.YES
    own = Withdrawal(
        family.id, TOLD, CommunicatedBy.IN_PERSON, share=frozenset({Agency.HEALTH}),
        young_person=chidi, worker="W", worker_attested=True,
    )  # fmt: skip
    state = current_consent_state(draft, [own])
    chidis = state.young_people[chidi.id]
    assert chidis.share_with[Agency.HEALTH] is Answer.NO
    assert chidis.withdrawn_at("share:health") == own.withdrawn_at
    assert chidis.share_with[Agency.HOUSING] is Answer.NO  # still his own No, not withdrawn
    assert chidis.withdrawn_at("share:housing") is None
    assert chidis.share_with[Agency.POLICE] is Answer.YES
    assert chidis.approach[Agency.HEALTH] is Answer.YES  # only sharing was withdrawn
    # The adult's consent is unchanged by his withdrawal.
    assert state.share_with == draft.share_with
    assert state.may_share_with(Agency.HEALTH)
    assert state.may_share_with(Agency.HOUSING)
    assert state.withdrawals_applied == ()


def test_a_young_person_not_asked_has_nothing_of_their_own_to_withdraw() -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    draft = complete_draft(family)
    draft = type(draft)(
        **{**_fields(draft), "young_person_consents": {chidi.id: NotSought("At school.")}}
    )
    own = current_consent_state(draft, []).young_people[chidi.id]
    assert not own.asked
    assert all(own.share_with[a] is None for a in AGENCIES)


def test_a_young_person_withdraws_only_from_13() -> None:
    family = family_with_teenager()
    ada = family.children[1]
    withdrawal = Withdrawal(
        family.id, TOLD, CommunicatedBy.PHONE, research=True, young_person=ada,
        worker="W", worker_attested=True,
    )  # fmt: skip
    assert "Only a young person aged 13 or over withdraws their own consent." in (
        withdrawal.problems()
    )
    birthday = Child("Bo", "", date(2013, 3, 20))  # 13 that very day
    assert Withdrawal(
        family.id, TOLD, CommunicatedBy.PHONE, research=True, young_person=birthday
    ).young_person_old_enough()


def _fields(draft: Any) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in draft.__dataclass_fields__}
