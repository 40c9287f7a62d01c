"""Sync through the screens: two sealed forms to send, enrolling through the dialog,
Wendy's laptop sending headless, stopping the sync while the loop runs."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.sync.report import SyncReport
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from cssw_desktop.ui.sync.sync_ui import SyncUi
from cssw_desktop.ui.workspace import Workspace
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import FAST_KDF, PASSPHRASE

TIMEOUT = 30_000


def seed_two_forms(vault: Vault) -> list[uuid.UUID]:
    """A family with two sealed consent forms (the second refuses the police)."""
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        return [
            seal_consent(store, family).id,
            seal_consent(store, family, refuse=(Agency.POLICE,)).id,
        ]
    finally:
        store.close()


def enroll_in_window(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, code: str, pw: str
) -> EnrollDialog:
    window.sync.enroll_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), EnrollDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, EnrollDialog)
    dialog.code.setPlainText(code[:30] + "\n" + code[30:])  # pasted across two lines
    qtbot.keyClicks(dialog.password, pw)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog._done, timeout=TIMEOUT)
    return dialog


def stop_sync(qtbot: QtBot, window: MainWindow) -> None:
    """Close the connections to central while the loop runs (as quitting does)."""
    done: list[bool] = []

    async def stop() -> None:
        await window.sync.stop()
        done.append(True)

    task = asyncio.ensure_future(stop())
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert task.done()


def wendy_laptop(
    data_dir: Path,
    secrets: DeviceSecrets,
    central: RunningCentral,
    seed: Callable[[Vault], list[uuid.UUID]] = seed_two_forms,
) -> tuple[Vault, list[uuid.UUID]]:
    """Wendy's own laptop, headless: enroll, seal two forms (or what `seed` seals, each a
    first version), send them (in a thread)."""
    vault = Vault(data_dir, secrets, kdf=FAST_KDF)
    ids = seed(vault)
    result: dict[str, Any] = {}

    async def run() -> None:
        store = vault.unlock(PASSPHRASE)
        runner = store_on_own_thread(store)
        try:
            await enroll(
                runner,
                central.issue_code("wendy"),
                WENDY_PASSWORD,
                device_name="wendy-laptop",
                app_version="test",
            )
            engine = SyncEngine(runner, app_version="test")
            result["report"] = await engine.sync()
        finally:
            await runner(lambda s: s.close())
            runner.thread.shutdown()

    thread = threading.Thread(target=lambda: asyncio.run(run()))
    thread.start()
    thread.join(60)
    report: SyncReport = result["report"]
    assert report.sent == len(ids), report
    return vault, ids


def unlock_empty(qtbot: QtBot, window: MainWindow) -> None:
    """Unlock a store with no families (a team lead's laptop may have none)."""
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    qtbot.waitUntil(window.unlock_page.unlock_button.isEnabled)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.unlocked and window.sync.controller.summary is not None)


def enroll_workspace(
    qtbot: QtBot, workspace: Workspace, sync: SyncUi, code: str, password: str
) -> None:
    """Enroll through the dialog of a SyncUi on a Workspace without the main window."""
    sync.open_enroll()
    (dialog,) = workspace.dialogs.open_dialogs()
    assert isinstance(dialog, EnrollDialog)
    dialog.code.setPlainText(code)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog._done, timeout=TIMEOUT)
    dialog.reject()


def stop_sync_ui(qtbot: QtBot, sync: SyncUi) -> None:
    """Stop a SyncUi's connections while the loop runs."""
    task = asyncio.ensure_future(sync.stop())
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
