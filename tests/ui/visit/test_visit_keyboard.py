"""A whole consent visit with the keyboard alone: from the families list to a sealed record,
every key sent to the widget that has the focus (no mouse, no calls on widgets), and on
each step Tab goes through the controls in reading order. The family signs by typing.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.visit.choice_steps import AgenciesStep, ChoicesStep
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.first_steps import ExplainedStep, LeafletStep, WhoStep
from cssw_desktop.ui.visit.last_steps import ReviewStep
from cssw_desktop.ui.visit.signing import SigningFlow
from cssw_desktop.ui.visit.widgets import YesNo
from cssw_desktop.ui.visit.wizard import VisitPage
from cssw_desktop.ui.visit.young_people_step import YoungPeopleStep
from tests.support.gui import WindowFactory, add_families, focused, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

REFUSE_SHARE = {Agency.POLICE, Agency.HOUSING}
REFUSE_APPROACH = {Agency.PROBATION}


class Keyboard:
    """Keys as a worker types them: always to the widget that has the focus."""

    def __init__(self, qtbot: QtBot, qapp: QApplication) -> None:
        self.qtbot = qtbot
        self.qapp = qapp

    @property
    def focus(self) -> QWidget:
        return focused(self.qapp)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        self.qtbot.keyClick(self.focus, key, modifier)

    def tab(self) -> None:
        self.press(Qt.Key.Key_Tab)

    def space(self) -> None:
        self.press(Qt.Key.Key_Space)

    def at(self, widget: QWidget, what: str = "") -> None:
        """The focus is on `widget` (a readable failure if not)."""
        now = self.focus
        assert now is widget, (
            f"expected the focus on {what or describe(widget)}, it is on {describe(now)}"
        )

    def tab_through(self, widgets: Sequence[QWidget]) -> None:
        """Tab visits exactly these widgets, in this order, from the one focused now."""
        self.at(widgets[0])
        for widget in widgets[1:]:
            self.tab()
            self.at(widget)


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def answer_yes_no(keys: Keyboard, group: YesNo, answer: Answer) -> None:
    """From the row's Yes: Space on Yes, or Tab then Space on No; then Tab away."""
    keys.at(group.yes)
    if answer is Answer.YES:
        keys.space()
        keys.tab()
        keys.at(group.no)
    else:
        keys.tab()
        keys.at(group.no)
        keys.space()
    assert group.yes.isChecked() is (answer is Answer.YES)
    assert group.no.isChecked() is (answer is Answer.NO)
    keys.tab()


def to_next_step(keys: Keyboard, page: VisitPage) -> None:
    """From the last control of a step: Tab to Back (if on), Tab to Next, Space."""
    before = page.controller.state.step
    if page.back_button.isEnabled():
        keys.at(page.back_button, "Back")
        keys.tab()
    keys.at(page.next_button, "Next")
    assert page.next_button.isEnabled(), page.message.text()
    keys.space()
    keys.qtbot.waitUntil(lambda: page.controller.state.step is not before)


def sign_by_typing(keys: Keyboard, flow: SigningFlow, *, check: bool = True) -> str:
    """Read the summary, confirm it, go on, choose typing, type the name shown, Enter.
    `check=False`: the interpreter, whose confirmation is written over the signing box."""
    qtbot = keys.qtbot
    if not check:
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
        assert "confirm that I interpreted the leaflet" in flow.sign_note.text()
        return _typed_signature(keys, flow)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    keys.at(flow.summary, "the summary")  # reading it comes first
    keys.tab()
    keys.at(flow.confirm)
    keys.tab()
    keys.at(flow.go_sign)
    keys.space()  # not ticked yet: refused, with the reason, and the keyboard on the box
    assert flow.check_message.isVisible()
    keys.at(flow.confirm)
    keys.space()
    assert flow.confirm.isChecked()
    keys.tab()
    keys.space()
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
    return _typed_signature(keys, flow)


def _typed_signature(keys: Keyboard, flow: SigningFlow) -> str:
    field = flow.field
    keys.at(field.pad, "the signature box")  # the first thing to do; then the keys' way
    assert "press Tab" in field.pad.accessibleDescription()
    keys.tab()
    keys.at(field.type_button, "Sign by typing your name")
    keys.space()
    assert field.typing()
    keys.at(field.typed.name)
    name = flow.signer_name.text()
    keys.type("someone else")
    keys.press(Qt.Key.Key_Return)  # not the name shown: refused in plain words
    assert field.message.text() == f"Please type your full name as it is shown: {name}."
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(name.upper())  # capitals do not matter
    keys.tab()
    keys.at(field.type_button, "Draw a signature instead")
    if flow.back_to_check.isVisible():  # not for the interpreter: they have no summary
        keys.tab()
        keys.at(flow.back_to_check)
    keys.tab()
    keys.at(flow.sign_button)
    keys.space()
    return name


