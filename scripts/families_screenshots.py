"""Save PNGs of the families list with its consent states and "needs you" line, filtered by
a click on it, and a family's page with what makes consent due again.

    scripts/with-keyring .venv/bin/python scripts/families_screenshots.py
    CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 scripts/with-keyring .venv/bin/python \\
        scripts/families_screenshots.py

CSSW_SHOT_DIR chooses the folder (default screenshots/). Uses a throwaway data folder and
the fictional demo families and records.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cssw_core.domain.consent_status import FamilyFilter
from cssw_core.domain.visit import Step
from cssw_desktop.demo import demo_families
from cssw_desktop.demo_records import demo_records, save_demo_records
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import apply_display_env

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
OUT = Path(os.environ.get("CSSW_SHOT_DIR", Path(__file__).resolve().parent.parent / "screenshots"))
SIZE = QSize(*(int(v) for v in os.environ.get("CSSW_SHOT_SIZE", "1366x768").split("x")))


async def pause(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def until(test: Callable[[], object], seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.05)):
        if test():
            return
        await pause(0.05)


async def shoot(widget: QWidget, name: str) -> None:
    await pause(0.3)
    path = OUT / f"{name}{os.environ.get('CSSW_SHOT_SUFFIX', '')}.png"
    widget.grab().save(str(path))
    print(path)


async def tour(window: MainWindow, vault: Vault, today: date) -> None:
    families = demo_families(14, today)
    plan = demo_records(families, today, utc_now())
    store = vault.create(PASSPHRASE)
    store.families.add_many(families)
    save_demo_records(store, plan)
    store.close()
    window.session.start()
    await pause()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.session.unlocked and window.model.judged)
    page = window.families_page
    await shoot(window, "f01-families-needs-you")
    for which in (FamilyFilter.REVIEW_OVERDUE, FamilyFilter.OWN_CONSENT_NEEDED):
        if page.needs_you.buttons[which].isVisible():
            page.needs_you.buttons[which].click()
            await shoot(window, f"f02-families-{which.value}")
    page.show_only(FamilyFilter.ALL)
    page.table.sortByColumn(window.model.CONSENT, Qt.SortOrder.AscendingOrder)
    await shoot(window, "f03-families-by-consent")
    first = window.model.family_at(0)  # the most urgent
    assert first is not None
    window.show_family(first.id, offer_visit=False)
    consent = window.family_page.consent
    await until(consent.renew_button.isVisible)
    await shoot(window, "f04-family-ask-again")
    consent.renew_button.click()
    await until(lambda: window.visits.page is not None and window.visits.page.isVisible())
    visit = window.visits.page
    assert visit is not None
    for step in (Step.SHARE, Step.CHOICES):  # shown directly, for the picture only
        visit.stack.setCurrentWidget(visit.steps[step])
        await shoot(window, f"f05-renewal-{step.name.lower()}")
    window.session.shutdown()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    apply_display_env(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "data", DeviceSecrets(), kdf=KdfParams(8 * 1024, 1, 1))
        window = MainWindow(vault, IdleWatcher(app), today=lambda: today)
        window.resize(SIZE)
        window.show()
        with loop:
            loop.run_until_complete(tour(window, vault, today))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
