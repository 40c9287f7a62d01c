"""The leaflet as the family and the worker see it: every heading, paragraph and bullet on
screen is the council's, word for word; the family's reader ends on a page of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextListFormat
from pytestqt.qtbot import QtBot

from cssw_core.domain.visit import Step
from cssw_core.resources import resources_dir
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.first_steps import LeafletStep
from cssw_desktop.ui.visit.leaflet_view import LeafletReader
from tests.support.gui import WindowFactory
from tests.support.seed_leaflet import (
    BULLET,
    HEADING,
    PARAGRAPH,
    SUBTITLE,
    TITLE,
    Piece,
    differences,
    seed_pieces,
)
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    click,
    fill_who,
    next_step,
    read_leaflet,
    visit_with_teenager,
)


def on_screen(reader: LeafletReader) -> list[Piece]:
    """The section the reader shows: its heading, then each paragraph and bullet of the
    text as Qt laid it out (a bullet is a block in a disc list)."""
    assert reader.title.isVisible()
    assert reader.text.isVisible()
    pieces = [Piece(HEADING, reader.title.text())]
    block = reader.text.document().begin()
    while block.isValid():
        if block.text().strip():
            listed = block.textList()
            if listed is not None:
                assert listed.format().style() == QTextListFormat.Style.ListDisc
            pieces.append(Piece(BULLET if listed is not None else PARAGRAPH, block.text()))
        block = block.next()
    return pieces


def read_every_section(qtbot: QtBot, reader: LeafletReader) -> list[Piece]:
    """Everything shown from the first section to the last, pressing "Next section"."""
    count = len(reader.controller.leaflet.sections)
    assert reader.controller.state.section == 0
    shown: list[Piece] = []
    for number in range(1, count + 1):
        assert reader.position.text() == f"Section {number} of {count}"
        shown += on_screen(reader)
        if number < count:
            click(qtbot, reader.next_button)
    return shown


def hand_over(qtbot: QtBot, window: MainWindow) -> FamilyScreen:
    page = window.visits.page
    assert page is not None
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    click(qtbot, step.hand_over_button)
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    return screen


def hand_back(qtbot: QtBot, window: MainWindow, screen: FamilyScreen) -> None:
    assert screen.pages.currentWidget() is screen.panel
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)


def test_the_family_reads_the_councils_leaflet_word_for_word_then_its_end(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    screen = hand_over(qtbot, window)
    reader = screen.reader
    assert reader is not None
    assert screen.end_page is not None
    # The title over every section; the subtitle over the first, as on the printed cover.
    assert screen.leaflet_title.isVisible()
    assert screen.subtitle.isVisible()
    shown = [
        Piece(TITLE, screen.leaflet_title.text()),
        Piece(SUBTITLE, screen.subtitle.text()),
        *read_every_section(qtbot, reader),
    ]
    assert screen.leaflet_title.isVisible()
    assert not screen.subtitle.isVisible()
    found = differences(seed_pieces(), shown)
    assert found == [], "\n".join(found)

    # The last section: "Next section" is still there, and goes to the end page.
    sections = page.controller.leaflet.sections
    assert page.controller.state.section == len(sections) - 1
    assert reader.next_button.isEnabled()
    assert reader.next_button.isVisible()
    assert reader.next_button.accessibleDescription() == "Show the end of the leaflet"
    # With the keyboard: Space on "Next section", and the keyboard is on the way back.
    reader.next_button.setFocus()
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Space)
    end = screen.end_page
    qtbot.waitUntil(end.hand_back_button.hasFocus)
    assert end.isVisible()
    assert not reader.isVisible()
    assert end.title.text() == "You have reached the end of the leaflet"
    assert "give the laptop back to your social worker" in end.next_text.text()
    assert not end.unseen.isVisible()  # every section was shown
    assert end.rights.title.text() == "Your rights and who to contact"  # below the buttons
    assert "dpo@camden.gov.uk" in end.rights.text()
    assert not screen.hand_back_button.isVisible()  # the page's own, larger one instead
    assert end.hand_back_button.isVisible()
    assert end.back_button.isVisible()
    assert not screen.leaflet_title.isVisible()  # the end page is not the leaflet's
    # The end page is the app's, not the leaflet's: it is never recorded as a section.
    assert set(page.controller.state.draft.sections_viewed) == {s.id for s in sections}
    assert page.controller.state.section == len(sections) - 1

    # Back into the leaflet, at its last section; Next again is the end again.
    click(qtbot, end.back_button)
    assert reader.isVisible()
    assert not end.isVisible()
    assert screen.hand_back_button.isVisible()
    assert reader.title.text() == sections[-1].title
    click(qtbot, reader.next_button)
    assert end.isVisible()

    # "Give the laptop back" asks for the worker's passphrase, as the button below does.
    click(qtbot, end.hand_back_button)
    hand_back(qtbot, window, screen)
    assert window.pages.currentWidget() is page
    assert page.controller.state.section == len(sections) - 1
    assert page.next_button.isEnabled()  # every section was shown: the step can go on


def test_the_end_page_names_sections_not_shown_and_goes_back_to_them(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    sections = page.controller.leaflet.sections
    # The worker jumps on to section 3 (1 and 3 shown, 2 never), then hands over.
    page.controller.edit(lambda s: s.showing_section(2, sections[2].id, page.controller.now()))
    screen = hand_over(qtbot, window)
    reader = screen.reader
    assert reader is not None
    assert screen.end_page is not None
    while reader.title.text() != sections[-1].title:
        click(qtbot, reader.next_button)
    click(qtbot, reader.next_button)
    end = screen.end_page
    assert end.isVisible()
    assert end.unseen.isVisible()
    assert end.unseen.text() == (
        f"You have not seen these sections yet: {sections[1].title}. "
        "“Back to the leaflet” takes you there."
    )
    click(qtbot, end.back_button)
    assert reader.title.text() == sections[1].title
    assert page.controller.state.section == 1
    assert sections[1].id in page.controller.state.draft.sections_viewed
    screen.ask_passphrase()
    hand_back(qtbot, window, screen)


def test_the_workers_reader_shows_the_councils_words_too(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    _window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    shown = read_every_section(qtbot, step.reader)
    sections_only = [p for p in seed_pieces() if p.kind not in (TITLE, SUBTITLE)]
    found = differences(sections_only, shown)
    assert found == [], "\n".join(found)
    # On the worker's screen the step's own Next goes on from the last section.
    assert not step.reader.next_button.isEnabled()
    assert page.next_button.isEnabled()


def test_a_visit_saved_with_other_leaflet_words_is_read_again(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    """The app was updated mid-visit with a new leaflet: the record names the words the
    family now reads, every section is shown again, answers stay, signatures go."""
    window, page, family = visit_with_teenager(qtbot, make_window, ui_vault)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    old_hash = page.controller.state.draft.leaflet_hash
    qtbot.waitUntil(lambda: page.controller.saved_revision == page.controller.state.revision)
    click(qtbot, page.leave_button)

    root = tmp_path / "leaflet"
    shutil.copytree(resources_dir() / "leaflet", root)
    path = root / "en" / "leaflet.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = "2099.1-en"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    newer = load_leaflet(root=root)
    assert newer.content_hash != old_hash
    window.visits._leaflets["en"] = newer  # as after an update of the app

    notices: list[str] = []
    window.workspace.notice.connect(notices.append)
    window.show_family(family.id)
    qtbot.waitUntil(lambda: window.visits.resume_dialog is not None)
    dialog = window.visits.resume_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    resumed = window.visits.page
    assert resumed is not None
    state = resumed.controller.state
    assert state.draft.leaflet_version == "2099.1-en"
    assert state.draft.leaflet_hash == newer.content_hash
    assert state.step is Step.LEAFLET
    assert state.section == 0
    assert set(state.draft.sections_viewed) == {newer.sections[0].id}
    assert state.draft.consent_giver_name == "Grace Okafor"  # answers are kept
    assert any("leaflet has changed" in text for text in notices)
