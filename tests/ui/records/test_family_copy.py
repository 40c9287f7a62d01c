"""A copy of the signed form for the family, from the record's preview: printed through the
system's print dialog (here a QPrinter writing a PDF file: no real printer) and saved as a
PDF; both after the worker's passphrase, both audited, both without the council's
technical pages but with the answers, signatures, dates, the council's name and "what
happens next"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from cssw_core.domain.visit import STEPS
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.records.family_copy import Purpose
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.pdf import pdf_text
from tests.support.stores import PASSPHRASE
from tests.support.visit import visit_with_teenager
from tests.ui.records.test_record_preview import actions, open_history, open_store, preview, seeded
from tests.ui.visit.test_visit_audit_steps import ready_to_seal

LEFT = Qt.MouseButton.LeftButton
TECHNICAL = ("SHA-256", "Ed25519", "Verifying this record", "What happened during", "public key")


def open_consent(qtbot: QtBot, window: object, qapp: QApplication) -> RecordPreviewDialog:
    page = window.family_page  # type: ignore[attr-defined]
    page.history_table.setFocus()
    qtbot.keyClick(page.history_table, Qt.Key.Key_Down)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Return)
    return preview(qtbot, qapp)


def passphrase(qtbot: QtBot, dialog: RecordPreviewDialog, button: QPushButton) -> None:
    qtbot.mouseClick(button, LEFT)
    assert dialog.save_panel.isVisible()
    assert "without the council's technical pages" in dialog.save_words.text()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def assert_family_copy(text: str) -> None:
    words = " ".join(text.split())
    for technical in TECHNICAL:
        assert technical not in words, technical
    assert "Consent to information sharing" in words
    assert "Children's Services" in words  # the council (resources/branding)
    assert "What happens next" in words
    assert "Your rights and who to contact" in words  # resources/rights
    assert "Andrew Maughan, Borough Solicitor, dpo@camden.gov.uk" in words
    assert "Signature of person giving consent" in words
    assert "Name: Grace Okafor" in words
    assert re.search(r"Date: \d\d/\d\d/\d{4}", words)
    assert re.search(r"Housing\s+Yes\s+✔ No", text)  # refused: both words, No ticked
    assert re.search(r"Health\s+✔ Yes\s+No", text)


def test_the_family_copy_is_printed_through_the_print_dialog(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_history(qtbot, window, family)
    dialog = open_consent(qtbot, window, qapp)
    entry = window.family_page.history_model.entry(1)
    assert entry is not None
    store = open_store(window)

    # Cancelling the print dialog prints nothing and audits nothing.
    passphrase(qtbot, dialog, dialog.print_family_button)
    qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible())
    assert dialog.print_dialog is not None
    dialog.print_dialog.reject()
    qtbot.waitUntil(lambda: not dialog.save_panel.isVisible())
    assert "record.printed" not in actions(store, entry.record_id)

    passphrase(qtbot, dialog, dialog.print_family_button)
    qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible())
    chooser = dialog.print_dialog
    assert isinstance(chooser, QPrintDialog)
    printed = tmp_path / "printed.pdf"
    printer = chooser.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer writing a file
    printer.setOutputFileName(str(printed))
    chooser.done(QPrintDialog.DialogCode.Accepted)  # as the Print button does
    qtbot.waitUntil(dialog.notice.isVisible, timeout=15000)
    assert dialog.notice.text().startswith("The family's copy was sent to the printer")
    text = pdf_text(printed.read_bytes())
    assert_family_copy(text)
    pages = len([p for p in text.split("\f") if p.strip()])
    assert pages < dialog.pages.page_count()  # the council's pages are left out
    assert f"Page 1 of {pages}" in text
    (done,) = [e for e in store.audit.entries(entry.record_id) if e.action == "record.printed"]
    assert done.detail == {"version": entry.version, "pages": pages}
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog))


def test_the_family_copy_is_saved_as_a_pdf_without_the_technical_pages(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_history(qtbot, window, family)
    dialog = open_consent(qtbot, window, qapp)
    entry = window.family_page.history_model.entry(1)
    assert entry is not None
    store = open_store(window)

    passphrase(qtbot, dialog, dialog.save_family_button)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    assert chooser is not None
    assert chooser.selectedFiles()[0].endswith(
        f"family-copy-consent-form-{str(entry.record_id)[:8]}.pdf"
    )
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    name.setText(str(tmp_path / "for-the-family"))
    chooser.accept()
    saved = tmp_path / "for-the-family.pdf"
    qtbot.waitUntil(dialog.notice.isVisible, timeout=10000)
    assert_family_copy(pdf_text(saved.read_bytes()))
    assert "record.family_copy" in actions(store, entry.record_id)
    assert "record.exported" not in actions(store, entry.record_id)
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog))


def test_the_end_of_a_visit_offers_to_print_the_familys_copy(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Signed and sealed: "Print a copy for the family…" opens the form with the passphrase
    asked at once, then the print dialog."""
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    ready_to_seal(page)
    for _ in range(len(STEPS)):  # every step, then Seal
        qtbot.mouseClick(page.next_button, LEFT)
    done = window.visits.done_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is done, timeout=15000)
    qtbot.mouseClick(done.print_button, LEFT)
    dialog = preview(qtbot, qapp)
    qtbot.waitUntil(dialog.save_panel.isVisible)
    assert dialog.purpose is Purpose.FAMILY_PRINT
    assert dialog.cancel_save_button.text() == "Don't print"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.print_dialog is not None and dialog.print_dialog.isVisible())
    chooser = dialog.print_dialog
    assert isinstance(chooser, QPrintDialog)
    printed = tmp_path / "printed.pdf"
    chooser.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    chooser.printer().setOutputFileName(str(printed))
    chooser.done(QPrintDialog.DialogCode.Accepted)
    qtbot.waitUntil(dialog.notice.isVisible, timeout=15000)
    text = " ".join(pdf_text(printed.read_bytes()).split())
    assert "Name: Grace Okafor" in text
    assert "What happens next" in text
    for technical in TECHNICAL:
        assert technical not in text
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog))