def test_a_whole_visit_with_the_keyboard_alone(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    chidi, ada = family.children
    add_families(ui_vault, [family])
    window = make_window()
    window.activateWindow()
    unlock(qtbot, window)  # the passphrase typed, then Enter
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keyboard(qtbot, qapp)

    # The families list: find the family and open it, then start the visit.
    keys.press(Qt.Key.Key_F, CTRL)
    keys.at(window.families_page.search)
    keys.type("Okafor")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    start = window.family_page.consent.start_button
    qtbot.waitUntil(start.isVisible)
    keys.press(Qt.Key.Key_T, ALT)  # "S&tart consent visit"
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = window.visits.page
    assert page is not None
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)

    # Step 1: the leaflet, section by section with Space on "Next section".
    leaflet = page.steps[Step.LEAFLET]
    assert isinstance(leaflet, LeafletStep)
    reader = leaflet.reader
    keys.at(reader.next_button, "Next section")
    sections = len(page.controller.leaflet.sections)
    for _ in range(sections - 1):
        keys.at(reader.next_button)
        keys.space()
    assert page.controller.state.section == sections - 1
    keys.at(page.next_button, "Next, once every section was shown")
    # Reading order on the step: the hand-over, the text, the buttons, Back, Next.
    keys.press(Qt.Key.Key_Backtab)  # past Back and "Next section", both off here
    keys.at(reader.previous_button)
    keys.press(Qt.Key.Key_Backtab)
    keys.at(reader.text)
    keys.press(Qt.Key.Key_Backtab)
    keys.at(leaflet.hand_over_button)
    keys.press(Qt.Key.Key_Backtab)
    keys.at(page.leave_button)
    keys.tab_through(
        [page.leave_button, leaflet.hand_over_button, reader.text, reader.previous_button]
    )
    keys.tab()  # past "Next section" (off at the last section) and Back (off on step 1)
    to_next_step(keys, page)

    # Step 2: who is here.
    who = page.steps[Step.WHO]
    assert isinstance(who, WhoStep)
    keys.at(who.giver)
    keys.type("Grace Okafor")
    keys.tab()
    keys.at(who.relationship)
    keys.type("Mother")
    keys.tab()
    keys.at(who.parental)
    keys.space()
    keys.tab()
    keys.at(who.young_person_basis)
    keys.tab()
    keys.tab_through([who.child_boxes[chidi], who.child_boxes[ada], who.interpreter])
    keys.space()
    assert who.interpreter.isChecked()
    keys.tab()
    keys.at(who.language)  # on once an interpreter is ticked
    keys.type("Igbo")
    keys.tab()
    keys.at(who.interpreter_name)
    keys.type("Ngozi Eze")
    keys.tab()
    to_next_step(keys, page)

    # Step 3: each point ticked as it is explained.
    explained = page.steps[Step.EXPLAINED]
    assert isinstance(explained, ExplainedStep)
    for item in ExplainedItem:
        keys.at(explained.boxes[item])
        keys.space()
        keys.tab()
    assert all(page.controller.state.draft.explained.values())
    to_next_step(keys, page)

    # Steps 4 and 5: every agency's Yes, then its No, row by row.
    for step_id, refused in ((Step.SHARE, REFUSE_SHARE), (Step.APPROACH, REFUSE_APPROACH)):
        agencies = page.steps[step_id]
        assert isinstance(agencies, AgenciesStep)
        for agency in AGENCIES:
            answer = Answer.NO if agency in refused else Answer.YES
            answer_yes_no(keys, agencies.answers[agency], answer)
        to_next_step(keys, page)

    # Step 6: copies of documents, then research.
    choices = page.steps[Step.CHOICES]
    assert isinstance(choices, ChoicesStep)
    documents = {
        DocumentKind.ASSESSMENTS: Answer.YES,
        DocumentKind.RECORD_OF_REVIEWS: Answer.NO,
        DocumentKind.CLOSING_SUMMARY: Answer.YES,
    }
    for kind in DocumentKind:
        answer_yes_no(keys, choices.documents[kind], documents[kind])
    answer_yes_no(keys, choices.research, Answer.NO)
    to_next_step(keys, page)

    # Step 7: Chidi (14) answers for himself; the reason box is off until "not asked".
    young = page.steps[Step.YOUNG_PEOPLE]
    assert isinstance(young, YoungPeopleStep)
    box = young.boxes[chidi.id]
    keys.tab_through([box.own, box.not_asked])
    assert not box.reason.isEnabled()
    keys.press(Qt.Key.Key_Backtab)
    keys.at(box.own)
    keys.space()  # his own answers: "Same as Grace's answers" appears, then every answer
    keys.tab_through([box.own, box.not_asked, box.same_as])
    keys.space()
    answers = [w for a in AGENCIES for w in (box.share[a].yes, box.share[a].no,
               box.approach[a].yes, box.approach[a].no)]  # fmt: skip
    answers += [w for k in DocumentKind for w in (box.documents[k].yes, box.documents[k].no)]
    answers += [box.research.yes, box.research.no]
    keys.tab()
    keys.tab_through(answers)
    keys.tab()
    to_next_step(keys, page)

    # Step 8: the summary, then the laptop to the family.
    review = page.steps[Step.REVIEW]
    assert isinstance(review, ReviewStep)
    keys.tab_through([review.hand_over_button, review.summary, page.back_button])
    assert not page.next_button.isEnabled()  # nobody has signed yet
    keys.press(Qt.Key.Key_Backtab)
    keys.press(Qt.Key.Key_Backtab)
    keys.at(review.hand_over_button)
    keys.space()
    qtbot.waitUntil(lambda: window.visits.screen is not None)
    screen = window.visits.screen
    assert isinstance(screen, FamilyScreen)
    qtbot.waitUntil(screen.isActiveWindow)
    flow = screen.signing
    assert flow is not None

    # On the family's screen: Grace, then Chidi, each checks and signs by typing.
    assert sign_by_typing(keys, flow) == "Grace Okafor"
    assert sign_by_typing(keys, flow) == chidi.name
    assert sign_by_typing(keys, flow, check=False) == "Ngozi Eze"  # the interpreter
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    keys.at(screen.hand_back_button, "Hand back to the worker")
    keys.space()
    keys.at(screen.panel.passphrase)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen) or not screen.isVisible())
    qtbot.waitUntil(window.isActiveWindow)

    # Back on the worker's screen, the keyboard is on "Seal this record".
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    keys.at(page.next_button, "Seal this record")
    assert page.next_button.text() == "&Seal this record"
    keys.space()
    done = window.visits.done_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is done, timeout=10000)
    keys.at(done.back_button)

    store = window.store
    assert store is not None
    (sealed,) = store.records.sealed_for_family(family.id)
    record = sealed.body["record"]
    assert record["consent_giver_name"] == "Grace Okafor"
    assert record["consent_giver_relationship"] == "Mother"
    assert record["consent_basis"] == "parental"
    assert record["interpreter_used"] is True
    assert record["interpreter_language"] == "Igbo"
    assert record["interpreter_name"] == "Ngozi Eze"
    roles = [s["role"] for s in sealed.body["signatures"]]
    assert roles == ["parent", "young_person", "interpreter"]
    assert all(record["explained"].values())
    assert record["share_with"] == {
        a.value: ("no" if a in REFUSE_SHARE else "yes") for a in AGENCIES
    }
    assert record["approach"] == {
        a.value: ("no" if a in REFUSE_APPROACH else "yes") for a in AGENCIES
    }
    assert record["documents"] == {k.value: a.value for k, a in documents.items()}
    assert record["research_consent"] == "no"
    own = record["young_person_consents"][str(chidi.id)]["answers"]
    assert own["share_with"] == record["share_with"]  # "same as", each answer explicit
    signatures = sealed.body["signatures"]
    assert [(s["signer_name"], s["typed_name"], s["strokes"]) for s in signatures] == [
        ("Grace Okafor", "GRACE OKAFOR", []),
        (chidi.name, chidi.name.upper(), []),
        ("Ngozi Eze", "NGOZI EZE", []),
    ]
    assert all(s["image_png"] for s in signatures)
    assert [c.problem for c in store.sealing.check_all()] == [None]

    keys.space()  # "Back to the Okafor family"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
