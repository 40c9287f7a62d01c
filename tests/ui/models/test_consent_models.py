"""The consent history and consent-now models on their own, and the overview's dates."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent_state import current_consent_state
from cssw_core.domain.consent_status import add_months
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.consent_overview import (
    ConsentOverview,
    Direction,
    HistoryEntry,
    Signer,
)
from cssw_desktop.ui.families.consent_state_view import ConsentStateView
from cssw_desktop.ui.models.consent_history import (
    RECORD_ID_ROLE,
    ConsentHistoryModel,
    agency_list,
)
from cssw_desktop.ui.models.consent_state import ConsentStateModel
from tests.support.records import complete_draft, family_with_teenager

WITHDRAWN_AT = datetime(2026, 4, 2, 11, 0, tzinfo=UTC)


def overview_with_withdrawal() -> ConsentOverview:
    family = family_with_teenager()
    draft = complete_draft(family, refuse=(Agency.HOUSING,))
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=WITHDRAWN_AT,
        communicated_by=CommunicatedBy.LETTER,
        share=frozenset({Agency.POLICE, Agency.HEALTH}),
        reason="Moving away.",
        worker_attested=True,
        worker="Sam Green",
    )
    consent_entry = HistoryEntry(
        record_id=draft.id,
        version=1,
        kind=RecordKind.CONSENT,
        sealed_at=datetime(2026, 3, 14, 10, 30, tzinfo=UTC),
        record=draft,
        signers=(
            Signer(SignerRole.PARENT, "Grace Okafor"),
            Signer(SignerRole.YOUNG_PERSON, "Chidi Okafor"),
        ),
        worker="Jaspreet Patel",
    )
    withdrawal_entry = HistoryEntry(
        record_id=withdrawal.id,
        version=1,
        kind=RecordKind.WITHDRAWAL,
        sealed_at=WITHDRAWN_AT,
        record=withdrawal,
        signers=(),
        worker="Sam Green",
    )
    return ConsentOverview(
        family_id=family.id,
        state=current_consent_state(draft, [withdrawal]),
        history=(withdrawal_entry, consent_entry),
        review_months=12,
    )


def test_history_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ConsentHistoryModel()
    qtmodeltester.check(model)  # empty
    model.set_entries(overview_with_withdrawal().history)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0


def test_history_rows_say_what_happened_newest_first() -> None:
    overview = overview_with_withdrawal()
    model = ConsentHistoryModel()
    model.set_entries(overview.history)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0][:3] == [
        "2 Apr 2026",
        "Withdrawal (letter): no longer share with Health and Police",
        "Sam Green confirmed the family said so",
    ]
    assert rows[1][:3] == [
        "14 Mar 2026",
        "Consent form signed: may share with 10 of 11 agencies, approach 10 of 11",
        "Signed by Grace Okafor (Mother), Chidi Okafor (young person); recorded by Jaspreet Patel",
    ]
    assert rows[0][3] == str(overview.history[0].record_id)[:8]
    assert model.index(0, 0).data(RECORD_ID_ROLE) == str(overview.history[0].record_id)
    tooltip = model.index(0, model.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("Reason given: Moving away.")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_state_model_passes_qt_model_checks_and_speaks_in_words(
    qtmodeltester: ModelTester,
) -> None:
    model = ConsentStateModel()
    qtmodeltester.check(model)
    model.set_overview(overview_with_withdrawal())
    qtmodeltester.check(model)
    words = {
        AGENCIES[r]: (model.index(r, model.SHARE).data(), model.index(r, model.APPROACH).data())
        for r in range(model.rowCount())
    }
    assert len(words) == 11
    assert words[Agency.POLICE] == ("No — withdrawn 2 Apr 2026", "Yes")
    assert words[Agency.HEALTH] == ("No — withdrawn 2 Apr 2026", "Yes")
    assert words[Agency.HOUSING] == ("No", "No")
    assert words[Agency.EDUCATION] == ("Yes", "Yes")
    police = model.index(AGENCIES.index(Agency.POLICE), model.SHARE)
    assert police.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "May share with Police: No — withdrawn 2 Apr 2026"
    )


def test_state_model_without_a_record_has_no_rows() -> None:
    model = ConsentStateModel()
    empty = ConsentOverview(uuid.uuid4(), current_consent_state(None, []), ())
    model.set_overview(empty)
    assert model.rowCount() == 0
    assert empty.review_due is None
    assert not empty.any_yes


def test_overview_review_date_and_agreed_agencies() -> None:
    overview = overview_with_withdrawal()
    assert overview.signed_on == date(2026, 3, 14)
    assert overview.review_due == date(2027, 3, 14)
    assert Agency.POLICE not in overview.agreed(Direction.SHARE)
    assert Agency.POLICE in overview.agreed(Direction.APPROACH)
    assert overview.withdrawn_on(Direction.APPROACH, Agency.POLICE) is None


@pytest.mark.parametrize(
    ("day", "months", "due"),
    [
        (date(2026, 3, 14), 12, date(2027, 3, 14)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 36, date(2029, 12, 15)),
    ],
)
def test_add_months(day: date, months: int, due: date) -> None:
    assert add_months(day, months) == due


def test_agency_list_in_the_forms_order() -> None:
    assert agency_list([Agency.HOUSING, Agency.HEALTH, Agency.POLICE]) == (
        "Health, Police and Housing"
    )
    assert agency_list([Agency.POLICE]) == "Police"


def test_consent_now_mentions_an_unfinished_visit(qtbot: QtBot) -> None:
    view = ConsentStateView()
    qtbot.addWidget(view)
    view.show()
    saved = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    overview = dataclasses.replace(overview_with_withdrawal(), unfinished_visit=saved)
    view.show_overview(overview, date(2026, 3, 21))
    assert view.unfinished.isVisible()
    assert view.unfinished.text() == (
        "A consent visit saved on 20 Mar 2026 has not been finished. Renew consent offers "
        "to carry on with it."
    )
    assert view.based_on.text() == (
        "Based on the form signed on 14 Mar 2026 by Grace Okafor (Mother), with 1 later withdrawal."
    )
    view.show_overview(dataclasses.replace(overview, unfinished_visit=None), date(2026, 3, 21))
    assert not view.unfinished.isVisible()
