"""The clipboard on a real X server: run by tests/faults/test_clipboard.py, never alone.

Qt's offscreen platform (every other GUI test's) has no primary selection, so these
tests run in their own pytest process on the xcb platform under the Xvfb server that
`make test` starts. Under xcb the clipboard is the X server's: what these tests read
is what any other program on the desktop could read.

The file name does not start with test_, so a normal run does not collect it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.family import Child, Family
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.clipboard import guard_selection
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.tasks import running_tasks
from cssw_desktop.ui.visit.first_steps import WhoStep
from cssw_desktop.ui.visit.last_steps import ReviewStep
from tests.faults import tally
from tests.support.gui import WindowFactory, add_families, closed, unlock
from tests.support.leaks import CANARIES
from tests.support.visit import (
    answer_agencies,
    answer_choices,
    click,
    family_screen,
    fill_who,
    hand_back,
    next_step,
    read_leaflet,
    same_as_giver,
    start_visit_from_family_page,
    step_page,
    tick_explained,
    young_people_step,
)

FAMILY_NAME, TEEN, ADDRESS, CASE_REF, GIVER = CANARIES[:5]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)
ANOTHER_PROGRAM_SECONDS = 60  # the other program quits by itself after this at the latest


@pytest.fixture(autouse=True)
def on_x11(qapp: QApplication) -> Iterator[None]:
    assert qapp.platformName() == "xcb", "run through tests/faults/test_clipboard.py"
    assert qapp.clipboard().supportsSelection()
    yield
    for mode in MODES:
        qapp.clipboard().clear(mode)


def canary_family() -> Family:
    return Family(
        FAMILY_NAME,
        ADDRESS,
        CASE_REF,
        "Jaspreet Patel",
        (Child(TEEN, "Male", date(2011, 5, 2)),),  # 14 on the visit date
    )


def held() -> dict[str, str]:
    """What the X server's clipboard and primary selection hold now, for any program."""
    QApplication.processEvents()
    clipboard = QGuiApplication.clipboard()
    return {mode.name: clipboard.text(mode) for mode in MODES}


class Checks:
    """Counts the clipboard checks made; each fails on any canary in any mode."""

    def __init__(self) -> None:
        self.count = 0

    def nothing_personal(self, after: str) -> None:
        self.count += 1
        now = held()
        leaked = [c for c in CANARIES for text in now.values() if c.casefold() in text.casefold()]
        assert leaked == [], f"after {after}: {now}"


def drag_across(qtbot: QtBot, widget: QWidget) -> None:
    """Select with the mouse as a person does: press, move across, release."""
    y = widget.height() // 2
    qtbot.mousePress(widget, LEFT, pos=QPoint(2, y))
    qtbot.mouseMove(widget, QPoint(widget.width() // 2, y))
    qtbot.mouseMove(widget, QPoint(widget.width() - 2, y))
    qtbot.mouseRelease(widget, LEFT, pos=QPoint(widget.width() - 2, y))


def select_all_in(qtbot: QtBot, edit: QLineEdit | QTextBrowser) -> str:
    """Ctrl+A in the widget; the text it now has selected."""
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    if isinstance(edit, QLineEdit):
        return edit.selectedText()
    return edit.textCursor().selectedText()


def test_selecting_family_details_anywhere_offers_them_to_no_other_program(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = canary_family()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    checks = Checks()
    checks.nothing_personal("unlocking")

    # The families list: click the row, select every row, move with the keyboard.
    table = window.families_page.table
    row = table.visualRect(window.model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=row)
    checks.nothing_personal("clicking a family's row")
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    checks.nothing_personal("selecting rows")
    window.families_page.search.setFocus()
    qtbot.keyClicks(window.families_page.search, FAMILY_NAME)
    assert window.model.rowCount() == 1
    assert select_all_in(qtbot, window.families_page.search) == FAMILY_NAME
    checks.nothing_personal("selecting the search text")

    # The family's page, and its editor: the name selected by keys and by the mouse.
    window.show_family(family.id, offer_visit=False)
    checks.nothing_personal("opening the family")
    window.edit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), FamilyEditor))
    editor = qapp.activeModalWidget()
    assert isinstance(editor, FamilyEditor)
    name = editor.inputs["family_name"]
    assert select_all_in(qtbot, name) == FAMILY_NAME  # selected in the field itself …
    checks.nothing_personal("Ctrl+A in the family name")  # … and offered to nobody
    name.deselect()
    drag_across(qtbot, editor.inputs["address"])
    assert editor.inputs["address"].selectedText()
    checks.nothing_personal("dragging across the address")
    qtbot.mouseDClick(editor.inputs["case_reference"], LEFT, pos=QPoint(10, 8))
    checks.nothing_personal("double-clicking the case reference")
    editor.reject()
    qtbot.waitUntil(lambda: closed(editor))

    # The visit's screens: a typed name, the summaries, the signing by typing.
    start_visit_from_family_page(qtbot, window, family.id)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, GIVER, "Mother")
    who = step_page(window, Step.WHO)
    assert isinstance(who, WhoStep)
    who.giver.setFocus()
    qtbot.keyClick(who.giver, Qt.Key.Key_Home, SHIFT)  # Shift+Home: the name selected
    assert who.giver.selectedText() == GIVER
    checks.nothing_personal("Shift+Home in the consent giver's name")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answers = dict.fromkeys(AGENCIES, Answer.YES)
    answer_agencies(qtbot, window, Step.SHARE, answers)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, answers)
    next_step(qtbot, window)
    answer_choices(qtbot, window, dict.fromkeys(DocumentKind, Answer.YES), Answer.NO)
    next_step(qtbot, window)
    (box,) = young_people_step(window).boxes.values()
    same_as_giver(qtbot, box)
    next_step(qtbot, window)
    review = step_page(window, Step.REVIEW)
    assert isinstance(review, ReviewStep)
    assert GIVER in select_all_in(qtbot, review.summary)
    checks.nothing_personal("selecting the review's summary")
    click(qtbot, review.hand_over_button)
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert flow is not None
    for signer in (GIVER, TEEN):
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
        qtbot.mouseDClick(flow.summary.viewport(), LEFT, pos=QPoint(30, 12))
        assert select_all_in(qtbot, flow.summary)
        checks.nothing_personal("selecting the family's summary")
        click(qtbot, flow.confirm)
        click(qtbot, flow.go_sign)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
        click(qtbot, flow.field.type_button)
        qtbot.keyClicks(flow.field.typed.name, signer)
        assert select_all_in(qtbot, flow.field.typed.name) == signer
        checks.nothing_personal("selecting a typed signature")
        click(qtbot, flow.sign_button)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    click(qtbot, window.visits.page.next_button)  # type: ignore[union-attr]
    done = window.visits.done_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is done, timeout=10000)
    qtbot.mouseDClick(done.details, LEFT, pos=QPoint(20, 8))
    checks.nothing_personal("selecting the sealed record's details")

    assert guard_selection(qapp).given_up > 0  # the guard installed by the window did it
    tally.add("leaks: clipboard (X11)", checks=checks.count, leaks=0)


