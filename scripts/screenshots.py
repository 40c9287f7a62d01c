"""Save a PNG of each page at 1366×768 into screenshots/ (gitignored), to look at the UI.

Run inside a keyring session, optionally at a scale factor:
    scripts/with-keyring .venv/bin/python scripts/screenshots.py
    QT_SCALE_FACTOR=2 scripts/with-keyring .venv/bin/python scripts/screenshots.py
or with the app's own text size and theme (View menu), names ending in the suffix:
    CSSW_TEXT_SCALE=2 CSSW_HIGH_CONTRAST=1 CSSW_SHOT_SUFFIX=-200-hc scripts/with-keyring ...
Uses a throwaway data folder and fictional families.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cssw_core.domain.family import Child, Family
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.families.family_editor import FamilyEditor
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog

PASSPHRASE = "kettle orbit maple drum"  # noqa: S105 - a throwaway demo store
OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = QSize(*(int(v) for v in os.environ.get("CSSW_SHOT_SIZE", "1366x768").split("x")))
TODAY = date(2026, 3, 14)

FAMILIES = [
    Family(
        "Okafor",
        address="12 Elm Road, London NW1 4AB",
        case_reference="CSSW-104233",
        allocated_worker="Jaspreet Patel",
        children=(
            Child("Chidi Okafor", "Male", date(2011, 5, 2)),
            Child("Ada Okafor", "Female", date(2019, 9, 30)),
            Child("Emeka Okafor", "Male", date(2013, 3, 14)),
        ),
    ),
    Family(
        "Brown",
        case_reference="CSSW-200231",
        children=(Child("Zoë Brown", "Female", date(2016, 1, 1)),),
    ),
    Family(
        "Nowak",
        address="Flat 3, 9 Camden Street",
        case_reference="CSSW-300378",
        children=(Child("Jan Nowak", "", date(2020, 2, 29)),),
    ),
    *[
        Family(
            name,
            case_reference=f"CSSW-{400000 + i}",
            allocated_worker="Sam Green",
            children=(Child(f"Child {i} {name}", "Female", date(2012 + i % 10, 1 + i % 12, 1)),),
        )
        for i, name in enumerate(
            [
                "Ahmed",
                "Campbell",
                "Davies",
                "Evans",
                "Fernandes",
                "Garcia",
                "Hughes",
                "Ibrahim",
                "Jones",
                "Kowalski",
                "Lewis",
                "Mensah",
                "Murphy",
                "O'Brien",
                "Patel",
                "Quinn",
                "Roberts",
                "Singh",
                "Taylor",
                "Williams",
            ]
        )
    ],
]


async def shoot(widget: QWidget, name: str) -> None:
    await pause(0.15)  # let layouts settle (never processEvents inside a coroutine)
    suffix = os.environ.get("CSSW_SHOT_SUFFIX", "")
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


async def pause(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)


async def tour(window: MainWindow, vault: Vault) -> None:
    window.session.start()
    await pause()
    await shoot(window, "01-setup-empty")
    QTest.keyClicks(window.setup_page.passphrase, "password123")
    await shoot(window, "02-setup-weak")
    window.setup_page.passphrase.clear()
    QTest.keyClicks(window.setup_page.passphrase, PASSPHRASE)
    QTest.keyClicks(window.setup_page.confirm, PASSPHRASE)
    await shoot(window, "03-setup-good")
    window.setup_page.passphrase.clear()
    window.setup_page.confirm.clear()

    store = vault.create(PASSPHRASE)
    for family in FAMILIES:
        store.families.add(family)
    store.close()
    window.session.start()
    await pause()
    await shoot(window, "04-unlock")
    for _ in range(4):
        QTest.keyClicks(window.unlock_page.passphrase, "not the right one")
        window.unlock_page.unlock_button.click()
        while window.unlock_page._busy:
            await pause(0.05)
    await shoot(window, "05-unlock-wrong-countdown")
    while not window.unlock_page.unlock_button.isEnabled():
        await pause(0.2)
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    for _ in range(100):
        if window.session.unlocked and window.model.rowCount():
            break
        await pause(0.05)
    else:
        print(
            "unlock failed:",
            window.unlock_page.message.text(),
            window.unlock_page.remaining(),
            repr(window.unlock_page.passphrase.text()),
        )
    await pause()
    await shoot(window, "06-families")
    QTest.keyClicks(window.families_page.search, "zoe")
    await shoot(window, "07-search")
    window.families_page.search.clear()
    okafor = next(f for f in FAMILIES if f.family_name == "Okafor")
    window.show_family(okafor.id)
    await shoot(window, "08-family")
    window.family_editing.edit_family(okafor.id)
    await pause()
    editor = window.workspace.dialogs.open_dialogs()[-1]
    await shoot(editor, "09-edit-family")
    window.workspace.dialogs.close_all()
    window.family_editing.add_family()
    await pause()
    editor = window.workspace.dialogs.open_dialogs()[-1]
    assert isinstance(editor, FamilyEditor)
    QTest.keyClicks(editor.inputs["case_reference"], "CSSW-9")
    editor.add_child_button.click()
    editor.rows[0].date_of_birth.setDate(editor.rows[0].date_of_birth.maximumDate())
    editor.save_button.click()
    await shoot(editor, "10-add-family-problems")
    window.workspace.dialogs.close_all()
    window.preferences.open()
    await pause()
    await shoot(window.workspace.dialogs.open_dialogs()[-1], "11-settings")
    window.workspace.dialogs.close_all()
    window.passphrase_change.open()
    await pause()
    dialog = window.workspace.dialogs.open_dialogs()[-1]
    assert isinstance(dialog, ChangePassphraseDialog)
    assert dialog.fields.current is not None
    QTest.keyClicks(dialog.fields.current, "not my passphrase")
    QTest.keyClicks(dialog.fields.passphrase, "river lantern copper fig")
    QTest.keyClicks(dialog.fields.confirm, "river lantern copper fig")
    dialog.change_button.click()  # the current passphrase is wrong: a message, fields kept
    for _ in range(100):
        if dialog.fields.current_problem.isVisible():
            break
        await pause(0.05)
    QTest.keyClicks(dialog.fields.confirm, "s")  # and the two new ones now differ
    await shoot(dialog, "11b-change-passphrase")
    window.workspace.dialogs.close_all()
    window.session.lock("Locked after 5 minutes without use.")
    await pause()
    await shoot(window, "12-locked")
    window.error_page.show_error(
        "This laptop's keyring no longer holds the device secret for the store in "
        f"{vault.data_dir}, so it cannot be opened here. The store has not been changed. "
        "Contact IT support; do not delete anything.",
        str(vault.data_dir),
    )
    window.show_page(window.error_page)
    await shoot(window, "13-error")
    window.session.shutdown()


def apply_display_env(app: QApplication) -> None:
    """CSSW_TEXT_SCALE (e.g. 2 for 200 %) and CSSW_HIGH_CONTRAST=1, as the View menu sets."""
    from cssw_desktop.ui.accessibility import apply_text_scale, apply_theme

    apply_text_scale(app, float(os.environ.get("CSSW_TEXT_SCALE", "1")))
    if os.environ.get("CSSW_HIGH_CONTRAST") == "1":
        apply_theme(app, True)


def run_tour(
    tour: Callable[[MainWindow, Vault], Awaitable[None]],
    geometry: tuple[int, int, int, int] | None = None,
) -> int:
    """Run `tour` on a main window over a throwaway store (every screenshot script's start):
    the window at SIZE, or at `geometry` (x, y, width, height) where its place matters."""
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    apply_display_env(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(Path(folder) / "data", DeviceSecrets(), kdf=KdfParams(8 * 1024, 1, 1))
        window = MainWindow(vault, IdleWatcher(app), today=lambda: TODAY)
        if geometry is None:
            window.resize(SIZE)
        else:
            window.setGeometry(*geometry)
        window.show()
        with loop:
            loop.run_until_complete(tour(window, vault))
    return 0


def main() -> int:
    return run_tour(tour)


if __name__ == "__main__":
    raise SystemExit(main())
