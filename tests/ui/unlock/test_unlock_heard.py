"""The lock screen as a screen reader meets it: the problem label says the problem, a
wrong passphrase is announced at once, and the keyboard is back in the passphrase field
so the next attempt can be typed straight away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from tests.support.announced import description_of, heard, name_of, role_of, state_of
from tests.support.gui import FakeClock, WindowFactory, add_families, sample_families, unlock

WRONG = "Wrong passphrase. Please check it and try again."


def test_a_wrong_passphrase_is_heard_and_the_keyboard_stays_in_the_field(
    make_window: WindowFactory,
    ui_vault: Vault,
    fake_clock: FakeClock,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    qtbot.waitUntil(page.unlock_button.isEnabled)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.passphrase.setFocus()
    qtbot.waitUntil(lambda: qapp.focusWidget() is page.passphrase)

    with heard() as said:
        qtbot.keyClicks(page.passphrase, "not my passphrase")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.message.isVisible() and not page._busy)
    assert said.urgent() == [WRONG]
    # The label says the problem itself, not "Problem".
    assert name_of(page.message) == WRONG
    assert state_of(page.message).invisible == 0
    # Typing goes on in the passphrase field: it has the focus, and keys reach it.
    qtbot.waitUntil(lambda: qapp.focusWidget() is page.passphrase)
    assert state_of(page.passphrase).focused
    qtbot.keyClicks(qapp.focusWidget(), "again")
    assert page.passphrase.text() == "again"
    page.passphrase.clear()

    # Pressed with the Unlock button (Tab, then Space): the button goes off while the
    # passphrase is checked, and the keyboard comes back to the field, not nowhere.
    qtbot.waitUntil(page.unlock_button.isEnabled)
    qtbot.keyClicks(page.passphrase, "still not it")
    page.unlock_button.setFocus()
    qtbot.keyClick(page.unlock_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page._busy and page.passphrase.text() == "")
    qtbot.waitUntil(lambda: qapp.focusWidget() is page.passphrase)

    # After a few, a wait: said with the problem, once (the countdown's ticks are not).
    for _ in range(2):
        qtbot.waitUntil(page.unlock_button.isEnabled)
        with heard() as said:
            qtbot.keyClicks(page.passphrase, "not my passphrase")
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not page._busy and page.passphrase.text() == "")
    assert said.urgent() == [f"{WRONG} You can try again in 2 seconds."]
    assert qapp.focusWidget() is page.passphrase
    fake_clock.advance(3)
    qtbot.waitUntil(page.unlock_button.isEnabled)

    unlock(qtbot, window)
    assert not page.message.isVisible()


def test_the_lock_screen_names_what_it_shows(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    heading = next(w for w in page.findChildren(type(page.reason)) if w.text() == "Locked")
    assert role_of(heading) == QAccessible.Role.Heading
    assert name_of(heading) == "Locked"
    assert name_of(page.passphrase) == "Passphrase"  # a field's name is its label
    assert description_of(page.passphrase)
    assert name_of(page.reason) == page.reason.text()
