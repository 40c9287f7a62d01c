"""Consent records, withdrawals and the family's current consent state."""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.canonical import canonical_json, content_hash
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.consent_state import current_consent_state
from cssw_core.domain.family import Child
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal

VISIT_DAY = date(2025, 3, 14)
START = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)
END = datetime(2025, 3, 14, 11, 30, tzinfo=UTC)
FAMILY_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")

THIRTEEN_TODAY = Child("Ayesha Demo", "Female", date(2012, 3, 14))
TURNS_13_TOMORROW = Child("Kacper Demo", "Male", date(2012, 3, 15))
BABY = Child("Ruby Demo", "Female", date(2025, 1, 2))


UUID_TEXT = re.compile(r"UUID\('[0-9a-f-]{36}'\)")


def stable_id(value: object) -> str:
    """A test id that is the same in every process (xdist's workers must agree): the
    value's repr with its random ids left out."""
    return UUID_TEXT.sub("UUID(…)", repr(value))


SAME_AS_GRACE = OwnAnswers.same_as(
    dict.fromkeys(AGENCIES, Answer.YES),
    dict.fromkeys(AGENCIES, Answer.YES),
    dict.fromkeys(DocumentKind, Answer.NO),
    Answer.NO,
)


def legacy_draft(**changes: Any) -> ConsentRecordDraft:
    """A complete record of format 2 (before each young person gave their own answers)."""
    fields: dict[str, Any] = {
        "schema": 2,
        "consent_basis": None,
        "parental_consent": Answer.YES,
        "young_person_consents": {THIRTEEN_TODAY.id: Answer.YES},
    }
    fields.update(changes)
    return complete_draft(**fields)


def complete_draft(**changes: Any) -> ConsentRecordDraft:
    """A draft with every question answered, ready to sign."""
    fields: dict[str, Any] = {
        "family_id": FAMILY_ID,
        "worker": "Demo Worker",
        "device": "LAPTOP-DEMO-01",
        "visit_date": VISIT_DAY,
        "visit_start": START,
        "visit_end": END,
        "covered_children": (THIRTEEN_TODAY, TURNS_13_TOMORROW, BABY),
        "consent_giver_name": "Grace Demo",
        "consent_giver_relationship": "Mother",
        "consent_basis": ConsentBasis.PARENTAL,
        "young_person_consents": {THIRTEEN_TODAY.id: SAME_AS_GRACE},
        "explained": {item: START + timedelta(minutes=n) for n, item in enumerate(ExplainedItem)},
        "leaflet_version": "2024-01",
        "leaflet_hash": "ab" * 32,
        "sections_viewed": {"about": START, "sharing": START + timedelta(minutes=3)},
        "share_with": dict.fromkeys(AGENCIES, Answer.YES),
        "approach": dict.fromkeys(AGENCIES, Answer.YES),
        "documents": dict.fromkeys(DocumentKind, Answer.NO),
        "research_consent": Answer.NO,
        "interpreter_used": False,
        "interpreter_language": "",
        "language": "en",
    }
    fields.update(changes)
    return ConsentRecordDraft(**fields)


# --- strategies ------------------------------------------------------------------------

