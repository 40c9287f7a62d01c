"""Families through the screens: opening a family's page, the editor, the withdraw dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Family
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog
from cssw_desktop.ui.main_window import MainWindow


def open_family(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    """Open the family's page and wait until its consent has been read."""
    window.show_family(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.family_id == family.id)


def withdraw_dialog(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> WithdrawDialog:
    qtbot.mouseClick(window.family_page.consent.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), WithdrawDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, WithdrawDialog)
    return dialog


def open_editor(window: MainWindow, qtbot: QtBot, qapp: QApplication) -> FamilyEditor:
    qtbot.mouseClick(window.families_page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), FamilyEditor))
    editor = qapp.activeModalWidget()
    assert isinstance(editor, FamilyEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    return editor
