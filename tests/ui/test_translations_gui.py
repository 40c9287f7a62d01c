"""The screens and the PDF in another language: the pseudo translations show on real
widgets, ar-XB turns the layout right-to-left, and taking a language out restores English."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.pdf import sample_consent
from cssw_core.domain.agencies import AGENCIES
from cssw_desktop.pseudo_locale import RLO, pseudo
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.i18n import install_language, remove_language
from cssw_desktop.ui.main_window import MainWindow
from cssw_documents.blocks import LABEL_WIDTH
from cssw_documents.layout import A4_WIDTH_PT, Margins
from cssw_documents.pdf import render_pdf
from cssw_documents.words import agency_name
from tests.support.gui import WindowFactory
from tests.support.pdf import pdf_text
from tests.support.stores import PASSPHRASE

UseLanguage = Callable[[str], None]


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[UseLanguage]:
    """Install a language for one test; it is always taken out again afterwards."""
    installed = []

    def use(language: str) -> None:
        installed.append(install_language(qapp, language))

    yield use
    for translators in reversed(installed):
        remove_language(qapp, translators)


def unlock_page_shown(qtbot: QtBot, make_window: WindowFactory, vault: Vault) -> MainWindow:
    vault.create(PASSPHRASE).close()
    window = make_window()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    return window


def test_pseudo_english_shows_on_the_unlock_page_and_the_menus(
    qtbot: QtBot, make_window: WindowFactory, ui_vault: Vault, use_language: UseLanguage
) -> None:
    use_language("en-XA")
    window = unlock_page_shown(qtbot, make_window, ui_vault)
    assert window.unlock_page.unlock_button.text() == pseudo("&Unlock")
    menus = [action.text() for action in window.menuBar().actions()]
    assert pseudo("&File") in menus
    assert all(text.startswith("[") for text in menus), menus  # every menu is translated
    # The View menu's items are made with the main window, after the unlock page.
    view = [action.text() for action in window.display.actions()]
    assert pseudo("&Larger text") in view
    assert all(text.startswith("[") for text in view), view
    assert not window.isRightToLeft()
    assert window.unlock_page.unlock_button.isVisible()


def test_pseudo_arabic_lays_the_window_out_right_to_left(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: WindowFactory,
    ui_vault: Vault,
    use_language: UseLanguage,
) -> None:
    use_language("ar-XB")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = unlock_page_shown(qtbot, make_window, ui_vault)
    assert window.isRightToLeft()
    assert window.unlock_page.unlock_button.text() == pseudo("&Unlock", right_to_left=True)
    bar = window.menuBar()
    first = bar.actionGeometry(bar.actions()[0])
    assert first.left() > bar.width() // 2  # File is at the right-hand end, where RTL starts


def test_taking_the_language_out_restores_english_left_to_right(
    qapp: QApplication,
) -> None:
    translators = install_language(qapp, "ar-XB")
    assert qapp.translate("MainWindow", "&File") == pseudo("&File", right_to_left=True)
    remove_language(qapp, translators)
    assert translators == []
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert qapp.translate("MainWindow", "&File") == "&File"
    assert install_language(qapp, "en") == []  # English is the source text: nothing to load


def test_the_record_pdf_is_printed_in_the_language_in_force(
    qapp: QApplication, use_language: UseLanguage
) -> None:
    consent = sample_consent(points_per_signature=50)
    english = pdf_text(render_pdf(consent.document, consent.seal, consent.audit))
    use_language("en-XA")
    text = pdf_text(render_pdf(consent.document, consent.seal, consent.audit))
    words = set(re.findall(r"\w+", text))
    for heading in ("Consent to information sharing", "Name of family:", "Signatures"):
        assert heading in english
        assert heading not in text
        assert set(re.findall(r"\w+", pseudo(heading))) <= words, heading
    for agency in AGENCIES:  # both grids, in the pseudo language
        assert agency.label not in text
        assert set(re.findall(r"\w+", agency_name(agency))) <= words
    assert consent.document["family"]["family_name"] in text  # the record's data as it is


def first_page_word(pdf: bytes, word: str) -> tuple[float, float]:
    """Where `word` first stands on page 1: its left and right edges in points."""
    done = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    found = re.search(
        rf'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
        rf"{re.escape(word)}</word>",
        done.stdout.decode("utf-8"),
    )
    assert found is not None, word
    return float(found[1]), float(found[2])


def test_the_record_pdf_is_mirrored_for_a_right_to_left_language(
    qapp: QApplication, use_language: UseLanguage
) -> None:
    """Labels at the right, values to their left and ending where the labels begin,
    the values (names, dates) still reading left to right."""
    consent = sample_consent(points_per_signature=50)
    family = consent.document["family"]["family_name"]
    label_column = LABEL_WIDTH + Margins().left  # from the left edge, left to right
    english = render_pdf(consent.document, consent.seal, consent.audit)
    assert first_page_word(english, family)[0] == pytest.approx(label_column, abs=1)
    use_language("ar-XB")
    assert RLO in agency_name(AGENCIES[0])
    pdf = render_pdf(consent.document, consent.seal, consent.audit)
    assert first_page_word(pdf, family)[1] == pytest.approx(A4_WIDTH_PT - label_column, abs=1)
    text = pdf_text(pdf)
    assert "Consent to information sharing" not in text
    assert "02/05/2011" in text  # a date of birth, not reordered