texts = st.text(max_size=20)
answers = st.none() | st.sampled_from(Answer)
offsets = st.sampled_from(
    [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)
children = st.builds(
    Child,
    name=texts,
    gender=texts,
    date_of_birth=st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    id=st.uuids(),
)
young_person_answers = answers | st.builds(NotSought, texts)
own_answers = st.builds(
    OwnAnswers,
    share_with=st.dictionaries(st.sampled_from(Agency), answers),
    approach=st.dictionaries(st.sampled_from(Agency), answers),
    documents=st.dictionaries(st.sampled_from(DocumentKind), answers),
    research_consent=answers,
)
own_consents = st.none() | own_answers | st.builds(NotSought, texts)


@st.composite
def drafts(draw: st.DrawFn) -> ConsentRecordDraft:
    covered = draw(st.lists(children, max_size=4, unique_by=lambda c: c.id))
    start = draw(moments)
    schema = draw(st.sampled_from([1, 2, 3]))
    codes = ["en", "cy", "pl", "pt-BR", "zh-Hant-TW", "ar-XB"]
    return ConsentRecordDraft(
        schema=schema,
        id=draw(st.uuids()),
        version=draw(st.integers(1, 50)),
        family_id=draw(st.uuids()),
        worker=draw(texts),
        device=draw(texts),
        visit_date=draw(st.dates(date(2000, 1, 1), date(2100, 1, 1))),
        visit_start=start,
        visit_end=draw(
            st.none() | st.just(start + draw(st.timedeltas(timedelta(0), timedelta(hours=12))))
        ),
        covered_children=tuple(covered),
        consent_giver_name=draw(texts),
        consent_giver_relationship=draw(texts),
        parental_consent=draw(answers) if schema < 3 else None,
        consent_basis=draw(st.none() | st.sampled_from(ConsentBasis)) if schema == 3 else None,
        young_person_consents={
            c.id: draw(young_person_answers if schema < 3 else own_consents)
            for c in covered
            if draw(st.booleans())
        },
        explained=draw(st.dictionaries(st.sampled_from(ExplainedItem), st.none() | moments)),
        leaflet_version=draw(texts),
        leaflet_hash=draw(texts),
        sections_viewed=draw(st.dictionaries(texts, moments, max_size=4)),
        share_with=draw(st.dictionaries(st.sampled_from(Agency), answers)),
        approach=draw(st.dictionaries(st.sampled_from(Agency), answers)),
        documents=draw(st.dictionaries(st.sampled_from(DocumentKind), answers)),
        research_consent=draw(answers),
        interpreter_used=draw(st.booleans()),
        interpreter_language=draw(texts),
        interpreter_name=draw(texts) if schema == 3 else "",
        language=""
        if schema == 1
        else draw(st.sampled_from(codes if schema == 2 else ["", *codes])),
    )


withdrawals = st.builds(
    Withdrawal,
    family_id=st.uuids(),
    withdrawn_at=moments,
    communicated_by=st.sampled_from(CommunicatedBy),
    share=st.frozensets(st.sampled_from(Agency)),
    approach=st.frozensets(st.sampled_from(Agency)),
    documents=st.frozensets(st.sampled_from(DocumentKind)),
    research=st.booleans(),
    reason=texts,
    worker_attested=st.booleans(),
    worker=texts,
    id=st.uuids(),
)


# --- the form's wording ----------------------------------------------------------------


def test_explained_items_follow_the_form_in_order() -> None:
    assert [item.label for item in ExplainedItem] == [
        "what information will be shared",
        "why the information will be shared",
        "with whom the information will be shared",
        "the consequences of sharing or not sharing information",
        "how information will be kept secure",
        "I can ask to see case records under the Data Protection Act 2018",
        "I have the right to withdraw consent at any time",
    ]


def test_document_labels_follow_the_form() -> None:
    assert [kind.label for kind in DocumentKind] == [
        "Assessments",
        "A record of reviews",
        "Closing summary",
    ]


def test_a_new_draft_has_nothing_ticked() -> None:
    draft = ConsentRecordDraft(
        family_id=FAMILY_ID, worker="w", device="d", visit_date=VISIT_DAY, visit_start=START
    )
    assert draft.version == 1
    assert draft.parental_consent is None
    assert draft.research_consent is None
    assert set(draft.share_with.values()) == {None}
    assert set(draft.approach.values()) == {None}
    assert set(draft.documents.values()) == {None}
    assert set(draft.explained.values()) == {None}


# --- JSON ------------------------------------------------------------------------------


@given(drafts())
def test_record_round_trips_through_json(draft: ConsentRecordDraft) -> None:
    as_json = draft.to_json()
    back = ConsentRecordDraft.from_json(as_json)
    assert back == draft
    assert back.to_json() == as_json


@given(drafts())
def test_record_round_trips_through_canonical_bytes(draft: ConsentRecordDraft) -> None:
    sealed_bytes = canonical_json(draft.to_json())
    back = ConsentRecordDraft.from_json(json.loads(sealed_bytes))
    assert canonical_json(back.to_json()) == sealed_bytes


def test_json_lists_every_agency_with_null_for_unanswered() -> None:
    draft = complete_draft(share_with={Agency.POLICE: Answer.NO}, approach={})
    as_json = draft.to_json()
    assert set(as_json["share_with"]) == {a.value for a in Agency}
    assert as_json["share_with"]["police"] == "no"
    assert as_json["share_with"]["health"] is None
    assert set(as_json["approach"].values()) == {None}


def test_json_times_are_utc_with_z_whatever_zone_they_were_given_in() -> None:
    summer = timezone(timedelta(hours=1))
    draft = complete_draft(visit_start=datetime(2025, 7, 1, 9, 5, tzinfo=summer), visit_end=None)
    assert draft.to_json()["visit_start"] == "2025-07-01T08:05:00.000000Z"
    assert draft.to_json()["visit_end"] is None


def test_young_person_not_sought_is_kept_with_its_reason() -> None:
    draft = complete_draft(
        young_person_consents={THIRTEEN_TODAY.id: NotSought("At school during the visit")}
    )
    entry = draft.to_json()["young_person_consents"][str(THIRTEEN_TODAY.id)]
    assert entry == {"answers": None, "not_sought_reason": "At school during the visit"}
    restored = ConsentRecordDraft.from_json(draft.to_json())
    assert restored.young_person_consents[THIRTEEN_TODAY.id] == NotSought(
        "At school during the visit"
    )


def _mutated_json(change: str) -> dict[str, Any]:
    data = complete_draft().to_json()
    if change == "missing field":
        del data["research_consent"]
    elif change == "extra field":
        data["notes"] = "Grace Demo said no"
    elif change == "local time":
        data["visit_start"] = "2025-03-14T10:00:00+01:00"
    elif change == "short time":
        data["visit_start"] = "2025-03-14T10:00:00Z"
    elif change == "upper-case id":
        data["id"] = data["id"].upper()
    elif change == "unknown answer":
        data["share_with"]["police"] = "maybe"
    elif change == "missing agency":
        del data["approach"]["housing"]
    elif change == "boolean version":
        data["version"] = True
    elif change == "newer schema":
        data["schema"] = 4
    elif change == "no language":
        del data["language"]
    elif change == "language not a code":
        data["language"] = "English"
    elif change == "language on a schema 1 record":
        data["schema"] = 1
    elif change == "child not covered":
        data["young_person_consents"][str(uuid.uuid4())] = {
            "answers": SAME_AS_GRACE.to_json(),
            "not_sought_reason": None,
        }
    elif change == "answer and reason":
        data["young_person_consents"][str(THIRTEEN_TODAY.id)] = {
            "answers": SAME_AS_GRACE.to_json(),
            "not_sought_reason": "Grace Demo asked us not to",
        }
    elif change == "one yes for a young person in format 3":
        data["young_person_consents"][str(THIRTEEN_TODAY.id)] = {
            "answer": "yes",
            "not_sought_reason": None,
        }
    elif change == "parental consent yes/no in format 3":
        data["parental_consent"] = "yes"
    elif change == "unknown consent basis":
        data["consent_basis"] = "guardian"
    elif change == "own answer missing an agency":
        own = data["young_person_consents"][str(THIRTEEN_TODAY.id)]["answers"]
        del own["share_with"]["police"]
    elif change == "own answer with an unknown field":
        own = data["young_person_consents"][str(THIRTEEN_TODAY.id)]["answers"]
        own["same_as"] = "Grace Demo"
    elif change == "no interpreter name":
        del data["interpreter_name"]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "missing field",
        "extra field",
        "local time",
        "short time",
        "upper-case id",
        "unknown answer",
        "missing agency",
        "boolean version",
        "newer schema",
        "no language",
        "language not a code",
        "language on a schema 1 record",
        "child not covered",
        "answer and reason",
        "one yes for a young person in format 3",
        "parental consent yes/no in format 3",
        "unknown consent basis",
        "own answer missing an agency",
        "own answer with an unknown field",
        "no interpreter name",
    ],
)
def test_from_json_refuses_anything_but_its_own_format(change: str) -> None:
    with pytest.raises(RecordFormatError) as raised:
        ConsentRecordDraft.from_json(_mutated_json(change))
    assert "Grace" not in str(raised.value)
    assert "Demo" not in str(raised.value)


