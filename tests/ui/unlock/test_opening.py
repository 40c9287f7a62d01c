"""First run, unlocking with wrong and right passphrases, and a store that cannot open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.errors import WrongPassphrase
from cssw_desktop.storage.vault import Vault, VaultStatus
from tests.support.gui import FakeClock, WindowFactory, add_families, sample_families, unlock
from tests.support.stores import PASSPHRASE

GOOD = "kettle orbit maple drum"


def test_first_run_refuses_a_weak_passphrase_then_creates_the_store(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window = make_window()
    page = window.setup_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    assert page.rules.text().startswith("Use at least 12 characters")

    qtbot.keyClicks(page.passphrase, "password123")
    qtbot.keyClicks(page.confirm, "password123")
    assert page.problems.isVisible()
    assert "common password" in page.problems.text()
    assert "not allowed yet" in page.strength.text()
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)  # Enter does not create it either
    assert ui_vault.status() is VaultStatus.NEW

    page.passphrase.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.passphrase, GOOD)
    qtbot.keyClicks(page.confirm, GOOD[:-1])
    assert "not the same" in page.problems.text()
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.confirm, GOOD[-1])
    assert not page.problems.isVisible()
    assert "(allowed)" in page.strength.text()
    assert page.create_button.isEnabled()

    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.families_page)
    assert window.session.unlocked
    assert ui_vault.status() is VaultStatus.READY
    assert page.passphrase.text() == ""
    assert page.confirm.text() == ""
    assert window.lock_state.text() == "Unlocked — locks after 5 minutes without use"
    assert "No families yet" in window.families_page.summary.text()


def test_wrong_passphrases_show_a_message_and_a_growing_wait(
    make_window: WindowFactory, ui_vault: Vault, fake_clock: FakeClock, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)

    def wrong_attempt() -> None:
        qtbot.waitUntil(page.unlock_button.isEnabled)
        qtbot.keyClicks(page.passphrase, "not my passphrase")
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.message.isVisible() and not page._busy)

    for _ in range(3):  # the first few cost nothing but the check itself
        wrong_attempt()
        assert page.message.text() == "Wrong passphrase. Please check it and try again."
        assert page.passphrase.text() == ""
        assert not page.countdown.isVisible()

    wrong_attempt()
    assert page.countdown.text() == "You can try again in 2 seconds."
    assert not page.unlock_button.isEnabled()
    fake_clock.advance(1.5)
    qtbot.waitUntil(lambda: page.countdown.text() == "You can try again in 1 second.")
    fake_clock.advance(1)
    qtbot.waitUntil(page.unlock_button.isEnabled)
    assert not page.countdown.isVisible()

    wrong_attempt()
    assert page.countdown.text() == "You can try again in 4 seconds."
    # Enter while waiting does nothing (no attempt is used up).
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not window.session.unlocked
    page.passphrase.clear()

    fake_clock.advance(5)
    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.families_page
    assert not page.message.isVisible()
    assert ui_vault.wait_seconds() == 0


def test_the_wait_survives_a_restart(
    make_window: WindowFactory, ui_vault: Vault, fake_clock: FakeClock, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            ui_vault.unlock("not my passphrase")
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    # The page shows at once; the wait appears as soon as the start-up check is done.
    qtbot.waitUntil(
        lambda: window.unlock_page.countdown.text() == "You can try again in 2 seconds."
    )
    assert not window.unlock_page.unlock_button.isEnabled()


def test_a_store_that_cannot_be_opened_shows_why_and_offers_no_new_store(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    ui_vault.keyfile_path.unlink()  # the store is there, its key file is not
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.error_page)
    assert "key file" in window.error_page.message.text()
    assert str(ui_vault.data_dir) in window.error_page.folder.text()
    assert not window.add_action.isEnabled()
    qtbot.mouseClick(window.error_page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.error_page)
    assert window.pages.currentWidget() is not window.setup_page
