"""A visit survives locking and closing: after unlocking it comes back at the same step,
and a reopened app offers to resume it with every answer (or to discard it, asked twice)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, ExplainedItem
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.choice_steps import AgenciesStep
from cssw_desktop.ui.visit.resume_dialog import ResumeDialog
from tests.support.gui import WindowFactory, add_families, closed, unlock
from tests.support.records import family_with_teenager
from tests.support.visit import (
    answer_agencies,
    click,
    fill_who,
    next_step,
    read_leaflet,
    start_visit_from_family_page,
    step_page,
    tick_explained,
    visit_page,
)

GIVEN = {Agency.HEALTH: Answer.YES, Agency.POLICE: Answer.NO, Agency.HOUSING: Answer.YES}


def half_a_visit(qtbot: QtBot, window: MainWindow, family_id: object) -> None:
    start_visit_from_family_page(qtbot, window, family_id)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.SHARE, GIVEN)


def shown_answers(window: MainWindow) -> dict[Agency, Answer]:
    step = step_page(window, Step.SHARE)
    assert isinstance(step, AgenciesStep)
    shown = {}
    for agency, group in step.answers.items():
        if group.yes.isChecked():
            shown[agency] = Answer.YES
        elif group.no.isChecked():
            shown[agency] = Answer.NO
    return shown


def resume_dialog(qtbot: QtBot, window: MainWindow) -> ResumeDialog:
    qtbot.waitUntil(lambda: window.visits.resume_dialog is not None)
    dialog = window.visits.resume_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_locking_mid_visit_returns_to_the_same_step(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    half_a_visit(qtbot, window, family.id)
    page = visit_page(window)
    qtbot.waitUntil(lambda: page.controller.saved_revision == page.controller.state.revision)

    window.lock_action.trigger()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.visits.page is None  # nothing of the visit is left on screen
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = visit_page(window)
    assert window.pages.currentWidget() is page
    assert page.controller.state.step is Step.SHARE
    assert shown_answers(window) == GIVEN
    assert page.controller.state.draft.consent_giver_name == "Grace Okafor"


def test_a_reopened_app_offers_to_resume_exactly_there(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    half_a_visit(qtbot, window, family.id)
    step = step_page(window, Step.SHARE)
    assert isinstance(step, AgenciesStep)
    # The last answer is clicked and the app closes at once: it is still kept.
    click(qtbot, step.answers[Agency.PROBATION].no)
    window.close()
    window.session.shutdown()

    window = make_window()
    unlock(qtbot, window)
    dialog = resume_dialog(qtbot, window)
    assert "Okafor family" in dialog.text.text()
    assert "step 4 of 8: Sharing information with agencies" in dialog.text.text()
    click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = visit_page(window)
    assert window.pages.currentWidget() is page
    assert page.indicator.text() == "Step 4 of 8: Sharing information with agencies"
    assert shown_answers(window) == {**GIVEN, Agency.PROBATION: Answer.NO}
    leaflet = window.visits.leaflet()
    assert set(page.controller.state.draft.sections_viewed) == set(leaflet.section_ids)
    assert page.controller.state.section == len(leaflet.sections) - 1


def test_discarding_a_saved_visit_asks_first(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    start_visit_from_family_page(qtbot, window, family.id)
    page = visit_page(window)
    qtbot.waitUntil(lambda: page.controller.saved_revision == page.controller.state.revision)
    click(qtbot, page.leave_button)
    assert window.pages.currentWidget() is window.family_page
    assert window.visits.resume_dialog is None  # just left on purpose: not offered at once

    window.show_family(family.id)  # opening the family again offers it
    dialog = resume_dialog(qtbot, window)
    click(qtbot, dialog.discard_button)
    assert dialog.isVisible()  # asks first
    click(qtbot, dialog.keep_button)
    click(qtbot, dialog.discard_button)
    click(qtbot, dialog.confirm_discard_button)
    qtbot.waitUntil(lambda: closed(dialog))
    store = window.store
    assert store is not None
    qtbot.waitUntil(lambda: store.records.drafts() == [])
    assert window.visits.page is None
    assert window.session.unlocked  # the worker carries on
