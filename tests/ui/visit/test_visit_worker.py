"""Who takes the record: once the laptop is enrolled, the worker central knows it by."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cssw_core.protocol import Policy
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.vault import Vault
from tests.support.gui import WindowFactory, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.support.visit import start_visit_from_family_page

WORKER_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
TEAM_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def test_an_enrolled_laptop_records_the_enrolled_worker_not_the_allocated_one(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()  # allocated to Jaspreet Patel
    store = ui_vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        store.profile.save(
            EnrolledProfile(
                worker_id=WORKER_ID,
                display_name="Wendy Walker",
                role="worker",
                team_id=TEAM_ID,
                team_name="North",
                # Nothing listens here: the sync on unlock fails quietly, as when offline.
                server_url="https://127.0.0.1:9",
                pin="sha256/" + "A" * 43 + "=",
                server_signing_key="ab" * 32,
                enrolled_at="2026-03-01T09:00:00.000000Z",
                policy=Policy(),
            )
        )
    finally:
        store.close()
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.controller.profile is not None)
    start_visit_from_family_page(qtbot, window, family.id)
    controller = window.visits.controller
    assert controller is not None
    assert controller.state.draft.worker == "Wendy Walker"
