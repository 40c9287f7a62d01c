"""What a screen reader gets, read through Qt's accessibility interfaces (as the AT-SPI and
UIA bridges read them): the leaflet as a text read sentence by sentence, the signed form's
pages named and turned with Page Down, its words as text, labels that say what they show,
the family's screen as a window, and what is announced when it changes."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QMessageBox, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from bench.pdf import SampleRecord, sample_consent
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.report import SyncReport
from cssw_desktop.ui.about_dialog import AboutDetails, AboutDialog
from cssw_desktop.ui.assistive import install_roles
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.sync.status import SyncStatus
from cssw_desktop.ui.visit.first_steps import LeafletStep
from cssw_desktop.ui.visit.leaflet_view import LeafletReader
from cssw_documents.pdf import render_preview
from tests.support.accessibility import menu_items, spoken, unnamed_controls
from tests.support.announcements import Heard, listen
from tests.support.gui import WindowFactory, add_families, sample_families, unlock
from tests.support.visit import click, visit_with_teenager

Role = QAccessible.Role


def interface(widget: QWidget | None) -> QAccessibleInterface:
    assert widget is not None
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def sentences(text: str) -> list[str]:
    """A paragraph cut into sentences as Qt's text interface cuts it for a screen reader
    (textAtOffset with SentenceBoundary walks the block with this same boundary finder;
    PySide does not expose textAtOffset itself)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Sentence, text)
    cuts = [0]
    while (at := finder.toNextBoundary()) != -1:
        cuts.append(at)
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def worker_reader(window: MainWindow) -> LeafletReader:
    page = window.visits.page
    assert page is not None
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    return step.reader


# --- the leaflet ----------------------------------------------------------------------


def test_the_leaflet_is_a_text_read_sentence_by_sentence_and_each_section_is_heard(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    reader = worker_reader(window)
    sections = page.controller.leaflet.sections
    qtbot.waitUntil(reader.text.isVisible)

    text = interface(reader.text)
    assert text.role() == Role.EditableText  # a text, read by line, word or sentence
    assert text.state().readOnly
    assert text.text(QAccessible.Text.Name) == sections[0].title  # named by its heading
    assert "Section 1 of" in text.text(QAccessible.Text.Description)
    assert reader.text.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab reaches it
    assert reader.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # Its text interface gives the leaflet's words, word for word.
    content = text.textInterface()
    assert content is not None
    said = content.text(0, content.characterCount())
    expected = [block.text for block in sections[0].blocks if hasattr(block, "text")]
    for paragraph in expected:
        assert paragraph in said
    # Sentence by sentence: each paragraph comes apart at its full stops, nothing lost.
    block = reader.text.document().begin()
    cut = 0
    while block.isValid():
        pieces = sentences(block.text())
        assert words(" ".join(pieces)) == words(block.text())
        cut += max(0, len(pieces) - 1)
        block = block.next()
    assert cut > 0, "some paragraph of the first section has more than one sentence"

    # Next section: the new section is announced, politely, and the keyboard stays put.
    heard = listen(monkeypatch)
    reader.next_button.setFocus()
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.controller.state.section == 1)
    assert reader.next_button.hasFocus()
    assert interface(reader.text).text(QAccessible.Text.Name) == sections[1].title
    count = len(sections)
    [said_now] = [h for h in heard if h.message.startswith("Section ")]
    assert said_now.message.startswith(f"Section 2 of {count}: {sections[1].title}. ")
    assert reader.text.toPlainText() in said_now.message
    assert not said_now.urgent
    click(qtbot, reader.previous_button)
    qtbot.waitUntil(lambda: heard[-1].message.startswith("Section 1 "))
    assert heard[-1].message.startswith(f"Section 1 of {count}: {sections[0].title}. ")

    # The scroll bar of the text says what it scrolls.
    assert spoken(reader.text.verticalScrollBar())[0] == "Scroll the leaflet section"


