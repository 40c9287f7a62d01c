"""Every screen a worker, a family or a team lead can reach, as a screen reader meets it:
each control shown has an accessible name and a description (read through QAccessible),
and the few that once said too little ("Yes") now say the question with the answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.family import Child, Family
from cssw_core.domain.visit import Step
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_core.protocol import DeviceStatus, FlagCode
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import colour_roles
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.review.review_page import ReviewPage
from cssw_desktop.ui.review.untold_shares import UntoldSharesPanel
from cssw_desktop.ui.settings_dialog import SettingsDialog
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.resume_dialog import ResumeDialog
from cssw_desktop.ui.visit.signing import SigningFlow
from tests.support.accessibility import spoken, unnamed_controls
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.review_items import review_item
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    answer_agencies,
    answer_choices,
    approach_answers,
    click,
    draw_signature,
    fill_who,
    next_step,
    read_leaflet,
    same_as_giver,
    share_answers,
    start_visit_from_family_page,
    tick_explained,
    visit_page,
    young_people_step,
)

SEALED = Family(
    "Brown",
    case_reference="CSSW-2002",
    allocated_worker="R. Ahmed",
    children=(Child("Zoë Brown", "Female", date(2016, 1, 1)),),
)


class Screens:
    """Goes round the screens, noting every control a screen reader could not name."""

    def __init__(self, qapp: QApplication) -> None:
        self.qapp = qapp
        self.problems: dict[str, list[str]] = {}
        self.seen: list[str] = []

    def check(self, screen: str, window: QWidget) -> None:
        assert window.isVisible(), f"{screen} is not on screen"
        self.seen.append(screen)
        found = unnamed_controls(window)
        if found:
            self.problems[screen] = found

    def assert_all_named(self) -> None:
        report = "\n".join(
            f"{screen}:\n  " + "\n  ".join(found) for screen, found in self.problems.items()
        )
        assert not self.problems, "controls without a name or description:\n" + report


@pytest.fixture
def screens(qapp: QApplication) -> Screens:
    return Screens(qapp)


def modal(qtbot: QtBot, qapp: QApplication, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), kind))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def close(qtbot: QtBot, dialog: QDialog) -> None:
    close_now: Callable[[], None] = getattr(dialog, "close_now", dialog.reject)
    close_now()
    qtbot.waitUntil(lambda: closed(dialog))


def seeded(vault: Vault, *families: Family) -> None:
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(SEALED)
        seal_consent(store, SEALED, refuse=(Agency.HOUSING,))
        for family in families:
            store.families.add(family)
    finally:
        store.close()


def open_family(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    window.show_family(family.id, offer_visit=False)
    page = window.family_page
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.family_id == family.id)


def test_first_run_and_problem_pages_name_every_control(
    make_window: WindowFactory, screens: Screens, qtbot: QtBot
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    screens.check("first-run setup", window)
    window.error_page.show_error("The store could not be read.", "C:/CSSW data")
    window.show_page(window.error_page)
    screens.check("cannot open", window)
    screens.assert_all_named()


def test_worker_screens_and_dialogs_name_every_control(
    make_window: WindowFactory,
    ui_vault: Vault,
    screens: Screens,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    seeded(ui_vault)
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    screens.check("unlock", window)
    unlock(qtbot, window)
    screens.check("families list", window)

    window.add_action.trigger()
    editor = modal(qtbot, qapp, FamilyEditor)
    assert isinstance(editor, FamilyEditor)
    editor.add_child()
    screens.check("family editor", editor)
    close(qtbot, editor)

    open_family(qtbot, window, SEALED)
    screens.check("family page with a sealed form", window)

    click(qtbot, window.family_page.consent.withdraw_button)
    withdraw = modal(qtbot, qapp, WithdrawDialog)
    assert isinstance(withdraw, WithdrawDialog)
    screens.check("withdraw consent", withdraw)
    click(qtbot, withdraw.how_buttons[CommunicatedBy.IN_PERSON])  # a family member may sign
    click(qtbot, withdraw.signature.type_button)
    screens.check("withdraw consent, signing by typing", withdraw)
    close(qtbot, withdraw)

    click(qtbot, window.family_page.view_button)
    preview = modal(qtbot, qapp, RecordPreviewDialog)
    assert isinstance(preview, RecordPreviewDialog)
    qtbot.waitUntil(lambda: preview.pages.page_count() >= 1, timeout=10000)
    screens.check("signed form", preview)
    click(qtbot, preview.save_button)
    qtbot.waitUntil(preview.passphrase.isVisible)
    screens.check("signed form, save as PDF", preview)
    close(qtbot, preview)

    window.settings_action.trigger()
    settings = modal(qtbot, qapp, SettingsDialog)
    screens.check("settings", settings)
    close(qtbot, settings)

    window.change_passphrase_action.trigger()
    change = modal(qtbot, qapp, ChangePassphraseDialog)
    screens.check("change passphrase", change)
    close(qtbot, change)

    window.sync.outbox_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sync.outbox_page)
    screens.check("outbox", window)

    window.sync.sync_action.trigger()  # not connected yet: offers to connect
    enroll = modal(qtbot, qapp, EnrollDialog)
    screens.check("connect to central", enroll)
    close(qtbot, enroll)
    screens.assert_all_named()


def test_every_step_of_a_visit_names_every_control(
    make_window: WindowFactory,
    ui_vault: Vault,
    screens: Screens,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    family = family_with_teenager()
    seeded(ui_vault, family)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    screens.check("family page, no form yet", window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    screens.check("visit: the leaflet", window)

    click(qtbot, page.steps[Step.LEAFLET].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert isinstance(screen, FamilyScreen)
    qtbot.waitUntil(screen.isVisible)
    screens.check("family's screen: the leaflet", screen)
    assert not window.isVisible()  # hidden while the family has it (test_handover_sealed.py)
    click(qtbot, screen.hand_back_button)
    screens.check("family's screen: hand back", screen)
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)

    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    screens.check("visit: who is here", window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    screens.check("visit: what has been explained", window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    screens.check("visit: sharing", window)
    answer_agencies(qtbot, window, Step.SHARE, share_answers())
    next_step(qtbot, window)
    screens.check("visit: approaching", window)
    answer_agencies(qtbot, window, Step.APPROACH, approach_answers())
    next_step(qtbot, window)
    screens.check("visit: documents and research", window)
    answer_choices(qtbot, window, dict.fromkeys(DocumentKind, Answer.YES), Answer.NO)
    window.visits.leave()  # saved, and offered again when the family is opened
    window.show_family(family.id)
    resume = modal(qtbot, qapp, ResumeDialog)
    screens.check("resume a saved visit", resume)
    assert isinstance(resume, ResumeDialog)
    click(qtbot, resume.resume_button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = visit_page(window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    next_step(qtbot, window)
    screens.check("visit: young people", window)
    (box,) = young_people_step(window).boxes.values()
    click(qtbot, box.not_asked)
    screens.check("visit: young people, not asked", window)
    same_as_giver(qtbot, box)
    next_step(qtbot, window)
    screens.check("visit: review", window)

    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert isinstance(screen, FamilyScreen)
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert isinstance(flow, SigningFlow)
    for signer in ("parent", "young person"):
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
        screens.check(f"family's screen: {signer} checks", screen)
        click(qtbot, flow.confirm)
        click(qtbot, flow.go_sign)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
        screens.check(f"family's screen: {signer} signs", screen)
        click(qtbot, flow.field.type_button)
        screens.check(f"family's screen: {signer} signs by typing", screen)
        click(qtbot, flow.field.type_button)
        draw_signature(flow.field.pad)
        screens.check(f"family's screen: {signer} signed, before Sign", screen)
        click(qtbot, flow.sign_button)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    screens.check("family's screen: thank you", screen)
    click(qtbot, screen.hand_back_button)
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    screens.check("visit: review, all signed", window)
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)
    screens.check("visit: signed and sealed", window)
    screens.assert_all_named()


def test_team_review_screens_name_every_control(
    make_window: WindowFactory, screens: Screens, qtbot: QtBot, qapp: QApplication
) -> None:
    window = make_window()
    item = review_item("2026-03-14T11:00:00.000000Z", FlagCode.AGENCY_REFUSED)
    device = DeviceStatus(
        device_id=str(uuid.uuid4()),
        device_name="wendy-laptop",
        worker_name="Wendy Walker",
        pending=0,
        failed=0,
        oldest_pending_seconds=None,
        last_contact_at="2026-03-14T11:00:00.000000Z",
        last_sync_at="2026-03-14T11:00:00.000000Z",
        app_version="1.0",
        revoked=False,
    )
    review = ReviewPage(window)
    untold = UntoldSharesPanel(review)
    review.add_tab(untold, "Families &not told of a share")
    window.pages.addWidget(review)
    review.show_review([item], [device])
    window.show_page(review)
    screens.check("team review", window)
    review.tabs.setCurrentWidget(untold)
    screens.check("shares the family was not told of", window)
    review.tabs.setCurrentIndex(1)
    screens.check("team's laptops", window)
    dialog = ReturnDialog(item, window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    screens.check("return to worker", dialog)
    close(qtbot, dialog)
    screens.assert_all_named()


def test_yes_and_no_say_the_question_they_answer(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    seeded(ui_vault, family)
    window = make_window()
    unlock(qtbot, window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    steps = page.steps
    share = steps[Step.SHARE].answers[Agency.HEALTH]  # type: ignore[attr-defined]
    approach = steps[Step.APPROACH].answers[Agency.POLICE]  # type: ignore[attr-defined]
    assert spoken(share.yes)[0] == "Yes — share information with Health"
    assert spoken(share.no)[0] == "No — do not share information with Health"
    assert spoken(approach.yes)[0] == "Yes — approach Police for information"
    assert "Police" in spoken(approach.no)[1]
    reader = steps[Step.LEAFLET].reader  # type: ignore[attr-defined]
    assert spoken(reader.text)[0] == reader.title.text()  # the section's heading
    assert spoken(reader.next_button) == (
        "Next section",
        "Show the next section of the leaflet",
    )


def coloured_without_words(window: QWidget) -> list[str]:
    """Labels coloured for a meaning but shown without words, or a problem not in bold."""
    found = []
    for label in window.findChildren(QLabel):
        meaning = colour_roles(label).get("text")
        if meaning not in ("problem", "to_do") or not label.isVisible():
            continue
        if not label.text().strip():
            found.append(f"{meaning} shown without words")
        elif meaning == "problem" and not label.font().bold():
            found.append(f"problem not in bold: {label.text()!r}")
    return found


def test_what_colour_marks_is_said_in_words_and_weight(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    seeded(ui_vault, family)
    window = make_window()
    unlock(qtbot, window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    next_step_refused = page.message.text()
    assert next_step_refused.startswith("To go on, fill in ")  # what is missing, in words
    assert colour_roles(page.message) == {"text": "to_do"}
    assert coloured_without_words(window) == []

    page.show_problem("The record could not be sealed: the store is read only.")
    assert colour_roles(page.message) == {"text": "problem"}
    assert page.message.font().bold()  # a problem stands out by weight, not red alone
    assert coloured_without_words(window) == []

    # An agency not answered yet says so beside its Yes and No, not by a colour.
    share = page.steps[Step.SHARE]
    assert share.hints[Agency.POLICE].text() == "Not answered yet"  # type: ignore[attr-defined]

    page.controller.save_failed.emit("the disk is full")  # as the store thread reports it
    assert page.saved_label.text() == "Not saved: the disk is full"
    assert page.saved_label.font().bold()
    assert colour_roles(page.saved_label) == {"text": "problem"}
