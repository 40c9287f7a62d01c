"""What the whole display shows before, during and after the hand-over, on a real X server
(not the offscreen platform): the worker's families, then only the family's screen while
a message naming another family is opened and the worker's toolbar is tried, then the
worker's window back as it was, with the message. Saves PNGs of the screen into
screenshots/ and prints the X windows that are mapped during the hand-over.

    CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 xvfb-run -a -s "-screen 0 1366x768x24" \\
        scripts/with-keyring .venv/bin/python scripts/handover_screenshots.py

Uses a throwaway data folder and the fictional families from screenshots.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"  # the real window system: what is mapped, is seen
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from scripts.screenshots import FAMILIES, OUT, PASSPHRASE, pause, run_tour


async def until(condition: object, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if callable(condition) and condition():
            return
        await pause(0.05)
    raise RuntimeError("timed out")


async def shoot_screen(name: str) -> None:
    await pause(0.5)
    screen = QGuiApplication.primaryScreen()
    path = OUT / f"{name}{os.environ.get('CSSW_SHOT_SUFFIX', '')}.png"
    screen.grabWindow(0).save(str(path))
    print(path)


def mapped_windows() -> list[str]:
    """The names of the X windows on the screen now (viewable top-level windows)."""
    xwininfo = shutil.which("xwininfo")
    if xwininfo is None:
        return ["(xwininfo is not installed)"]
    tree = subprocess.run(  # noqa: S603 - a fixed program and arguments
        [xwininfo, "-root", "-children"], capture_output=True, text=True, check=True
    ).stdout
    shown = []
    for line in tree.splitlines():
        parts = line.split()
        if not parts or not parts[0].startswith("0x"):
            continue
        info = subprocess.run(  # noqa: S603 - a window id xwininfo gave
            [xwininfo, "-id", parts[0]], capture_output=True, text=True, check=True
        ).stdout
        if "IsViewable" in info:
            shown.append(line.strip())
    return shown


async def tour(window: MainWindow, vault: Vault) -> None:
    store = vault.create(PASSPHRASE)
    for family in FAMILIES:
        store.families.add(family)
    store.close()
    window.session.start()
    await until(lambda: window.unlock_page.unlock_button.isEnabled())
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.session.unlocked and window.model.rowCount())
    await shoot_screen("h00-worker-families")
    okafor = FAMILIES[0]
    window.show_family(okafor.id)
    start = window.family_page.consent.start_button
    await until(start.isVisible)
    start.click()
    await until(lambda: window.visits.page is not None)
    page = window.visits.page
    assert page is not None
    await shoot_screen("h01-worker-visit")
    page.steps[Step.LEAFLET].hand_over_button.click()  # type: ignore[attr-defined]
    await until(lambda: window.visits.screen is not None)
    # What could reach the screen: a message over the worker's window, the toolbar.
    box = QMessageBox(window)
    box.setWindowTitle("Download my caseload")
    box.setText("Your caseload is on this laptop: Brown, Nowak, Ahmed and 20 more.")
    box.open()
    window.sync.families_action.trigger()
    window.sync.outbox_action.trigger()
    await shoot_screen("h02-family-has-laptop")
    print("mapped while the family has the laptop:")
    for line in mapped_windows():
        print("   ", line)
    screen = window.visits.screen
    assert screen is not None
    screen.hand_back_button.click()
    QTest.keyClicks(screen.panel.passphrase, PASSPHRASE)
    screen.panel.ok_button.click()
    await until(lambda: window.visits.screen is None)
    await shoot_screen("h03-worker-back")
    print("mapped after the hand-back:")
    for line in mapped_windows():
        print("   ", line)
    box.close()
    window.session.shutdown()


def main() -> int:
    return run_tour(tour, (60, 40, 1200, 680))


if __name__ == "__main__":
    raise SystemExit(main())
