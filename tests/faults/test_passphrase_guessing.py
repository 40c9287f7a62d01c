"""Guessing the worker's passphrase on the laptop: a family member at the family screen
(the one place someone else holds the unlocked laptop) gets three free tries, then a
growing wait that the right passphrase cannot skip, that a restart does not reset, and
that unlocking shares. Central's secrets are in test_rate_limits.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.visit import Step
from cssw_desktop.storage.errors import UnlockThrottled
from cssw_desktop.storage.throttle import FREE_ATTEMPTS
from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.support.gui import FakeClock, WindowFactory
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.visit import click, visit_with_teenager

GUESSES = ("password123456", "okafor family 2026", "letmein letmein", "Chidi2012!", "qwerty")


def test_guessing_at_the_family_screen_meets_a_growing_wait_a_restart_keeps(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    click(qtbot, page.steps[Step.LEAFLET].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    screen.close()  # asks for the worker's passphrase
    panel = screen.panel

    tried = 0
    for guess in GUESSES:
        if panel.countdown.isVisible():
            break
        panel.passphrase.clear()
        qtbot.keyClicks(panel.passphrase, guess)
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
        tried += 1
        counted = tried
        qtbot.waitUntil(lambda: ui_vault._throttle.failures == counted)  # noqa: B023
        # The check is over when the button is back, or a wait is counting down.
        qtbot.waitUntil(lambda: panel.ok_button.isEnabled() or panel.countdown.isVisible())
    assert tried == FREE_ATTEMPTS + 1  # three free tries, then the fourth starts a wait
    qtbot.waitUntil(lambda: not panel.ok_button.isEnabled())
    assert panel.countdown.isVisible()
    assert "You can try again in" in panel.countdown.text()

    # The right passphrase cannot skip the wait: Return does nothing while it runs.
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert window.visits.screen is screen
    assert screen.isVisible()

    # A restart does not reset the wait, and unlocking shares it.
    restarted = Vault(ui_vault.data_dir, ui_vault._secrets, kdf=FAST_KDF, monotonic_wall=fake_clock)
    assert restarted.wait_seconds() > 0
    with pytest.raises(UnlockThrottled):
        restarted.unlock(PASSPHRASE).close()

    fake_clock.advance(10)
    qtbot.waitUntil(panel.ok_button.isEnabled)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    assert window.pages.currentWidget() is page
    assert ui_vault._throttle.failures == 0  # the right passphrase starts the count again
    tally.add("keys: passphrase guessing (family screen)", cases=tried, let_through=0)
