"""While the family holds the laptop only their screen exists: every window, every action
and every shortcut of the app is tried, and no word of another family is anywhere on
screen; the worker's window comes back exactly as it was, and what happened meanwhile
(a message, a notice, a family added elsewhere) shows only then."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cssw_central.infra.tables import FamilySnapshot, Worker
from cssw_core.domain.family import Child, Family
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.first_steps import LeafletStep
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.gui import WindowFactory, add_families, on_store, unlock
from tests.support.records import family_with_teenager
from tests.support.screen_text import (
    all_actions,
    all_key_sequences,
    on_screen,
    text_of,
    text_showing,
    windows_showing,
)
from tests.support.stores import PASSPHRASE
from tests.support.sync_gui import TIMEOUT, enroll_in_window, stop_sync
from tests.support.visit import click, family_screen, hand_back, start_visit_from_family_page

OTHER_FAMILIES = [
    Family(
        "Zabrowski",
        "7 Quarry Lane, Fenwick FW2 9QQ",
        "CSSW-770011",
        "Jaspreet Patel",
        (Child("Wilhelmina Zabrowski", "Female", date(2012, 1, 3)),),
    ),
    Family(
        "Thistlewood",
        "41 Marsh Row, Demoford DM7 2XY",
        "CSSW-880022",
        "Jaspreet Patel",
        (Child("Barnaby Thistlewood", "Male", date(2015, 6, 7)),),
    ),
    Family("Quenby", "2 Orchard Yard", "CSSW-990033", "", ()),
]
ADDED_ELSEWHERE = Family("Yarrowby", "9 Weir Street", "CSSW-110044")


def secrets(families: list[Family]) -> list[str]:
    """Every word of these families that would tell someone who they are."""
    words: list[str] = []
    for family in families:
        words += [family.family_name, family.address, family.case_reference]
        words += [child.name for child in family.children]
    return [w for w in words if w]


FORBIDDEN = secrets([*OTHER_FAMILIES, ADDED_ELSEWHERE])


def seen(app: QApplication, words: list[str]) -> list[str]:
    text = text_showing(app)
    return [w for w in words if w in text]


def belongs_to(widget: QWidget, screen: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current is screen:
            return True
        current = current.parentWidget()
    return False


def assert_sealed(app: QApplication, window: MainWindow, screen: FamilyScreen) -> None:
    """Only the family's screen (and what it opened) shows; nothing of anyone else."""
    assert screen.isVisible()
    showing = windows_showing(app)
    strangers = [w for w in showing if not belongs_to(w, screen)]
    assert not strangers, [(type(w).__name__, w.windowTitle()) for w in strangers]
    assert not on_screen(window)
    assert not window.isEnabled()
    assert window.pages.currentWidget() is window.visits.with_family_page
    assert seen(app, FORBIDDEN) == []


def test_while_the_family_holds_the_laptop_nothing_of_another_family_can_be_reached(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family, *OTHER_FAMILIES])
    window = make_window()
    unlock(qtbot, window)
    # The search sees other families where they are: the worker's families list.
    assert set(seen(qapp, FORBIDDEN)) >= {"Zabrowski", "CSSW-880022", "Quenby"}

    window.setGeometry(QRect(37, 41, 760, 540))
    page = start_visit_from_family_page(qtbot, window, family.id)
    leaflet = page.steps[Step.LEAFLET]
    assert isinstance(leaflet, LeafletStep)
    before_geometry = window.geometry()
    before_state = window.windowState()
    before_actions = {id(a): (a, a.isEnabled()) for a in window.findChildren(QAction)}
    click(qtbot, leaflet.hand_over_button)
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    assert_sealed(qapp, window, screen)
    assert "Your information, your rights" in text_of(screen)  # the search reads the screen

    # Every action of the app that can still be triggered: the text size and contrast,
    # nothing else.
    display = window.display.actions()
    enabled = [a for a in all_actions(qapp) if a.isEnabled() and a.isVisible()]
    assert {a.text() for a in enabled} <= {a.text() for a in display}, [
        a.text() for a in enabled if a not in display
    ]
    actions = all_actions(qapp)
    for action in actions:
        action.trigger()  # a disabled action does nothing, as from its menu or toolbar
    window.display.set_scale(1.0)
    window.display.set_high_contrast(False)
    assert_sealed(qapp, window, screen)

    # Every shortcut of the app, pressed on the family's screen, and the keys that reach
    # other windows elsewhere.
    keys = [(s[0].key(), s[0].keyboardModifiers()) for s in all_key_sequences(qapp)]  # type: ignore[index]
    keys += [
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ]
    for key, modifiers in keys:
        target = qapp.focusWidget() or screen
        if not belongs_to(target, screen):
            target = screen
        qtbot.keyClick(target, key, modifiers)
    window.display.set_scale(1.0)
    window.display.set_high_contrast(False)
    screen.close()  # Alt+F4 as the window system sends it: the passphrase is asked
    assert screen.pages.currentWidget() is screen.panel
    qtbot.keyClick(screen.panel.passphrase, Qt.Key.Key_Escape)
    assert_sealed(qapp, window, screen)

    # The worker's ways in, called straight.
    window.sync.sync_now()
    window.sync.show_outbox()
    window.sync.download_caseload()
    window.sync.open_enroll()
    window.sync.show_review()
    window.show_families()
    window.find_family()
    window.show_family(OTHER_FAMILIES[0].id)
    window.workspace.show_families()
    window.workspace.show_family(OTHER_FAMILIES[1].id)
    window.workspace.notify("Noted while the family had the laptop")
    assert_sealed(qapp, window, screen)

    # A family added elsewhere waits; so does a message opened over the worker's window.
    other = ui_vault.unlock(PASSPHRASE)
    try:
        other.families.add(ADDED_ELSEWHERE)
    finally:
        other.close()
    checked = asyncio.ensure_future(window.elsewhere.check())
    qtbot.waitUntil(checked.done)
    assert checked.result() is False
    assert window.model.row_of(ADDED_ELSEWHERE.id) is None
    box = QMessageBox(window)
    box.setText("Zabrowski: 1 record returned")
    box.open()
    assert box.windowHandle() is None or not box.windowHandle().isVisible()  # never shown
    qtbot.waitUntil(lambda: not box.isVisible())
    assert_sealed(qapp, window, screen)
    assert window.visits.screen is screen  # all of that, and the family still has it

    hand_back(qtbot, window, PASSPHRASE)
    assert window.isVisible()
    assert window.isEnabled()
    assert window.geometry() == before_geometry
    assert window.windowState() == before_state
    assert window.pages.currentWidget() is page
    assert {k: e for k, (_a, e) in before_actions.items() if shiboken6.isValid(_a)} == {
        id(a): a.isEnabled() for a in window.findChildren(QAction) if id(a) in before_actions
    }
    # What waited shows now.
    qtbot.waitUntil(lambda: box.isVisible() and box.windowHandle().isVisible())
    box.close()
    assert window.statusBar().currentMessage() == "Noted while the family had the laptop"
    qtbot.waitUntil(lambda: window.model.row_of(ADDED_ELSEWHERE.id) is not None, timeout=10_000)
    routes = len(actions) + len(keys) + 1 + 11 + 2  # Alt+F4, the calls, elsewhere, a message
    tally.add("hand-over: routes to other families", cases=routes, let_through=0)


