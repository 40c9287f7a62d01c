"""Driving a consent visit through its real widgets, as a worker and a family would."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.family import Family
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.choice_steps import AgenciesStep, ChoicesStep
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.first_steps import ExplainedStep, LeafletStep, WhoStep
from cssw_desktop.ui.visit.signing import SigningFlow
from cssw_desktop.ui.visit.wizard import VisitPage
from cssw_desktop.ui.visit.young_people_step import YoungPeopleStep, YoungPersonBox
from tests.support.gui import WindowFactory, add_families, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
REFUSE_SHARE = {Agency.POLICE, Agency.HOUSING}
REFUSE_APPROACH = {Agency.PROBATION}


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click where a person would: on a check box or radio button's own box (its widget
    may be wider than its text), in the middle of anything else."""
    assert widget.isEnabled(), widget.accessibleName() or widget.objectName()
    assert widget.isVisible(), widget.accessibleName() or widget.objectName()
    # Just shown (a part opened by the click before): a person sees it once it is laid out.
    qtbot.waitUntil(lambda: not widget.size().isEmpty())
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def visit_page(window: MainWindow) -> VisitPage:
    page = window.visits.page
    assert page is not None
    return page


def start_visit_from_family_page(qtbot: QtBot, window: MainWindow, family_id: object) -> VisitPage:
    """Open the family's page and press its "Start consent visit" button."""
    window.show_family(family_id)  # type: ignore[arg-type]
    button = window.family_page.consent.start_button
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.page)
    return visit_page(window)


def visit_with_teenager(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault
) -> tuple[MainWindow, VisitPage, Family]:
    """An unlocked window on a store with the Okafor family (one child aged 14), and a
    visit with them just started from their page."""
    family = family_with_teenager()
    add_families(vault, [family])
    window = make_window()
    unlock(qtbot, window)
    return window, start_visit_from_family_page(qtbot, window, family.id), family


def step_page(window: MainWindow, step: Step) -> QWidget:
    return visit_page(window).steps[step]


def next_step(qtbot: QtBot, window: MainWindow) -> None:
    page = visit_page(window)
    before = page.controller.state.step
    assert page.next_button.isEnabled(), page.message.text()
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.controller.state.step is not before)


def read_leaflet(qtbot: QtBot, window: MainWindow) -> None:
    step = step_page(window, Step.LEAFLET)
    assert isinstance(step, LeafletStep)
    while step.reader.next_button.isEnabled():
        click(qtbot, step.reader.next_button)


def fill_who(qtbot: QtBot, window: MainWindow, name: str, relationship: str) -> None:
    step = step_page(window, Step.WHO)
    assert isinstance(step, WhoStep)
    qtbot.keyClicks(step.giver, name)
    qtbot.keyClicks(step.relationship, relationship)
    click(qtbot, step.parental)


def tick_explained(qtbot: QtBot, window: MainWindow, items: Iterable[ExplainedItem]) -> None:
    step = step_page(window, Step.EXPLAINED)
    assert isinstance(step, ExplainedStep)
    for item in items:
        click(qtbot, step.boxes[item])


def answer_agencies(
    qtbot: QtBot, window: MainWindow, step_id: Step, answers: dict[Agency, Answer]
) -> None:
    step = step_page(window, step_id)
    assert isinstance(step, AgenciesStep)
    for agency in AGENCIES:
        if agency in answers:
            group = step.answers[agency]
            click(qtbot, group.yes if answers[agency] is Answer.YES else group.no)


def answer_choices(
    qtbot: QtBot, window: MainWindow, documents: dict[DocumentKind, Answer], research: Answer
) -> None:
    step = step_page(window, Step.CHOICES)
    assert isinstance(step, ChoicesStep)
    for kind, answer in documents.items():
        group = step.documents[kind]
        click(qtbot, group.yes if answer is Answer.YES else group.no)
    click(qtbot, step.research.yes if research is Answer.YES else step.research.no)


def young_people_step(window: MainWindow) -> YoungPeopleStep:
    step = step_page(window, Step.YOUNG_PEOPLE)
    assert isinstance(step, YoungPeopleStep)
    return step


