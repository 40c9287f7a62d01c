"""The review desk's words and filters on their own: every flag kind in full words with
what to do next, the case reference, the lead's filters, the untold shares' dates, and
team activity naming the family from what the laptop holds."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cssw_core.protocol import Flag, FlagCode, TeamAuditEntry, UntoldShare
from cssw_desktop.ui.models.flag_advice import flag_advice, flag_sentence
from cssw_desktop.ui.models.review import ReviewFilter, ReviewTableModel
from cssw_desktop.ui.models.team_activity import TeamActivityModel
from cssw_desktop.ui.models.untold_shares import UntoldSharesModel
from cssw_desktop.ui.review.bulk_approve import refusal_words
from tests.support.review_items import review_item

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

# What a lead must be told to do for each kind of flag (a phrase of it): one per kind.
NEXT_STEP = {
    FlagCode.AGENCY_REFUSED: "check the worker explained what saying No means",
    FlagCode.YOUNG_PERSON_DIFFERS: "check the worker discussed it with the young person",
    FlagCode.YOUNG_PERSON_NOT_SIGNED: "return it to the worker if there is no good reason",
    FlagCode.LATE_SYNC: "ask the worker why it waited on the laptop",
    FlagCode.CASE_SYSTEM_DIFFERS: "compare the names and dates of birth with the case system",
    FlagCode.YOUNG_PERSON_WITHDREW: "check what CSSW still shares about them",
    FlagCode.SHARED_WITHOUT_CONSENT: "check the reason and the manager's authorisation",
    FlagCode.FAMILY_NOT_TOLD: "decide by that date whether the family can now be told",
    FlagCode.SHARE_CONSENT_NOT_HELD: "do not approve it as it is",
}


def test_every_flag_kind_has_its_own_next_step() -> None:
    assert set(NEXT_STEP) == set(FlagCode)  # a new kind must get words here too
    advice = [flag_advice(code) for code in FlagCode]
    assert len(set(advice)) == len(advice)


@pytest.mark.parametrize("code", list(FlagCode))
def test_each_flag_reads_as_central_s_finding_then_what_to_do(code: FlagCode) -> None:
    found = "Chidi Okafor (14) answered differently for themselves: No to sharing with Police."
    sentence = flag_sentence(Flag(code=code, message=found))
    assert sentence.startswith(
        "Chidi Okafor (14) answered differently for themselves: No to sharing with Police — "
    )
    assert NEXT_STEP[code] in sentence
    assert sentence.endswith(".")
    assert ".." not in sentence


def test_the_list_shows_reference_short_id_and_flags_in_full(qtmodeltester: ModelTester) -> None:
    model = ReviewTableModel()
    flagged = review_item("2026-03-14T11:00:00.000000Z", FlagCode.AGENCY_REFUSED).model_copy(
        update={"case_reference": "CSSW-104233"}
    )
    clean = review_item("2026-03-19T11:00:00.000000Z", family="Brown")
    model.set_items([clean, flagged], now=NOW)
    qtmodeltester.check(model)
    assert model.index(0, model.REFERENCE).data() == "CSSW-104233"
    assert model.index(1, model.REFERENCE).data() == "None"
    assert model.index(0, model.RECORD).data() == "Consent form\n" + flagged.record_id[:8]
    assert model.index(0, model.FLAGS).data() == (
        "central says: agency_refused — check the worker explained what saying No means "
        "and that the answers are the family's own; approve if the record is right."
    )
    assert model.index(0, model.RECEIVED).data().endswith("\nwaiting over 72 hours")
    assert model.index(0, model.SIGNED).data().count("\n") == 1  # the day over the time
    assert "waiting" not in model.index(1, model.RECEIVED).data()
    assert model.index(1, model.FLAGS).data() == "Nothing flagged"
    assert model.index(0, model.FAMILY).data(Qt.ItemDataRole.FontRole).bold()


def test_filters_flagged_waiting_long_and_by_worker_keep_what_they_hide() -> None:
    model = ReviewTableModel()
    old_flagged = review_item("2026-03-16T11:00:00.000000Z", FlagCode.LATE_SYNC)
    old_clean = review_item("2026-03-17T11:59:00.000000Z", family="Brown")
    new_flagged = review_item(
        "2026-03-17T12:00:00.000000Z", FlagCode.AGENCY_REFUSED, family="Shah"
    ).model_copy(update={"worker_name": "Omar Aziz"})
    model.set_items([new_flagged, old_clean, old_flagged], now=NOW)
    assert model.workers() == ["Omar Aziz", "Wendy Walker"]

    def families() -> list[str]:
        return [model.item_at(r).family_name for r in range(model.rowCount())]  # type: ignore[union-attr]

    model.set_filter(ReviewFilter(flagged=True))
    assert families() == ["Okafor", "Shah"]
    model.set_filter(ReviewFilter(waiting_long=True))  # exactly 72 hours is not "more than"
    assert families() == ["Okafor", "Brown"]
    model.set_filter(ReviewFilter(worker="Omar Aziz"))
    assert families() == ["Shah"]
    model.set_filter(ReviewFilter(flagged=True, waiting_long=True))
    assert families() == ["Okafor"]
    assert model.total() == 3
    model.remove(old_flagged.record_id, 1)
    assert model.rowCount() == 0
    assert model.total() == 2
    model.set_filter(ReviewFilter())
    assert families() == ["Brown", "Shah"]


def test_bulk_approve_refuses_any_flagged_record_and_names_it() -> None:
    clean = review_item()
    flagged = review_item(
        "2026-03-14T12:00:00.000000Z", FlagCode.SHARED_WITHOUT_CONSENT, family="Shah"
    )
    assert refusal_words([clean, review_item(family="Brown")]) is None
    words = refusal_words([clean, flagged])
    assert words is not None
    assert words.startswith("Nothing was approved: 1 of the 2 records you chose need a closer")
    assert f"(Shah family · {flagged.record_id[:8]})" in words


def _untold(reconsider_on: str, family: str = "Okafor") -> UntoldShare:
    return UntoldShare(
        record_id=str(uuid.uuid4()),
        version=1,
        family_id=str(uuid.uuid4()),
        family_name=family,
        case_reference="CSSW-104233",
        worker_name="Wendy Walker",
        party="police",
        shared_at="2026-04-02T10:00:00.000000Z",
        reason="significant_harm",
        why_not="A police investigation is open.",
        reconsider_on=reconsider_on,
        state="received",
    )


def test_untold_shares_say_overdue_due_today_and_in_days_in_words(
    qtmodeltester: ModelTester,
) -> None:
    model = UntoldSharesModel(today=date(2026, 5, 4))
    model.set_shares(
        [_untold("2026-05-01"), _untold("2026-05-04"), _untold("2026-05-09"), _untold("")]
    )
    qtmodeltester.check(model)
    decide = [model.index(r, model.DECIDE_BY).data() for r in range(4)]
    assert decide == [
        "1 May 2026 — overdue by 3 days",
        "4 May 2026 — due today",
        "9 May 2026 — in 5 days",
        "No date recorded — decide now",
    ]
    assert model.overdue() == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, model.FAMILY).data() == "Okafor family"
    assert model.index(0, model.PARTY).data() == "Police"
    assert model.index(0, model.WHY_NOT).data() == (
        "Shared without consent: The child may be suffering, or at risk of suffering, "
        "significant harm\nNot told: A police investigation is open."
    )


def test_team_activity_names_the_family_from_what_the_laptop_holds() -> None:
    known, unknown = str(uuid.uuid4()), str(uuid.uuid4())
    model = TeamActivityModel()
    model.set_entries(
        [
            TeamAuditEntry(seq=3, at="2026-03-14T11:00:00.000000Z", action="record_viewed",
                           actor_kind="worker", actor_name="Tara Lead", record_id=known,
                           version=1),
            TeamAuditEntry(seq=2, at="2026-03-14T10:00:00.000000Z", action="record_received",
                           actor_kind="laptop", actor_name="Wendy", record_id=unknown,
                           version=1),
            TeamAuditEntry(seq=1, at="2026-03-14T09:00:00.000000Z", action="worker_added",
                           actor_kind="central"),
        ]
    )  # fmt: skip
    model.set_family_names({known: "Okafor"})
    family = [model.index(r, model.FAMILY).data() for r in range(3)]
    assert family == ["Okafor family", "Not known on this laptop", ""]
    model.clear()
    model.set_entries([TeamAuditEntry(seq=3, at="2026-03-14T11:00:00.000000Z",
                                      action="record_viewed", actor_kind="worker",
                                      record_id=known, version=1)])  # fmt: skip
    assert model.index(0, model.FAMILY).data() == "Not known on this laptop"  # forgotten