def test_the_record_names_the_language_the_family_used() -> None:
    as_json = complete_draft(language="cy").to_json()
    assert as_json["schema"] == 3
    assert as_json["language"] == "cy"
    assert ConsentRecordDraft.from_json(as_json).shown_language == "cy"


def test_a_record_sealed_before_languages_were_recorded_still_reads_as_english() -> None:
    legacy = legacy_draft(schema=1, language="").to_json()
    assert legacy["schema"] == 1
    assert "language" not in legacy
    back = ConsentRecordDraft.from_json(legacy)
    assert back.language == ""
    assert back.shown_language == "en"
    assert canonical_json(back.to_json()) == canonical_json(legacy)  # its seal still holds


def test_a_language_that_is_not_a_code_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        complete_draft(language="Polish")


# --- sealing depends on every answer ---------------------------------------------------


def _hash(draft: ConsentRecordDraft) -> str:
    return content_hash(draft.to_json())


@pytest.mark.parametrize("agency", list(Agency))
@pytest.mark.parametrize("direction", ["share_with", "approach"])
def test_hash_changes_when_any_agency_answer_changes(agency: Agency, direction: str) -> None:
    draft = complete_draft()
    original = _hash(draft)
    for answer in (Answer.NO, None):
        answers: dict[Agency, Answer | None] = {**getattr(draft, direction), agency: answer}
        changed: dict[str, Any] = {direction: answers}
        assert _hash(dataclasses.replace(draft, **changed)) != original