def test_the_familys_screen_is_a_window_and_the_leaflets_end_is_heard(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    step = page.steps[Step.LEAFLET]
    assert isinstance(step, LeafletStep)
    click(qtbot, step.hand_over_button)
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    whole = interface(screen)
    assert whole.role() == Role.Window  # not a "filler"
    assert whole.text(QAccessible.Text.Name) == "Your information, your rights"
    reader, end = screen.reader, screen.end_page
    assert reader is not None
    assert end is not None
    assert interface(reader.text).text(QAccessible.Text.Name) == reader.title.text()

    heard = listen(monkeypatch)
    page.controller.edit(
        lambda s: s.showing_section(
            len(page.controller.leaflet.sections) - 1,
            page.controller.leaflet.sections[-1].id,
            page.controller.now(),
        )
    )
    click(qtbot, reader.next_button)  # the last section's Next: the end page
    qtbot.waitUntil(end.isVisible)
    assert any(h.message.startswith(end.title.text()) for h in heard)
    assert any(end.next_text.text() in h.message for h in heard)


# --- the signed form ------------------------------------------------------------------


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent(points_per_signature=200)


def shown_form(qtbot: QtBot, consent: SampleRecord) -> tuple[RecordPreviewDialog, list[list[str]]]:
    dialog = RecordPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = render_preview(consent.document, consent.seal, consent.audit, dpi=40)
    dialog.show_pages(preview.images, preview.texts)
    return dialog, preview.texts


def test_the_forms_pages_are_named_and_page_down_turns_them_aloud(
    qtbot: QtBot, consent: SampleRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, texts = shown_form(qtbot, consent)
    count = len(texts)
    assert count >= 3
    # Each page is a named picture, where it is on screen.
    canvas = interface(dialog.pages.widget())
    pages = [canvas.child(index) for index in range(canvas.childCount())]
    assert [p.text(QAccessible.Text.Name) for p in pages if p is not None] == [
        f"Page {n} of {count}" for n in range(1, count + 1)
    ]
    assert all(p is not None and p.role() == Role.Graphic for p in pages)
    # The labels over the pages say what they show.
    assert spoken(dialog.page_label)[0] == f"Page 1 of {count}"
    assert spoken(dialog.zoom_label) == ("100%", "Zoom")

    heard = listen(monkeypatch)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.pages.hasFocus)  # where the form opens
    qtbot.keyClick(dialog.pages, Qt.Key.Key_PageDown)
    assert dialog.pages.current_page() == 2
    assert spoken(dialog.page_label)[0] == f"Page 2 of {count}"
    qtbot.keyClick(dialog.pages, Qt.Key.Key_End)
    assert dialog.pages.current_page() == count
    qtbot.keyClick(dialog.pages, Qt.Key.Key_PageUp)
    assert dialog.pages.current_page() == count - 1
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Home)
    assert dialog.pages.current_page() == 1
    assert heard == [
        Heard(f"Page 2 of {count}", False),
        Heard(f"Page {count} of {count}", False),
        Heard(f"Page {count - 1} of {count}", False),
        Heard(f"Page 1 of {count}", False),
    ]
    # Zooming: the zoom label says the new size.
    click(qtbot, dialog.zoom_in_button)
    assert spoken(dialog.zoom_label)[0] == "125%"
    assert unnamed_controls(dialog) == []


def test_the_form_can_be_read_as_text_with_the_pdfs_words(
    qtbot: QtBot, consent: SampleRecord
) -> None:
    dialog, texts = shown_form(qtbot, consent)
    button = dialog.views.button(1)
    assert spoken(button)[0] == "Read as text"
    click(qtbot, button)
    assert dialog.text.isVisible()
    assert not dialog.zoom_in_button.isEnabled()  # zoom is for the pictures
    text = interface(dialog.text)
    assert text.role() == Role.EditableText
    assert text.state().readOnly
    assert text.text(QAccessible.Text.Name) == "The signed form as text"
    content = text.textInterface()
    assert content is not None
    said = content.text(0, content.characterCount())
    # Page by page, under "Page N of M", the words the PDF's pages have (tested against
    # the PDF itself in tests/documents/test_record_text.py).
    for number in range(1, len(texts) + 1):
        assert f"Page {number} of {len(texts)}" in said
    assert words(said) == [
        word
        for number, page in enumerate(texts, 1)
        for word in words(f"Page {number} of {len(texts)}\n" + "\n".join(page))
    ]
    assert "Consent to information sharing" in said
    assert unnamed_controls(dialog) == []
    # Ctrl+Tab goes between the pictures and the text, as between tabs.
    dialog.views.setCurrentIndex(0)
    dialog.pages.setFocus()
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.views.currentWidget() is dialog.text


# --- labels that say what they show ---------------------------------------------------


