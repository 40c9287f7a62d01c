"""A consent visit as a screen reader meets it (read through Qt's accessibility interfaces,
the objects AT-SPI and UI Automation hand to Orca and NVDA): labels say what they show,
changes are announced, the keyboard is where the person is, Yes/No are radio buttons in
a group named by the question, and text set by an assistive tool is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.choice_steps import AgenciesStep
from cssw_desktop.ui.visit.first_steps import LeafletStep, WhoStep
from cssw_desktop.ui.visit.last_steps import ReviewStep
from cssw_desktop.ui.visit.young_people_step import YoungPeopleStep
from tests.support.announced import description_of, heard, name_of, role_of, state_of
from tests.support.gui import WindowFactory, add_families, unlock
from tests.support.records import family_with_teenager
from tests.support.visit import (
    click,
    family_screen,
    hand_back,
    next_step,
    read_leaflet,
    run_visit_to_review,
    sign,
    start_visit_from_family_page,
    visit_page,
    visit_with_teenager,
)


def test_reading_to_the_last_section_takes_the_keyboard_straight_to_next(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    window.activateWindow()
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    reader = step.reader
    qtbot.waitUntil(lambda: qapp.focusWidget() is reader.next_button)
    path: list[str] = []

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        path.append("nowhere" if new is None else new.accessibleName() or type(new).__name__)

    qapp.focusChanged.connect(moved)
    while reader.next_button.isEnabled():
        qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Space)
    qapp.focusChanged.disconnect(moved)
    assert path == ["Next"]


def saved_body(qtbot: QtBot, window: MainWindow, **expected: str) -> None:
    """Wait until the visit's draft in the store has these values in its record."""
    store = window.store
    assert store is not None

    def has() -> bool:
        drafts = store.records.drafts()
        return bool(drafts) and all(
            drafts[-1].body["record"].get(key) == value for key, value in expected.items()
        )

    qtbot.waitUntil(has)