@pytest.mark.parametrize(
    "change",
    [
        {"consent_basis": ConsentBasis.YOUNG_PERSON},
        {"consent_basis": None},
        {"interpreter_name": "Ola"},
        {"research_consent": Answer.YES},
        {"documents": {DocumentKind.CLOSING_SUMMARY: Answer.YES}},
        {
            "young_person_consents": {
                THIRTEEN_TODAY.id: dataclasses.replace(
                    SAME_AS_GRACE, share_with={**SAME_AS_GRACE.share_with, Agency.POLICE: Answer.NO}
                )
            }
        },
        {"young_person_consents": {THIRTEEN_TODAY.id: NotSought("Away")}},
        {"explained": {ExplainedItem.WITHDRAW: START}},
        {"interpreter_used": True},
        {"leaflet_hash": "cd" * 32},
        {"visit_end": END + timedelta(microseconds=1)},
        {"version": 2},
    ],
    ids=lambda change: stable_id(change),
)
def test_hash_changes_when_anything_else_changes(change: dict[str, Any]) -> None:
    assert _hash(complete_draft(**change)) != _hash(complete_draft())


@given(drafts())
def test_hash_is_the_same_for_an_equal_record(draft: ConsentRecordDraft) -> None:
    assert _hash(ConsentRecordDraft.from_json(draft.to_json())) == _hash(draft)


# --- what is still to do ---------------------------------------------------------------


def test_a_complete_draft_has_nothing_unanswered() -> None:
    assert complete_draft().unanswered() == []


def test_unanswered_lists_each_missing_agency_in_plain_words() -> None:
    draft = complete_draft(
        share_with={**dict.fromkeys(AGENCIES, Answer.YES), Agency.POLICE: None},
        approach={**dict.fromkeys(AGENCIES, Answer.NO), Agency.HOUSING: None},
    )
    assert draft.unanswered() == ["Share with: Police", "Approach for information: Housing"]


