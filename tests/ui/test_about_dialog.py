"""Help → About: the version, the leaflet, where the data is, and the third-party licences."""

from __future__ import annotations

import tomllib
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from cssw_core.rights_info import load_rights_info
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.leaflet_notice import DISAGREEMENTS
from cssw_desktop.ui.about_dialog import AboutDetails, AboutDialog, LicencesViewer, NoticeViewer
from tests.support.gui import WindowFactory

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def open_about(qtbot: QtBot, qapp: QApplication, window_factory: WindowFactory) -> AboutDialog:
    window = window_factory()
    last = window.menuBar().actions()[-1]  # Help is the last menu
    assert last.text() == "&Help"
    help_menu = last.menu()
    assert isinstance(help_menu, QMenu)
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()  # as choosing Help → About does
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), AboutDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    return dialog


def test_about_shows_the_version_the_leaflet_and_the_data_folder(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, data_dir: Path
) -> None:
    dialog = open_about(qtbot, qapp, make_window)
    assert dialog.windowTitle() == "About CSSW offline consent"
    assert dialog.version.text() == pyproject_version()
    leaflet = load_leaflet("en")
    assert f"“{leaflet.title}”, version {leaflet.version}" in dialog.leaflets.text().splitlines()
    assert "XA" not in dialog.leaflets.text()  # never a pseudo language for testing
    assert dialog.data_dir.text() == str(data_dir)
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def test_third_party_licences_open_read_only(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory
) -> None:
    dialog = open_about(qtbot, qapp, make_window)
    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), LicencesViewer))
    viewer = qapp.activeModalWidget()
    assert isinstance(viewer, LicencesViewer)
    text = viewer.text.toPlainText()
    for name in ("PySide6", "sqlcipher3", "keyring", "cryptography", "LGPL-3.0-only", "OpenSSL"):
        assert name in text
    assert viewer.text.isReadOnly()
    qtbot.keyClicks(viewer.text, "typed")
    assert viewer.text.toPlainText() == text
    viewer.reject()
    qtbot.waitUntil(lambda: not viewer.isVisible())
    dialog.reject()


def test_a_missing_licences_file_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    def missing() -> str:
        raise FileNotFoundError(tmp_path / "THIRD-PARTY-LICENCES.txt")

    dialog = AboutDialog(AboutDetails("1.2.3", ("Leaflet: 2026.2-en",), tmp_path), missing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    assert dialog.licences_viewer is not None
    qtbot.waitUntil(dialog.licences_viewer.isVisible)
    shown = dialog.licences_viewer.text.toPlainText()
    assert shown.startswith("The list of third-party licences is missing from this installation.")
    assert "Traceback" not in shown
    dialog.licences_viewer.reject()


def test_about_lists_where_the_leaflet_and_the_notice_disagree(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory
) -> None:
    dialog = open_about(qtbot, qapp, make_window)
    assert dialog.to_settle.text().startswith("The leaflet is shown word for word.")
    assert f"on {len(DISAGREEMENTS)} points" in dialog.to_settle.text()
    assert "council to settle" in dialog.to_settle.text()
    qtbot.mouseClick(dialog.notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), NoticeViewer))
    viewer = qapp.activeModalWidget()
    assert isinstance(viewer, NoticeViewer)
    shown = viewer.text.toPlainText()
    assert "The leaflet: “Child protection cases – 30 years”" in shown
    assert "The privacy notice: “Child protection records are kept for 35 years.”" in shown
    for number, item in enumerate(DISAGREEMENTS, 1):
        assert f"{number}. {item.topic}" in shown
        assert item.notice in shown
        assert item.leaflet in shown
        assert item.meanwhile in shown
    assert "The leaflet says nothing of it." in shown  # adoption
    # What the family reads about their rights, with the notice's contacts (resources/rights).
    assert "Your rights and who to contact" in shown
    for detail in load_rights_info().contact_details():
        assert detail in shown, detail
    viewer.reject()
    qtbot.waitUntil(lambda: not viewer.isVisible())
    dialog.reject()
