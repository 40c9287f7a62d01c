"""The laptop's consent now from central's caseload snapshot, with withdrawals sealed here
after it: the adult's change the family's answers (documents and research included), a
young person's only their own; a young person's entry the laptop cannot read is left out,
never an error."""

from __future__ import annotations

from datetime import UTC, datetime

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import CaseloadConsent, CaseloadYoungPerson
from cssw_desktop.storage.caseload import snapshot_of, state_of
from tests.faults import tally
from tests.support.records import family_with_teenager

TOLD = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)


def _answers(names: list[str]) -> dict[str, str | None]:
    return dict.fromkeys(names, "yes")


def _snapshot(young: dict[str, CaseloadYoungPerson]) -> CaseloadConsent:
    agencies = [a.value for a in AGENCIES]
    documents = [d.value for d in DocumentKind]
    return CaseloadConsent(
        record_id="5b2a4c7e-1d3f-4a6b-9c8d-7e6f5a4b3c2d",
        record_version=1,
        share_with=_answers(agencies),  # type: ignore[arg-type]
        approach=_answers(agencies),  # type: ignore[arg-type]
        documents=_answers(documents),  # type: ignore[arg-type]
        research_consent="yes",
        signed_at="2026-03-14T10:30:00.000000Z",
        young_people=young,
    )


def test_withdrawals_after_a_snapshot_apply_to_whoever_made_them() -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    agencies = [a.value for a in AGENCIES]
    young = {
        str(chidi.id): CaseloadYoungPerson(
            name=chidi.name, gender=chidi.gender,
            date_of_birth=chidi.date_of_birth.isoformat(),
            share_with=_answers(agencies), approach=_answers(agencies),  # type: ignore[arg-type]
            documents=_answers([d.value for d in DocumentKind]),  # type: ignore[arg-type]
            research_consent="yes",
        )
    }  # fmt: skip
    adults = Withdrawal(
        family.id, TOLD, CommunicatedBy.PHONE, documents=frozenset({DocumentKind.ASSESSMENTS}),
        research=True, worker="W", worker_attested=True,
    )  # fmt: skip
    own = Withdrawal(
        family.id, TOLD, CommunicatedBy.IN_PERSON, approach=frozenset({Agency.HEALTH}),
        young_person=chidi, worker="W", worker_attested=True,
    )  # fmt: skip
    state = state_of(_snapshot(young), [adults, own])
    assert state.documents[DocumentKind.ASSESSMENTS] is Answer.NO
    assert state.research_consent is Answer.NO
    assert state.may_approach(Agency.HEALTH)
    theirs = state.young_people[chidi.id]
    assert theirs.approach[Agency.HEALTH] is Answer.NO
    assert theirs.research_consent is Answer.YES
    # Kept again when the records are purged: the same young person's consent now.
    again = snapshot_of(state, "2026-04-02T00:00:00.000000Z")
    assert again.young_people[str(chidi.id)].approach["health"] == "no"
    assert again.young_people[str(chidi.id)].withdrawn


def test_a_young_persons_entry_the_laptop_cannot_read_is_left_out() -> None:
    bad = CaseloadYoungPerson(
        name="Someone", gender="", date_of_birth="2015-02-30",  # no such day
        share_with={}, approach={}, documents={}, research_consent=None,
    )  # fmt: skip
    state = state_of(_snapshot({"0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a": bad}), [])
    assert dict(state.young_people) == {}
    assert state.may_share_with(Agency.POLICE)  # the family's consent is still read
    tally.add("attack: crafted caseload young people", cases=1, accepted=0, server_errors=0)
