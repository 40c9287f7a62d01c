"""The child process of the memory benchmark: the real app, unlocked, a visit open.

`python -m bench.app_rss_probe DATA_DIR` (passphrase on stdin) starts the app the way
`cssw-desktop` does (cssw_desktop.app.run_gui), types the passphrase into the unlock page,
waits for the family list, opens the first family and starts a consent visit on it (in
English where the app asks the family's language), lets the window settle, then prints
`RSS <resident MiB> <peak resident MiB>` (from /proc/self/status: VmRSS and VmHWM) and
quits. `bare` instead shows a bare PySide6 window and reports the same, for scale.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

GIVE_UP_S = 300.0  # each step, on a loaded machine


def rss_mib() -> tuple[float, float]:
    """This process's resident and peak resident memory, in MiB (Linux)."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def report() -> None:
    resident, peak = rss_mib()
    print(f"RSS {resident:.1f} {peak:.1f}", flush=True)


async def _until(condition: Any, what: str) -> None:
    started = time.monotonic()
    for _ in range(int(GIVE_UP_S / 0.05)):
        if condition():
            resident, _peak = rss_mib()
            waited = time.monotonic() - started
            print(f"probe: {what} after {waited:.1f} s, {resident:.0f} MiB", file=sys.stderr)
            return
        await asyncio.sleep(0.05)
    raise RuntimeError(f"timed out waiting for {what}")


async def _drive(window: Any, passphrase: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    try:
        await _until(lambda: window.unlock_page.unlock_button.isEnabled(), "the unlock page")
        QTest.keyClicks(window.unlock_page.passphrase, passphrase)
        window.unlock_page.unlock_button.click()
        await _until(lambda: window.session.unlocked and window.model.rowCount(), "the list")
        window.show_family(window.model.family_at(0).id)
        start = window.family_page.consent.start_button
        await _until(start.isVisible, "the family's page")
        polls = [0]

        def visit_or_language() -> bool:
            """Press Start, again every 2 s until a visit opens; answer the family's
            language in English if asked, and resume the visit an earlier run of this probe
            left unfinished on the same store (the app offers it, and waits for an answer)."""
            asking = window.visits.language_dialog
            resume = window.visits.resume_dialog
            if asking is not None and asking.isVisible():
                asking.start_button.click()
            elif resume is not None and resume.isVisible():
                resume.resume_button.click()
            elif window.visits.page is None and polls[0] % 40 == 0 and start.isVisible():
                start.click()
            polls[0] += 1
            return window.visits.page is not None

        await _until(visit_or_language, "the visit")
        await asyncio.sleep(1.0)  # the visit painted, anything deferred done
        report()
        QApplication.exit(0)
    except Exception as problem:  # the parent reads stderr
        print(f"probe: {type(problem).__name__}: {problem}", file=sys.stderr, flush=True)
        shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(f"probe: windows shown then: {', '.join(shown)}", file=sys.stderr, flush=True)
        QApplication.exit(3)


def run_app(data_dir: str, passphrase: str) -> int:
    import cssw_desktop.cli  # noqa: F401 - the console script imports it first
    from cssw_desktop.app import run_gui

    tasks: list[Any] = []

    def drive(window: Any) -> None:
        window.resize(1366, 768)
        tasks.append(asyncio.ensure_future(_drive(window, passphrase)))

    return run_gui(Path(data_dir), sys.argv[:1], on_window=drive)


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1366, 768)
    window.show()

    def done() -> None:
        report()
        app.quit()

    QTimer.singleShot(1000, done)
    return app.exec()


def main(argv: list[str]) -> int:
    if argv == ["bare"]:
        return run_bare()
    if len(argv) == 1:
        return run_app(argv[0], sys.stdin.readline().rstrip("\n"))
    print("usage: python -m bench.app_rss_probe bare | DATA_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
