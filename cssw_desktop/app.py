"""Composition root for the GUI: builds the services, wires them, runs Qt with qasync.

The app has one window at a time, on the real store or on the training store
(`WindowSwitch`): the first-run screen's "Practise with training families", and File →
"Practise with training families…", close the real store's window and open the training
store's (made, with fictional families, if there is none); File → "Leave training" goes
back. Each window has its own vault, session, store thread and idle watch, so nothing of
one store is ever in the other's window. While the training window is the app's window,
every window shown says TRAINING (ui/training/marker.py).

`cssw-desktop` starts in startup.py, which paints the unlock page before importing this
module; `run_app` is the rest of the start.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from cssw_desktop.paths import resolve_training_dir
from cssw_desktop.startup import APP_NAME as APP_NAME
from cssw_desktop.startup import APP_NAME_TEXT as APP_NAME_TEXT
from cssw_desktop.startup import ORGANISATION as ORGANISATION
from cssw_desktop.startup import run_gui as run_gui
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.training.marker import TrainingMarker

if TYPE_CHECKING:
    from cssw_desktop.ui.accessibility import DisplayControl
    from cssw_desktop.ui.i18n import Languages
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.unlock.first_window import FirstWindow
    from cssw_desktop.ui.unlock.unlock_page import UnlockPage


def run_app(
    app: QApplication,
    data_dir: Path,
    languages: Languages,
    display: DisplayControl,
    *,
    first: FirstWindow | None = None,
    training: bool = False,
    on_window: Callable[[MainWindow], None] | None = None,
    on_unlock_page: Callable[[UnlockPage], None] | None = None,
) -> int:
    """The rest of the start (startup.run_gui does the first part): build the main window
    (taking over the first window's unlock page, if one is showing), run the event loop;
    returns the exit code."""
    import qasync

    from cssw_desktop.training import TrainingVault
    from cssw_desktop.ui.errors import ErrorReporter
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.sync.services import SyncServices

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sync_services = SyncServices()
    adopted = [] if first is None else [first.take_page()]

    def make_vault(for_training: bool) -> Vault:
        if for_training:
            return TrainingVault(resolve_training_dir(data_dir), DeviceSecrets())
        return Vault(data_dir, DeviceSecrets())

    def make_window(vault: Vault, idle: IdleWatcher) -> MainWindow:
        return MainWindow(
            vault,
            idle,
            sync_services=sync_services,
            display=display,
            languages=languages,
            unlock_page=adopted.pop() if adopted else None,
        )

    switch = WindowSwitch(app, make_vault, make_window)
    window = switch.build(training)
    reporter = ErrorReporter(window)
    reporter.install()
    switch.window_changed.connect(reporter.set_parent)
    if on_unlock_page is not None:
        on_unlock_page(window.unlock_page)
    if on_window is not None:
        on_window(window)
    if os.environ.get("CSSW_REPORT_FIRST_PAINT", "") not in ("", "0"):
        from cssw_desktop.ui.paint_report import report_first_paint  # start-up timing only

        report_first_paint(window, after_first_window=first is not None)
    app.aboutToQuit.connect(switch.close_dialogs)
    if first is not None:
        first.hand_over(window)
    switch.start()
    if first is not None and (passphrase := first.take_pending()) is not None:
        window.session.unlock(passphrase)  # Unlock was pressed before the app had loaded
    try:
        with loop:
            loop.run_forever()
    finally:
        switch.shutdown()
        reporter.uninstall()
    return 0


VaultFactory = Callable[[bool], Vault]  # training or not -> the vault of that folder
WindowFactory = Callable[[Vault, IdleWatcher], "MainWindow"]


class WindowSwitch(QObject):
    """Opens the window for the real or the training store; `window` is the one showing."""

    window_changed = Signal(object)  # the new MainWindow, once it shows

    def __init__(
        self, app: QApplication, make_vault: VaultFactory, make_window: WindowFactory
    ) -> None:
        super().__init__(app)
        self._app = app
        self._make_vault = make_vault
        self._make_window = make_window
        self.marker = TrainingMarker(app)
        self.window: MainWindow | None = None
        self.training = False
        self.training_action: QAction | None = None  # the File menu's way in or out
        self._idle: dict[MainWindow, IdleWatcher] = {}

    def build(self, training: bool) -> MainWindow:
        """Make (not yet show) the window for the real or the training store. A folder whose
        store says it is a training store is treated as one, whatever was asked."""
        vault = self._make_vault(training)
        training = training or vault.store_is_training()
        if not training:
            self.marker.stop()  # before the window is made: its title stays its own
        idle = IdleWatcher(self._app)
        window = self._make_window(vault, idle)
        self._idle[window] = idle
        self._add_menu_action(window, training)
        if training:
            window.setup_page.show_training()
            window.unlock_page.set_reason(
                self.tr("This is the training store. Type its passphrase to unlock.")
            )
            window.sync.controller.set_training()
            self.marker.start()
            self.marker.mark(window)
        else:
            window.setup_page.training_requested.connect(lambda: self.switch(training=True))
        self.window, self.training = window, training
        return window

    def start(self) -> None:
        """Show the window built last and find its store."""
        window = self.window
        assert window is not None
        window.show()
        window.session.start()
        self.window_changed.emit(window)

    def switch(self, *, training: bool) -> None:
        """Close this window (its store locked and closed), open the other kind's."""
        old = self.window
        if old is None or training == self.training:
            return
        self.build(training)
        self.start()  # the new window shows first, so closing the old one does not quit
        spawn(self._retire(old))

    async def _retire(self, old: MainWindow) -> None:
        """Stop the old window's sending, close it as on quitting, and let it go."""
        await old.sync.stop()
        old.close()
        old.session.shutdown()
        idle = self._idle.pop(old, None)
        if idle is not None:
            idle.stop()
            self._app.removeEventFilter(idle)
            idle.deleteLater()
        old.deleteLater()

    def close_dialogs(self) -> None:
        """On quit: the window's dialogs close, forgetting what was typed."""
        if self.window is not None:
            self.window.workspace.dialogs.close_all()

    def shutdown(self) -> None:
        """On quit (the loop has stopped): close the window's store, stop its thread."""
        if self.window is not None:
            self.window.session.shutdown()
        self.marker.stop()

    def _add_menu_action(self, window: MainWindow, training: bool) -> None:
        """File → "Leave training" on a training window, else "Practise with training
        families…", just above Quit."""
        if training:
            action = QAction(self.tr("&Leave training"), window)
            action.setToolTip(self.tr("Close the training store and go back to the real one"))
            action.triggered.connect(lambda: self.switch(training=False))
        else:
            action = QAction(self.tr("&Practise with training families…"), window)
            action.setToolTip(
                self.tr("Lock this store and open the training store of fictional families")
            )
            action.triggered.connect(lambda: self.switch(training=True))
        self.training_action = action
        menu = _menu_holding(window, window.quit_action)
        if menu is not None:
            menu.insertAction(window.quit_action, action)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None