class AnotherProgram:
    """A second X client that copies some text and keeps it on offer until told to go."""

    SCRIPT = (
        "import sys\n"
        "from PySide6.QtCore import QSocketNotifier, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['another'])\n"
        "app.clipboard().setText(sys.argv[1])\n"
        "notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)\n"
        "notifier.activated.connect(app.quit)\n"
        f"QTimer.singleShot({ANOTHER_PROGRAM_SECONDS * 1000}, app.quit)\n"
        "print('ready', flush=True)\n"
        "app.exec()\n"
    )

    def __init__(self, text: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, text],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()  # its cue to quit
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process.stdout.close()


def test_copy_gives_only_what_was_asked_and_lock_and_quit_take_it_back(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = canary_family()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    clipboard = qapp.clipboard()

    # Ctrl+C on a family's row copies the one cell the worker is on, nothing more.
    table = window.families_page.table
    window.families_page.select_family(family.id)
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert held() == {"Clipboard": FAMILY_NAME, "Selection": ""}
    assert clipboard.ownsClipboard()

    # Locking takes it back.
    window.lock_action.trigger()
    assert not window.session.unlocked
    assert held() == {"Clipboard": "", "Selection": ""}

    # Copied again, then another program copies something: that is theirs, and stays.
    unlock(qtbot, window)
    copy_case_reference(qtbot, window)
    assert held()["Clipboard"] == CASE_REF
    other = AnotherProgram("a note from another program")
    try:
        deadline = time.monotonic() + 10
        while clipboard.ownsClipboard() and time.monotonic() < deadline:
            qtbot.wait(20)
        assert not clipboard.ownsClipboard()
        window.lock_action.trigger()
        assert held()["Clipboard"] == "a note from another program"
    finally:
        other.close()

    # Quitting takes back what the app copied (before Qt could hand it to a clipboard
    # manager, which would keep it after the app has gone).
    unlock(qtbot, window)
    copy_case_reference(qtbot, window)
    assert held()["Clipboard"] == CASE_REF
    qtbot.waitUntil(lambda: not running_tasks())  # unlocking's own work is done
    window.close()
    window.session.shutdown()
    assert held() == {"Clipboard": "", "Selection": ""}


def copy_case_reference(qtbot: QtBot, window: MainWindow) -> None:
    """The worker copies a family's case reference (to paste into the case system)."""
    table = window.families_page.table
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.families_page.focus_table(0)
    table.setCurrentIndex(window.model.index(0, window.model.CASE_REFERENCE))
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
