"""The rules a visit keeps: nothing pre-ticked, Next off with a message until every agency
is answered, and the family's screen left only with the worker's passphrase."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ExplainedItem
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.visit.choice_steps import AgenciesStep
from tests.support.gui import FakeClock, WindowFactory
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    answer_agencies,
    click,
    fill_who,
    next_step,
    read_leaflet,
    step_page,
    tick_explained,
    visit_with_teenager,
)


def test_next_stays_off_with_a_message_until_every_agency_is_answered(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)

    step = step_page(window, Step.SHARE)
    assert isinstance(step, AgenciesStep)
    assert page.indicator.text() == "Step 4 of 8: Sharing information with agencies"
    assert not any(g.yes.isChecked() or g.no.isChecked() for g in step.answers.values())
    assert not page.next_button.isEnabled()
    assert page.message.isVisible()
    assert page.message.text().startswith(
        "To go on, answer Yes or No for every agency. Not answered yet: Health, "
    )
    assert step.hints[Agency.HEALTH].text() == "Not answered yet"

    # Every agency but the last, by mouse; then the last by keyboard (focus, Space).
    answer_agencies(qtbot, window, Step.SHARE, {a: Answer.YES for a in AGENCIES[:-2]})
    click(qtbot, step.answers[AGENCIES[-2]].no)
    assert not page.next_button.isEnabled()
    assert page.message.text() == (
        "To go on, answer Yes or No for every agency. Not answered yet: Other local authorities."
    )
    last = step.answers[Agency.OTHER_LOCAL_AUTHORITIES]
    last.no.setFocus()
    qtbot.keyClick(last.no, Qt.Key.Key_Space)
    assert last.no.isChecked()
    assert page.next_button.isEnabled()
    assert not page.message.isVisible()
    assert step.hints[Agency.HEALTH].text() == ""
    share = page.controller.state.draft.share_with
    assert share[Agency.VOLUNTARY_ORGANISATIONS] is Answer.NO
    assert share[Agency.OTHER_LOCAL_AUTHORITIES] is Answer.NO
    assert share[Agency.HEALTH] is Answer.YES

    # The second grid starts empty too: nothing carried over, nothing pre-ticked.
    next_step(qtbot, window)
    approach = step_page(window, Step.APPROACH)
    assert isinstance(approach, AgenciesStep)
    assert not any(g.yes.isChecked() or g.no.isChecked() for g in approach.answers.values())
    assert not page.next_button.isEnabled()
    assert "the police" in approach.safety_note.text()


def test_leaving_the_family_screen_needs_the_workers_passphrase(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    click(qtbot, page.steps[Step.LEAFLET].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    assert screen.isWindow()
    assert screen.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.pages.currentWidget() is window.visits.with_family_page
    assert not window.menuBar().isEnabled()
    assert window.visits.with_family_page.findChildren(type(page)) == []

    # The family reads on: the section moves on the one visit.
    reader = screen.reader
    assert reader is not None
    click(qtbot, reader.next_button)
    assert page.controller.state.section == 1

    screen.close()  # Alt+F4 or the like does not leave: it asks for the passphrase
    assert screen.isVisible()
    assert screen.pages.currentWidget() is screen.panel
    qtbot.keyClicks(screen.panel.passphrase, "not the passphrase")
    qtbot.keyClick(screen.panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.panel.message.isVisible)
    assert screen.panel.message.text() == "That is not the worker's passphrase."
    assert window.visits.screen is screen
    assert screen.isVisible()
    assert window.pages.currentWidget() is window.visits.with_family_page
    if not screen.panel.ok_button.isEnabled():  # a wait after a wrong passphrase
        assert screen.panel.countdown.isVisible()
        assert "You can try again in" in screen.panel.countdown.text()
        fake_clock.advance(120)
        qtbot.waitUntil(screen.panel.ok_button.isEnabled)

    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    assert not shiboken6.isValid(screen) or not screen.isVisible()
    assert window.pages.currentWidget() is page
    assert window.menuBar().isEnabled()
    assert page.controller.state.section == 1
