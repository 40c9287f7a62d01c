"""File → Settings…: the worker's own settings, read and saved on the store thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_desktop.settings import AUTO_LOCK_MINUTES, REVIEW_MONTHS, Setting
from cssw_desktop.storage.store import Store
from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_desktop.ui.settings_dialog import SettingsDialog
    from cssw_desktop.ui.workspace import Workspace


class Preferences(QObject):
    """Opens the settings dialog (one at a time, only while unlocked) and saves it."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace

    def open(self) -> None:
        from cssw_desktop.ui.settings_dialog import SettingsDialog

        if self._workspace.store is None or self._workspace.dialogs.showing(SettingsDialog):
            return
        spawn(self._open())

    async def _open(self) -> None:
        from cssw_desktop.ui.settings_dialog import SettingsDialog

        w = self._workspace
        open_store = w.open_store()
        if open_store is None:
            return
        values = await open_store(_read)
        if w.dialogs.showing(SettingsDialog):
            return  # a second click got there first
        dialog = SettingsDialog(values, w.dialog_parent)
        dialog.save_requested.connect(lambda new: spawn(self._save(dialog, new)))
        w.track(dialog)

    async def _save(self, dialog: SettingsDialog, values: dict[Setting[int], int]) -> None:
        w = self._workspace
        open_store = w.open_store()
        if open_store is None:
            return
        for setting, value in values.items():
            await open_store(lambda s, key, v: s.settings.set(key, v), setting, value)
        session = w.session
        session.use_auto_lock(values.get(AUTO_LOCK_MINUTES, session.lock_minutes))
        session.settings_changed.emit()
        dialog.accept()


def _read(store: Store) -> dict[Setting[int], int]:
    return {
        AUTO_LOCK_MINUTES: store.settings.get(AUTO_LOCK_MINUTES),
        REVIEW_MONTHS: store.settings.get(REVIEW_MONTHS),
    }
