"""The GUI's start, first things first: the unlock page is on screen before the rest of the
app is imported.

On a laptop with a store, `run_gui` sets up Qt, the worker's language and text size, and
shows the first window (ui/unlock/first_window.py: the unlock page alone), importing
nothing else. Once that page is painted the rest of the app loads, a few modules at a
time with the worker's typing handled in between, and the main window (app.py) takes the
page over. Without a store (the first run's set-up) or for the training store, the
window is built whole, as there is no passphrase to type meanwhile.

This module and everything it imports at the top stay light:
tests/ui/unlock/test_first_window.py checks that the store, the session, the main window
and their libraries are not loaded when the unlock page paints.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.logs import configure_logging
from cssw_desktop.storage.files import STORE_FILE
from cssw_desktop.ui.accessibility import DISPLAY_FILE, DisplayControl
from cssw_desktop.ui.assistive import install_roles
from cssw_desktop.ui.clipboard import guard_selection
from cssw_desktop.ui.focus import install_focus_ring
from cssw_desktop.ui.i18n import Languages
from cssw_desktop.ui.paint_report import report_first_window, requested
from cssw_desktop.ui.unlock.first_window import FirstWindow

if TYPE_CHECKING:
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.unlock.unlock_page import UnlockPage

APP_NAME = "CSSW offline consent"
APP_NAME_TEXT = QT_TRANSLATE_NOOP("App", "CSSW offline consent")
"""The name in window titles, translated (APP_NAME, for settings and folders, is not)."""
ORGANISATION = "CSSW"

# The rest of the app, imported in this order after the unlock page is painted, with the
# worker's typing handled between one and the next (the last one imports whatever is left).
REST_OF_APP = (
    "cssw_desktop.storage.vault",
    "cssw_desktop.ui.session",
    "cssw_desktop.ui.sync.sync_ui",
    "cssw_desktop.ui.main_window",
    "cssw_desktop.app",
)


def run_gui(
    data_dir: Path,
    argv: list[str],
    *,
    on_window: Callable[[MainWindow], None] | None = None,
    on_unlock_page: Callable[[UnlockPage], None] | None = None,
    language: str = "en",
    training: bool = False,
) -> int:
    """Start the desktop app on the store in data_dir, its screens in `language` (one
    `cssw_desktop.ui.i18n.choose_language` chose); returns the exit code. `training`:
    start on the training store beside it instead (the worker can leave it for the real
    one, and go back, from the File menu).

    `on_unlock_page` is called with the unlock page as soon as it is made, before it is
    shown, and `on_window` with the main window once it is built (the start-up benchmark
    uses them to see when each is painted).
    """
    configure_logging(data_dir)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    app = QApplication(argv)
    languages = Languages(app, language)  # keeps the translators while the app runs
    QApplication.setApplicationDisplayName(QApplication.translate("App", APP_NAME_TEXT))
    # The worker's text size and contrast, before any window is built to those sizes
    # (kept in the real data folder: the same worker's eyes in training).
    display = DisplayControl(app, data_dir / DISPLAY_FILE)
    display.apply_saved()
    install_focus_ring(app)
    install_roles()  # headings, radio groups, modal dialogs, as a screen reader hears them
    guard_selection(app)  # selecting text offers nothing to other programs
    # The radio buttons' and check boxes' sizing comes with the main window (the unlock
    # page has none): it is an event filter on the whole application, and every object
    # that meets a Python filter is given a Python type, which before the first paint made
    # PySide create about a hundred Qt classes and their enums (bench/startup.py).

    first: FirstWindow | None = None
    if not training and (data_dir / STORE_FILE).exists():
        first = FirstWindow()
        assert first.unlock_page is not None
        if on_unlock_page is not None:
            on_unlock_page(first.unlock_page)
        if requested():  # start-up timing only
            report_first_window(first, first.unlock_page)
        if not first.show_and_wait_for_paint() or not _load_rest(app, first):
            return 0  # closed before the app had loaded
    from cssw_desktop.app import run_app

    return run_app(
        app,
        data_dir,
        languages,
        display,
        first=first,
        training=training,
        on_window=on_window,
        on_unlock_page=on_unlock_page if first is None else None,
    )


def _load_rest(app: QApplication, first: FirstWindow) -> bool:
    """Import the rest of the app, handling what the worker does in between; False if
    the worker closed the window meanwhile."""
    for module in REST_OF_APP:
        importlib.import_module(module)
        app.processEvents()  # keys typed meanwhile reach the page in the first window
        if first.closed:
            return False
    return True
