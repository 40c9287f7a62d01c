"""Changes made elsewhere while the app is unlocked show without locking and unlocking.

The command line (`cssw-desktop demo`, a caseload import by IT) or a second copy of the
app can add or change families in the same store. Every couple of seconds, while the
store is unlocked, one cheap question on the store thread (SQLite's data_version) says
whether another connection committed; if so the families are read again. While the
family holds the laptop it does not ask: the change is read once the worker is back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_core.domain.family import Family
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
        workspace.family_has_laptop.connect(self._hand_over)

    def _start(self) -> None:
        spawn(self.check())  # takes note of where the store is now
        self._timer.start()

    def _tick(self) -> None:
        if not self._workspace.session.unlocked:  # closed, or the app is quitting
            self._timer.stop()
        elif not self._checking and not self._workspace.family_has_laptop_now:
            spawn(self.check())

    def _hand_over(self, with_family: bool) -> None:
        if not with_family and self._workspace.session.unlocked and not self._checking:
            spawn(self.check())  # what changed while the family had the laptop, now

    async def check(self) -> bool:
        """Reload the families if another connection changed the store; True if it did."""
        open_store = self._workspace.open_store()
        if open_store is None or self._workspace.family_has_laptop_now:
            return False
        self._checking = True
        try:
            changed = await open_store(lambda s: s.changed_elsewhere())
            if not changed:
                return False
            families = await open_store(lambda s: s.families.all())
        finally:
            self._checking = False
        if not self._workspace.after_hand_back(lambda: self._reload(families)):
            self._reload(families)  # (read just before the hand-over: shown on return)
        return True

    def _reload(self, families: list[Family]) -> None:
        self.reloading.emit()
        self._workspace.families.set_families(families)
        self.families_reloaded.emit()
