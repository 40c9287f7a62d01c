"""Start-up timing: with CSSW_REPORT_FIRST_PAINT=1 the app says when its first page is
painted, then quits.

For the start-up benchmarks (bench/startup.py, bench/frozen.py) and the frozen app's smoke
test: the same variable works for `cssw-desktop` run from a venv and for the frozen build,
so both are timed the same way. Each report is one line on standard output,
`CSSW-PAINT <event> <time.monotonic()>`; CLOCK_MONOTONIC is shared between processes on
Linux, so the parent subtracts its own launch time. Events: `first_paint` (the main window,
while it still says "Opening…"), then the first of `unlock_page`, `setup_page` or
`error_page` (the page the worker can use), after which the app quits. On a laptop with a
store the unlock page shows in a first window before the rest of the app loads
(startup.py): `first_paint` and `unlock_page` are that window's, and `ready` follows when
the main window, the whole app loaded, is painted; then the app quits. Nothing is read from
or written to the store; if no page is painted within 30 s the app says so on standard
error and quits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CSSW_REPORT_FIRST_PAINT"
GIVE_UP_ENV = "CSSW_REPORT_FIRST_PAINT_GIVE_UP_MS"
MARK = "CSSW-PAINT"
GIVE_UP_MS = 30_000
PAGES = ("unlock_page", "setup_page", "error_page")


def requested(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(ENV, "") not in ("", "0")


def report(event: str) -> None:
    print(f"{MARK} {event} {time.monotonic():.6f}", flush=True)


class PaintReporter(QObject):
    """Reports the first Paint event of each watched widget; quits the app once one of the
    `final` events has been reported (or, with none painted, after the give-up time)."""

    def __init__(
        self,
        watched: Mapping[QWidget, str],
        final: tuple[str, ...],
        parent: QObject | None = None,
        give_up_ms: int | None = None,
    ) -> None:
        """No `final` events: report only (another reporter quits)."""
        super().__init__(parent)
        self.pending = dict(watched)
        self.final = final
        self.reported: list[str] = []
        for widget in watched:
            widget.installEventFilter(self)
        if final:
            wait = give_up_ms or int(os.environ.get(GIVE_UP_ENV) or GIVE_UP_MS)
            QTimer.singleShot(wait, self, self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.pending:
            name = self.pending.pop(watched)
            watched.removeEventFilter(self)
            if name not in self.reported:
                self.reported.append(name)
                report(name)
            if name in self.final:
                QTimer.singleShot(0, QApplication.quit)
        return False

    def _give_up(self) -> None:
        if not any(name in self.final for name in self.reported):
            print("No page was painted in time.", file=sys.stderr, flush=True)
            QApplication.exit(3)


def report_first_window(first: QWidget, unlock_page: QWidget) -> PaintReporter:
    """Watch the first window and its unlock page (startup.py), reporting only."""
    return PaintReporter({first: "first_paint", unlock_page: "unlock_page"}, (), parent=first)


def report_first_paint(window: QWidget, *, after_first_window: bool = False) -> PaintReporter:
    """Watch the main window and its first pages, named as its attributes (PAGES); the
    reporter is kept alive as the window's child. `after_first_window`: the unlock page
    was reported from the first window; report the main window as `ready`."""
    if after_first_window:
        return PaintReporter({window: "ready"}, ("ready",), parent=window)
    watched: dict[QWidget, str] = {window: "first_paint"}
    for page in PAGES:
        watched[getattr(window, page)] = page
    return PaintReporter(watched, PAGES, parent=window)
