"""Save PNGs of training mode into screenshots/ (gitignored), to look at it as a trainee
would: the first-run screen, setting up the training store, its families, a family's
page, the family's hand-over screen, a training record's preview, the outbox and the
real store's first-run screen again after leaving training.

    scripts/with-keyring .venv/bin/python scripts/training_screenshots.py
    CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 scripts/with-keyring .venv/bin/python \\
        scripts/training_screenshots.py

Uses a throwaway data folder (and its training folder beside it).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cssw_desktop.app import WindowSwitch
from cssw_desktop.paths import resolve_training_dir
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.training import TrainingVault
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, apply_display_env, pause, shoot
from visit_screenshots import until

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway training store
SIZE = QSize(*(int(v) for v in os.environ.get("CSSW_SHOT_SIZE", "1366x768").split("x")))
FAST = KdfParams(8 * 1024, 1, 1)


async def tour(switch: WindowSwitch) -> None:
    real = switch.window
    assert real is not None
    switch.start()
    await until(lambda: real.pages.currentWidget() is real.setup_page, 20)
    await shoot(real, "t01-first-run")
    real.setup_page.training_button.click()
    window = switch.window
    assert window is not None
    assert window is not real
    window.resize(SIZE)
    await until(lambda: window.pages.currentWidget() is window.setup_page, 20)
    await shoot(window, "t02-training-setup")
    QTest.keyClicks(window.setup_page.passphrase, PASSPHRASE)
    QTest.keyClicks(window.setup_page.confirm, PASSPHRASE)
    window.setup_page.create_button.click()
    await until(lambda: window.session.unlocked and window.model.rowCount() > 0, 20)
    await shoot(window, "t03-training-families")
    window.session.lock("Locked.")
    await until(lambda: window.pages.currentWidget() is window.unlock_page, 20)
    await shoot(window, "t03b-training-locked")
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.session.unlocked and window.model.rowCount() > 0, 20)
    store = window.session.store
    assert store is not None
    rows = [r for r in store.outbox.rows() if r.kind == "consent"]  # a signed form
    signed = rows[0] if rows else None
    families = [window.model.family_at(row) for row in range(window.model.rowCount())]
    family = next(
        (f for f in families if f is not None and signed and f.id == signed.family_id),
        families[0],
    )
    assert family is not None
    window.show_family(family.id, offer_visit=False)
    await pause(0.5)
    await shoot(window, "t04-training-family")
    if signed is not None:
        window.family_consent.view(signed.record_id, signed.version)  # its preview
        await pause(2.0)
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.resize(SIZE)
            await pause(1.0)
            await shoot(dialog, "t04b-training-record")
        window.workspace.dialogs.close_all()
    window.visits.start(family.id)
    await until(lambda: window.visits.page is not None, 20)
    await pause(0.5)
    await shoot(window, "t05-training-visit")
    window.visits.hand_over()
    screen = window.visits.screen
    assert screen is not None
    screen.resize(SIZE)
    await shoot(screen, "t06-training-hand-over")
    window.visits.clear()
    window.sync.show_outbox()
    await pause(0.5)
    await shoot(window, "t07-training-outbox")
    window.show_families()
    assert switch.training_action is not None
    switch.training_action.trigger()  # File → Leave training
    back = switch.window
    assert back is not None
    assert back is not window
    back.resize(SIZE)
    await until(lambda: back.pages.currentWidget() is back.setup_page, 20)
    await shoot(back, "t08-left-training")
    back.session.shutdown()


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    apply_display_env(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    secrets = DeviceSecrets()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "cssw-desktop"

        def make_vault(training: bool) -> Vault:
            if training:
                return TrainingVault(resolve_training_dir(data), secrets, kdf=FAST)
            return Vault(data, secrets, kdf=FAST)

        def make_window(vault: Vault, idle: IdleWatcher) -> MainWindow:
            window = MainWindow(vault, idle, online_detection=False)
            window.resize(SIZE)
            return window

        switch = WindowSwitch(app, make_vault, make_window)
        switch.build(False)
        with loop:
            loop.run_until_complete(tour(switch))
        for vault in (make_vault(False), make_vault(True)):
            vault.wipe()  # the keyring's device secrets too
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