def test_a_family_screen_for_signing_is_sealed_too_and_locking_ends_it(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    """Locking while the family holds the laptop: the family's screen goes, the worker's
    window comes back on the unlock page, and what was held for the worker is dropped."""
    family = family_with_teenager()
    add_families(ui_vault, [family, *OTHER_FAMILIES])
    window = make_window()
    unlock(qtbot, window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    leaflet = page.steps[Step.LEAFLET]
    assert isinstance(leaflet, LeafletStep)
    click(qtbot, leaflet.hand_over_button)
    screen = family_screen(window)
    window.workspace.notify("Not for the unlock page")
    window.session.lock("Locked.")
    qtbot.waitUntil(lambda: window.visits.screen is None)
    assert not shiboken6.isValid(screen) or not screen.isVisible()
    assert window.isVisible()
    assert window.isEnabled()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.statusBar().currentMessage() != "Not for the unlock page"
    assert seen(qapp, FORBIDDEN) == []


def test_a_sync_that_ends_while_the_family_holds_the_laptop_shows_nothing_until_return(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    """The worker asks for their caseload and hands the laptop over before it arrives:
    the families from central and the "your caseload is here" message wait for the worker."""
    with central.session() as session:
        worker = session.scalars(select(Worker).where(Worker.username == "wendy")).one()
        for other in OTHER_FAMILIES:
            session.add(
                FamilySnapshot(
                    id=str(other.id), team_id=worker.team_id, family_name=other.family_name,
                    allocated_worker_id=worker.id, address=other.address,
                    case_reference=other.case_reference,
                    children_json=json.dumps([_child_json(c) for c in other.children]),
                )
            )  # fmt: skip
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    sync = window.sync
    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("wendy"), WENDY_PASSWORD)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.status.text.text().startswith("Nothing waiting"), timeout=TIMEOUT)
    page = start_visit_from_family_page(qtbot, window, family.id)
    leaflet = page.steps[Step.LEAFLET]
    assert isinstance(leaflet, LeafletStep)

    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(sync.controller.finished, timeout=TIMEOUT):
        sync.download_caseload()
        click(qtbot, leaflet.hand_over_button)  # before the caseload has come
    screen = family_screen(window)
    for _ in range(2):  # behind anything the end of the sync asked of the store
        on_store(qtbot, window.workspace, lambda s: s.families.all())
    assert_sealed(qapp, window, screen)
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and on_screen(w)]
    assert not resets  # the families from central are not even behind the family's screen
    assert window.model.row_of(OTHER_FAMILIES[0].id) is None

    hand_back(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), QMessageBox), timeout=TIMEOUT)
    box = qapp.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Your caseload is on this laptop")
    box.close()
    qtbot.waitUntil(lambda: window.model.row_of(OTHER_FAMILIES[0].id) is not None, timeout=TIMEOUT)
    assert window.pages.currentWidget() is page
    stop_sync(qtbot, window)


def _child_json(child: Child) -> dict[str, str]:
    return {
        "id": str(child.id),
        "name": child.name,
        "gender": child.gender,
        "date_of_birth": child.date_of_birth.isoformat(),
    }
