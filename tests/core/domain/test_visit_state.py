"""The visit's state without Qt: its draft JSON, what each step still needs, the summary."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft, NotSought
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.sealing import RecordKind, sealing_problems
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import summary_text
from cssw_core.domain.visit import Step, VisitState, missing_for
from tests.support.records import (
    VISIT_START,
    complete_draft,
    family_with_teenager,
    synthetic_signature,
)

SECTIONS = {"about": "About this leaflet", "duties": "Our duties"}


def signed_state() -> VisitState:
    family = family_with_teenager()
    draft = complete_draft(family, refuse=(Agency.POLICE,))
    state = VisitState(draft, step=Step.REVIEW, section=1).confirmed(VISIT_START)
    chidi = family.children[0]
    state = state.young_person_confirmed(chidi.id, VISIT_START)
    state = state.signed(synthetic_signature(SignerRole.PARENT, draft.consent_giver_name))
    state = state.signed(
        synthetic_signature(SignerRole.YOUNG_PERSON, chidi.name, child_id=chidi.id)
    )
    return state.signed(synthetic_signature(SignerRole.INTERPRETER, draft.interpreter_name))


def test_the_draft_body_round_trips_exactly() -> None:
    state = signed_state()
    assert VisitState.from_json(state.to_json()) == state
    assert state.unsigned() == []


def test_a_body_that_is_not_a_visit_is_refused() -> None:
    with pytest.raises(RecordFormatError):
        VisitState.from_json({"format": "something else"})
    body = signed_state().to_json()
    body["step"] = "nowhere"
    with pytest.raises(RecordFormatError):
        VisitState.from_json(body)


def test_changing_an_answer_after_signing_drops_the_signatures() -> None:
    state = signed_state()
    changed = state.with_draft(share_with={**state.draft.share_with, Agency.POLICE: Answer.YES})
    assert changed.signatures == ()
    assert changed.confirmed_at is None
    assert changed.revision == state.revision + 1
    assert state.with_draft(research_consent=state.draft.research_consent) is state


def test_sections_keep_the_first_time_shown() -> None:
    state = VisitState(complete_draft(family_with_teenager()))
    later = VISIT_START + timedelta(minutes=9)
    again = state.showing_section(0, "about", later)
    assert again.draft.sections_viewed["about"] == state.draft.sections_viewed["about"]
    assert missing_for(again, Step.LEAFLET, SECTIONS) == ["Our duties"]


def test_each_step_says_what_is_missing() -> None:
    family = family_with_teenager()
    blank = ConsentRecordDraft(
        family_id=family.id,
        worker="W",
        device="d",
        visit_date=complete_draft(family).visit_date,
        visit_start=VISIT_START,
        covered_children=family.children,
    )
    state = VisitState(blank)
    assert missing_for(state, Step.SHARE, SECTIONS) == [a.label for a in AGENCIES]
    assert missing_for(state, Step.YOUNG_PEOPLE, SECTIONS) == [
        "Chidi Okafor: their own answers, or not asked"
    ]
    chidi = family.children[0]
    not_asked = state.with_draft(young_person_consents={chidi.id: NotSought("")})
    assert missing_for(not_asked, Step.YOUNG_PEOPLE, SECTIONS) == [
        "Chidi Okafor: why they were not asked"
    ]
    assert "the name of the person giving consent" in missing_for(state, Step.WHO, SECTIONS)


def test_the_summary_says_what_is_and_is_not_agreed() -> None:
    text = summary_text(signed_state().draft)
    agreed, refused = text.split("You do not agree to CSSW sharing information with:")
    assert "Police" not in agreed.split("You agree CSSW may share information with:")[1]
    assert refused.split("\n\n")[0].strip() == "• Police"
    assert "Chidi gave their own answers: the same as Grace's." in text
    assert "This is parental consent: you have parental responsibility for the children." in text
    assert "Okafor" in text.split("\n\n")[0]  # the consent giver's own name
    assert "Chidi Okafor" not in text  # children by first name only


def test_a_visit_begun_in_the_earlier_format_asks_again_what_had_two_meanings() -> None:
    state = signed_state()
    body = state.to_json()
    record = body["record"]
    chidi = state.draft.young_people()[0]
    record.update(schema=2, parental_consent="no")
    del record["consent_basis"], record["interpreter_name"]
    record["young_person_consents"] = {
        k: {"answer": "yes", "not_sought_reason": None} for k in record["young_person_consents"]
    }
    resumed = VisitState.from_json(body)
    assert not resumed.draft.legacy
    assert resumed.draft.consent_basis is None
    assert resumed.draft.young_person_consents[chidi.id] is None
    assert resumed.signatures == ()
    assert resumed.confirmed_at is None
    assert "Parental consent or young person's consent" in resumed.draft.unanswered()


def test_twelve_is_not_asked_and_thirteen_on_the_visit_date_is() -> None:
    family = family_with_teenager()
    draft = complete_draft(family)
    chidi, ada = family.children
    born = draft.visit_date.replace(year=draft.visit_date.year - 13)
    thirteen = dataclasses.replace(ada, date_of_birth=born)
    twelve = dataclasses.replace(ada, date_of_birth=born + timedelta(days=1))
    for child, asked in ((thirteen, True), (twelve, False)):
        changed = dataclasses.replace(
            draft, covered_children=(chidi, child), young_person_consents={}
        )
        state = VisitState(changed)
        needed = missing_for(state, Step.YOUNG_PEOPLE, SECTIONS)
        assert (f"{child.name}: their own answers, or not asked" in needed) is asked
        assert (child in changed.young_people()) is asked


def test_the_interpreter_signs_last_and_sealing_needs_their_signature() -> None:
    state = signed_state()
    assert [role for role, _, _ in state.signers_needed()] == [
        SignerRole.PARENT,
        SignerRole.YOUNG_PERSON,
        SignerRole.INTERPRETER,
    ]
    without = [s for s in state.signatures if s.role is not SignerRole.INTERPRETER]
    problems = sealing_problems(RecordKind.CONSENT, state.draft.to_json(), without)
    assert problems == ["The interpreter has not signed their confirmation."]
    assert sealing_problems(RecordKind.CONSENT, state.draft.to_json(), state.signatures) == []
