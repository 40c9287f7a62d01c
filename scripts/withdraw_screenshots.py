"""Save PNGs of withdrawing any consent (the adult's documents and research, a young
person's own) and the family page after it, into screenshots/.

Run inside a keyring session, at a text size (1 = 100 %, 2 = 200 %):
    CSSW_TEXT_SCALE=2 scripts/with-keyring .venv/bin/python scripts/withdraw_screenshots.py
Uses a throwaway data folder and the fictional demo families and records; the offscreen
screen is the laptop's size (CSSW_SHOT_SIZE, 1366x768 by default).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication, QScrollArea

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consent_screenshots import SIZE, laptop_screen, pause, shoot, sign, wait_for

from cssw_core.domain.consent import OwnAnswers
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_desktop.demo import demo_families
from cssw_desktop.demo_records import demo_records, save_demo_records
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import apply_text_scale
from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
SCALE = float(os.environ.get("CSSW_TEXT_SCALE", "1"))
TAG = f"-{round(SCALE * 100)}"


async def open_dialog(window: MainWindow) -> WithdrawDialog:
    window.family_page.consent.withdraw_button.click()
    await wait_for(
        lambda: any(isinstance(d, WithdrawDialog) for d in window.workspace.dialogs.open_dialogs())
    )
    return next(d for d in window.workspace.dialogs.open_dialogs() if isinstance(d, WithdrawDialog))


async def tour(window: MainWindow, vault: Vault, today: date) -> None:
    families = demo_families(8, today)
    plan = demo_records(families, today, utc_now())
    store = vault.create(PASSPHRASE)
    store.families.add_many(families)
    save_demo_records(store, plan)
    store.close()
    window.session.start()
    await pause()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await wait_for(lambda: window.session.unlocked and window.model.rowCount())
    page = window.family_page
    chosen = next(
        c
        for c in plan.consents
        if c.record.young_people()
        and isinstance(
            c.record.young_person_consents.get(c.record.young_people()[0].id), OwnAnswers
        )
    )
    family = chosen.family
    window.show_family(family.id)
    await wait_for(lambda: page.overview is not None and page.overview.family_id == family.id)
    await shoot(window, f"40-family-before{TAG}")

    dialog = await open_dialog(window)
    await shoot(dialog, f"41-withdraw-adult{TAG}")
    kind = next(iter(dialog.document_boxes))
    dialog.document_boxes[kind].setChecked(True)
    if dialog.research_box is not None:
        dialog.research_box.setChecked(True)
    dialog.how_buttons[CommunicatedBy.PHONE].setChecked(True)
    dialog.attested.setChecked(True)
    bar = dialog.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    await shoot(dialog, f"42-withdraw-adult-bottom{TAG}")
    dialog.record_button.click()
    await wait_for(lambda: page.history_model.rowCount() >= 2)
    await pause(0.5)

    dialog = await open_dialog(window)
    young = next(key for key in dialog.who_buttons if key is not None)
    dialog.who_buttons[young].setChecked(True)
    await pause()
    first = next(iter(dialog.share_boxes))
    dialog.share_boxes[first].setChecked(True)
    await shoot(dialog, f"43-withdraw-young-person{TAG}")
    dialog.how_buttons[CommunicatedBy.IN_PERSON].setChecked(True)
    dialog.attested.setChecked(True)
    dialog.scroller.ensureWidgetVisible(dialog.signature)
    await pause()
    sign(dialog.signature.pad)
    dialog.scroller.ensureWidgetVisible(dialog.signature)
    await shoot(dialog, f"44-withdraw-young-person-signed{TAG}")
    dialog.record_button.click()
    await wait_for(lambda: page.history_model.rowCount() >= 3)
    await pause(0.5)
    await shoot(window, f"45-family-after{TAG}")
    scroll = page.findChild(QScrollArea)
    if scroll is not None:  # consent now and the history, in large text under the children
        scroll.ensureWidgetVisible(page.consent.young_people)
        await shoot(window, f"46-family-consent-now{TAG}")
        scroll.ensureWidgetVisible(page.history_table)
        await shoot(window, f"47-family-history{TAG}")
    window.session.shutdown()


def main() -> int:
    Path(__file__).resolve().parent.parent.joinpath("screenshots").mkdir(exist_ok=True)
    screen_folder = tempfile.TemporaryDirectory()
    laptop_screen(Path(screen_folder.name))
    app = QApplication(sys.argv)
    apply_text_scale(app, SCALE)
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
