"""Composition root for the GUI: builds the services, wires them, runs Qt with qasync."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.logs import configure_logging
from cssw_desktop.paths import resolve_training_dir
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from cssw_desktop.ui.main_window import MainWindow

APP_NAME = "CSSW offline consent"
APP_NAME_TEXT = QT_TRANSLATE_NOOP("App", "CSSW offline consent")
"""The name in window titles, translated (APP_NAME, for settings and folders, is not)."""
ORGANISATION = "CSSW"


def run_gui(
    data_dir: Path,
    argv: list[str],
    *,
    on_window: Callable[[MainWindow], None] | None = None,
    language: str = "en",
    training: bool = False,
) -> int:
    """Start the desktop app on the store in data_dir, its screens in `language` (one
    `cssw_desktop.ui.i18n.choose_language` chose); returns the exit code. `training`:
    start on the training store beside it instead (the worker can leave it for the real
    one, and go back, from the File menu).

    `on_window` is called with the main window once it is built (the start-up benchmark
    uses it to see when the unlock page is painted).
    """
    import qasync
    from PySide6.QtWidgets import QApplication

    from cssw_desktop.training import TrainingVault
    from cssw_desktop.ui.accessibility import DISPLAY_FILE, DisplayControl
    from cssw_desktop.ui.errors import ErrorReporter
    from cssw_desktop.ui.i18n import Languages
    from cssw_desktop.ui.idle import IdleWatcher
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.sync.services import SyncServices
    from cssw_desktop.window_switch import WindowSwitch

    configure_logging(data_dir)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    app = QApplication(argv)
    languages = Languages(app, language)  # keeps the translators while the app runs
    QApplication.setApplicationDisplayName(QApplication.translate("App", APP_NAME_TEXT))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    # The worker's text size and contrast, before any window is built to those sizes
    # (kept in the real data folder: the same worker's eyes in training).
    display = DisplayControl(app, data_dir / DISPLAY_FILE)
    display.apply_saved()
    sync_services = SyncServices()

    def make_vault(for_training: bool) -> Vault:
        if for_training:
            return TrainingVault(resolve_training_dir(data_dir), DeviceSecrets())
        return Vault(data_dir, DeviceSecrets())

    def make_window(vault: Vault, idle: IdleWatcher) -> MainWindow:
        return MainWindow(
            vault, idle, sync_services=sync_services, display=display, languages=languages
        )

    switch = WindowSwitch(app, make_vault, make_window)
    window = switch.build(training)
    reporter = ErrorReporter(window)
    reporter.install()
    switch.window_changed.connect(reporter.set_parent)
    if on_window is not None:
        on_window(window)
    if os.environ.get("CSSW_REPORT_FIRST_PAINT", "") not in ("", "0"):
        from cssw_desktop.ui.paint_report import report_first_paint  # start-up timing only

        report_first_paint(window)
    app.aboutToQuit.connect(switch.close_dialogs)
    switch.start()
    try:
        with loop:
            loop.run_forever()
    finally:
        switch.shutdown()
        reporter.uninstall()
    return 0
