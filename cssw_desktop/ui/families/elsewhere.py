"""Changes made elsewhere while the app is unlocked show without locking and unlocking.

The command line (`cssw-desktop demo`, a caseload import by IT) or a second copy of the
app can add or change families in the same store. Every couple of seconds, while the
store is unlocked, one cheap question on the store thread (SQLite's data_version) says
whether another connection committed; if so the families are read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_desktop.ui.workspace import Workspace

CHECK_EVERY_MS = 2_000


class ChangesElsewhere(QObject):
    """Reloads the families model when the store changed under the app."""

    reloading = Signal()  # the families model is about to be filled again
    families_reloaded = Signal()

    def __init__(self, workspace: Workspace, *, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._checking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        workspace.session.opened.connect(lambda _store: self._start())
        workspace.session.closed.connect(self._timer.stop)

    def _start(self) -> None:
        spawn(self.check())  # takes note of where the store is now
        self._timer.start()

    def _tick(self) -> None:
        if not self._workspace.session.unlocked:  # closed, or the app is quitting
            self._timer.stop()
        elif not self._checking:
            spawn(self.check())

    async def check(self) -> bool:
        """Reload the families if another connection changed the store; True if it did."""
        open_store = self._workspace.open_store()
        if open_store is None:
            return False
        self._checking = True
        try:
            changed = await open_store(lambda s: s.changed_elsewhere())
            if not changed:
                return False
            families = await open_store(lambda s: s.families.all())
        finally:
            self._checking = False
        self.reloading.emit()
        self._workspace.families.set_families(families)
        self.families_reloaded.emit()
        return True