def test_unanswered_lists_every_question_on_a_new_draft() -> None:
    draft = ConsentRecordDraft(
        family_id=FAMILY_ID, worker="w", device="d", visit_date=VISIT_DAY, visit_start=START
    )
    missing = draft.unanswered()
    assert "Parental consent or young person's consent" in missing
    assert "Children this form covers" in missing
    assert "Research (anonymised information)" in missing
    assert "Explained: I have the right to withdraw consent at any time" in missing
    assert "Copies of: A record of reviews" in missing
    assert sum(m.startswith("Share with: ") for m in missing) == len(AGENCIES)
    assert sum(m.startswith("Approach for information: ") for m in missing) == len(AGENCIES)


def test_young_person_consent_is_needed_from_13_on_the_visit_date() -> None:
    draft = complete_draft(young_person_consents={})
    assert draft.young_people() == (THIRTEEN_TODAY,)
    assert draft.unanswered() == ["Young person's consent: Ayesha Demo"]


def test_a_day_later_both_older_children_need_their_own_consent() -> None:
    draft = complete_draft(young_person_consents={}, visit_date=VISIT_DAY + timedelta(days=1))
    assert draft.unanswered() == [
        "Young person's consent: Ayesha Demo",
        "Young person's consent: Kacper Demo",
    ]


@pytest.mark.parametrize(
    ("consent", "complete"),
    [
        (SAME_AS_GRACE, True),
        (OwnAnswers(), False),
        (NotSought("Not at home during the visit"), True),
        (NotSought("   "), False),
        (None, False),
    ],
)
def test_a_recorded_reason_counts_as_seeking_consent(
    consent: OwnAnswers | NotSought | None, complete: bool
) -> None:
    draft = complete_draft(young_person_consents={THIRTEEN_TODAY.id: consent})
    assert (draft.unanswered() == []) is complete


def test_interpreter_language_and_name_are_needed_when_an_interpreter_was_used() -> None:
    assert complete_draft(interpreter_used=True).unanswered() == [
        "Interpreter's language",
        "Interpreter's name",
    ]
    done = complete_draft(
        interpreter_used=True, interpreter_language="Polish", interpreter_name="Ola Nowak"
    )
    assert done.unanswered() == []


# --- rules the record enforces ---------------------------------------------------------


def test_times_without_a_zone_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        complete_draft(visit_start=datetime(2025, 3, 14, 10, 0))
    with pytest.raises(ValueError, match="time zone"):
        complete_draft(explained={ExplainedItem.WHY: datetime(2025, 3, 14, 10, 0)})


def test_consent_for_a_child_not_on_the_form_is_refused() -> None:
    with pytest.raises(ValueError, match="unexpected"):
        complete_draft(young_person_consents={uuid.uuid4(): SAME_AS_GRACE})


@pytest.mark.parametrize(
    "change",
    [
        {"version": 0},
        {"visit_end": START - timedelta(seconds=1)},
        {"covered_children": (BABY, BABY)},
        {"share_with": {"police": Answer.YES, "the press": Answer.YES}},
        {"parental_consent": Answer.YES},
        {"young_person_consents": {THIRTEEN_TODAY.id: Answer.YES}},
        {"schema": 2, "parental_consent": Answer.YES},
        {"schema": 4},
    ],
    ids=lambda change: stable_id(change),
)
def test_impossible_records_are_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        complete_draft(**change)


def test_a_record_cannot_be_changed_through_its_mappings() -> None:
    given_answers = dict.fromkeys(AGENCIES, Answer.YES)
    draft = complete_draft(share_with=given_answers)
    given_answers[Agency.POLICE] = Answer.NO
    assert draft.share_with[Agency.POLICE] is Answer.YES
    with pytest.raises(TypeError):
        draft.share_with[Agency.POLICE] = Answer.NO  # type: ignore[index]


# --- withdrawals -----------------------------------------------------------------------


@given(withdrawals)
def test_withdrawal_round_trips_through_json(withdrawal: Withdrawal) -> None:
    as_json = withdrawal.to_json()
    assert Withdrawal.from_json(as_json) == withdrawal
    assert Withdrawal.from_json(json.loads(canonical_json(as_json))).to_json() == as_json


