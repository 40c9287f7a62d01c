"""The lead's review desk driven with the keyboard and mouse against a real central (TLS on
loopback, PostgreSQL): Wendy's laptop sends two clean forms, one refusing the police and a
share made without consent; the lead tries to approve them all at once (refused: two are
flagged), approves the two clean ones together after one confirmation, returns one from
inside the viewer and approves the other there with Alt+A; the untold share is on its tab,
overdue; team activity names the family."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.shares import record_share
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.desk import ReviewDesk
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.review.viewer_decisions import DecisionBar
from cssw_desktop.ui.sync.services import SyncServices
from cssw_desktop.ui.sync.sync_ui import SyncUi
from cssw_desktop.ui.tasks import running_tasks
from tests.core.domain.test_share import without_consent
from tests.support.announcements import Heard, listen
from tests.support.central import RunningCentral
from tests.support.central_fixtures import TARA_PASSWORD
from tests.support.gui import WorkspaceFactory, open_workspace
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync_gui import enroll_workspace as enroll
from tests.support.sync_gui import stop_sync_ui as stop
from tests.support.sync_gui import wendy_laptop

TIMEOUT = 30_000


def seed_desk(vault: Vault) -> list[uuid.UUID]:
    """Two clean forms, one refusing the police, one share without consent (untold)."""
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        ids = [seal_consent(store, family).id, seal_consent(store, family).id]
        ids.append(seal_consent(store, family, refuse=(Agency.POLICE,)).id)
        ids.append(record_share(store, without_consent(family_id=family.id), family).id)
        return ids
    finally:
        store.close()


def test_the_lead_clears_the_queue_with_the_keyboard(
    central: RunningCentral,
    make_workspace: WorkspaceFactory,
    device_secrets: DeviceSecrets,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _wendy, (clean1, clean2, refused, shared) = wendy_laptop(
        tmp_path / "wendy", device_secrets, central, seed=seed_desk
    )
    lead_vault = Vault(tmp_path / "tara", device_secrets, kdf=FAST_KDF)
    lead_vault.create(PASSPHRASE).close()
    workspace = make_workspace(lead_vault)
    services = SyncServices(app_version="test")
    sync = SyncUi(workspace, services, online_detection=False)
    store = open_workspace(qtbot, workspace)
    with qtbot.waitSignal(workspace.profile_changed, timeout=TIMEOUT):
        enroll(qtbot, workspace, sync, central.issue_code("tara"), TARA_PASSWORD)
    profile = workspace.profile
    assert profile is not None
    desk = ReviewDesk(workspace, services)
    desk.show(store, profile)
    page = desk.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=TIMEOUT)

    def rows() -> dict[str, int]:
        return {page.model.item_at(r).record_id: r for r in range(page.model.rowCount())}  # type: ignore[union-attr]

    # The untold share is on its own tab, overdue, said in words.
    untold = desk.untold.panel
    qtbot.waitUntil(lambda: untold.model.rowCount() == 1, timeout=TIMEOUT)
    assert untold.model.index(0, untold.model.FAMILY).data() == "Okafor family"
    assert "overdue by" in untold.model.index(0, untold.model.DECIDE_BY).data()
    assert untold.state.text().startswith("1 share is waiting on a decision")
    assert page.tabs.tabText(2) == "Families &not told of a share"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is untold  # Ctrl+Page Up from the first: the last
    qtbot.keyClick(page.tabs.button(2), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0
    # The chosen record's flags in full under the list.
    page.select_row(rows()[str(shared)])
    assert "Information was shared with Police without consent" in page.closer_look.text()

    # Everything chosen (Ctrl+A): refused, as two are flagged, and nothing is approved.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.chosen()) == 4
    qtbot.mouseClick(page.approve_several_button, Qt.MouseButton.LeftButton)
    assert page.problem.text().startswith(
        "Nothing was approved: 2 of the 4 records you chose need a closer look"
    )
    assert desk.several.box is None
    assert page.model.rowCount() == 4

    # The two clean ones, chosen with one button, approved after one confirmation.
    qtbot.mouseClick(page.choose_unflagged_button, Qt.MouseButton.LeftButton)
    assert {i.record_id for i in page.chosen()} == {str(clean1), str(clean2)}
    qtbot.mouseClick(page.approve_several_button, Qt.MouseButton.LeftButton)
    box = desk.several.box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Approve 2 records?"
    assert box.defaultButton().text() == "Cancel"  # Enter alone never approves a batch
    (approve,) = [b for b in box.buttons() if b.text() == "&Approve 2 records"]
    heard = listen(monkeypatch)
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.state.text().startswith("Approved 2 records."))
    assert heard[-1] == Heard(page.state.text(), urgent=False)  # the screen reader hears it
    assert set(rows()) == {str(refused), str(shared)}

    # Filters: only flagged keeps both; a worker with nothing waiting is not offered.
    qtbot.mouseClick(page.filters.flagged, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    assert [page.filters.worker.itemText(i) for i in range(page.filters.worker.count())] == [
        "Everyone",
        "Wendy Walker",
    ]
    qtbot.mouseClick(page.filters.flagged, Qt.MouseButton.LeftButton)

    # Open the refused-police form with Enter; return it from inside the viewer (Alt+T).
    page.select_row(rows()[str(refused)])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.dialogs.showing(RecordPreviewDialog), timeout=TIMEOUT)
    (viewer,) = [d for d in workspace.dialogs.open_dialogs() if isinstance(d, RecordPreviewDialog)]
    bar = viewer.findChild(DecisionBar)
    assert isinstance(bar, DecisionBar)
    qtbot.waitUntil(bar.approve_button.isEnabled, timeout=TIMEOUT)  # only once drawn
    viewer.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.dialogs.showing(ReturnDialog))
    (returning,) = [d for d in workspace.dialogs.open_dialogs() if isinstance(d, ReturnDialog)]
    assert returning.parent() is viewer
    qtbot.keyClicks(returning.comment, "Please check the police answer with the family.")
    qtbot.mouseClick(returning.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.dialogs.showing(RecordPreviewDialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: set(rows()) == {str(shared)}, timeout=TIMEOUT)
    assert page.window().focusWidget() is page.table  # back on the list for the next one

    # Open the share and approve it from the viewer with Alt+A.
    page.select_row(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.dialogs.showing(RecordPreviewDialog), timeout=TIMEOUT)
    (viewer,) = [d for d in workspace.dialogs.open_dialogs() if isinstance(d, RecordPreviewDialog)]
    bar = viewer.findChild(DecisionBar)
    assert isinstance(bar, DecisionBar)
    qtbot.waitUntil(bar.approve_button.isEnabled, timeout=TIMEOUT)
    viewer.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not workspace.dialogs.showing(RecordPreviewDialog))
    # The list is empty now (so hidden): the keyboard stays on the page, never lost.
    assert page.isAncestorOf(page.window().focusWidget())
    assert page.state.text().startswith("Approved: Okafor family, information shared.")
    # Asking central again: the screen reader hears what is waiting now.
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    nothing = Heard("Nothing is waiting for your review.", urgent=False)
    qtbot.waitUntil(lambda: heard[-1] == nothing, timeout=TIMEOUT)
    # The refresh goes on to the untold shares after the list: let it finish before the
    # desk is stopped, or its request may be cut off with the connection left open.
    qtbot.waitUntil(lambda: not running_tasks(), timeout=TIMEOUT)

    # Team activity names the family of each record (from what this laptop holds).
    qtbot.mouseClick(page.activity_button, Qt.MouseButton.LeftButton)
    model = desk.activity.page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT)
    families = {model.index(r, model.FAMILY).data() for r in range(model.rowCount())}
    assert "Okafor family" in families

    task = asyncio.ensure_future(desk.stop())
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    stop(qtbot, sync)
    workspace.session.lock("Locked.")
    desk.clear()
    assert untold.model.rowCount() == 0
    assert model.rowCount() == 0
