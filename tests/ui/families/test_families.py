"""Families in the workspace: search as you type, the family page, adding and editing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.main_window import MainWindow
from tests.support.families import open_editor
from tests.support.gui import (
    TODAY,
    WindowFactory,
    add_families,
    closed,
    sample_families,
    unlock,
)
from tests.support.stores import PASSPHRASE


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def stored_names(vault: Vault) -> list[str]:
    store = vault.unlock(PASSPHRASE)
    try:
        return [f.family_name for f in store.families.all()]
    finally:
        store.close()


def test_search_as_you_type_narrows_the_list(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    search = window.families_page.search
    assert shown_names(window) == ["Brown", "Nowak", "Okafor"]
    qtbot.keyClicks(search, "o")
    assert shown_names(window) == ["Brown", "Nowak", "Okafor"]
    qtbot.keyClicks(search, "k")  # "ok": Okafor only
    assert shown_names(window) == ["Okafor"]
    search.clear()
    qtbot.keyClicks(search, "Ada")  # a child's name
    assert shown_names(window) == ["Okafor"]
    search.clear()
    qtbot.keyClicks(search, "cssw-2002")  # a case reference
    assert shown_names(window) == ["Brown"]
    assert window.families_page.summary.text().startswith("Showing 1 of 3 families")
    search.clear()
    qtbot.keyClicks(search, "xyz")
    assert shown_names(window) == []
    assert window.families_page.summary.text() == "No families match your search."


def test_family_page_shows_ages_and_flags_children_13_and_over(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    table = window.families_page.table
    window.families_page.focus_table(2)  # Okafor
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    page = window.family_page
    model = page.children_model
    rows = {
        model.index(r, 0).data(): (
            model.index(r, model.AGE).data(),
            model.index(r, model.OWN_CONSENT).data(),
        )
        for r in range(model.rowCount())
    }
    assert rows == {"Chidi": ("14", "13+ — own consent needed"), "Ada": ("6", "Under 13")}
    assert "Chidi" in page.own_consent_note.text()
    assert "Ada" not in page.own_consent_note.text()
    assert page.case_reference.text() == "CSSW-1001"

    qtbot.keyClick(page.back_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)
    selected = window.model.family_at(table.currentIndex().row())
    assert selected is not None
    assert selected.family_name == "Okafor"


def test_adding_a_family_shows_each_problem_and_saves_nothing_until_fixed(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, [])
    ui_vault.unlock(PASSPHRASE).close()
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)

    editor = open_editor(window, qtbot, qapp)
    qtbot.mouseClick(editor.add_child_button, Qt.MouseButton.LeftButton)
    row = editor.rows[0]
    qtbot.keyClicks(row.name, "Mia")
    row.date_of_birth.setFocus()
    qtbot.keyClicks(row.date_of_birth, "01062027")  # typed, but in the future
    assert row.date_of_birth.value() == date(2027, 6, 1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.messages["family_name"].isVisible()
    assert editor.messages["family_name"].text() == "Please enter the family name."
    assert row.messages["date_of_birth"].text() == "A date of birth cannot be in the future."
    assert row.messages["date_of_birth"].isVisible()
    assert editor.summary.text() == "Please fix the 2 problems below before saving."
    assert qapp.focusWidget() is editor.inputs["family_name"]  # the first thing to fix
    assert editor.isVisible()
    assert window.model.total == 0

    qtbot.keyClicks(editor.inputs["family_name"], "  Adeyemi ")
    qtbot.keyClicks(editor.inputs["case_reference"], "CSSW-777")
    row.date_of_birth.setDate(QDate(2012, 6, 1))
    qtbot.mouseClick(editor.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    second = editor.rows[1]
    assert second.messages["name"].text() == "Please enter the child's name."
    assert second.messages["date_of_birth"].text() == "Please enter the child's date of birth."
    assert not row.messages["date_of_birth"].isVisible()
    assert qapp.focusWidget() is second.name
    qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.rows) == 1

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(editor))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
    assert window.family_page.title.text() == "Adeyemi family"
    assert shown_names(window) == ["Adeyemi"]
    window.session.lock("Test.")
    assert stored_names(ui_vault) == ["Adeyemi"]


def test_editing_a_family_adds_a_child_and_updates_the_store(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    families = sample_families()
    add_families(ui_vault, families)
    window = make_window()
    unlock(qtbot, window)
    window.show_family(families[1].id)  # Brown
    qtbot.mouseClick(window.family_page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), FamilyEditor))
    editor = qapp.activeModalWidget()
    assert isinstance(editor, FamilyEditor)
    assert editor.inputs["family_name"].text() == "Brown"
    assert [r.name.text() for r in editor.rows] == ["Zoë"]
    row = editor.add_child()
    qtbot.keyClicks(row.name, "Leo")
    row.date_of_birth.set_value(date(2010, 1, 5))
    qtbot.keyClick(editor.inputs["address"], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: closed(editor))
    qtbot.waitUntil(lambda: window.family_page.children_model.rowCount() == 2)
    assert "Leo" in window.family_page.own_consent_note.text()  # 16 on TODAY
    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        brown = store.families.get(families[1].id)
    finally:
        store.close()
    assert [c.name for c in brown.children] == ["Zoë", "Leo"]
    assert brown.children[0].id == families[1].children[0].id


def test_cancel_with_changes_asks_before_discarding(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    editor = open_editor(window, qtbot, qapp)
    qtbot.keyClicks(editor.inputs["family_name"], "Draft")
    qtbot.keyClick(editor.inputs["family_name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor._confirm is not None and editor._confirm.isVisible())
    assert editor.isVisible()
    confirm = editor._confirm
    assert confirm is not None
    keep = confirm.escapeButton()
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor._confirm is None)
    assert editor.isVisible()
    assert editor.inputs["family_name"].text() == "Draft"
    editor.reject()
    qtbot.waitUntil(lambda: editor._confirm is not None)
    assert editor._confirm is not None
    discard = next(
        b for b in editor._confirm.buttons() if b.text().replace("&", "") == "Discard changes"
    )
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(editor))
    assert window.model.total == 3
    assert TODAY.year == 2026
