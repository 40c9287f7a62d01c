"""Larger text and high contrast: Ctrl+plus / Ctrl+minus / Ctrl+0 and the View menu change
every open window at once and are remembered; at 200 % nothing is cut off; the
high-contrast theme reaches the colours that carry a meaning."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from cssw_core.domain.consent import ExplainedItem
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import (
    DISPLAY_FILE,
    HIGH_CONTRAST_COLOURS,
    NORMAL_COLOURS,
    DisplayControl,
    DisplayPrefs,
    apply_text_scale,
    apply_theme,
    is_high_contrast,
    load_prefs,
    text_scale,
)
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog
from tests.support.accessibility import clipped
from tests.support.gui import WindowFactory, add_families, focused, unlock
from tests.support.records import family_with_teenager
from tests.support.visit import (
    click,
    fill_who,
    next_step,
    read_leaflet,
    start_visit_from_family_page,
    tick_explained,
    visit_with_teenager,
)

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP = QSize(1366, 768)


@pytest.fixture(autouse=True)
def normal_display(qapp: QApplication) -> Iterator[None]:
    """Every test starts, and leaves the application, at normal size and contrast."""
    apply_text_scale(qapp, 1.0)
    apply_theme(qapp, False)
    yield
    apply_text_scale(qapp, 1.0)
    apply_theme(qapp, False)


def press(qtbot: QtBot, qapp: QApplication, key: Qt.Key) -> None:
    qtbot.keyClick(focused(qapp), key, CTRL)


def assert_nothing_cut_off(qtbot: QtBot, window: QWidget) -> None:
    """Once the layouts have settled, no text is cut off (the list says what is, if any)."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
    assert not clipped(window), "\n".join(clipped(window))


def saved(window: MainWindow) -> DisplayPrefs:
    return load_prefs(window.display.path)


def test_ctrl_plus_minus_and_zero_change_the_text_live_and_are_remembered(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, [family_with_teenager()])
    window = make_window()
    window.activateWindow()
    unlock(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    table = window.families_page.table
    base = qapp.font().pointSizeF()
    body, heading = table.font().pointSizeF(), window.family_page.title.font().pointSizeF()

    press(qtbot, qapp, Qt.Key.Key_Plus)
    assert text_scale(qapp) == 1.1
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.1)
    assert table.font().pointSizeF() == pytest.approx(body * 1.1)
    # A heading keeps its size against the text around it.
    assert window.family_page.title.font().pointSizeF() == pytest.approx(heading * 1.1)
    assert saved(window) == DisplayPrefs(1.1, False)

    press(qtbot, qapp, Qt.Key.Key_Equal)  # Ctrl+= : plus without Shift
    assert text_scale(qapp) == 1.25
    press(qtbot, qapp, Qt.Key.Key_Minus)
    press(qtbot, qapp, Qt.Key.Key_Minus)
    press(qtbot, qapp, Qt.Key.Key_Minus)
    assert text_scale(qapp) == 0.9
    assert table.font().pointSizeF() == pytest.approx(body * 0.9)
    press(qtbot, qapp, Qt.Key.Key_0)
    assert text_scale(qapp) == 1.0
    assert table.font().pointSizeF() == pytest.approx(body)
    assert window.family_page.title.font().pointSizeF() == pytest.approx(heading)
    assert saved(window) == DisplayPrefs(1.0, False)

    for _ in range(10):  # stops at 200 %
        window.display.larger_action.trigger()
    assert text_scale(qapp) == 2.0
    assert not window.display.larger_action.isEnabled()
    assert json.loads(window.display.path.read_text()) == {
        "text_scale": 2.0,
        "high_contrast": False,
    }

    # The next run starts at the size the worker left it at.
    apply_text_scale(qapp, 1.0)
    again = DisplayControl(qapp, window.display.path)
    assert again.apply_saved() == DisplayPrefs(2.0, False)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2.0)


