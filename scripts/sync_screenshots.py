"""Screenshots of the sync parts at 1366×768 into screenshots/ (gitignored).

A real central (SQLite, TLS on loopback) with a worker and a team lead; the worker's
window enrolls, sends, gets a record back; the team lead's window reviews.
    scripts/with-keyring .venv/bin/python scripts/sync_screenshots.py
Throwaway data folders and fictional families only.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cssw_core.domain.agencies import Agency
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.review.return_dialog import ReturnDialog
from cssw_desktop.ui.sync.enroll_dialog import EnrollDialog
from tests.support.central import RunningCentral, start_central
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD, add_standard_people
from tests.support.provisioning import forget_test_provisioning_key, use_test_provisioning_key
from tests.support.records import family_with_teenager, seal_consent

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = QSize(*(int(v) for v in os.environ.get("CSSW_SHOT_SIZE", "1366x768").split("x")))
TODAY = date(2026, 3, 14)
KDF = KdfParams(8 * 1024, 1, 1)


async def pause(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def shoot(widget: QWidget, name: str) -> None:
    await pause(0.2)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


async def until(condition: object, seconds: float = 30) -> None:
    for _ in range(int(seconds / 0.05)):
        if callable(condition) and condition():
            return
        await pause(0.05)
    raise TimeoutError("the screenshot tour waited too long")


def seeded_vault(folder: Path, secrets: DeviceSecrets, forms: int) -> Vault:
    vault = Vault(folder, secrets, kdf=KDF)
    store = vault.create(PASSPHRASE)
    family = family_with_teenager()
    store.families.add(family)
    for i in range(forms):
        seal_consent(store, family, refuse=(Agency.POLICE,) if i % 3 == 1 else ())
    store.close()
    return vault


async def unlock(window: MainWindow) -> None:
    window.session.start()
    await until(lambda: window.unlock_page.unlock_button.isEnabled())
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.sync.controller.summary is not None)


async def enroll(window: MainWindow, code: str, password: str, shots: str = "") -> None:
    window.sync.open_enroll()
    await pause()
    dialog = window.findChildren(EnrollDialog)[-1]
    if shots:
        QTest.keyClicks(dialog.code, code[:-3] + "xyz")
        QTest.keyClicks(dialog.password, password)
        dialog.connect_button.click()
        await shoot(dialog, f"{shots}-enroll-mistyped")
        dialog.code.clear()
        dialog.password.clear()
    dialog.code.setPlainText(code)
    QTest.keyClicks(dialog.password, password)
    if shots:
        await shoot(dialog, f"{shots}-enroll-filled")
    dialog.connect_button.click()
    await until(lambda: dialog.stack.currentWidget() is dialog._done)
    if shots:
        await shoot(dialog, f"{shots}-enroll-done")
    dialog.close_now()


async def worker_tour(window: MainWindow, central: RunningCentral) -> None:
    await unlock(window)
    await shoot(window, "s01-families-not-connected")
    window.sync.show_outbox()
    await pause()
    await shoot(window, "s02-outbox-not-connected")

    grabbed: list[bool] = []

    def during(done: int, total: int) -> None:
        if done == 3 and not grabbed:
            grabbed.append(True)
            window.grab().save(str(OUT / "s04-status-bar-sending.png"))
            print(OUT / "s04-status-bar-sending.png")

    window.sync.controller.progress.connect(during)
    await enroll(window, central.issue_code("wendy"), WENDY_PASSWORD, shots="s03")
    await until(lambda: window.sync.status.text.text().startswith("Nothing waiting"))
    window.sync.controller.progress.disconnect(during)
    await shoot(window, "s05-outbox-all-sent")


async def lead_tour(window: MainWindow, central: RunningCentral) -> None:
    await unlock(window)
    await enroll(window, central.issue_code("tara"), TARA_PASSWORD)
    await until(lambda: window.sync.review_action.isVisible())
    window.sync.show_review()
    desk = window.sync._review
    assert desk is not None
    await until(lambda: desk.page.model.rowCount() > 0)
    await shoot(window, "s06-review")
    desk.page.select_row(1)
    desk.page.open_button.click()
    await pause()
    preview = window.findChildren(RecordPreviewDialog)[-1]
    await until(lambda: preview.pages.page_count() > 0)
    await shoot(preview, "s07-review-open")
    preview.close_now()
    desk.page.select_row(0)
    desk.page.approve_button.click()
    await until(lambda: desk.page.model.rowCount() == 9)
    desk.page.select_row(0)
    desk.page.return_button.click()
    await pause()
    dialog = window.findChildren(ReturnDialog)[-1]
    QTest.keyClicks(
        dialog.comment, "Chidi is 14: please ask for his own signature and record it again."
    )
    await shoot(dialog, "s08-return-dialog")
    dialog.return_button.click()
    await until(lambda: desk.page.model.rowCount() == 8)
    await shoot(window, "s09-review-after")


async def worker_again(window: MainWindow) -> None:
    store = window.store
    assert store is not None
    family = window.model.family_at(0)
    assert family is not None
    record = seal_consent(store, family)
    store.outbox.mark_failed(
        record.id,
        1,
        "This record was changed after it was signed, so central refused it. It is kept on "
        "this laptop; tell IT.",
        None,
        permanent=True,
    )
    window.sync.sync_now()
    await until(lambda: window.sync.outbox_page.notice.isVisible())
    await shoot(window, "s10-outbox-returned-and-failed")


async def tour(app: QApplication, folder: Path) -> None:
    secrets = DeviceSecrets()
    central = start_central(folder, f"sqlite:///{folder / 'central.db'}")
    try:
        add_standard_people(central)
        wendy = MainWindow(
            seeded_vault(folder / "wendy", secrets, 10), IdleWatcher(app), today=lambda: TODAY
        )
        wendy.resize(SIZE)
        wendy.show()
        await worker_tour(wendy, central)
        tara_vault = Vault(folder / "tara", secrets, kdf=KDF)
        tara_vault.create(PASSPHRASE).close()
        tara = MainWindow(tara_vault, IdleWatcher(app), today=lambda: TODAY)
        tara.resize(SIZE)
        tara.show()
        await lead_tour(tara, central)
        await worker_again(wendy)
        for window in (wendy, tara):
            await window.sync.stop()
            window.session.shutdown()
    finally:
        central.stop()


def main() -> int:
    OUT.mkdir(exist_ok=True)
    use_test_provisioning_key()  # the codes it issues are signed, and trusted here
    app = QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder, loop:
        loop.run_until_complete(tour(app, Path(folder)))
    forget_test_provisioning_key()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