def test_labels_say_what_they_show_on_the_worker_screens(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    families = sample_families()
    add_families(ui_vault, families)
    window = make_window()
    unlock(qtbot, window)
    assert spoken(window.lock_state)[0] == window.lock_state.text() != ""
    assert spoken(window.lock_state)[1] == "Lock state"
    listing = window.families_page
    qtbot.waitUntil(lambda: listing.summary.text() != "")
    assert spoken(listing.summary) == (listing.summary.text(), "How many families are shown")
    assert re.search(r"\d+ famil", spoken(listing.summary)[0])

    family = families[0]
    window.show_family(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.address.text() != "")
    assert spoken(page.address) == (page.address.text(), "Address")
    assert spoken(page.worker) == (page.worker.text(), "Allocated worker")
    assert spoken(page.address)[0] != "Address"
    # Every scroll bar shown says what it scrolls; every menu item has a name.
    bars = window.findChildren(QScrollBar)
    assert bars
    for bar in bars:
        assert re.match(r"(Vertical|Horizontal) scroll bar of \S", spoken(bar)[0]), spoken(bar)
    items = [item.text(QAccessible.Text.Name) for item in menu_items(window.menuBar())]
    assert items
    assert all(items)
    assert not any("&" in name for name in items)
    assert unnamed_controls(window) == []


class _Controller(QWidget):
    """The sync controller's signals and words, without a central to talk to: a stand-in
    for the status bar alone (the real controller and central: tests/ui/sync/)."""

    from PySide6.QtCore import Signal

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)
    ended = Signal()
    status_changed = Signal(str)
    summary_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.last_report: SyncReport | None = None
        self.summary = None

    def status_text(self) -> str:
        return "3 waiting to send · last sent 10:42"


def test_sync_news_is_said_when_a_sync_ends_and_a_problem_only_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = _Controller()
    status = SyncStatus(controller)  # type: ignore[arg-type]
    qtbot.addWidget(status)
    status.show()
    assert spoken(status.text) == ("3 waiting to send · last sent 10:42", "Sending to central")
    heard = listen(monkeypatch)

    def sync(report: SyncReport, after: str) -> None:
        controller.started.emit()
        controller.status_changed.emit("Sending to central…")
        controller.ended.emit()
        controller.status_changed.emit(after)
        controller.last_report = report
        controller.finished.emit(report)

    sync(SyncReport(sent=2), "1 waiting to send · last sent 10:47")
    assert heard == [Heard("1 waiting to send · last sent 10:47", False)]
    sync(SyncReport(), "1 waiting to send · last sent 10:52")  # nothing new: nothing said
    assert len(heard) == 1
    offline = SyncReport(problem="Central could not be reached. Check the network.")
    sync(offline, "1 waiting to send · last sent 10:52")
    assert heard[-1] == Heard("Central could not be reached. Check the network.", True)
    assert spoken(status.problem)[0] == status.problem.text() != ""
    sync(offline, "1 waiting to send · last sent 10:52")  # the same problem: once
    assert len(heard) == 2
    # A sync that cannot start says why at once.
    controller.started.emit()
    controller.status_changed.emit("Sending to central…")
    controller.status_changed.emit("Could not send: the laptop is not enrolled")
    assert heard[-1] == Heard("Could not send: the laptop is not enrolled", True)


def test_a_dialog_opened_over_the_window_says_it_is_modal(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt calls a dialog a dialog but never says the rest of the app waits for it; the app's
    dialogs say so (a screen reader tells its user the window behind is out of reach), and a
    message box keeps Qt's own interface, which reads its text out."""
    install_roles()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = AboutDialog(AboutDetails("1.2.3", ("Leaflet: 2026.2-en",), tmp_path), str, parent)
    dialog.open()  # window-modal, as the app opens every dialog
    qtbot.waitExposed(dialog)
    interface = QAccessible.queryAccessibleInterface(dialog)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Dialog
    assert interface.state().modal
    dialog.reject()

    box = QMessageBox(QMessageBox.Icon.Question, "Discard", "Discard the visit?", parent=parent)
    box.open()
    qtbot.waitExposed(box)
    box_interface = QAccessible.queryAccessibleInterface(box)
    assert box_interface is not None
    assert "Discard the visit?" in box_interface.text(QAccessible.Text.Value) + (
        box_interface.text(QAccessible.Text.Description)
    )
    box.reject()
