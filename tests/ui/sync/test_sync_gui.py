"""Sync from the window against a real central (TLS on loopback, PostgreSQL): enrolling
through the dialog, Sync now with its progress, and the team lead's review."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.report import SyncReport
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from tests.support.central import RunningCentral
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.sync_gui import (
    TIMEOUT,
    enroll_in_window,
    seed_two_forms,
    stop_sync,
    unlock_empty,
    wendy_laptop,
)


def test_enroll_then_sync_now_shows_progress_and_nothing_left_waiting(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    seed_two_forms(ui_vault)
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    sync = window.sync
    assert sync.status.text.text() == "Not connected to central yet"
    progress: list[tuple[int, int]] = []
    formats: list[str] = []
    sync.controller.progress.connect(lambda done, total: progress.append((done, total)))
    sync.controller.progress.connect(lambda *_: formats.append(sync.status.bar.format()))

    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("wendy"), WENDY_PASSWORD)
    assert dialog.connected_for.text() == (
        "Connected for Wendy Walker.\nRole: social worker. Team: North."
    )
    # Enrolling starts the first sync: both forms go, with the bar counting.
    qtbot.waitUntil(
        lambda: sync.status.text.text().startswith("Nothing waiting to send · last sent"),
        timeout=TIMEOUT,
    )
    assert (1, 2) in progress
    assert (2, 2) in progress
    assert "Sending 2 of 2" in formats
    assert "Sent 2 of 2" in formats
    assert not sync.status.bar.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    store = window.store
    assert store is not None
    assert {row.state for row in store.outbox.rows()} == {"synced"}
    # Central's policy is applied to the idle lock (at most its minutes).
    profile = store.profile.get()
    assert profile is not None
    assert window.session.lock_minutes <= profile.policy.auto_lock_minutes

    # A third form signed later: the outbox shows it waiting; Sync now sends it.
    family = window.model.family_at(0)
    assert family is not None
    seal_consent(store, family)
    sync.outbox_action.trigger()
    page = sync.outbox_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: page.counts.text() == "1 waiting to send · 2 sent")
    assert window.pages.currentWidget() is page
    progress.clear()
    formats.clear()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.counts.text() == "0 waiting to send · 3 sent", timeout=TIMEOUT)
    assert progress[-1] == (1, 1)
    assert formats[-1] == "Sent 1 of 1"
    qtbot.waitUntil(lambda: sync.status.text.text().startswith("Nothing waiting to send"))
    assert [page.model.status(page.model.row_at(r)) for r in range(3)] == ["Sent"] * 3  # type: ignore[arg-type]
    assert not sync.status.problem.isVisible()
    qtbot.waitUntil(lambda: page.sync_button.isEnabled() and sync.sync_action.isEnabled())
    assert page.sync_button.text() == "&Sync now"
    stop_sync(qtbot, window)


def test_team_lead_opens_approves_one_and_returns_another_with_a_comment(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    device_secrets: DeviceSecrets,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    wendy_vault, (first, second) = wendy_laptop(tmp_path / "wendy", device_secrets, central)

    ui_vault.create(PASSPHRASE).close()
    window = make_window(online_detection=False)
    unlock_empty(qtbot, window)
    sync = window.sync
    assert not sync.review_action.isVisible()
    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("tara"), TARA_PASSWORD)
    assert dialog.connected_for.text() == "Connected for Tara Lead.\nRole: team lead. Team: North."
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.review_action.isVisible() and sync.review_action.isEnabled())

    sync.review_action.trigger()
    assert sync._review is not None
    page = sync._review.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    assert page.state.text() == "2 records are waiting for your review."
    rows = {page.model.item_at(r).record_id: r for r in range(2)}  # type: ignore[union-attr]
    assert set(rows) == {str(first), str(second)}
    flags = page.model.index(rows[str(second)], page.model.FLAGS).data()
    assert "Consent refused for 1 of 11 agencies" in flags
    assert "approve if the record is right" in flags
    assert page.model.index(0, page.model.WORKER).data() == "Wendy Walker"
    qtbot.waitUntil(lambda: page.devices_model.rowCount() >= 1)
    laptops = [
        page.devices_model.index(r, page.devices_model.LAPTOP).data()
        for r in range(page.devices_model.rowCount())
    ]
    assert "wendy-laptop" in laptops

    # Open the first read-only: its pages are drawn from what central holds.
    page.select_row(rows[str(first)])
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), RecordPreviewDialog))
    preview = qapp.activeModalWidget()
    assert isinstance(preview, RecordPreviewDialog)
    qtbot.waitUntil(lambda: preview.pages.page_count() >= 3, timeout=TIMEOUT)
    assert preview.windowTitle() == "Okafor family — consent form received from Wendy Walker"
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(preview))

    # Approve the first.
    page.select_row(rows[str(first)])
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.state.text().startswith("Approved: Okafor family, consent form.")

    # Return the second: the comment is required.
    page.select_row(0)
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), ReturnDialog))
    back = qapp.activeModalWidget()
    assert isinstance(back, ReturnDialog)
    qtbot.mouseClick(back.return_button, Qt.MouseButton.LeftButton)
    assert back.problem.text() == "Write a comment so the worker knows what to put right."
    comment = "Please check the police answer with the family and record it again."
    qtbot.keyClicks(back.comment, comment)
    qtbot.mouseClick(back.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(back), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.state.text().startswith("Returned to Wendy Walker: Okafor family, consent form.")

    # Refresh asks central again: nothing is left to review.
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.text() == "Nothing is waiting for your review.")
    assert page.empty.isVisible()
    stop_sync(qtbot, window)

    # Wendy's laptop hears of the return at its next sync, with the comment.
    store = wendy_vault.unlock(PASSPHRASE)
    try:
        result: list[SyncReport] = []

        async def pull() -> None:
            runner = store_on_own_thread(store)
            try:
                engine = SyncEngine(runner, app_version="test")
                result.append(await engine.sync())
            finally:
                runner.thread.shutdown()

        thread = threading.Thread(target=lambda: asyncio.run(pull()))
        thread.start()
        thread.join(60)
        assert result[0].returned_new == 1
        (returned,) = store.returned.all()
        assert returned.record_id == second
        assert returned.comment == comment
        assert returned.returned_by == "Tara Lead"
    finally:
        store.close()


def test_a_revoked_laptop_is_wiped_and_told_in_plain_words(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    seed_two_forms(ui_vault)
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    sync = window.sync
    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("wendy"), WENDY_PASSWORD)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.status.text.text().startswith("Nothing waiting"), timeout=TIMEOUT)
    store = window.store
    assert store is not None
    central.admin("revoke-device", store.device.device_id)

    sync.sync_action.trigger()
    message = (
        "IT has withdrawn this laptop's access to the central system. "
        "The records on it have been removed."
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page, timeout=TIMEOUT)
    assert window.setup_page.error.text() == message
    assert not window.session.unlocked
    assert window.model.rowCount() == 0  # nothing about the families is left on screen
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), QMessageBox))
    box = qapp.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == message
    qtbot.waitUntil(lambda: not ui_vault.store_path.exists() and not ui_vault.keyfile_path.exists())
    assert sync.status.text.text() == ""
    box.close()
    stop_sync(qtbot, window)
