"""A worker with only a keyboard: add a family with a child, find it again, open it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.families.family_editor import FamilyEditor
from tests.support.gui import WindowFactory, add_families, focused, sample_families, unlock
from tests.support.stores import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_add_family_and_child_with_the_keyboard_only(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    window.activateWindow()
    unlock(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    assert focused(qapp) is window.families_page.table

    def keys(text: str) -> None:
        qtbot.keyClicks(focused(qapp), text)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(focused(qapp), key, modifier)

    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(qapp.activeWindow(), FamilyEditor))
    editor = qapp.activeWindow()
    assert isinstance(editor, FamilyEditor)
    assert focused(qapp) is editor.inputs["family_name"]
    keys("Kowalczyk")
    press(Qt.Key.Key_Tab)
    assert focused(qapp) is editor.inputs["address"]
    keys("4 Canal Walk")
    press(Qt.Key.Key_Tab)
    keys("CSSW-4242")
    press(Qt.Key.Key_Tab)
    keys("R. Ahmed")

    press(Qt.Key.Key_H, ALT)  # Add c&hild (Alt+C is Cancel)
    qtbot.waitUntil(lambda: len(editor.rows) == 1)  # a mnemonic "animates" its click
    row = editor.rows[0]
    assert focused(qapp) is row.name
    keys("Ola")
    press(Qt.Key.Key_Tab)
    assert row.gender.isAncestorOf(focused(qapp)) or focused(qapp) is row.gender
    keys("Female")
    press(Qt.Key.Key_Tab)
    assert focused(qapp) is row.date_of_birth
    keys("05092010")
    press(Qt.Key.Key_Tab)
    assert focused(qapp) is row.remove_button  # tab order follows the screen
    press(Qt.Key.Key_Tab)
    assert focused(qapp) is editor.add_child_button
    press(Qt.Key.Key_Backtab)
    press(Qt.Key.Key_Backtab)
    assert focused(qapp) is row.date_of_birth
    press(Qt.Key.Key_Return)  # Enter saves: Save is the default button

    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    assert window.family_page.title.text() == "Kowalczyk family"
    child = window.family_page.children_model
    assert child.index(0, 0).data() == "Ola"
    assert child.index(0, child.DATE_OF_BIRTH).data() == "5 Sep 2010"
    assert child.index(0, child.OWN_CONSENT).data() == "13+ — own consent needed"

    qtbot.waitUntil(window.isActiveWindow)  # the editor has gone
    assert focused(qapp) is window.family_page.edit_button
    press(Qt.Key.Key_Escape)  # back to the list
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)
    press(Qt.Key.Key_F, CTRL)
    assert focused(qapp) is window.families_page.search
    keys("ola")  # a child's name
    press(Qt.Key.Key_Return)  # the only match opens
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    assert window.family_page.title.text() == "Kowalczyk family"

    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)
    window.families_page.search.clear()
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Down)  # from the search field into the list
    assert focused(qapp) is window.families_page.table
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    assert window.family_page.title.text() == "Kowalczyk family"  # Brown, Kowalczyk, …

    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        saved = next(f for f in store.families.all() if f.family_name == "Kowalczyk")
    finally:
        store.close()
    assert (saved.address, saved.case_reference, saved.allocated_worker) == (
        "4 Canal Walk",
        "CSSW-4242",
        "R. Ahmed",
    )
    assert [(c.name, c.gender, c.date_of_birth) for c in saved.children] == [
        ("Ola", "Female", date(2010, 9, 5))
    ]


def test_leaving_an_empty_date_of_birth_keeps_it_empty(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    window.activateWindow()
    unlock(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(qapp), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(qapp.activeWindow(), FamilyEditor))
    editor = qapp.activeWindow()
    assert isinstance(editor, FamilyEditor)
    row = editor.add_child()
    row.date_of_birth.setFocus()
    assert not row.date_of_birth.is_empty()  # a date to type over while the cursor is in it
    qtbot.keyClick(row.date_of_birth, Qt.Key.Key_Tab)  # leave without typing
    assert row.date_of_birth.is_empty()
    assert row.date_of_birth.text() == "Not entered"
    editor.close_now()
