"""Save PNGs of the family's leaflet screen (a section, the retention section, the last
section, the end page, with and without sections not shown) and of Help → About with the
leaflet's disagreements with the privacy notice, at 1366×768, into screenshots/.

    scripts/with-keyring .venv/bin/python scripts/leaflet_screenshots.py

and with CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 in front for 200 % text.

Uses a throwaway data folder and the fictional Okafor family from screenshots.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.about_dialog import AboutDialog, NoticeViewer
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from scripts.screenshots import (
    FAMILIES,
    PASSPHRASE,
    SIZE,
    pause,
    run_tour,
    shoot,
)
from scripts.visit_screenshots import until


async def family_screen(window: MainWindow) -> FamilyScreen:
    page = window.visits.page
    assert page is not None
    page.steps[Step.LEAFLET].hand_over_button.click()  # type: ignore[attr-defined]
    await until(lambda: window.visits.screen is not None)
    screen = window.visits.screen
    assert screen is not None
    screen.resize(SIZE)
    return screen


async def hand_back(window: MainWindow, screen: FamilyScreen) -> None:
    screen.ask_passphrase()
    QTest.keyClicks(screen.panel.passphrase, PASSPHRASE)
    screen.panel.ok_button.click()
    await until(lambda: window.visits.screen is None)


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
    window.show_family(FAMILIES[0].id)
    start = window.family_page.consent.start_button
    await until(start.isVisible)
    start.click()
    await until(lambda: window.visits.page is not None)
    page = window.visits.page
    assert page is not None
    sections = page.controller.leaflet.sections

    # The worker jumps on to section 3 before handing over: section 2 is never shown.
    page.controller.edit(lambda s: s.showing_section(2, sections[2].id, page.controller.now()))
    screen = await family_screen(window)
    reader = screen.reader
    assert reader is not None
    while reader.title.text() != sections[-1].title:
        reader.next_button.click()
    reader.next_button.click()
    await shoot(screen, "l05-end-unseen")
    assert screen.end_page is not None
    screen.end_page.back_button.click()  # to section 2, the one not shown
    await hand_back(window, screen)

    page.controller.edit(lambda s: s.showing_section(0, sections[0].id, page.controller.now()))
    screen = await family_screen(window)
    reader = screen.reader
    assert reader is not None
    await shoot(screen, "l01-first-section")
    while reader.title.text() != "Retention of records":
        reader.next_button.click()
    await shoot(screen, "l02-retention")
    while reader.title.text() != sections[-1].title:
        reader.next_button.click()
    await shoot(screen, "l03-last-section")
    reader.next_button.click()
    await shoot(screen, "l04-end")
    await hand_back(window, screen)

    window.about_action.trigger()
    await until(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    about = QApplication.activeModalWidget()
    assert isinstance(about, AboutDialog)
    await shoot(about, "l06-about")
    about.notice_button.click()
    await until(lambda: isinstance(QApplication.activeModalWidget(), NoticeViewer))
    viewer = QApplication.activeModalWidget()
    assert viewer is not None
    await shoot(viewer, "l07-leaflet-and-notice")
    viewer.close()
    about.close()
    await pause()


def main() -> int:
    return run_tour(tour)


if __name__ == "__main__":
    raise SystemExit(main())
