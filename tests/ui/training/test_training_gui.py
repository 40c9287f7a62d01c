"""Training mode on screen, driven through real widgets on real stores and the real keyring:
from the first-run screen into a training store of fictional families and back; TRAINING
on every page, every window's title and the family's hand-over screen; sending and
connecting refused, and central never hears from a training window."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cssw_desktop.app import WindowSwitch
from cssw_desktop.paths import resolve_training_dir
from cssw_desktop.storage.errors import TrainingStoreRefused
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from cssw_desktop.training import TRAINING_FAMILIES, TrainingVault
from cssw_desktop.ui.accessibility import apply_text_scale, text_scale
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_viewer import file_name
from cssw_desktop.ui.settings_dialog import SettingsDialog
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.training.banner import TrainingBanner
from cssw_desktop.ui.training.marker import TrainingMarker, banner_of
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from tests.support.accessibility import spoken
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.gui import TODAY, FakeClock, add_families, sample_families, unlock
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync import seal_demo

MARK = "TRAINING — not a real record"


@pytest.fixture
def switch(
    qapp: QApplication,
    loop: qasync.QEventLoop,
    data_dir: Path,
    device_secrets: TidyDeviceSecrets,
    fake_clock: FakeClock,
) -> Iterator[WindowSwitch]:
    """The app's window switch on a test data folder (and its training folder beside it)."""
    windows: list[MainWindow] = []

    def make_vault(training: bool) -> Vault:
        if training:
            return TrainingVault(
                resolve_training_dir(data_dir),
                device_secrets,
                kdf=FAST_KDF,
                monotonic_wall=fake_clock,
                today=lambda: TODAY,
            )
        return Vault(data_dir, device_secrets, kdf=FAST_KDF, monotonic_wall=fake_clock)

    def make_window(vault: Vault, idle: IdleWatcher) -> MainWindow:
        window = MainWindow(
            vault, idle, today=lambda: TODAY, clock=fake_clock, online_detection=False
        )
        windows.append(window)
        return window

    made = WindowSwitch(qapp, make_vault, make_window)
    yield made
    made.shutdown()
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    for idle in qapp.findChildren(IdleWatcher):
        qapp.removeEventFilter(idle)


def shown(switch: WindowSwitch) -> MainWindow:
    window = switch.window
    assert window is not None
    return window


def into_training(qtbot: QtBot, switch: WindowSwitch) -> MainWindow:
    """From the first-run screen: Practise with training families, set it up, open it."""
    real = shown(switch)
    qtbot.waitUntil(lambda: real.pages.currentWidget() is real.setup_page)
    button = real.setup_page.training_button
    assert button.isVisible()
    assert button.accessibleName() == "Practise with training families"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = shown(switch)
    assert window is not real
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    assert window.setup_page.title.text() == "Set up the training store"
    assert not window.setup_page.practice.isVisible()  # no way further into training
    set_up_training(qtbot, window)
    return window


