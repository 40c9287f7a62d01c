"""Save PNGs of the family page's consent parts and the withdraw dialog into screenshots/.

Run inside a keyring session, optionally at a scale factor:
    scripts/with-keyring .venv/bin/python scripts/consent_screenshots.py
    QT_SCALE_FACTOR=2 scripts/with-keyring .venv/bin/python scripts/consent_screenshots.py
Uses a throwaway data folder and the fictional demo families and records.
"""

from __future__ import annotations

import asyncio
import math
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from cssw_core.domain.agencies import Agency
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_desktop.demo import demo_families
from cssw_desktop.demo_records import demo_records, save_demo_records
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.visit.signature_pad import SignaturePad

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = QSize(*(int(v) for v in os.environ.get("CSSW_SHOT_SIZE", "1366x768").split("x")))


async def pause(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def shoot(widget: QWidget, name: str) -> None:
    await pause(0.2)  # let layouts settle (never processEvents inside a coroutine)
    suffix = os.environ.get("CSSW_SHOT_SUFFIX", "")
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def sign(pad: SignaturePad) -> None:
    points = [(0.08 + i * 0.0045, 0.55 + 0.22 * math.sin(i / 3.5)) for i in range(150)]
    for i, (fx, fy) in enumerate(points):
        at = QPointF(fx * pad.width(), fy * pad.height())
        kind = QEvent.Type.MouseButtonPress if i == 0 else QEvent.Type.MouseMove
        button = Qt.MouseButton.NoButton if i else Qt.MouseButton.LeftButton
        QApplication.sendEvent(
            pad,
            QMouseEvent(
                kind,
                at,
                pad.mapToGlobal(at),
                button,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    QApplication.sendEvent(
        pad,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease,
            at,
            pad.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


async def wait_for(test: object, seconds: float = 5) -> None:
    for _ in range(int(seconds / 0.05)):
        if callable(test) and test():
            return
        await pause(0.05)


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

    async def show(family_id: object, name: str) -> None:
        window.show_family(family_id)  # type: ignore[arg-type]
        await wait_for(lambda: page.overview is not None and page.overview.family_id == family_id)
        await shoot(window, name)

    withdrawn = plan.withdrawals[0].family
    await show(withdrawn.id, "20-family-consent-withdrawn")
    await show(plan.consents[0].family.id, "21-family-consent-young-person")
    await show(plan.consents[1].family.id, "22-family-consent-not-asked")
    await show(plan.consents[3].family.id, "23-family-consent-overdue")
    await show(plan.drafts[0].family.id, "24-family-no-consent")

    await show(plan.consents[0].family.id, "21-family-consent-young-person")
    page.consent.withdraw_button.click()
    await wait_for(
        lambda: any(isinstance(d, WithdrawDialog) for d in window.workspace.dialogs.open_dialogs())
    )
    dialog = next(
        d for d in window.workspace.dialogs.open_dialogs() if isinstance(d, WithdrawDialog)
    )
    await shoot(dialog, "25-withdraw-empty")
    dialog.record_button.click()
    await shoot(dialog, "26-withdraw-problems")
    dialog.share_boxes[Agency.HEALTH].setChecked(True)
    dialog.share_boxes[Agency.EDUCATION].setChecked(True)
    dialog.approach_boxes[Agency.EDUCATION].setChecked(True)
    dialog.how_buttons[CommunicatedBy.IN_PERSON].setChecked(True)
    dialog.reason.setPlainText("Wants to tell the school themselves first.")
    dialog.signer_name.setText("Grace Example")
    await pause()
    sign(dialog.signature.pad)
    dialog.attested.setChecked(True)
    await shoot(dialog, "27-withdraw-filled")
    dialog.record_button.click()
    await wait_for(lambda: page.history_model.rowCount() == 2)
    await pause(0.5)
    await shoot(window, "28-family-after-withdrawal")
    window.preferences.open()
    await pause()
    await shoot(window.workspace.dialogs.open_dialogs()[-1], "29-settings-review")
    window.workspace.dialogs.close_all()
    await pause()
    await shoot_preview(window, page.view_button)


async def shoot_preview(window: MainWindow, view_button: QWidget) -> None:
    """The signed form on screen (the newest in the history), zoomed, and saving it."""
    view_button.click()  # type: ignore[attr-defined]
    await wait_for(
        lambda: any(
            isinstance(d, RecordPreviewDialog) for d in window.workspace.dialogs.open_dialogs()
        )
    )
    dialog = next(
        d for d in window.workspace.dialogs.open_dialogs() if isinstance(d, RecordPreviewDialog)
    )
    await wait_for(lambda: dialog.pages.page_count() > 0, 10)
    await shoot(dialog, "30-preview")
    bar = dialog.pages.verticalScrollBar()
    bar.setValue(bar.maximum())
    await shoot(dialog, "31-preview-last-page")
    dialog.pages.zoom_in()
    dialog.pages.zoom_in()
    bar.setValue(0)
    await shoot(dialog, "32-preview-zoomed")
    dialog.pages.fit_width()
    dialog.views.setCurrentIndex(1)  # "Read as text": the same words, for a screen reader
    await shoot(dialog, "32b-preview-as-text")
    dialog.views.setCurrentIndex(0)
    dialog.save_button.click()
    dialog.passphrase.setText("not my passphrase")
    dialog.continue_button.click()
    await wait_for(dialog.problem.isVisible)
    await shoot(dialog, "33-preview-save-wrong-passphrase")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.continue_button.click()
    await wait_for(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    assert dialog.file_dialog is not None
    await shoot(dialog.file_dialog, "34-preview-save-where")
    dialog.file_dialog.reject()
    await pause()
    dialog.print_family_button.click()  # the family's copy, through the print dialog
    await shoot(dialog, "35-preview-print-for-family")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.continue_button.click()
    await wait_for(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible())
    assert dialog.print_dialog is not None
    await shoot(dialog.print_dialog, "36-print-dialog")
    dialog.print_dialog.reject()
    await pause()
    dialog.close_now()
    window.session.shutdown()


def laptop_screen(folder: Path) -> None:
    """An offscreen screen the laptop's size, so dialogs sized to the screen fit as there."""
    if os.environ["QT_QPA_PLATFORM"] != "offscreen":
        return
    config = folder / "screen.json"
    config.write_text(
        f'{{"screens": [{{"name": "laptop", "width": {SIZE.width()}, '
        f'"height": {SIZE.height()}, "logicalDpi": 96}}]}}'
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    screen_folder = tempfile.TemporaryDirectory()
    laptop_screen(Path(screen_folder.name))
    app = QApplication(sys.argv)
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
