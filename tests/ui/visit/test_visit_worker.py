"""Who takes the record: once the laptop is enrolled, the worker central knows it by."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from tests.support.gui import WindowFactory, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.support.sync import offline_profile
from tests.support.visit import start_visit_from_family_page


def test_an_enrolled_laptop_records_the_enrolled_worker_not_the_allocated_one(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()  # allocated to Jaspreet Patel
    store = ui_vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        store.profile.save(offline_profile())
    finally:
        store.close()
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.controller.profile is not None)
    start_visit_from_family_page(qtbot, window, family.id)
    controller = window.visits.controller
    assert controller is not None
    assert controller.state.draft.worker == "Wendy Walker"
