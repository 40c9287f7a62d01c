"""Screenshots of the team lead's review desk at 1366×768 (issue 16): the records waiting
with each flag in full words, the filters, approving several, Approve/Return inside the
viewer, the shares the family was not told of, team activity naming families, and the
worker's outbox with rows told apart.
    scripts/with-keyring xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/review_desk_screenshots.py
and with CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 in front for 200 % text. PNGs go to
CSSW_SHOT_DIR (default screenshots/). A real central (SQLite, TLS on loopback), throwaway
data folders and fictional families only.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.family import Child, Family
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.shares import record_share
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import apply_text_scale
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.viewer_decisions import DecisionBar
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from tests.core.domain.test_share import without_consent
from tests.support.central import RunningCentral, start_central
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD, add_standard_people
from tests.support.provisioning import forget_test_provisioning_key, use_test_provisioning_key
from tests.support.records import complete_draft, family_with_teenager, own_answers, seal_consent

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
OUT = Path(os.environ.get("CSSW_SHOT_DIR", Path(__file__).resolve().parent.parent / "screenshots"))
SUFFIX = os.environ.get("CSSW_SHOT_SUFFIX", "")
SIZE = QSize(1366, 768)
TODAY = date(2026, 3, 14)
KDF = KdfParams(8 * 1024, 1, 1)


async def pause(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def shoot(widget: QWidget, name: str) -> None:
    await pause(0.3)
    path = OUT / f"{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path)


async def until(condition: object, seconds: float = 60) -> None:
    for _ in range(int(seconds / 0.05)):
        if callable(condition) and condition():
            return
        await pause(0.05)
    raise TimeoutError("the screenshot tour waited too long")


def seeded_vault(folder: Path, secrets: DeviceSecrets) -> Vault:
    """Wendy's records: clean forms, a refusal, a 14-year-old who differs, a share
    without consent the family was not told of, and a second family."""
    vault = Vault(folder, secrets, kdf=KDF)
    store = vault.create(PASSPHRASE)
    okafor = family_with_teenager()
    shah = Family(
        "Shah", "3 Mill Lane, Demoford DM2 1CD", "CSSW-208817", "Jaspreet Patel",
        (Child("Aisha Shah", "Female", date(2016, 1, 9)),),
    )  # fmt: skip
    for family in (okafor, shah):
        store.families.add(family)
    seal_consent(store, okafor)
    seal_consent(store, okafor)
    seal_consent(store, shah)
    seal_consent(store, okafor, refuse=(Agency.POLICE,))
    base = complete_draft(okafor)
    mine = own_answers(base, share={Agency.POLICE: Answer.NO})
    seal_consent(store, okafor, draft=replace(base, young_person_consents={
        okafor.children[0].id: mine}))  # fmt: skip
    record_share(store, without_consent(family_id=okafor.id), okafor)
    store.close()
    return vault


async def unlock(window: MainWindow) -> None:
    window.session.start()
    await until(lambda: window.unlock_page.unlock_button.isEnabled())
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.sync.controller.summary is not None)


async def enroll(window: MainWindow, code: str, password: str) -> None:
    window.sync.open_enroll()
    await pause()
    dialog = window.findChildren(EnrollDialog)[-1]
    dialog.code.setPlainText(code)
    QTest.keyClicks(dialog.password, password)
    dialog.connect_button.click()
    await until(lambda: dialog.stack.currentWidget() is dialog._done)
    dialog.close_now()


async def lead_tour(window: MainWindow) -> None:
    window.sync.show_review()
    desk = window.sync._review
    assert desk is not None
    page = desk.page
    await until(lambda: page.model.rowCount() == 6)
    await until(lambda: desk.untold.panel.model.rowCount() == 1)
    page.select_row(2)
    await shoot(window, "r01-desk")
    page.filters.flagged.click()
    await shoot(window, "r02-desk-only-flagged")
    page.filters.flagged.click()
    page.table.selectAll()
    page.approve_several_button.click()
    await shoot(window, "r03-approve-several-refused")
    page.choose_unflagged_button.click()
    page.approve_several_button.click()
    await until(lambda: desk.several.box is not None and desk.several.box.isVisible())
    box = desk.several.box
    assert box is not None
    await shoot(box, "r04-approve-several-confirm")
    box.reject()
    await pause()
    flagged = next(
        r
        for r in range(page.model.rowCount())
        if page.model.item_at(r).flags  # type: ignore[union-attr]
    )
    page.select_row(flagged)
    page.open_button.click()
    await pause()
    preview = window.findChildren(RecordPreviewDialog)[-1]
    bar = preview.findChild(DecisionBar)
    assert isinstance(bar, DecisionBar)
    await until(lambda: bar.approve_button.isEnabled())
    await shoot(preview, "r05-viewer-decide")
    preview.close_now()
    await pause()
    page.tabs.setCurrentWidget(desk.untold.panel)
    await shoot(window, "r06-untold-shares")
    page.tabs.setCurrentIndex(1)
    await shoot(window, "r09-laptops")
    page.tabs.setCurrentIndex(0)
    page.activity_button.click()
    await until(lambda: desk.activity.page.model.rowCount() > 0)
    await shoot(window, "r07-team-activity")


async def tour(app: QApplication, folder: Path) -> None:
    secrets = DeviceSecrets()
    central: RunningCentral = start_central(folder, f"sqlite:///{folder / 'central.db'}")
    try:
        add_standard_people(central.database_url)
        wendy = MainWindow(
            seeded_vault(folder / "wendy", secrets), IdleWatcher(app), today=lambda: TODAY
        )
        wendy.resize(SIZE)
        wendy.show()
        await unlock(wendy)
        await enroll(wendy, central.issue_code("wendy"), WENDY_PASSWORD)
        await until(lambda: wendy.sync.status.text.text().startswith("Nothing waiting"))
        wendy.sync.show_outbox()
        await shoot(wendy, "r08-worker-outbox")
        tara_vault = Vault(folder / "tara", secrets, kdf=KDF)
        tara_vault.create(PASSPHRASE).close()
        tara = MainWindow(tara_vault, IdleWatcher(app), today=lambda: TODAY)
        tara.resize(SIZE)
        tara.show()
        await unlock(tara)
        await enroll(tara, central.issue_code("tara"), TARA_PASSWORD)
        await until(lambda: tara.sync.review_action.isVisible())
        await lead_tour(tara)
        for window in (wendy, tara):
            await window.sync.stop()
            window.session.shutdown()
    finally:
        central.stop()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    use_test_provisioning_key()  # the codes it issues are signed, and trusted here
    app = QApplication(sys.argv)
    apply_text_scale(app, float(os.environ.get("CSSW_TEXT_SCALE", "1")))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder, loop:
        loop.run_until_complete(tour(app, Path(folder)))
    forget_test_provisioning_key()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
