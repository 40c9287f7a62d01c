"""The visit launcher with a Workspace and no main window: start, hand over, leave."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.visit.launcher import VisitLauncher, open_drafts
from tests.support.gui import (
    FakeClock,
    WorkspaceFactory,
    add_families,
    on_store,
    open_workspace,
    sample_families,
)
from tests.support.stores import PASSPHRASE
from tests.support.visit import click


def test_a_visit_starts_is_handed_over_and_back_and_is_left_saved(
    make_workspace: WorkspaceFactory, ui_vault: Vault, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    family = sample_families()[0]
    add_families(ui_vault, [family])
    workspace = make_workspace()
    open_workspace(qtbot, workspace)
    launcher = VisitLauncher(workspace)
    launcher.shipped_languages = lambda: ("en",)  # one language: no question asked

    launcher.start(family.id)
    qtbot.waitUntil(lambda: launcher.page is not None)
    assert workspace.pages.current() is launcher.page
    assert launcher.family_id() == family.id

    with qtbot.waitSignal(workspace.family_has_laptop) as handed:
        launcher.hand_over()
    assert handed.args == [True]
    screen = launcher.screen
    assert screen is not None
    assert screen.isVisible()
    assert workspace.pages.current() is launcher.with_family_page  # nothing of anyone behind

    click(qtbot, screen.hand_back_button)
    qtbot.keyClicks(screen.panel.passphrase, "the family guessing")
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: screen.panel.message.text() == "That is not the worker's passphrase.")
    assert launcher.screen is screen  # still the family's screen
    screen.panel.passphrase.clear()
    fake_clock.advance(60)  # past the wait a wrong passphrase brings
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    qtbot.waitUntil(screen.panel.ok_button.isEnabled)
    with qtbot.waitSignal(workspace.family_has_laptop) as back:
        click(qtbot, screen.panel.ok_button)
    assert back.args == [False]
    assert launcher.screen is None
    assert workspace.pages.current() is launcher.page

    with qtbot.waitSignal(workspace.family_requested) as asked:
        launcher.leave()
    assert asked.args == [family.id, False]  # back to the family's page, no resume offer
    assert launcher.page is None
    drafts = on_store(qtbot, workspace, lambda s: open_drafts(s, family.id))
    assert len(drafts) == 1  # the visit is saved, to resume later
