"""The sync and review controllers with a Workspace and no main window, against a real
central (TLS on loopback, PostgreSQL): enroll, send, and a team lead's review."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.review.desk import ReviewDesk
from cssw_desktop.ui.sync.services import SyncServices
from cssw_desktop.ui.sync.sync_ui import SyncUi
from tests.support.central import RunningCentral
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.gui import WorkspaceFactory, on_store, open_workspace
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync_gui import enroll_workspace as enroll
from tests.support.sync_gui import seed_two_forms, wendy_laptop
from tests.support.sync_gui import stop_sync_ui as stop

TIMEOUT = 30_000


def test_sync_controller_enrolls_and_sends_without_a_main_window(
    central: RunningCentral, make_workspace: WorkspaceFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seed_two_forms(ui_vault)
    workspace = make_workspace()
    sync = SyncUi(workspace, SyncServices(app_version="test"), online_detection=False)
    open_workspace(qtbot, workspace)
    qtbot.waitUntil(lambda: sync.status.text.text() == "Not connected to central yet")

    with qtbot.waitSignal(workspace.profile_changed, timeout=TIMEOUT):
        enroll(qtbot, workspace, sync, central.issue_code("wendy"), WENDY_PASSWORD)
    assert workspace.profile is not None
    assert workspace.profile.display_name == "Wendy Walker"
    qtbot.waitUntil(
        lambda: sync.status.text.text().startswith("Nothing waiting to send · last sent"),
        timeout=TIMEOUT,
    )
    rows = on_store(qtbot, workspace, lambda s: s.outbox.rows())
    assert {row.state for row in rows} == {"synced"}
    assert len(rows) == 2

    # Locking stops the sync and empties what it showed.
    stop(qtbot, sync)
    workspace.session.lock("Locked.")
    qtbot.waitUntil(lambda: sync.status.text.text() == "")
    assert not sync.toolbar.isVisible()


def test_review_desk_lists_and_approves_without_a_main_window(
    central: RunningCentral,
    make_workspace: WorkspaceFactory,
    device_secrets: DeviceSecrets,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    _wendy, (first, second) = wendy_laptop(tmp_path / "wendy", device_secrets, central)
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
    assert profile.is_team_lead

    desk = ReviewDesk(workspace, services)
    desk.show(store, profile)
    assert workspace.pages.current() is desk.page
    page = desk.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    ids = {page.model.item_at(r).record_id for r in range(2)}  # type: ignore[union-attr]
    assert ids == {str(first), str(second)}

    page.select_row(0)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.state.text().startswith("Approved: Okafor family, consent form.")

    # Back goes to the families, through the workspace (no window to reach through).
    with qtbot.waitSignal(workspace.families_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)

    # On lock nothing from central stays on screen.
    task = asyncio.ensure_future(desk.stop())
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    stop(qtbot, sync)
    workspace.session.lock("Locked.")
    desk.clear()
    assert page.model.rowCount() == 0
