"""Families added or changed by another program while the app is unlocked show without
locking and unlocking (the command line's `demo`, IT's caseload import, a second copy)."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Family
from cssw_desktop.storage.vault import Vault
from tests.support.gui import WindowFactory, add_families, sample_families, unlock
from tests.support.stores import PASSPHRASE


def change_elsewhere(vault: Vault, change: object) -> None:
    """Open the same store on a second connection, as another process would, and change it."""
    other = vault.unlock(PASSPHRASE)
    try:
        change(other)  # type: ignore[operator]
    finally:
        other.close()


def test_a_family_added_elsewhere_appears_and_the_selection_stays(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    window = make_window()
    unlock(qtbot, window)
    page = window.families_page
    brown = window.model.family_at(0)
    assert brown is not None
    assert page.select_family(brown.id)

    change_elsewhere(ui_vault, lambda s: s.families.add(Family("Zielinski")))
    qtbot.waitUntil(lambda: window.model.total == 4, timeout=10_000)
    assert "4 families" in page.summary.text()
    current = page.table.currentIndex()
    selected = window.model.family_at(current.row())
    assert selected is not None
    assert selected.id == brown.id


def test_a_family_changed_elsewhere_is_shown_changed_on_its_page(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    families = sample_families()
    add_families(ui_vault, families)
    window = make_window()
    unlock(qtbot, window)
    okafor = next(f for f in families if f.family_name == "Okafor")
    window.show_family(okafor.id, offer_visit=False)
    assert window.family_page.address.text() == "12 Elm Road"

    moved = dataclasses.replace(okafor, address="3 New Street")
    change_elsewhere(ui_vault, lambda s: s.families.update(moved))
    qtbot.waitUntil(lambda: window.family_page.address.text() == "3 New Street", timeout=10_000)
    assert window.pages.currentWidget() is window.family_page
