""" "You can try again in N seconds": the wait after wrong passphrases, shown and counted."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

# A little slack so the button comes back only once the vault's own wait has ended.
MARGIN_SECONDS = 0.3


class RetryCountdown(QLabel):
    """Shows the time left while a wait runs (hidden otherwise) and calls `on_tick` as it
    counts and once when it ends, so the owner can switch its button back on."""

    def __init__(
        self, parent: QWidget, clock: Callable[[], float], on_tick: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._on_tick = on_tick
        self._until = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.setWordWrap(True)
        self.setAccessibleDescription(self.tr("Time until you can try again"))
        self.setVisible(False)

    def start(self, seconds: float) -> None:
        """Begin a wait of this many seconds (nothing changes for 0)."""
        if seconds > 0:
            self._until = self._clock() + seconds + MARGIN_SECONDS
            self._ticker.start()
        self._show()

    def stop(self) -> None:
        self._ticker.stop()

    def remaining(self) -> float:
        """Seconds until another attempt is allowed (0 when allowed now)."""
        return max(0.0, self._until - self._clock())

    def _show(self) -> None:
        left = self.remaining()
        if left > 0:
            seconds = max(1, math.ceil(left - MARGIN_SECONDS))
            self.setText(
                self.tr("You can try again in 1 second.")
                if seconds == 1
                else self.tr("You can try again in %n seconds.", "", seconds)
            )
        self.setVisible(left > 0)

    def _tick(self) -> None:
        self._show()
        if self.remaining() <= 0:
            self._ticker.stop()
        self._on_tick()