def set_up_training(qtbot: QtBot, window: MainWindow) -> None:
    """Type the training store's passphrase twice, Create: its families show."""
    qtbot.keyClicks(window.setup_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(window.setup_page.confirm, PASSPHRASE)
    qtbot.mouseClick(window.setup_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.unlocked and window.model.total > 0, timeout=20_000)


def banner_shows(window: QWidget) -> bool:
    banner = banner_of(window)
    return banner is not None and banner.isVisible() and MARK in banner.text()


def test_the_first_run_screen_opens_a_training_store_of_fictional_families(
    qtbot: QtBot, switch: WindowSwitch, data_dir: Path
) -> None:
    switch.build(training=False)
    switch.start()
    real = shown(switch)
    assert real.setup_page.create_button.text() == "&Create and unlock"  # the real set-up first
    window = into_training(qtbot, switch)
    qtbot.waitUntil(lambda: not shiboken6.isValid(real) or not real.isVisible())
    assert window.model.total == TRAINING_FAMILIES
    assert window.session.store is not None
    assert window.session.store.training
    training_dir = resolve_training_dir(data_dir)
    assert window.session.vault.data_dir == training_dir
    assert json.loads((training_dir / "keyfile.json").read_text())["training"] is True
    assert not (data_dir / "store.db").exists()  # the real store is not made by training
    assert banner_shows(window)
    assert window.windowTitle().startswith("TRAINING — ")
    assert "-training" in window.folder.text()


def test_training_is_marked_on_every_page_window_and_dialog(
    qtbot: QtBot, qapp: QApplication, switch: WindowSwitch
) -> None:
    switch.build(training=False)
    switch.start()
    window = into_training(qtbot, switch)
    banner = banner_of(window)
    assert banner is not None
    assert spoken(banner)[0] == "TRAINING — not a real record"  # what it shows
    assert "fictional" in banner.accessibleDescription()

    family = window.model.family_at(0)
    assert family is not None
    window.show_family(family.id, offer_visit=False)
    assert window.pages.currentWidget() is window.family_page
    assert banner_shows(window)
    window.sync.show_outbox()
    assert banner_shows(window)
    outbox = window.sync.outbox_page
    qtbot.waitUntil(lambda: "never sent" in outbox.counts.text())
    assert "never sent to central" in outbox.connection.text()
    assert not outbox.sync_button.isVisible()
    assert not outbox.enroll_button.isVisible()

    window.preferences.open()  # a dialog from the training window: its title says so
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), SettingsDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, QDialog)
    assert dialog.windowTitle().startswith("TRAINING — ")
    assert banner_of(dialog) is None  # dialogs say it in the title, not with a banner
    window.workspace.dialogs.close_all()

    window.visits.start(family.id)  # the family's hand-over screen
    qtbot.waitUntil(lambda: window.visits.page is not None)
    window.visits.hand_over()
    screen = window.visits.screen
    assert isinstance(screen, FamilyScreen)
    qtbot.waitUntil(screen.isVisible)
    assert banner_shows(screen)
    assert screen.windowTitle().startswith("TRAINING — ")
    window.visits.clear()


def test_sending_and_connecting_are_off_in_training_and_say_why(
    qtbot: QtBot, qapp: QApplication, switch: WindowSwitch
) -> None:
    switch.build(training=False)
    switch.start()
    window = into_training(qtbot, switch)
    sync = window.sync
    qtbot.waitUntil(lambda: sync.controller.training)
    for action in (sync.sync_action, sync.enroll_action, sync.caseload_action):
        assert not action.isEnabled()
        assert action.toolTip() == "Training: nothing is sent to central"
    assert sync.training_note.isVisible()
    assert sync.status.text.text() == "Training: nothing is sent to central"
    sync.sync_now()  # reached another way (the outbox page's buttons, a shortcut)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), QMessageBox))
    message = qapp.activeModalWidget()
    assert isinstance(message, QMessageBox)
    assert "training store" in message.text()
    assert message.windowTitle().startswith("TRAINING")
    message.close()
    sync.open_enroll()  # the outbox page's Connect button, were it there
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), QMessageBox))
    refusal = qapp.activeModalWidget()
    assert isinstance(refusal, QMessageBox)
    assert "never connected to central" in refusal.text()
    assert not window.findChildren(EnrollDialog)
    refusal.close()


def test_central_never_hears_from_a_training_window(
    qtbot: QtBot, switch: WindowSwitch, central: RunningCentral
) -> None:
    """Even asked directly (not through the switched-off menu), enrollment is refused on the
    laptop and the code stays unused at central."""
    switch.build(training=True)
    switch.start()
    window = shown(switch)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    set_up_training(qtbot, window)
    open_store = window.workspace.open_store()
    assert open_store is not None
    code = central.issue_code("wendy")
    outcome: list[BaseException | object] = []

    async def try_enroll() -> None:
        try:
            outcome.append(await window.sync._services.enroll(open_store, code, WENDY_PASSWORD))
        except TrainingStoreRefused as refused:
            outcome.append(refused)

    spawn(try_enroll())
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert isinstance(outcome[0], TrainingStoreRefused)
    # The code is still good: a real laptop enrolls with it afterwards.
    from cssw_central.infra.tables import Device, EnrollmentCode  # central's tables, read only

    with central.session() as session:
        assert session.query(Device).count() == 0
        (row,) = session.query(EnrollmentCode).all()
        assert row.used_at is None
        assert row.failed_attempts == 0


