"""The families list on a real store: consent states on unlocking, the "needs you" line that
filters on a click, the Show box, sorting by the Consent heading, central's review period."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.consent_status import FamilyFilter
from cssw_core.domain.family import Child, Family
from cssw_core.protocol import Policy
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.models.families import FamiliesTableModel
from tests.support.gui import WindowFactory, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.sync import offline_profile

# Forms are signed on 14 Mar 2026 (tests.support.records); with the default 12 months the
# review falls due on 14 Mar 2027. Zoë turns 13 on 1 Jan 2027, after her family's form.
TODAY = date(2027, 3, 10)
OKAFOR = family_with_teenager()
BROWN = Family("Brown", case_reference="CSSW-2002", children=(Child("Zoë", "F", date(2014, 1, 1)),))
NOWAK = Family("Nowak", case_reference="CSSW-3003", children=(Child("Jan", "", date(2020, 2, 29)),))


def seeded(vault: Vault, policy: Policy | None = None) -> None:
    store = vault.create(PASSPHRASE)
    try:
        for family in (OKAFOR, BROWN, NOWAK):
            store.families.add(family)
        seal_consent(store, OKAFOR)
        seal_consent(store, BROWN)
        if policy is not None:
            store.profile.save(dataclasses.replace(offline_profile(), policy=policy))
    finally:
        store.close()


def opened(qtbot: QtBot, make_window: WindowFactory) -> MainWindow:
    window = make_window()
    window.today = lambda: TODAY
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.model.judged)
    return window


def shown(window: MainWindow) -> dict[str, str]:
    model = window.model
    return {
        model.index(r, 0).data(): model.index(r, FamiliesTableModel.CONSENT).data()
        for r in range(model.rowCount())
    }


def test_on_unlocking_the_list_says_what_needs_the_worker(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = opened(qtbot, make_window)
    assert shown(window) == {
        "Brown": "⚠ Own consent needed from Zoë (13 or over now) (+1 more)",
        "Nowak": "○ Never asked",
        "Okafor": "◷ Review due 14 Mar 2027",
    }
    bar = window.families_page.needs_you
    assert bar.isVisible()
    assert bar.summary_text() == (
        "◷ 2 reviews due this week, ⚠ 1 young person turned 13, ○ 1 family never asked"
    )
    assert not bar.buttons[FamilyFilter.REVIEW_OVERDUE].isVisible()


def test_a_click_on_the_needs_you_line_shows_just_those_families(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = opened(qtbot, make_window)
    page = window.families_page
    qtbot.mouseClick(
        page.needs_you.buttons[FamilyFilter.OWN_CONSENT_NEEDED], Qt.MouseButton.LeftButton
    )
    assert list(shown(window)) == ["Brown"]
    assert page.show_filter.currentText() == "⚠ A young person's own consent needed"
    assert page.table.hasFocus()  # the keyboard is on the family to open
    assert page.summary.text() == "Showing 1 of 3 families"

    page.show_filter.setFocus()
    qtbot.keyClick(page.show_filter, Qt.Key.Key_Home)  # back to all families
    assert page.current_filter is FamilyFilter.ALL
    assert list(shown(window)) == ["Brown", "Nowak", "Okafor"]


def test_the_consent_heading_sorts_the_most_urgent_first(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = opened(qtbot, make_window)
    header = window.families_page.table.horizontalHeader()
    x = header.sectionViewportPosition(FamiliesTableModel.CONSENT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert list(shown(window)) == ["Brown", "Nowak", "Okafor"]  # own consent, never, due
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert list(shown(window)) == ["Okafor", "Nowak", "Brown"]


def test_centrals_review_period_is_the_one_the_list_uses(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault, Policy(review_months=6))  # due 14 Sep 2026: overdue by now
    window = opened(qtbot, make_window)
    assert shown(window)["Okafor"] == "⚠ Review overdue since 14 Sep 2026"
    assert window.families_page.needs_you.summary_text().startswith("⚠ 2 reviews overdue")


def test_locking_forgets_the_states_and_the_filter(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = opened(qtbot, make_window)
    window.families_page.show_only(FamilyFilter.NEVER_ASKED)
    window.session.lock("Locked.")
    qtbot.waitUntil(lambda: not window.session.unlocked)
    assert not window.model.judged
    assert not window.families_page.needs_you.isVisible()
    assert window.families_page.current_filter is FamilyFilter.ALL
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.model.judged)
    assert len(shown(window)) == 3


def test_the_family_page_says_why_consent_is_to_be_asked_again(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = opened(qtbot, make_window)
    window.show_family(BROWN.id)
    ask = window.family_page.consent.ask_again
    qtbot.waitUntil(ask.isVisible)
    assert ask.text() == (
        "⚠ Go through consent again with the family (Renew consent): Own consent needed from "
        "Zoë (13 or over now); Review due 14 Mar 2027."
    )
    assert ask.font().bold()
    assert window.family_page.consent.renew_button.isVisible()
    window.today = lambda: date(2026, 12, 31)  # the day before Zoë turns 13
    window.show_family(OKAFOR.id)
    qtbot.waitUntil(lambda: window.family_page.consent.review.isVisible())
    window.show_family(BROWN.id)
    qtbot.waitUntil(lambda: window.family_page.consent.review.isVisible())
    assert not ask.isVisible()


def test_a_sync_bringing_a_new_review_period_judges_the_list_again(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault, Policy())  # enrolled; central has not set a review period yet
    window = opened(qtbot, make_window)
    assert shown(window)["Okafor"] == "◷ Review due 14 Mar 2027"
    store = window.workspace.store
    assert store is not None
    changed = Policy(review_months=6)
    store.profile.save_policy(changed)  # what a sync does with central's answer
    window.workspace.set_profile(store.profile.get())
    qtbot.waitUntil(lambda: shown(window)["Okafor"] == "⚠ Review overdue since 14 Sep 2026")
