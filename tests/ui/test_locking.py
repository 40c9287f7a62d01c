"""Auto-lock after idle, Lock now, and coming back to the same place after unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.settings import AUTO_LOCK_MINUTES
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.settings_dialog import SettingsDialog
from tests.support.gui import WindowFactory, add_families, closed, sample_families, unlock
from tests.support.stores import PASSPHRASE


def family_text_left(window: MainWindow) -> list[str]:
    """Every text in the window that could carry a family's details."""
    page = window.family_page
    return [
        t
        for t in (
            page.title.text(),
            page.address.text(),
            page.case_reference.text(),
            page.own_consent_note.text(),
            window.families_page.search.text(),
        )
        if t
    ]


def test_idle_locks_and_unlocking_returns_to_the_same_family(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    families = sample_families()
    add_families(ui_vault, families)
    window = make_window(idle_timeout_ms=400)
    unlock(qtbot, window)
    assert window.lock_state.text() == "Unlocked — locks after 1 second without use"
    okafor = families[0]
    qtbot.keyClicks(window.families_page.search, "okafor")
    qtbot.keyClick(window.families_page.search, Qt.Key.Key_Return)  # the only match opens
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    store = window.store
    assert store is not None

    # No input now: the idle timer runs out.
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=5000)
    assert window.store is None
    qtbot.waitUntil(lambda: not store.is_open)
    assert window.lock_state.text() == "Locked"
    assert window.model.rowCount() == 0
    assert window.model.total == 0
    assert window.family_page.children_model.rowCount() == 0
    assert family_text_left(window) == []
    assert "without use" in window.unlock_page.reason.text()
    assert not window.add_action.isEnabled()

    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.family_page
    assert window.family_page.family_id == okafor.id
    assert window.family_page.title.text() == "Okafor family"


def test_input_keeps_the_app_unlocked(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window(idle_timeout_ms=600)
    unlock(qtbot, window)
    for _ in range(6):  # 6 × 200 ms of typing is longer than the timeout
        qtbot.keyClick(window.families_page.search, Qt.Key.Key_A)
        qtbot.wait(200)
    assert window.session.unlocked
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=5000)


def test_lock_now_closes_an_open_editor_and_keeps_nothing_typed(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    assert window.lock_state.text() == "Unlocked — locks after 5 minutes without use"
    window.families_page.focus_table(1)  # Nowak
    qtbot.keyClick(window.families_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), FamilyEditor))
    editor = qapp.activeModalWidget()
    assert isinstance(editor, FamilyEditor)
    qtbot.keyClicks(editor.inputs["family_name"], "Half typed")

    window.lock_action.trigger()  # what Ctrl+L does
    qtbot.waitUntil(lambda: qapp.activeModalWidget() is None)
    assert closed(editor)
    assert window.workspace.dialogs.open_dialogs() == []
    assert window.pages.currentWidget() is window.unlock_page

    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.families_page
    selected = window.model.family_at(window.families_page.table.currentIndex().row())
    assert selected is not None
    assert selected.family_name == "Nowak"
    assert window.model.total == 3  # the half-typed family was not saved


def test_ctrl_l_locks(make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.families_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    assert window.store is None


def test_auto_lock_minutes_is_a_setting_kept_in_the_store(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), SettingsDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.minutes.value() == 5
    dialog.minutes.setValue(7)
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.lock_state.text() == "Unlocked — locks after 7 minutes without use"
    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        assert store.settings.get(AUTO_LOCK_MINUTES) == 7
    finally:
        store.close()
