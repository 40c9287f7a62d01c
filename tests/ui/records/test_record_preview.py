"""The signed form on screen (from the family's history) and saving it as a PDF, on a real
store and keyring: pages as the PDF prints them, the passphrase asked again, the audit."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.audit import AuditAction
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_documents.pdf import render_pages, render_pdf
from tests.support.gui import FakeClock, WindowFactory, closed, unlock
from tests.support.pdf import pdf_pages, pdf_text
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier


def seeded(vault: Vault) -> Family:
    """The Okafor family with a sealed consent form and, later, a withdrawal by phone."""
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        seal_consent(store, family, refuse=(Agency.HOUSING,))
        withdrawal = Withdrawal(
            family_id=family.id,
            withdrawn_at=datetime(2026, 3, 14, 15, 0, tzinfo=UTC),
            communicated_by=CommunicatedBy.PHONE,
            share=frozenset({Agency.POLICE}),
            worker_attested=True,
            worker="Jaspreet Patel",
        )
        store.sealing.seal(
            RecordKind.WITHDRAWAL,
            withdrawal.to_json(),
            family,
            [],
            confirmed_at=None,
            worker="Jaspreet Patel",
        )
    finally:
        store.close()
    return family


def open_store(window: MainWindow) -> Store:
    store = window.store
    assert store is not None
    return store


def open_history(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    window.show_family(family.id)
    page = window.family_page
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)


def preview(qtbot: QtBot, qapp: QApplication) -> RecordPreviewDialog:
    """The preview that opened, once its pages are drawn."""
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), RecordPreviewDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, RecordPreviewDialog)
    qtbot.waitUntil(lambda: dialog.pages.page_count() > 0, timeout=10000)
    return dialog


def actions(store: Store, record_id: object) -> list[str]:
    return [e.action for e in store.audit.entries(str(record_id))]


def test_history_shows_the_form_as_its_pdf_prints_and_audits_the_view(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_history(qtbot, window, family)
    page = window.family_page
    history = page.history_model
    consent = history.entry(1)  # newest first: the withdrawal, then the form
    assert consent is not None
    assert consent.kind is RecordKind.CONSENT
    assert page.view_button.isVisible()
    store = open_store(window)
    assert AuditAction.RECORD_VIEWED.value not in actions(store, consent.record_id)

    # Enter on the form's row in the history opens it.
    page.history_table.setFocus()
    qtbot.keyClick(page.history_table, Qt.Key.Key_Down)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Return)
    dialog = preview(qtbot, qapp)
    assert dialog.windowTitle() == "Okafor family — signed consent form"
    stored = store.records.get(consent.record_id, consent.version)
    assert stored.seal is not None
    audit_before = [e for e in store.audit.entries(stored.id) if e.action != "record.viewed"]
    expected = pdf_pages(render_pdf(stored.body, stored.seal, audit_before))
    assert dialog.pages.page_count() == expected >= 3
    assert expected == len(render_pages(stored.body, stored.seal, audit_before, dpi=50))
    assert dialog.page_label.text() == f"Page 1 of {expected}"
    assert actions(store, consent.record_id).count(AuditAction.RECORD_VIEWED.value) == 1
    (viewed,) = [e for e in store.audit.entries(stored.id) if e.action == "record.viewed"]
    assert viewed.detail == {"version": 1}

    # Fit to width, zoom in and out from the keyboard, and page N of M while scrolling.
    fit = dialog.pages.page_width()
    viewport = dialog.pages.viewport().width()
    assert viewport - 60 < fit < viewport
    assert dialog.zoom_label.text() == "100%"
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Plus, CTRL)
    assert dialog.pages.page_width() > fit
    assert dialog.zoom_label.text() == "125%"
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Minus, CTRL)
    assert dialog.pages.page_width() < fit
    qtbot.keyClick(dialog.pages, Qt.Key.Key_0, CTRL)
    assert dialog.pages.page_width() == fit
    bar = dialog.pages.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert dialog.page_label.text() == f"Page {expected} of {expected}"
    bar.setValue(0)
    assert dialog.page_label.text() == f"Page 1 of {expected}"

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.workspace.dialogs.open_dialogs() == []

    # A double-click on the withdrawal opens it too.
    withdrawal = history.entry(0)
    assert withdrawal is not None
    assert withdrawal.kind is RecordKind.WITHDRAWAL
    table = page.history_table
    row = table.visualRect(history.index(0, history.WHAT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    dialog = preview(qtbot, qapp)
    assert dialog.windowTitle() == "Okafor family — withdrawal of consent"
    assert dialog.pages.page_count() >= 2
    assert AuditAction.RECORD_VIEWED.value in actions(store, withdrawal.record_id)
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))


def test_save_as_pdf_asks_for_the_passphrase_again_and_writes_an_owner_only_pdf(
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
    fake_clock: FakeClock,
    tmp_path: Path,
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_history(qtbot, window, family)
    qtbot.mouseClick(window.family_page.view_button, Qt.MouseButton.LeftButton)
    dialog = preview(qtbot, qapp)
    entry = window.family_page.history_model.entry(0)  # the newest: the withdrawal
    assert entry is not None
    store = open_store(window)
    out = tmp_path / "saved"
    out.mkdir()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_panel.isVisible()
    assert qapp.focusWidget() is dialog.passphrase
    assert not dialog.continue_button.isEnabled()  # nothing typed yet
    for attempt in range(4):  # the fourth wrong try in a row brings a wait
        qtbot.keyClicks(dialog.passphrase, f"not it {attempt}")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.problem.isVisible)
        assert dialog.problem.text() == (
            "That is not your passphrase. Please check it and try again."
        )
        assert dialog.passphrase.text() == ""
        assert dialog.file_dialog is None
    assert dialog.countdown.isVisible()
    assert dialog.countdown.text() == "You can try again in 2 seconds."
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert not dialog.continue_button.isEnabled()  # not during the wait
    fake_clock.advance(3)
    qtbot.waitUntil(lambda: not dialog.countdown.isVisible())
    assert dialog.continue_button.isEnabled()
    assert list(out.iterdir()) == []

    # The right passphrase: where to save it. Cancelling there saves nothing.
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.selectedFiles()[0].endswith(f"withdrawal-{str(entry.record_id)[:8]}.pdf")
    assert "Okafor" not in chooser.selectedFiles()[0]  # no family details in the name
    chooser.reject()
    qtbot.waitUntil(lambda: not dialog.save_panel.isVisible())
    assert dialog.passphrase.text() == ""
    assert AuditAction.RECORD_EXPORTED.value not in actions(store, entry.record_id)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    assert chooser is not None
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    name.setText(str(out / "okafor-withdrawal"))  # typed as a worker would; .pdf is added
    chooser.accept()
    saved = out / "okafor-withdrawal.pdf"
    qtbot.waitUntil(dialog.notice.isVisible, timeout=10000)
    assert dialog.notice.text().startswith(f"Saved as {saved}. This copy is not encrypted")
    assert not dialog.save_panel.isVisible()
    pdf = saved.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == [saved.name]  # no temporary file left
    text = pdf_text(pdf)
    assert "Okafor" in text
    assert "Withdrawal of consent" in text
    assert pdf_pages(pdf) == dialog.pages.page_count()
    exported = [e for e in store.audit.entries(entry.record_id) if e.action == "record.exported"]
    assert [e.detail for e in exported] == [{"version": entry.version}]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))


def test_auto_lock_closes_the_preview_and_keeps_nothing(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window(idle_timeout_ms=1500)
    unlock(qtbot, window)
    open_history(qtbot, window, family)
    qtbot.mouseClick(window.family_page.view_button, Qt.MouseButton.LeftButton)
    dialog = preview(qtbot, qapp)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, "half typed")
    left: list[tuple[str, int]] = []
    dialog.finished.connect(
        lambda _result: left.append((dialog.passphrase.text(), dialog.pages.page_count()))
    )

    # No input now: the idle timer runs out with the preview open.
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=5000)
    qtbot.waitUntil(lambda: closed(dialog))
    assert left == [("", 0)]
    assert qapp.activeModalWidget() is None
    assert window.workspace.dialogs.open_dialogs() == []
    assert window.pages.currentWidget() is window.unlock_page