def test_leave_training_goes_back_to_the_real_store(
    qtbot: QtBot, switch: WindowSwitch, vault: Vault
) -> None:
    add_families(vault, sample_families())  # a real store, three real-looking families
    switch.build(training=True)
    switch.start()
    training = shown(switch)
    qtbot.waitUntil(lambda: training.pages.currentWidget() is training.setup_page)
    assert training.unlock_page.reason.text().startswith("This is the training store")
    assert switch.training_action is not None
    assert switch.training_action.text() == "&Leave training"
    switch.training_action.trigger()
    real = shown(switch)
    assert real is not training
    unlock(qtbot, real)
    assert real.model.total == 3
    assert banner_of(real) is None
    assert not real.windowTitle().startswith("TRAINING")
    assert not switch.marker.active

    # And into training again from the real window's File menu: the real store locks.
    assert switch.training_action.text() == "&Practise with training families…"
    switch.training_action.trigger()
    qtbot.waitUntil(lambda: not real.session.unlocked)
    again = shown(switch)
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.setup_page)
    assert banner_shows(again)


def test_the_marker_marks_any_window_while_on_and_none_after(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The marker alone, without the app's window: a plain window gets the banner at its
    top, a dialog its title; once stopped, new windows are left alone."""
    marker = TrainingMarker(qapp)
    marker.start()
    try:
        plain = QWidget(None, Qt.WindowType.Window)
        qtbot.addWidget(plain)
        plain.setWindowTitle("Your information, your rights")
        QVBoxLayout(plain).addWidget(QLabel("the leaflet", plain))
        plain.show()
        assert plain.windowTitle() == "TRAINING — Your information, your rights"
        layout = plain.layout()
        assert layout is not None
        first = layout.itemAt(0)
        assert first is not None
        assert isinstance(first.widget(), TrainingBanner)
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.setWindowTitle("Settings")
        assert dialog.windowTitle() == "TRAINING — Settings"
        dialog.setWindowTitle("TRAINING — Settings")  # never twice
        assert dialog.windowTitle() == "TRAINING — Settings"
    finally:
        marker.stop()
    later = QDialog()
    qtbot.addWidget(later)
    later.setWindowTitle("Settings")
    assert later.windowTitle() == "Settings"


def test_the_banner_grows_with_the_text_size(qtbot: QtBot, qapp: QApplication) -> None:
    before = text_scale(qapp)
    banner = TrainingBanner()
    qtbot.addWidget(banner)
    size = banner.font().pointSizeF()
    apply_text_scale(qapp, 2.0)
    try:
        assert banner.font().pointSizeF() == pytest.approx(size * 2.0 / before)
        assert banner.wordWrap()  # at 200 % on a narrow window it wraps, never cut off
    finally:
        apply_text_scale(qapp, before)


def test_a_training_pdf_is_offered_under_a_training_name(
    tmp_path: Path, device_secrets: TidyDeviceSecrets, store: Store
) -> None:
    """Save as PDF… suggests TRAINING-consent-form-….pdf: no folder of real forms hides one."""
    training = TrainingVault(tmp_path / "t-training", device_secrets, kdf=FAST_KDF, families=5)
    practice = training.create(PASSPHRASE)
    try:
        row = practice.outbox.rows()[0]
        name = file_name(practice.records.get(row.record_id, row.version))
        assert name.startswith("TRAINING-")
        assert name.endswith(".pdf")
    finally:
        practice.close()
    seal_demo(store, families=5)  # the same fictional families, sealed in a real store
    row = store.outbox.rows()[0]
    assert not file_name(store.records.get(row.record_id, row.version)).startswith("TRAINING")