def test_withdrawal_lists_agencies_in_the_forms_order() -> None:
    withdrawal = Withdrawal(
        family_id=FAMILY_ID,
        withdrawn_at=END,
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.OTHER_LOCAL_AUTHORITIES, Agency.HEALTH}),
    )
    assert withdrawal.to_json()["share"] == ["health", "other_local_authorities"]
    data = withdrawal.to_json()
    data["share"] = ["other_local_authorities", "health"]
    with pytest.raises(RecordFormatError):
        Withdrawal.from_json(data)


def test_withdrawal_problems_in_plain_words() -> None:
    empty = Withdrawal(family_id=FAMILY_ID, withdrawn_at=END, communicated_by=CommunicatedBy.LETTER)
    assert empty.problems() == [
        "Choose at least one consent to withdraw: an agency, a document or research.",
        "Enter the name of the worker recording this.",
        "Confirm that the family told you this themselves.",
    ]
    ready = dataclasses.replace(
        empty, share=frozenset({Agency.POLICE}), worker="Demo Worker", worker_attested=True
    )
    assert ready.problems() == []


# --- the family's consent as it stands -------------------------------------------------


def _withdrawal(
    when: datetime,
    share: set[Agency] | None = None,
    approach: set[Agency] | None = None,
) -> Withdrawal:
    return Withdrawal(
        family_id=FAMILY_ID,
        withdrawn_at=when,
        communicated_by=CommunicatedBy.IN_PERSON,
        share=frozenset(share or ()),
        approach=frozenset(approach or ()),
        worker="Demo Worker",
        worker_attested=True,
    )


def test_without_a_record_nothing_is_consented_to() -> None:
    state = current_consent_state(None, [])
    assert state.record_id is None
    assert not any(state.may_share_with(a) or state.may_approach(a) for a in Agency)


def test_the_latest_record_stands_when_nothing_was_withdrawn() -> None:
    record = complete_draft(share_with={**dict.fromkeys(AGENCIES, Answer.YES), Agency.POLICE: None})
    state = current_consent_state(record, [])
    assert state.record_id == record.id
    assert state.may_share_with(Agency.HEALTH)
    assert not state.may_share_with(Agency.POLICE)
    assert state.documents == record.documents


def test_a_later_withdrawal_turns_yes_into_no_in_that_direction_only() -> None:
    record = complete_draft()
    later = _withdrawal(END + timedelta(days=3), share={Agency.POLICE})
    state = current_consent_state(record, [later])
    assert state.share_with[Agency.POLICE] is Answer.NO
    assert state.approach[Agency.POLICE] is Answer.YES
    assert state.may_share_with(Agency.HEALTH)
    assert state.withdrawals_applied == (later,)
    assert record.share_with[Agency.POLICE] is Answer.YES  # the record itself is untouched


def test_withdrawals_from_before_the_record_do_not_apply() -> None:
    record = complete_draft()
    earlier = _withdrawal(START - timedelta(days=30), share={Agency.HOUSING})
    during = _withdrawal(END, approach={Agency.PROBATION})  # taken into the new form
    later = _withdrawal(END + timedelta(seconds=1), approach={Agency.HEALTH})
    state = current_consent_state(record, [later, earlier, during])
    assert state.may_share_with(Agency.HOUSING)
    assert state.may_approach(Agency.PROBATION)
    assert not state.may_approach(Agency.HEALTH)
    assert state.withdrawals_applied == (later,)


def test_several_later_withdrawals_all_apply() -> None:
    record = complete_draft()
    state = current_consent_state(
        record,
        [
            _withdrawal(END + timedelta(days=1), share={Agency.POLICE}),
            _withdrawal(END + timedelta(days=2), share={Agency.HOUSING}, approach={Agency.POLICE}),
        ],
    )
    refused = {a for a in Agency if not state.may_share_with(a)}
    assert refused == {Agency.POLICE, Agency.HOUSING}
    assert {a for a in Agency if not state.may_approach(a)} == {Agency.POLICE}