def same_as_giver(qtbot: QtBot, box: YoungPersonBox) -> None:
    """The young person gives their own answers, starting from "Same as …" (every answer
    then recorded explicitly)."""
    click(qtbot, box.own)
    click(qtbot, box.same_as)


def send_mouse(widget: QWidget, kind: QMouseEvent.Type, x: float, y: float) -> None:
    """A real mouse event at a point of the widget, as the window system would send it."""
    local = QPointF(x, y)
    global_point = QPointF(widget.mapToGlobal(local))
    pressed = kind != QMouseEvent.Type.MouseButtonRelease
    event = QMouseEvent(
        kind,
        local,
        global_point,
        LEFT if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        LEFT if pressed else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def draw_signature(pad: QWidget, loops: int = 3) -> None:
    """Press, move along a looping path, release — three strokes across the pad."""
    width, height = pad.width(), pad.height()
    for stroke in range(loops):
        left = width * (0.1 + 0.27 * stroke)
        points = [
            (
                left + width * 0.2 * i / 40 + width * 0.04 * math.cos(i / 40 * 4 * math.pi),
                height * 0.5 + height * 0.25 * math.sin(i / 40 * 6 * math.pi),
            )
            for i in range(41)
        ]
        send_mouse(pad, QMouseEvent.Type.MouseButtonPress, *points[0])
        for x, y in points[1:]:
            time.sleep(0.001)  # a hand takes time; no event processing here
            send_mouse(pad, QMouseEvent.Type.MouseMove, x, y)
        send_mouse(pad, QMouseEvent.Type.MouseButtonRelease, *points[-1])


def share_answers() -> dict[Agency, Answer]:
    return {a: Answer.NO if a in REFUSE_SHARE else Answer.YES for a in AGENCIES}


def approach_answers() -> dict[Agency, Answer]:
    return {a: Answer.NO if a in REFUSE_APPROACH else Answer.YES for a in AGENCIES}


def family_screen(window: MainWindow) -> FamilyScreen:
    screen = window.visits.screen
    assert screen is not None
    return screen


def hand_back(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    screen = family_screen(window)
    click(qtbot, screen.hand_back_button)
    assert screen.pages.currentWidget() is screen.panel
    qtbot.keyClicks(screen.panel.passphrase, passphrase)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen) or not screen.isVisible())


def sign(qtbot: QtBot, flow: SigningFlow) -> None:
    """Confirm the summary, then draw a signature and press Sign."""
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    click(qtbot, flow.go_sign)  # not ticked yet: refused with a message
    assert flow.check_message.isVisible()
    click(qtbot, flow.confirm)
    click(qtbot, flow.go_sign)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
    pad = flow.field.pad
    click(qtbot, flow.sign_button)  # nothing drawn: refused, with the pad's reason
    assert flow.field.message.text() == pad.problem()
    draw_signature(pad)
    assert pad.problem() is None
    click(qtbot, flow.sign_button)


def run_visit_to_review(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    """Steps 1–7 through the real widgets, ending on the review step."""
    page = start_visit_from_family_page(qtbot, window, family.id)
    assert page.indicator.text() == "Step 1 of 8: The leaflet"
    assert not page.next_button.isEnabled()
    assert "Not shown yet: Our duties" in page.message.text()
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    assert page.indicator.text() == "Step 3 of 8: What has been explained"
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.SHARE, share_answers())
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, approach_answers())
    next_step(qtbot, window)
    answer_choices(
        qtbot,
        window,
        {
            DocumentKind.ASSESSMENTS: Answer.YES,
            DocumentKind.RECORD_OF_REVIEWS: Answer.YES,
            DocumentKind.CLOSING_SUMMARY: Answer.NO,
        },
        Answer.NO,
    )
    next_step(qtbot, window)
    young = young_people_step(window)
    assert not page.next_button.isEnabled()
    assert "Chidi Okafor" in page.message.text()
    (box,) = young.boxes.values()
    same_as_giver(qtbot, box)
    next_step(qtbot, window)
    assert page.controller.state.step is Step.REVIEW
