"""A correction central keeps beside a sealed record reaches the worker's laptop with the
caseload (rectification): the family's history says the form was corrected and the signed
form on screen shows the note above its untouched pages. The caseload is applied as the
sync engine applies central's answer (the message central sends, through the store); the
way there over real HTTPS is tests/e2e/test_rights_end_to_end.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.caseload import caseload_with_corrections
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.ui.records.test_record_preview import preview

NOTE = "The family's telephone number on this form was an old one."
OTHER = "0d9c8b7a-6f5e-4d3c-8b1a-0f9e8d7c6b5a"  # a record not on this laptop


def seeded(vault: Vault) -> tuple[Family, str]:
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        sealed = seal_consent(store, family)
        caseload = caseload_with_corrections(
            family, [(str(sealed.id), sealed.version), (OTHER, 1)], NOTE
        )
        store.caseload.apply(caseload)
        store.caseload.apply(caseload)  # the same notes again: kept once
        notes = store.corrections.of_record(sealed.id, sealed.version)
        assert [(n.corrected_by, n.note) for n in notes] == [("Dora Officer", NOTE)]
        assert store.corrections.corrected_in_family(family.id) == {(str(sealed.id), 1)}
    finally:
        store.close()
    return family, str(sealed.id)


def test_the_history_and_the_signed_form_show_central_s_correction(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family, record_id = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    window.show_family(family.id)
    page = window.family_page
    history = page.history_model
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    entry = history.entry(0)
    assert entry is not None
    assert entry.kind is RecordKind.CONSENT
    what = history.index(0, history.WHAT).data()
    assert "corrected since: open the form to read the note" in what

    page.history_table.setFocus()
    qtbot.keyClick(page.history_table, Qt.Key.Key_Down)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Return)
    dialog = preview(qtbot, qapp)
    label = dialog.findChild(QLabel, "corrections")
    assert label is not None
    assert label.isVisible()
    assert label.text() == f"Corrected on 30 Nov 2026: {NOTE}"
    store = window.store
    assert isinstance(store, Store)
    assert store.records.get(entry.record_id, entry.version).seal is not None  # unchanged
    qtbot.keyClick(dialog.pages, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert str(entry.record_id) == record_id
