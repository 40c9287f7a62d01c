"""The laptop's forms refuse, at entry time and in plain words, what central's upload checks
would refuse at sync: the same shared rules (`cssw_core.domain.fields`). Text is pasted,
as a hidden character usually arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.visit import Step
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.visit.first_steps import WhoStep
from tests.support.families import open_editor, open_family, withdraw_dialog
from tests.support.gui import WindowFactory, add_families, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.review_items import review_item
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    click,
    fill_who,
    next_step,
    read_leaflet,
    step_page,
    visit_with_teenager,
)

RLO = "\u202e"  # right-to-left override


def paste(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_family_editor_refuses_a_right_to_left_override_in_plain_words(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, [])
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)
    editor = open_editor(window, qtbot, qapp)
    paste(qtbot, editor.inputs["family_name"], f"Ok{RLO}rofa")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.messages["family_name"].text() == (
        "The family name contains hidden or control characters. Please type it again."
    )
    assert editor.isVisible()
    assert window.model.total == 0  # nothing saved


def test_the_visit_will_not_go_on_with_hidden_characters_in_the_consent_giver(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    step = step_page(window, Step.WHO)
    assert isinstance(step, WhoStep)
    for box in step.child_boxes.values():
        if not box.isChecked():
            click(qtbot, box)
    assert page.next_button.isEnabled()
    paste(qtbot, step.relationship, RLO)
    qtbot.waitUntil(lambda: not page.next_button.isEnabled())
    assert page.message.text() == (
        "To go on, fill in their relationship to the children again, in up to 100 characters "
        "with no hidden or control characters."
    )
    step.relationship.setFocus()
    qtbot.keyClick(step.relationship, Qt.Key.Key_Backspace)
    qtbot.waitUntil(page.next_button.isEnabled)


def test_the_withdraw_dialog_refuses_a_hidden_character_in_the_reason(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    store = ui_vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        seal_consent(store, family)
    finally:
        store.close()
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)
    click(qtbot, dialog.share_boxes[Agency.POLICE])
    click(qtbot, dialog.how_buttons[CommunicatedBy.PHONE])
    click(qtbot, dialog.attested)
    paste(qtbot, dialog.reason, f"moved{RLO} away")
    paste(qtbot, dialog.worker, "\x00")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    message = dialog.message.text()
    assert "• The reason contains hidden or control characters. Please type it again." in message
    assert "• Your name contains hidden or control characters. Please type it again." in message
    assert dialog.isVisible()  # nothing was sealed
    assert window.family_page.history_model.rowCount() == 1


def test_the_return_dialog_refuses_a_hidden_character_in_the_comment(qtbot: QtBot) -> None:
    dialog = ReturnDialog(review_item())
    qtbot.addWidget(dialog)
    dialog.show()
    sent: list[str] = []
    dialog.return_requested.connect(sent.append)
    paste(qtbot, dialog.comment, f"Please {RLO}check the signature")
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert sent == []
    assert dialog.problem.text() == (
        "The comment contains hidden or control characters. Please type it again."
    )
    dialog.comment.setPlainText("Please check the signature")
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert sent == ["Please check the signature"]
