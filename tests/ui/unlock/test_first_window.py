"""The unlock page comes first: the start paints it before importing the rest of the app,
and the main window takes it over with what the worker typed (startup.py,
ui/unlock/first_window.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.paint_report import ENV, MARK
from cssw_desktop.ui.unlock.first_window import FirstWindow
from tests.support.gui import WindowFactory, add_families, sample_families
from tests.support.stores import FAST_KDF, PASSPHRASE

# What the unlock page does not need: the store and its libraries, the session, the
# main window and what it builds, the event loop's glue, the network (sockets came with
# the standard library's rotating log handler, so the app's log rotates by itself).
HEAVY = (
    "cssw_desktop.app",
    "cssw_desktop.ui.main_window",
    "cssw_desktop.ui.session",
    "cssw_desktop.ui.sync.sync_ui",
    "cssw_desktop.storage.vault",
    "cssw_desktop.storage.store",
    "cssw_core.domain.consent",
    "sqlcipher3",
    "keyring",
    "qasync",
    "asyncio",
    "PySide6.QtNetwork",
    "logging.handlers",
    "socket",
    # the high-contrast theme's style, loaded only when the theme is on (here it is off)
    "cssw_desktop.ui.contrast_theme",
    # times and dates (the restore offer's words come after the page), and json (here no
    # display preferences were saved, so there is no file to read)
    "datetime",
    "json",
)

# Runs the real start (as `cssw-desktop` does) and prints which HEAVY modules are loaded
# when the unlock page is first painted, and when the main window is.
PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject
    import cssw_desktop.cli
    from cssw_desktop.startup import run_gui

    heavy = sys.argv[2].split(",")  # not json: the app may load it only later
    kept = []

    class Watch(QObject):
        def __init__(self, name):
            super().__init__()
            self.name = name

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                loaded = [m for m in heavy if m in sys.modules]
                print("LOADED", self.name, ",".join(loaded), flush=True)
            return False

    def watch(name):
        def install(widget):
            kept.append(Watch(name))
            widget.installEventFilter(kept[-1])
        return install

    sys.exit(run_gui(Path(sys.argv[1]), sys.argv[:1], on_unlock_page=watch("page"),
                     on_window=watch("window")))
    """
)


def start(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir), ",".join(HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, ENV: "1"},  # quits once the whole app is painted
    )


def test_the_unlock_page_is_painted_before_the_rest_of_the_app_is_imported(
    data_dir: Path, device_secrets: DeviceSecrets
) -> None:
    Vault(data_dir, device_secrets, kdf=FAST_KDF).create(PASSPHRASE).close()
    done = start(data_dir)
    assert done.returncode == 0, done.stderr
    loaded = {}
    events = []
    for line in done.stdout.splitlines():
        if line.startswith("LOADED "):
            _mark, name, modules = line.split(" ", 2)
            loaded[name] = [m for m in modules.split(",") if m]
        elif line.startswith(MARK):
            events.append(line.split()[1])
    assert loaded["page"] == []  # nothing heavy when the worker can start typing
    # The list names what the app does load by the time its window paints (keyring is
    # imported on first use, which may come just before or just after that paint; the
    # app never needs logging.handlers, nor the contrast theme while it is off).
    assert set(loaded["window"]) >= set(HEAVY) - {
        "keyring",
        "logging.handlers",
        "cssw_desktop.ui.contrast_theme",
    }
    assert events == ["first_paint", "unlock_page", "ready"]


def test_without_a_store_the_whole_window_comes_at_once(tmp_path: Path) -> None:
    done = start(tmp_path / "new")
    assert done.returncode == 0, done.stderr
    assert "LOADED page" not in done.stdout  # the first run has no unlock page to show
    marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith(MARK)]
    assert marks == ["first_paint", "setup_page"]


def _first_window(qtbot: QtBot) -> FirstWindow:
    first = FirstWindow()
    qtbot.addWidget(first)
    assert first.show_and_wait_for_paint()
    assert first.was_painted
    return first


def test_the_main_window_takes_over_the_page_with_what_was_typed(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    first = _first_window(qtbot)
    page = first.unlock_page
    assert page is not None
    qtbot.keyClicks(page.passphrase, PASSPHRASE[:5])

    window = make_window(unlock_page=first.take_page())
    first.hand_over(window)
    assert window.unlock_page is page
    assert window.pages.currentWidget() is page  # at once: no "Opening…" in between
    assert page.passphrase.text() == PASSPHRASE[:5]
    qtbot.keyClicks(page.passphrase, PASSPHRASE[5:])
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.unlocked and window.model.total > 0)
    assert page.passphrase.text() == ""  # forgotten once used


def test_a_key_sent_to_the_first_window_after_the_hand_over_is_typed_in_the_page(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    first = _first_window(qtbot)
    page = first.unlock_page
    assert page is not None
    window = make_window(unlock_page=first.take_page())
    first.hand_over(window)
    assert window.focusWidget() is page.passphrase
    qtbot.keyClick(first, Qt.Key.Key_K)  # e.g. before the window system moved the keyboard
    qtbot.keyClick(first, Qt.Key.Key_Q)
    assert page.passphrase.text() == "kq"


def test_unlock_pressed_before_the_app_loaded_is_kept_for_the_session(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    add_families(ui_vault, sample_families())
    first = _first_window(qtbot)
    page = first.unlock_page
    assert page is not None
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.passphrase.text() == ""  # taken out of the field at once, as before
    assert not page.unlock_button.isEnabled()  # "Unlocking…": no second press

    window = make_window(unlock_page=first.take_page())
    passphrase = first.take_pending()
    assert passphrase == PASSPHRASE
    assert first.take_pending() is None  # handed on once, then forgotten
    window.session.unlock(passphrase)
    qtbot.waitUntil(lambda: window.session.unlocked and window.model.total > 0)


def test_closing_the_first_window_before_the_app_loaded_stops_the_start(qtbot: QtBot) -> None:
    first = _first_window(qtbot)
    page = first.unlock_page
    assert page is not None
    qtbot.keyClicks(page.passphrase, "half typed")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    first.close()
    assert first.closed
    assert first.take_pending() is None  # nothing typed is kept for later
