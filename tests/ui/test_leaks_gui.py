"""Canary families typed into the running app leave no readable trace on disk: not in the
store, its WAL or SHM, the logs or temp files, while the app runs and after it closes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.logs import configure_logging
from cssw_desktop.storage.vault import Vault
from tests.support.families import open_editor
from tests.support.gui import WindowFactory, add_families, closed, sample_families, unlock
from tests.support.leaks import CANARIES, files_under, leaks_in, redirect_temp
from tests.support.stores import PASSPHRASE


def test_canaries_typed_into_the_app_never_reach_disk_in_the_clear(
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = redirect_temp(monkeypatch, tmp_path / "temp")
    add_families(ui_vault, sample_families())
    configure_logging(data_dir)
    window = make_window()
    unlock(qtbot, window)

    editor = open_editor(window, qtbot, qapp)
    qtbot.keyClicks(editor.inputs["family_name"], CANARIES[0])
    qtbot.keyClicks(editor.inputs["address"], CANARIES[2])
    qtbot.keyClicks(editor.inputs["case_reference"], CANARIES[3])
    qtbot.mouseClick(editor.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.rows[0].name, CANARIES[1])
    editor.rows[0].date_of_birth.setDate(QDate(2012, 6, 1))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(editor))
    qtbot.waitUntil(lambda: window.family_page.title.text() == f"{CANARIES[0]} family")
    # Search for it too: search text must not be written anywhere either.
    window.show_page(window.families_page)
    qtbot.keyClicks(window.families_page.search, CANARIES[1][:8])
    assert window.model.rowCount() == 1

    running = files_under(data_dir)
    assert any(p.name == "store.db-wal" for p in running)
    assert leaks_in(running) == []
    assert leaks_in(files_under(temp)) == []

    window.close()
    window.session.shutdown()
    qtbot.waitUntil(lambda: not window.session.unlocked)
    after = files_under(data_dir)
    assert any(p.suffix == ".log" for p in after)
    assert leaks_in(after) == []
    assert leaks_in(files_under(temp)) == []

    store = ui_vault.unlock(PASSPHRASE)
    try:
        saved = [f for f in store.families.all() if f.family_name == CANARIES[0]]
    finally:
        store.close()
    assert [c.name for c in saved[0].children] == [CANARIES[1]]
    assert saved[0].children[0].date_of_birth == date(2012, 6, 1)
