"""A visit held in the family's language: the worker picks it when the visit starts, the
visit's screens and leaflet are in it, the record names it, and the worker's own screens
and the PDF kept for the council stay in the worker's language.

No real translation ships yet, so the pseudo language en-XA stands in for one (the test
passes it as the list of shipped languages; the app never offers pseudo languages)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import Answer, ConsentRecordDraft, DocumentKind, ExplainedItem
from cssw_core.domain.family import Child, Family
from cssw_core.domain.visit import Step
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.pseudo_locale import pseudo
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.language_dialog import LanguageDialog
from tests.support.gui import TODAY, WindowFactory, add_families, unlock
from tests.support.pdf import pdf_text
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    answer_agencies,
    answer_choices,
    click,
    draw_signature,
    fill_who,
    next_step,
    read_leaflet,
    tick_explained,
    visit_page,
)

PSEUDO = "en-XA"


def young_family() -> Family:
    return Family(
        "Nowak",
        "3 Mill Lane, London NW1 5CD",
        "CSSW-500001",
        "Sam Worker",
        children=(Child("Zofia Nowak", "Female", TODAY.replace(year=TODAY.year - 6)),),
    )


def choose_language(qtbot: QtBot, window: MainWindow, family: Family, language: str) -> None:
    """Press "Start consent visit" and pick the language with the keyboard."""
    window.show_family(family.id)
    button = window.family_page.consent.start_button
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    qtbot.waitUntil(lambda: window.visits.language_dialog is not None)
    dialog = window.visits.language_dialog
    assert isinstance(dialog, LanguageDialog)
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.languages.item(i).text() for i in range(dialog.languages.count())]
    assert names == ["English (en)", "English (en-XA)"]  # the worker's language first
    window.visits.start(family.id)  # pressed again while it asks: still one question
    qtbot.wait(50)
    asking = [w for w in QApplication.topLevelWidgets() if isinstance(w, LanguageDialog)]
    assert [w for w in asking if w.isVisible()] == [dialog]
    while dialog.language() != language:
        qtbot.keyClick(dialog.languages, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.languages, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.page)


def file_menu_text(window: MainWindow) -> str:
    return window.menuBar().actions()[0].text()


def test_a_visit_in_the_familys_language_keeps_the_workers_screens_and_pdf_in_theirs(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = young_family()
    add_families(ui_vault, [family])
    window = make_window()
    window.visits.shipped_languages = lambda: ("en", PSEUDO)
    unlock(qtbot, window)
    choose_language(qtbot, window, family, PSEUDO)

    page = visit_page(window)
    leaflet = load_leaflet(PSEUDO)
    assert page.controller.leaflet.version == leaflet.version
    # The visit's screens were built in the family's language; the worker's menus were not.
    assert page.next_button.text() == pseudo("&Next ›")
    assert file_menu_text(window) == "&File"
    draft = page.controller.state.draft
    assert draft.language == PSEUDO
    assert draft.leaflet_hash == leaflet.content_hash

    # Leaving the visit brings the worker's language back; resuming goes back into the
    # family's (the saved visit remembers it).
    click(qtbot, page.leave_button)
    qtbot.waitUntil(lambda: window.visits.page is None)
    assert QCoreApplication.translate("VisitPage", "&Next ›") == "&Next ›"
    window.show_family(family.id)  # offers the unfinished visit
    qtbot.waitUntil(lambda: window.visits.resume_dialog is not None)
    dialog = window.visits.resume_dialog
    assert dialog is not None
    click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = visit_page(window)
    assert page.next_button.text() == pseudo("&Next ›")

    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Ewa Nowak", "Mother")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.SHARE, dict.fromkeys(AGENCIES, Answer.YES))
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, dict.fromkeys(AGENCIES, Answer.NO))
    next_step(qtbot, window)
    answer_choices(qtbot, window, dict.fromkeys(DocumentKind, Answer.YES), Answer.NO)
    next_step(qtbot, window)
    next_step(qtbot, window)  # no young people
    assert page.controller.state.step is Step.REVIEW

    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert screen is not None
    flow = screen.signing
    assert flow is not None
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    assert flow.go_sign.text().startswith("[")  # pseudo text: bracketed and padded
    assert "·" in flow.go_sign.text()
    click(qtbot, flow.confirm)
    click(qtbot, flow.go_sign)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
    draw_signature(flow.field.pad)
    click(qtbot, flow.sign_button)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    click(qtbot, screen.hand_back_button)
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen) or not screen.isVisible())

    click(qtbot, page.next_button)  # seal
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)
    assert QCoreApplication.translate("VisitPage", "&Next ›") == "&Next ›"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight

    store = window.store
    assert store is not None
    (sealed,) = store.records.sealed_for_family(family.id)
    record = ConsentRecordDraft.from_json(sealed.body["record"])
    assert record.language == PSEUDO
    assert record.leaflet_version == leaflet.version
    assert record.leaflet_hash == leaflet.content_hash
    # The PDF kept for the council is in the worker's language and names the family's.
    pdf = store.outbox.pdf(sealed.id, sealed.version)
    assert pdf is not None
    text = pdf_text(pdf)
    assert "Consent to information sharing" in text
    assert "Language of the visit:" in text
    assert "English (en-XA)" in text
