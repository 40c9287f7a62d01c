"""The family hears their rights where they sign: the leaflet's end page has "Your rights
and who to contact" with the council's contacts from resources/rights; a replaced file
shows on the next end page; a broken one shows a plain line, never half-read contacts."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import cssw_core.rights_info as rights_info
from cssw_core.rights_info import RIGHTS_FILE, load_rights_info
from cssw_desktop.ui.visit.leaflet_end import LeafletEndPage


def end_page(qtbot: QtBot) -> LeafletEndPage:
    page = LeafletEndPage(None, 1.15)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_end_page_shows_the_rights_and_contacts(qtbot: QtBot) -> None:
    page = end_page(qtbot)
    assert page.rights.isVisible()
    assert page.rights.title.text() == "Your rights and who to contact"
    shown = page.rights.text()
    for detail in load_rights_info().contact_details():
        assert detail in shown, detail
    assert page.hand_back_button.isVisible()


def test_a_replaced_file_changes_the_next_end_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((rights_info.rights_dir() / RIGHTS_FILE).read_text(encoding="utf-8"))
    data["information_rights"]["email"] = "rights@testshire.example"
    (tmp_path / RIGHTS_FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(rights_info, "rights_dir", lambda: tmp_path)
    shown = end_page(qtbot).rights.text()
    assert "contact us first at rights@testshire.example" in shown
    assert "contact us first at dpa@camden.gov.uk" not in shown


def test_a_broken_file_shows_a_plain_line_and_tells_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / RIGHTS_FILE).write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(rights_info, "rights_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING):
        page = end_page(qtbot)
    shown = page.rights.text()
    assert "cannot be shown on this laptop just now" in shown
    assert "ask your social worker" in shown
    assert "@" not in shown  # no half-read contact
    assert f"the rights file {tmp_path / RIGHTS_FILE} is not valid JSON" in caplog.text
    assert page.hand_back_button.isVisible()
