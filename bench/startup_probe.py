"""The child process of the startup benchmark: start, report when a window is painted, quit.

`python -m bench.startup_probe bare` shows a bare PySide6 window, `... form` a window of
the unlock page's kind with none of the app (run_form). `python -m
bench.startup_probe app DATA_DIR` runs the real app as a laptop starts it, `cssw-desktop`
with no arguments (cssw_desktop.cli.main, which the console script calls; the data folder
given as CSSW_DATA_DIR, as IT may set it), with paint watchers passed
in through run_gui's `on_unlock_page` and `on_window` hooks, so everything the command
does before the unlock page shows is measured: its arguments, the language, the data
folder's check, then run_gui.

Each report is one stdout line `MARK <event> <time.monotonic()> <time.process_time()>`;
CLOCK_MONOTONIC is shared between processes on Linux, so the parent subtracts its own
launch time; the process's CPU time counts from its start, every thread included. Events:
`shown` (bare: the window's first paint; app: the unlock page's first paint, i.e. the
worker can type the passphrase) and, for the app, `ready` (the main window's first paint:
the whole app loaded, the unlock page taken over; the probe quits after it).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

MARK = "MARK"
# If the expected window never paints, give up rather than hang the bench.
GIVE_UP_ENV = "CSSW_BENCH_PROBE_GIVE_UP_MS"
GIVE_UP_MS = 30_000


def report(event: str) -> None:
    print(f"{MARK} {event} {time.monotonic():.6f} {time.process_time():.6f}", flush=True)


def _paint_watcher(on_paint: dict[Any, str], quit_after: tuple[str, ...] = ("shown",)) -> Any:
    """An event filter reporting the first Paint of each watched widget (`watch` adds
    more), then quitting once all the `quit_after` ones have been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class PaintWatcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.pending = dict(on_paint)
            self.reported: set[str] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched in self.pending:
                name = self.pending.pop(watched)
                watched.removeEventFilter(self)
                if name not in self.reported:
                    self.reported.add(name)
                    report(name)
                if set(quit_after) <= self.reported:
                    QTimer.singleShot(0, QApplication.quit)
            return False

        def watch(self, widget: Any, name: str) -> None:
            self.pending[widget] = name
            widget.installEventFilter(self)

    watcher = PaintWatcher()
    for widget in on_paint:
        widget.installEventFilter(watcher)
    return watcher


def _give_up_later() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def give_up() -> None:
        print("probe: no window was shown in time", file=sys.stderr, flush=True)
        QApplication.exit(3)

    QTimer.singleShot(int(os.environ.get(GIVE_UP_ENV) or GIVE_UP_MS), give_up)


def run_bare() -> int:
    """A bare PySide6 window: QApplication, one plain widget, show, event loop."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(800, 500)
    watcher = _paint_watcher({window: "shown"})
    window.show()
    _give_up_later()
    code = app.exec()
    return 3 if watcher.pending else code


def run_form() -> int:
    """The unlock page's kind of window with none of the app: a heading, a paragraph, a
    passphrase field and a button in a layout, aligned with Qt's enums. What any window
    showing such a page pays beyond a bare one (Qt's first text layout, the Python enums of
    the classes it uses), measured apart from the app's own work."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("form")
    window.resize(800, 500)
    column = QVBoxLayout(window)
    heading = QLabel("Unlock the store", window)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    heading.setFont(font)
    words = QLabel("Type your passphrase to open the records kept on this laptop.", window)
    words.setWordWrap(True)
    field = QLineEdit(window)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    button = QPushButton("&Unlock", window)
    for widget in (heading, words, field, button):
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    column.addStretch(1)
    field.setFocus()
    watcher = _paint_watcher({window: "shown"})
    window.show()
    _give_up_later()
    code = app.exec()
    return 3 if watcher.pending else code


def run_app(data_dir: str) -> int:
    """The real GUI start, `CSSW_DATA_DIR=DATA_DIR cssw-desktop` as the console script runs
    it (cssw_desktop.cli.main: the arguments parsed, the language chosen, the data folder
    checked, then cssw_desktop.startup.run_gui), with paint watchers handed in through
    run_gui's on_unlock_page and on_window hooks."""
    from functools import partial

    from cssw_desktop import cli, startup

    watchers: list[Any] = []

    def watch_page(page: Any) -> None:
        watchers.append(_paint_watcher({page: "shown"}, quit_after=("shown", "ready")))
        _give_up_later()

    def watch_window(window: Any) -> None:
        watchers[0].watch(window, "ready")

    # cli.main imports run_gui from the module when it starts the GUI: it gets this one.
    startup.run_gui = partial(startup.run_gui, on_unlock_page=watch_page, on_window=watch_window)
    os.environ["CSSW_DATA_DIR"] = data_dir
    return cli.main([])


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"] and len(argv) == 1:
        return run_bare()
    if argv[:1] == ["form"] and len(argv) == 1:
        return run_form()
    if argv[:1] == ["app"] and len(argv) == 2:
        return run_app(argv[1])
    print("usage: python -m bench.startup_probe bare | form | app DATA_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
