"""Notices when nobody has used the keyboard or mouse for a while (for auto-lock)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter: emits `idle` after `timeout_ms` without input.

    Input only records a time; the timer is not restarted on every mouse move.
    """

    idle = Signal()

    def __init__(self, source: QObject, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(source)
        self._clock = clock
        self._last = clock()
        self._timeout_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        source.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, timeout_ms: int) -> None:
        """Watch from now on; emit `idle` once after timeout_ms without input."""
        self._timeout_ms = max(1, timeout_ms)
        self._last = self._clock()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last = self._clock()
        return False

    def _check(self) -> None:
        quiet_ms = (self._clock() - self._last) * 1000
        if quiet_ms >= self._timeout_ms:
            self.idle.emit()
        else:
            self._timer.start(max(1, round(self._timeout_ms - quiet_ms)))