def test_a_withdrawal_for_another_family_is_refused() -> None:
    other = dataclasses.replace(_withdrawal(END + timedelta(days=1)), family_id=uuid.uuid4())
    with pytest.raises(ValueError, match="different family"):
        current_consent_state(complete_draft(), [other])


@given(drafts(), st.lists(withdrawals, max_size=4))
def test_withdrawals_never_add_consent(draft: ConsentRecordDraft, given_: list[Withdrawal]) -> None:
    mine = [dataclasses.replace(w, family_id=draft.family_id) for w in given_]
    state = current_consent_state(draft, mine)
    for agency in Agency:
        if state.may_share_with(agency):
            assert draft.share_with[agency] is Answer.YES
        if state.may_approach(agency):
            assert draft.approach[agency] is Answer.YES
    for kind in DocumentKind:
        if state.documents[kind] is Answer.YES:
            assert draft.documents[kind] is Answer.YES
    if state.research_consent is Answer.YES:
        assert draft.research_consent is Answer.YES


# --- format 3: whose consent, and each young person's own answers ------------------------


def test_a_format_2_record_reads_and_writes_back_byte_for_byte() -> None:
    old = legacy_draft(young_person_consents={THIRTEEN_TODAY.id: Answer.NO}).to_json()
    assert old["schema"] == 2
    assert old["parental_consent"] == "yes"
    assert old["young_person_consents"][str(THIRTEEN_TODAY.id)] == {
        "answer": "no",
        "not_sought_reason": None,
    }
    assert "consent_basis" not in old
    back = ConsentRecordDraft.from_json(old)
    assert back.legacy
    assert back.parental_consent is Answer.YES
    assert back.young_person_consents[THIRTEEN_TODAY.id] is Answer.NO
    assert canonical_json(back.to_json()) == canonical_json(old)  # its seal still holds


def test_format_3_says_whose_consent_and_each_young_persons_own_answers() -> None:
    own = dataclasses.replace(
        SAME_AS_GRACE,
        share_with={**SAME_AS_GRACE.share_with, Agency.POLICE: Answer.NO},
        approach={**SAME_AS_GRACE.approach, Agency.HOUSING: Answer.NO},
    )
    draft = complete_draft(young_person_consents={THIRTEEN_TODAY.id: own})
    as_json = draft.to_json()
    assert as_json["consent_basis"] == "parental"
    assert "parental_consent" not in as_json
    entry = as_json["young_person_consents"][str(THIRTEEN_TODAY.id)]
    assert entry["not_sought_reason"] is None
    assert entry["answers"]["share_with"]["police"] == "no"
    assert entry["answers"]["share_with"]["health"] == "yes"
    assert entry["answers"]["approach"]["housing"] == "no"
    assert entry["answers"]["research_consent"] == "no"
    assert ConsentRecordDraft.from_json(as_json) == draft
    differences = own.differences(*draft.giver_answers())
    assert [(d.question(), d.own, d.giver) for d in differences] == [
        ("sharing with Police", Answer.NO, Answer.YES),
        ("asking Housing for information", Answer.NO, Answer.YES),
    ]


def test_same_as_records_every_answer_explicitly() -> None:
    draft = complete_draft(research_consent=Answer.YES)
    own = OwnAnswers.same_as(*draft.giver_answers())
    entry = own.to_json()
    assert entry["share_with"] == {a.value: "yes" for a in AGENCIES}
    assert entry["approach"] == {a.value: "yes" for a in AGENCIES}
    assert entry["documents"] == {d.value: "no" for d in DocumentKind}
    assert entry["research_consent"] == "yes"
    assert own.unanswered() == []
    assert own.differences(*draft.giver_answers()) == []


def test_a_young_persons_unanswered_questions_are_listed_by_name() -> None:
    own = dataclasses.replace(
        SAME_AS_GRACE, share_with={**SAME_AS_GRACE.share_with, Agency.POLICE: None}
    )
    draft = complete_draft(young_person_consents={THIRTEEN_TODAY.id: own})
    assert draft.unanswered() == ["Ayesha Demo's own answer: Share with: Police"]
