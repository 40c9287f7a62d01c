"""Screenshots of the main screens and the record PDF in a (pseudo) language, to check
that longer text and right-to-left layout fit: PNGs into screenshots/ (gitignored).

    scripts/with-keyring .venv/bin/python scripts/i18n_screenshots.py --language en-XA
    scripts/with-keyring .venv/bin/python scripts/i18n_screenshots.py --language ar-XB

Shows the setup and unlock pages, the families list, a family, the family editor, the
settings and change-passphrase dialogs, the outbox, every step of a consent visit (the
leaflet, the choices and the family's signing screens, in that language's leaflet), and
the pages of a consent record's and a withdrawal's PDF. Throwaway data folders and
fictional families only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import scripts.screenshots as shots
from bench.pdf import sample_consent, sample_withdrawal
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.keys import KdfParams
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.i18n import Languages, choose_language
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_documents.pdf import render_pages
from scripts.screenshots import FAMILIES, PASSPHRASE, SIZE, TODAY, pause, shoot
from scripts.visit_screenshots import tour as visit_tour
from scripts.visit_screenshots import until

FAST_KDF = KdfParams(8 * 1024, 1, 1)


async def main_screens(window: MainWindow, vault: Vault) -> None:
    window.session.start()
    await pause()
    await shoot(window, "i01-setup")
    QTest.keyClicks(window.setup_page.passphrase, "password123")
    await shoot(window, "i02-setup-weak")
    window.setup_page.passphrase.clear()
    store = vault.create(PASSPHRASE)
    for family in FAMILIES:
        store.families.add(family)
    store.close()
    window.session.start()
    await until(window.unlock_page.unlock_button.isEnabled)
    await shoot(window, "i03-unlock")
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.session.unlocked and window.model.rowCount())
    await shoot(window, "i04-families")
    okafor = FAMILIES[0]
    window.show_family(okafor.id)
    await shoot(window, "i05-family")
    window.family_editing.edit_family(okafor.id)
    await pause()
    await shoot(window.workspace.dialogs.open_dialogs()[-1], "i06-edit-family")
    window.workspace.dialogs.close_all()
    window.preferences.open()
    await pause()
    await shoot(window.workspace.dialogs.open_dialogs()[-1], "i07-settings")
    window.workspace.dialogs.close_all()
    window.passphrase_change.open()
    await pause()
    await shoot(window.workspace.dialogs.open_dialogs()[-1], "i08-change-passphrase")
    window.workspace.dialogs.close_all()
    window.sync.show_outbox()
    await pause(0.5)
    await shoot(window, "i09-outbox")
    window.session.lock(window.tr("Locked after 5 minutes without use."))
    await pause()
    await shoot(window, "i10-locked")
    window.session.shutdown()


def save_pdf_pages(out: Path, suffix: str) -> None:
    for name, sample in (("consent", sample_consent()), ("withdrawal", sample_withdrawal())):
        for number, page in enumerate(render_pages(sample.document, sample.seal, sample.audit), 1):
            path = out / f"i-pdf-{name}-{number}{suffix}.png"
            page.save(str(path))
            print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", required=True, help="e.g. en-XA or ar-XB")
    parser.add_argument("--out", type=Path, default=shots.OUT, help="folder for the PNGs")
    args = parser.parse_args()
    language = choose_language(args.language)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    shots.OUT = out  # shoot() saves there
    scale = os.environ.get("CSSW_TEXT_SCALE", "1")
    suffix = f"-{language}" + ("" if scale in ("1", "1.0") else f"-{round(float(scale) * 100)}")
    os.environ["CSSW_SHOT_SUFFIX"] = suffix

    app = QApplication(sys.argv[:1])
    languages = Languages(app, language)
    shots.apply_display_env(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    secrets = DeviceSecrets()
    with tempfile.TemporaryDirectory() as folder, loop:
        for part in ("main", "visit"):
            vault = Vault(Path(folder) / part, secrets, kdf=FAST_KDF)
            window = MainWindow(vault, IdleWatcher(app), today=lambda: TODAY, languages=languages)
            window.resize(SIZE)
            window.show()
            if part == "main":
                loop.run_until_complete(main_screens(window, vault))
            else:
                # The visit is held in the app's language, with that language's leaflet.
                window.visits.shipped_languages = lambda: ()
                loop.run_until_complete(visit_tour(window, vault))
            window.close()
    save_pdf_pages(out, suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