def test_the_step_indicator_says_the_step_and_a_new_step_is_announced(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    assert role_of(page.indicator) == QAccessible.Role.Heading
    assert name_of(page.indicator) == "Step 1 of 8: The leaflet"
    # What is missing says itself; the switched-off Next says why it is off.
    message = page.message.text()
    assert message.startswith("To go on, show every section of the leaflet.")
    assert name_of(page.message) == message
    assert not page.next_button.isEnabled()
    assert description_of(page.next_button) == f"Switched off. {message}"
    # Saved: the label says when, as shown (not "Saving").
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved at "))
    assert name_of(page.saved_label) == page.saved_label.text()

    with heard() as said:
        read_leaflet(qtbot, window)
        next_step(qtbot, window)
    assert "This step is complete: Next is on." in said.polite()
    assert said.polite()[-1] == (
        "Step 2 of 8: Who is here. To go on, fill in the name of the person giving consent, "
        "their relationship to the children, whose consent this is: parental consent or "
        "the young person's own."
    )
    assert not [m for m in said.messages() if m.startswith("Saved at")]  # not chatty
    assert name_of(page.indicator) == "Step 2 of 8: Who is here"
    who = page.steps[Step.WHO]
    assert isinstance(who, WhoStep)
    qtbot.waitUntil(lambda: qapp.focusWidget() is who.giver)  # its first question

    with heard() as said:
        qtbot.keyClicks(who.giver, "Grace Okafor")  # the list shrinks: not repeated
        qtbot.keyClicks(who.relationship, "Mother")
        click(qtbot, who.parental)
    assert said.messages() == ["This step is complete: Next is on."]
    assert description_of(page.next_button) == "To the next step, once this one is complete"
    with heard() as said:
        who.relationship.selectAll()
        qtbot.keyClick(who.relationship, Qt.Key.Key_Delete)  # more is missing: said
    assert said.polite() == ["To go on, fill in their relationship to the children."]
    assert said.urgent() == []


def test_saving_is_said_when_it_fails_and_when_it_works_again(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved at "))
    with heard() as said:
        # As the store thread reports a failed save (a full disk cannot be made here).
        page.controller.save_failed.emit("the disk is full")
        page.controller.save_failed.emit("the disk is full")  # once is enough
        read_leaflet(qtbot, window)  # the next change is saved
        qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved at "))
    assert said.urgent() == ["Not saved: the disk is full"]
    assert page.saved_label.text() in said.polite()
    assert name_of(page.saved_label) == page.saved_label.text()


def test_yes_and_no_are_radio_buttons_in_a_group_named_by_the_question(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    _window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    page.controller.edit(lambda s: s.with_step(Step.SHARE))
    step = page.steps[Step.SHARE]
    assert isinstance(step, AgenciesStep)
    pair = step.answers[Agency.POLICE]
    assert role_of(pair.box) == QAccessible.Role.Grouping
    assert name_of(pair.box) == "May CSSW share the family's information with Police?"
    for button in (pair.yes, pair.no):
        assert role_of(button) == QAccessible.Role.RadioButton
        assert state_of(button).checkable
        assert not state_of(button).checked  # nothing chosen yet
    # Chosen through the accessibility interface (a screen reader's or switch's action).
    interface = QAccessible.queryAccessibleInterface(pair.no)
    assert interface is not None
    actions = interface.actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.toggleAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())
    assert state_of(pair.no).checked
    assert not state_of(pair.yes).checked
    assert page.controller.state.draft.share_with[Agency.POLICE] is Answer.NO
    # Whose consent it is, and a young person's own answers, are radio groups too.
    who = page.steps[Step.WHO]
    assert isinstance(who, WhoStep)
    box = who.parental.parentWidget()
    assert box is not None
    assert name_of(box) == "Whose consent is this?"
    assert role_of(who.parental) == QAccessible.Role.RadioButton
    young = page.steps[Step.YOUNG_PEOPLE]
    assert isinstance(young, YoungPeopleStep)
    for person in young.boxes.values():
        assert role_of(person.own) == QAccessible.Role.RadioButton
        research = person.research
        assert role_of(research.yes) == QAccessible.Role.RadioButton
        assert name_of(research.box).endswith(": research")


def test_text_set_by_an_assistive_tool_is_saved_like_typed_text(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    page.controller.edit(lambda s: s.with_step(Step.WHO))
    who = page.steps[Step.WHO]
    assert isinstance(who, WhoStep)
    # Voice input sets the whole value; another tool inserts text: neither is a keystroke.
    giver = QAccessible.queryAccessibleInterface(who.giver)
    assert giver is not None
    giver.setText(QAccessible.Text.Value, "Grace Okafor")
    relationship = QAccessible.queryAccessibleInterface(who.relationship)
    assert relationship is not None
    editable = relationship.editableTextInterface()
    assert editable is not None
    editable.insertText(0, "Mother")
    saved_body(
        qtbot, window, consent_giver_name="Grace Okafor", consent_giver_relationship="Mother"
    )
    assert "Grace Okafor" not in page.message.text()  # no longer missing
    assert "relationship" not in page.message.text()


def test_review_says_who_has_signed_and_a_missing_typed_name_is_heard(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    run_visit_to_review(qtbot, window, family)
    page = visit_page(window)
    review = page.steps[Step.REVIEW]
    assert isinstance(review, ReviewStep)
    assert name_of(review.status) == review.status.text()
    assert review.status.text().startswith("Not signed yet.")
    # Seal is off until everyone has signed, and says so where a screen reader reads it.
    assert not page.next_button.isEnabled()
    assert description_of(page.next_button).startswith("Switched off. Before sealing: ")

    with heard() as said:
        click(qtbot, review.hand_over_button)
        flow = family_screen(window).signing
        assert flow is not None
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
        click(qtbot, flow.go_sign)  # not ticked: said, and the keyboard on the box
        assert flow.window().focusWidget() is flow.confirm  # (its own window)
        click(qtbot, flow.confirm)
        click(qtbot, flow.go_sign)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
        click(qtbot, flow.field.type_button)
        click(qtbot, flow.sign_button)  # nothing typed
    assert said.urgent() == [
        "Please read the summary, then tick the box to say it is correct.",
        "Please type your full name.",
    ]
    assert said.polite() == [  # each page of the family's screen says its heading
        "Grace Okafor, please check your choices",
        "Grace Okafor, please sign below",
    ]
    assert flow.window().focusWidget() is flow.field.typed.name  # the field to fix
    assert name_of(flow.field.message) == "Please type your full name."

    # Signed by typing (what a screen reader user does), then by Chidi; back to the worker.
    qtbot.keyClicks(flow.field.typed.name, "Grace Okafor")
    qtbot.keyClick(flow.field.typed.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Chidi" in flow.check_title.text())
    sign(qtbot, flow)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    with heard() as said:
        hand_back(qtbot, window)
        qtbot.waitUntil(review.isVisible)
    status = review.status.text()
    assert status.startswith("Checked and signed by Grace Okafor, ")
    assert status in said.polite()
    assert name_of(review.status) == status
    assert role_of(page.next_button) == QAccessible.Role.Button
    assert description_of(page.next_button) == (
        "Seal the signed record: after that it cannot be changed"
    )
    assert page.window().focusWidget() is page.next_button  # Seal, the one thing left


def test_the_resume_dialog_is_a_modal_dialog(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, family = visit_with_teenager(qtbot, make_window, ui_vault)
    qtbot.waitUntil(lambda: page.controller.saved_revision == page.controller.state.revision)
    click(qtbot, page.leave_button)
    window.show_family(family.id)  # opening the family again offers to resume
    qtbot.waitUntil(lambda: window.visits.resume_dialog is not None)
    dialog = window.visits.resume_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert role_of(dialog) == QAccessible.Role.Dialog
    assert state_of(dialog).modal
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert name_of(dialog) == "Unfinished consent visit"
    assert dialog.focusWidget() is dialog.resume_button
    with heard() as said:
        click(qtbot, dialog.discard_button)
    assert said.polite() == ["Discard the unfinished visit?"]
    assert dialog.focusWidget() is dialog.keep_button
    click(qtbot, dialog.keep_button)


def test_sealing_is_said_and_so_is_the_sealed_record(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    run_visit_to_review(qtbot, window, family)
    page = visit_page(window)
    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    flow = family_screen(window).signing
    assert flow is not None
    sign(qtbot, flow)
    sign(qtbot, flow)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    with heard() as said:
        click(qtbot, page.next_button)
        done = window.visits.done_page
        qtbot.waitUntil(lambda: window.pages.currentWidget() is done)
    assert said.messages()[0] == "Sealing…"
    assert said.messages()[-1] == done.summary.text()
    assert done.summary.text().startswith("Signed and sealed at ")
    assert name_of(done.summary) == done.summary.text()


def test_the_visit_says_its_first_step_when_it_starts(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    with heard() as said:
        page = start_visit_from_family_page(qtbot, window, family.id)
    assert said.polite()[-1] == f"Step 1 of 8: The leaflet. {page.message.text()}"
