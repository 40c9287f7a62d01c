"""Renewing consent: each question says what the family chose last time, beside it and to a
screen reader, with nothing ticked; every answer is still given again before Next."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.visit import Step
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.choice_steps import AgenciesStep, ChoicesStep
from cssw_desktop.ui.visit.wizard import VisitPage
from tests.support.gui import WindowFactory, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    answer_agencies,
    click,
    fill_who,
    next_step,
    read_leaflet,
    step_page,
    tick_explained,
    visit_page,
)

FAMILY = family_with_teenager()


def seeded(vault: Vault) -> None:
    """The family's form (No to Housing both ways, No to research), then Police sharing
    withdrawn: last time for Police sharing is the No that stands now."""
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(FAMILY)
        seal_consent(store, FAMILY, refuse=(Agency.HOUSING,))
        withdrawal = Withdrawal(
            family_id=FAMILY.id,
            withdrawn_at=datetime(2026, 3, 14, 15, 0, tzinfo=UTC),
            communicated_by=CommunicatedBy.PHONE,
            share=frozenset({Agency.POLICE}),
            worker_attested=True,
            worker="Jaspreet Patel",
        )
        store.sealing.seal(
            RecordKind.WITHDRAWAL,
            withdrawal.to_json(),
            FAMILY,
            [],
            confirmed_at=None,
            worker="Jaspreet Patel",
        )
    finally:
        store.close()


def renew(qtbot: QtBot, window: MainWindow) -> VisitPage:
    window.show_family(FAMILY.id)
    button = window.family_page.consent.renew_button
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.page)
    return visit_page(window)


def test_renewal_says_last_time_beside_each_question_and_ticks_nothing(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    page = renew(qtbot, window)

    share = step_page(window, Step.SHARE)
    assert isinstance(share, AgenciesStep)
    said = {a: share.last_time[a].text() for a in AGENCIES}
    assert said[Agency.HEALTH] == "Last time: Yes"
    assert said[Agency.HOUSING] == "Last time: No"
    assert said[Agency.POLICE] == "Last time: No"  # withdrawn since the form
    for agency in AGENCIES:
        assert share.answers[agency].chosen() is None
        assert share.hints[agency].text() == "Not answered yet"
    police_no = share.answers[Agency.POLICE].no
    assert police_no.accessibleDescription().endswith("Last time: No")

    approach = step_page(window, Step.APPROACH)
    assert isinstance(approach, AgenciesStep)
    assert approach.last_time[Agency.POLICE].text() == "Last time: Yes"  # only sharing went

    choices = step_page(window, Step.CHOICES)
    assert isinstance(choices, ChoicesStep)
    assert choices.last_time[DocumentKind.ASSESSMENTS].text() == "Last time: Yes"
    assert choices.last_time[None].text() == "Last time: No"  # research
    assert choices.research.chosen() is None
    draft = page.controller.state.draft
    assert set(draft.share_with.values()) == {None}
    assert set(draft.documents.values()) == {None}
    assert draft.research_consent is None


def test_renewal_still_needs_every_answer_before_next(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    page = renew(qtbot, window)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    assert page.controller.state.step is Step.SHARE
    assert not page.next_button.isEnabled()  # last time's answers are not this time's
    answer_agencies(qtbot, window, Step.SHARE, {a: Answer.YES for a in AGENCIES[:-1]})
    assert not page.next_button.isEnabled()
    answer_agencies(qtbot, window, Step.SHARE, {AGENCIES[-1]: Answer.NO})
    qtbot.waitUntil(page.next_button.isEnabled)
    step = step_page(window, Step.SHARE)
    assert isinstance(step, AgenciesStep)
    assert step.hints[AGENCIES[0]].text() == ""
    assert step.last_time[AGENCIES[0]].text() == "Last time: Yes"  # still there, answered


def test_a_first_visit_has_no_last_time(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    store = ui_vault.create(PASSPHRASE)
    store.families.add(FAMILY)
    store.close()
    window = make_window()
    unlock(qtbot, window)
    window.show_family(FAMILY.id)
    qtbot.waitUntil(window.family_page.consent.start_button.isVisible)
    qtbot.mouseClick(window.family_page.consent.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.page)
    share = step_page(window, Step.SHARE)
    assert isinstance(share, AgenciesStep)
    assert share.last_time == {}


def test_a_renewal_locked_half_way_comes_back_with_last_time_beside_each_question(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    renew(qtbot, window)
    window.session.lock("Locked.")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    unlock(qtbot, window)  # straight back into the unfinished visit
    qtbot.waitUntil(lambda: window.visits.page is not None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.page)
    share = step_page(window, Step.SHARE)
    assert isinstance(share, AgenciesStep)
    assert share.last_time[Agency.HOUSING].text() == "Last time: No"
    assert share.last_time[Agency.HEALTH].text() == "Last time: Yes"
    assert share.answers[Agency.HEALTH].chosen() is None
