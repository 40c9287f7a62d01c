"""Share records: the basis checked against consent at the moment, strict fields, the seal."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent_state import current_consent_state
from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.sealing import RecordKind, sealing_problems
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
    consent_problem,
    consent_state_at,
    register_order,
)
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import new_device_key, seal_share_document

LAW = "Children Act 1989 s.47"
SHARED = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
FAMILY = family_with_teenager()
TOLD = FamilyTold(told=True, at=SHARED + timedelta(hours=2), how=SharedHow.PHONE)


def with_consent(party: Party = Party.SCHOOLS, **changes: Any) -> Share:
    family = FAMILY
    share = Share(
        family_id=family.id,
        party=party,
        party_name="Elm Primary School",
        information=frozenset({Information.ASSESSMENTS, Information.PERSONAL_DETAILS}),
        how=SharedHow.SECURE_EMAIL,
        shared_at=SHARED,
        basis=Basis.WITH_CONSENT,
        decided_by="Jaspreet Patel",
        family_told=TOLD,
        children=tuple((c.id, c.name) for c in family.children),
        worker="Jaspreet Patel",
    )
    return dataclasses.replace(share, **changes)


def without_consent(**changes: Any) -> Share:
    share = with_consent(
        Party.POLICE,
        party_name="",
        basis=Basis.WITHOUT_CONSENT,
        reason=WithoutConsentReason.SIGNIFICANT_HARM,
        consent_sought=False,
        not_sought_reason=NotSoughtReason.CRIMINAL_INVESTIGATION,
        authorised_by=Authorisation("Maria Lopez", "Team manager", SHARED - timedelta(hours=1)),
        family_told=FamilyTold(
            told=False, why_not="A police investigation is open.", reconsider_on=date(2026, 5, 1)
        ),
    )
    return dataclasses.replace(share, **changes)


def test_a_share_round_trips_and_unknown_fields_are_refused() -> None:
    for share in (with_consent(), without_consent()):
        data = share.to_json()
        assert Share.from_json(data) == share
        with pytest.raises(RecordFormatError):
            Share.from_json(data | {"extra": 1})
        with pytest.raises(RecordFormatError):
            Share.from_json(data | {"schema": 2})
    data = with_consent().to_json()
    assert data["information"] == ["personal_details", "assessments"]  # the leaflet's order
    with pytest.raises(RecordFormatError):
        Share.from_json(data | {"information": ["assessments", "personal_details"]})


def test_with_consent_is_refused_for_an_agency_the_family_refused_or_withdrew() -> None:
    family = FAMILY
    refused = current_consent_state(complete_draft(family, refuse=(Agency.EDUCATION,)), [])
    share = with_consent()
    assert share.problems() == []
    assert "has not given consent to sharing with" in (consent_problem(share, refused) or "")

    given = complete_draft(family)
    assert consent_problem(share, current_consent_state(given, [])) is None
    withdrawn = Withdrawal(
        family.id, SHARED - timedelta(days=1), CommunicatedBy.PHONE,
        share=frozenset({Agency.EDUCATION}), worker="W", worker_attested=True,
    )  # fmt: skip
    assert consent_problem(share, current_consent_state(given, [withdrawn])) is not None
    # No signed form at all: nothing was consented to.
    assert consent_problem(share, current_consent_state(None, [])) is not None
    # A young person's own withdrawal refuses a share covering them.
    chidi = family.children[0]
    own = dataclasses.replace(withdrawn, young_person=chidi)
    problem = consent_problem(share, current_consent_state(given, [own]))
    assert problem is not None
    assert "Chidi Okafor" in problem
    # ...but not one covering only the younger child.
    only_ada = dataclasses.replace(share, children=((family.children[1].id, "Ada Okafor"),))
    assert consent_problem(only_ada, current_consent_state(given, [own])) is None
    # Without consent is never checked against the form.
    assert consent_problem(without_consent(), refused) is None


def test_with_consent_needs_a_party_the_form_asks_about() -> None:
    ofsted = with_consent(Party.OFSTED, party_name="")
    assert any("does not ask about this party" in p for p in ofsted.problems())
    assert Party.GPS.agency is Agency.HEALTH
    assert Party.OFSTED.agency is None
    other = with_consent(Party.OTHER, party_name="")
    assert "Name whom the information was shared with." in other.problems()


def test_without_consent_needs_a_reason_a_decider_and_an_authoriser() -> None:
    assert without_consent().problems() == []
    assert "Choose why the information was shared without consent." in (
        without_consent(reason=None).problems()
    )
    law = without_consent(reason=WithoutConsentReason.LAW)
    assert "Name the law or court order." in law.problems()
    assert (
        without_consent(reason=WithoutConsentReason.LAW, law="Children Act 1989 s.47").problems()
        == []
    )
    assert "Enter who decided to share." in without_consent(decided_by=" ").problems()
    assert "Enter the manager who authorised sharing without consent." in (
        without_consent(authorised_by=None).problems()
    )
    no_role = Authorisation("Maria Lopez", "", SHARED)
    assert without_consent(authorised_by=no_role).problems() != []
    assert "Choose why the family was not asked for consent." in (
        without_consent(not_sought_reason=None).problems()
    )
    untold = without_consent(family_told=FamilyTold(told=False))
    assert any("a date to look at it again" in p for p in untold.problems())
    with_auth = with_consent(authorised_by=no_role)
    assert "A share with consent has no reason or authoriser." in with_auth.problems()


def _document(share: Share) -> dict[str, Any]:
    return copy.deepcopy(seal_share_document(new_device_key(), FAMILY, share).document)


def test_the_strict_rules_cover_a_sealed_share() -> None:
    good = without_consent()
    check_document(_document(good))
    check_document(_document(with_consent()))
    assert sealing_problems(RecordKind.SHARE, good.to_json(), []) == []

    cases: list[tuple[str, Any, str]] = [
        ("law", "Children Act\u202e", "law or order contains hidden"),
        ("party_name", "x" * 201, "is too long"),
        ("surprise", 1, "share record is not in the expected form"),
        ("authorised_by", None, "not complete"),
        ("shared_at", "2024-01-01T00:00:00.000000Z", "before this app existed"),
    ]
    for key, value, words in cases:
        bad = _document(without_consent(reason=WithoutConsentReason.LAW, law=LAW))
        bad["record"][key] = value
        with pytest.raises(DocumentRuleBroken, match=words):
            check_document(bad)
    signed = _document(good)
    signed["confirmed_at"] = "2026-04-02T10:00:00.000000Z"
    with pytest.raises(DocumentRuleBroken, match="no signatures"):
        check_document(signed)


def test_the_register_is_in_time_order() -> None:
    later = with_consent(shared_at=SHARED + timedelta(days=3))
    first = without_consent()
    assert register_order([later, first]) == [first, later]


def test_consent_at_a_moment_takes_only_what_had_happened_by_then() -> None:
    given = complete_draft(FAMILY)
    withdrawn = Withdrawal(
        FAMILY.id, SHARED + timedelta(days=1), CommunicatedBy.PHONE,
        share=frozenset({Agency.EDUCATION}), worker="W", worker_attested=True,
    )  # fmt: skip
    share = with_consent()
    before = consent_state_at([given], [withdrawn], share.shared_at)
    assert consent_problem(share, before) is None  # withdrawn only the next day
    after = consent_state_at([given], [withdrawn], SHARED + timedelta(days=2))
    assert not after.may_share_with(Agency.EDUCATION)
    assert (
        consent_state_at([given], [], given.effective_at - timedelta(seconds=1)).record_id is None
    )
