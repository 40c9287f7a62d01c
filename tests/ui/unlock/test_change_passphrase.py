"""File → Change passphrase…: on the real store and keyring, through the real dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.errors import WrongPassphrase
from cssw_desktop.storage.vault import KEY_FILE, Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog
from tests.support.gui import (
    FakeClock,
    WindowFactory,
    add_families,
    closed,
    sample_families,
    unlock,
)
from tests.support.stores import PASSPHRASE

NEW = "kettle orbit maple drum"


def open_dialog(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> ChangePassphraseDialog:
    assert window.change_passphrase_action.isEnabled()
    window.change_passphrase_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), ChangePassphraseDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, ChangePassphraseDialog)
    return dialog


def fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    fields = dialog.fields
    assert fields.current is not None
    qtbot.keyClicks(fields.current, current)
    qtbot.keyClicks(fields.passphrase, new)
    qtbot.keyClicks(fields.confirm, again)


def test_changed_passphrase_unlocks_and_the_old_one_no_longer_does(
    make_window: WindowFactory,
    ui_vault: Vault,
    fake_clock: FakeClock,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    families = sample_families()
    add_families(ui_vault, families)
    window = make_window()
    assert not window.change_passphrase_action.isEnabled()  # not while locked
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, qapp, window)
    assert not dialog.change_button.isEnabled()
    fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert "(allowed)" in dialog.fields.strength.text()
    assert not dialog.fields.problems.isVisible()
    assert dialog.change_button.isEnabled()

    qtbot.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)  # Enter changes it
    assert dialog.change_button.text() == "Changing…"  # at once: no second submit
    assert not dialog.change_button.isEnabled()
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.statusBar().currentMessage() == (
        "Your passphrase has been changed. Use the new one next time you unlock."
    )
    assert window.session.unlocked  # still at work
    assert window.workspace.dialogs.open_dialogs() == []

    window.session.lock("Test.")
    with pytest.raises(WrongPassphrase):
        ui_vault.unlock(PASSPHRASE)
    fake_clock.advance(600)  # past any wait the wrong try caused
    unlock(qtbot, window, NEW)
    assert window.model.total == 3
    for family in families:
        shown = window.model.family(family.id)
        assert shown is not None
        assert (shown.family_name, shown.children) == (family.family_name, family.children)


def test_wrong_current_passphrase_is_explained_and_changes_nothing(
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    fake_clock: FakeClock,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    add_families(ui_vault, sample_families())
    keyfile = (data_dir / KEY_FILE).read_bytes()
    window = make_window()
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, qapp, window)
    fields = dialog.fields
    assert fields.current is not None

    for attempt in range(4):  # the fourth wrong try in a row brings a wait
        fill(qtbot, dialog, f"not it {attempt}", "" if attempt else NEW, "" if attempt else NEW)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fields.current_problem.isVisible())
        assert fields.current_problem.text() == (
            "That is not your current passphrase. Please check it and try again."
        )
        assert fields.current.text() == ""  # cleared to type again …
        assert fields.passphrase.text() == NEW  # … the new one kept
        assert fields.confirm.text() == NEW
        assert dialog.isVisible()
    assert dialog.countdown.isVisible()
    assert dialog.countdown.text() == "You can try again in 2 seconds."
    qtbot.keyClicks(fields.current, PASSPHRASE)
    assert not dialog.change_button.isEnabled()  # not during the wait
    fake_clock.advance(3)
    qtbot.waitUntil(lambda: not dialog.countdown.isVisible())
    assert dialog.change_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: closed(dialog))
    assert (data_dir / KEY_FILE).read_bytes() == keyfile
    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    store.close()


def test_weak_new_passphrase_keeps_change_off_and_says_why(
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    add_families(ui_vault, sample_families())
    keyfile = (data_dir / KEY_FILE).read_bytes()
    window = make_window()
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, qapp, window)
    fields = dialog.fields
    assert fields.rules.text().startswith("Use at least 12 characters")

    fill(qtbot, dialog, PASSPHRASE, "password123", "password123")
    assert fields.problems.isVisible()
    assert "common password" in fields.problems.text()
    assert "not allowed yet" in fields.strength.text()
    assert not dialog.change_button.isEnabled()
    qtbot.keyClick(fields.confirm, Qt.Key.Key_Return)  # Enter does not change it either
    assert dialog.isVisible()
    assert dialog.change_button.text() == "&Change passphrase"

    for field in (fields.passphrase, fields.confirm):
        field.clear()
        qtbot.keyClicks(field, PASSPHRASE)  # strong, but the one in use now
    assert "same as the current one" in fields.problems.text()
    assert not dialog.change_button.isEnabled()

    fields.passphrase.clear()
    fields.confirm.clear()
    qtbot.keyClicks(fields.passphrase, NEW)
    qtbot.keyClicks(fields.confirm, NEW[:-1])
    assert "not the same" in fields.problems.text()
    assert not dialog.change_button.isEnabled()

    fields.show_text.setChecked(True)
    assert all(f.echoMode() == f.EchoMode.Normal for f in fields.inputs())
    for widget in (*fields.inputs(), fields.show_text, dialog.change_button, dialog.cancel_button):
        assert widget.accessibleName()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    assert (data_dir / KEY_FILE).read_bytes() == keyfile


def test_auto_lock_closes_the_dialog_and_keeps_nothing_typed(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window(idle_timeout_ms=600)
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, qapp, window)
    fields = dialog.fields
    assert fields.current is not None
    qtbot.keyClicks(fields.current, PASSPHRASE)
    qtbot.keyClicks(fields.passphrase, "half a new one")
    left_in_fields: list[list[str]] = []
    dialog.finished.connect(
        lambda _result: left_in_fields.append([f.text() for f in fields.inputs()])
    )

    # No input now: the idle timer runs out with the dialog open.
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=5000)
    qtbot.waitUntil(lambda: closed(dialog))
    assert left_in_fields == [["", "", ""]]
    assert qapp.activeModalWidget() is None
    assert window.workspace.dialogs.open_dialogs() == []
    assert window.pages.currentWidget() is window.unlock_page
    assert "without use" in window.unlock_page.reason.text()
    assert not window.change_passphrase_action.isEnabled()

    unlock(qtbot, window)  # the passphrase has not changed
    assert window.session.unlocked
