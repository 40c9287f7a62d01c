"""Connecting the laptop to central from the app: refusals in plain words, nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.enrollment_code import EnrollmentCode
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from tests.support.gui import WindowFactory, add_families, closed, sample_families, unlock
from tests.support.provisioning import signed

GOOD_CODE = signed(
    EnrollmentCode("https://127.0.0.1:9", "sha256/" + "A" * 43 + "=", "s3cr3t-s3cr3t-s3cr3t-s3")
)


def open_enroll(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> EnrollDialog:
    """Sync now on a laptop not yet connected offers to connect it."""
    assert window.sync.sync_action.isEnabled()
    window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), EnrollDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, EnrollDialog)
    return dialog


def test_a_mistyped_code_is_refused_in_plain_words_and_nothing_changes(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    assert window.sync.status.text.text() == "Not connected to central yet"
    dialog = open_enroll(qtbot, qapp, window)

    # One character changed in the middle of an otherwise good code, pasted with spaces.
    middle = len(GOOD_CODE) // 2
    wrong = (
        GOOD_CODE[:middle] + ("B" if GOOD_CODE[middle] != "B" else "C") + GOOD_CODE[middle + 1 :]
    )
    spaced = " ".join(wrong[i : i + 8] for i in range(0, len(wrong), 8))
    qtbot.keyClicks(dialog.code, spaced)
    qtbot.keyClicks(dialog.password, "wendy-password-1")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    assert dialog.code_problem.isVisible()
    assert dialog.code_problem.text() == (
        "The enrollment code is incomplete or mistyped. Copy it again, all of it."
    )
    assert not dialog.password_problem.isVisible()
    assert dialog.connect_button.isEnabled()  # not waiting for anything
    store = window.store
    assert store is not None
    assert store.profile.get() is None
    assert "device.enrolled" not in [e.action for e in store.audit.entries()]

    # Not a code at all, and no password: each field says what is wrong with it.
    dialog.code.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.code, "hello")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.code_problem.text().startswith("That is not an enrollment code")
    assert dialog.password_problem.text() == "Type your central password."
    assert store.profile.get() is None

    # Spaces and line breaks in a good code are ignored.
    dialog.code.setPlainText(GOOD_CODE[:20] + "\n " + GOOD_CODE[20:])
    assert dialog.code_text() == GOOD_CODE

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    assert store.profile.get() is None
    assert window.sync.status.text.text() == "Not connected to central yet"
