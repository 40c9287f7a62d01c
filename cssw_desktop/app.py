"""Composition root for the GUI: builds the services, wires them, runs Qt with qasync."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cssw_desktop.logs import configure_logging
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from cssw_desktop.ui.main_window import MainWindow

APP_NAME = "CSSW offline consent"
ORGANISATION = "CSSW"


def run_gui(
    data_dir: Path,
    argv: list[str],
    *,
    on_window: Callable[[MainWindow], None] | None = None,
) -> int:
    """Start the desktop app on the store in data_dir; returns the exit code.

    `on_window` is called with the main window once it is built (the start-up benchmark
    uses it to see when the unlock page is painted).
    """
    import qasync
    from PySide6.QtWidgets import QApplication

    from cssw_desktop.ui.errors import ErrorReporter
    from cssw_desktop.ui.idle import IdleWatcher
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.sync_services import SyncServices

    configure_logging(data_dir)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    app = QApplication(argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    vault = Vault(data_dir, DeviceSecrets())
    idle = IdleWatcher(app)
    window = MainWindow(vault, idle, sync_services=SyncServices())
    reporter = ErrorReporter(window)
    reporter.install()
    if on_window is not None:
        on_window(window)
    app.aboutToQuit.connect(window.session.close_dialogs)
    window.show()
    window.session.start()
    try:
        with loop:
            loop.run_forever()
    finally:
        window.session.shutdown()
        reporter.uninstall()
    return 0