def test_a_damaged_settings_file_means_normal_text(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / DISPLAY_FILE
    path.write_text("{not json")
    assert load_prefs(path) == DisplayPrefs()
    path.write_text(json.dumps({"text_scale": 37, "high_contrast": "yes"}))
    assert load_prefs(path) == DisplayPrefs(2.0, False)  # the nearest allowed step
    assert DisplayControl(qapp, tmp_path / "missing" / DISPLAY_FILE).apply_saved() == (
        DisplayPrefs()
    )


def test_the_view_menu_shows_what_was_applied_before_it_was_made(
    tmp_path: Path, qapp: QApplication
) -> None:
    """The start applies the saved size and contrast before the unlock page paints, and
    the View menu's actions are only made with the main window: they must still say where
    the worker left things (the largest size cannot grow; the contrast is ticked)."""
    path = tmp_path / DISPLAY_FILE
    path.write_text(json.dumps({"text_scale": 2.0, "high_contrast": True}))
    display = DisplayControl(qapp, path)
    assert display.apply_saved() == DisplayPrefs(2.0, True)
    assert is_high_contrast(qapp)

    assert not display.larger_action.isEnabled()
    assert display.smaller_action.isEnabled()
    assert display.normal_action.isEnabled()
    assert display.contrast_action.isChecked()
    display.smaller_action.trigger()
    assert text_scale(qapp) == 1.75
    assert display.larger_action.isEnabled()
    display.contrast_action.trigger()  # unticked: back to the platform's look
    assert not is_high_contrast(qapp)
    assert load_prefs(path) == DisplayPrefs(1.75, False)


def test_at_200_percent_the_window_a_visit_step_and_a_dialog_show_all_their_text(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    window.resize(LAPTOP)
    unlock(qtbot, window)
    window.show_family(family.id, offer_visit=False)
    qtbot.waitUntil(lambda: window.family_page.overview is not None)
    window.display.set_scale(2.0)  # live, on an open window
    assert_nothing_cut_off(qtbot, window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    assert_nothing_cut_off(qtbot, window)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    assert_nothing_cut_off(qtbot, window)
    next_step(qtbot, window)
    tick_explained(qtbot, window, list(ExplainedItem)[:2])
    assert_nothing_cut_off(qtbot, window)
    assert page.message.isVisible()

    window.change_passphrase_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), ChangePassphraseDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert_nothing_cut_off(qtbot, dialog)
    fields = dialog.fields
    assert fields.current is not None
    qtbot.keyClicks(fields.current, "not my passphrase")
    qtbot.keyClicks(fields.passphrase, "river lantern copper fig")
    qtbot.keyClicks(fields.confirm, "river lantern copper fig")
    click(qtbot, dialog.change_button)
    qtbot.waitUntil(fields.current_problem.isVisible)  # two lines under the field
    assert_nothing_cut_off(qtbot, dialog)
    window.display.set_scale(1.0)
    window.display.set_scale(2.0)  # the open dialog grows with it
    assert_nothing_cut_off(qtbot, dialog)
    dialog.close_now()


def test_the_familys_screen_follows_the_text_size(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    click(qtbot, page.steps[Step.LEAFLET].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    reader = screen.reader
    assert reader is not None
    qtbot.waitUntil(screen.isActiveWindow)
    before = screen.font().pointSizeF()
    html_before = reader.text.toHtml()
    press(qtbot, qapp, Qt.Key.Key_Plus)  # on the family's screen, which has no menus
    press(qtbot, qapp, Qt.Key.Key_Plus)
    press(qtbot, qapp, Qt.Key.Key_Plus)
    assert text_scale(qapp) == 1.5
    assert screen.font().pointSizeF() == pytest.approx(before * 1.5)
    assert reader.text.toHtml() != html_before  # the leaflet's own point sizes follow


def test_high_contrast_reaches_the_colours_that_mean_something(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    message = page.message
    normal = message.palette().color(QPalette.ColorRole.WindowText).name()
    assert normal == NORMAL_COLOURS["to_do"]

    window.display.contrast_action.trigger()
    assert is_high_contrast(qapp)
    assert window.display.contrast_action.isChecked()
    assert saved(window) == DisplayPrefs(1.0, True)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert (
        message.palette().color(QPalette.ColorRole.WindowText).name()
        == (HIGH_CONTRAST_COLOURS["to_do"])
    )
    leaflet_text = page.steps[Step.LEAFLET].reader.text  # type: ignore[attr-defined]
    assert leaflet_text.palette().color(QPalette.ColorRole.Base).name() == "#000000"

    window.display.contrast_action.trigger()
    assert not is_high_contrast(qapp)
    assert message.palette().color(QPalette.ColorRole.WindowText).name() == normal
