"""Recording a share from the family page: the dialog fits a laptop screen at any text size,
a share "with consent" the family refused is refused in plain words, a share without
consent is sealed and shows in the family's sharing register with the consent then."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.share import Information, NotSoughtReason, Party
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import apply_text_scale
from cssw_desktop.ui.families.share_dialog import ShareDialog
from cssw_desktop.ui.main_window import MainWindow
from tests.support.accessibility import clipped
from tests.support.families import open_family
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import complete_draft, family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.sync_gui import TIMEOUT

LAPTOP = QRect(0, 0, 1366, 768)


def seeded(vault: Vault) -> Family:
    """The Okafor family with a sealed form: Yes to every agency but the police."""
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        seal_consent(store, family, draft=complete_draft(family, refuse=(Agency.POLICE,)))
    finally:
        store.close()
    return family


def share_dialog(qtbot: QtBot, qapp: QApplication, window: MainWindow) -> ShareDialog:
    button = window.family_page.register.record_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), ShareDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, ShareDialog)
    return dialog


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_share_dialog_fits_a_laptop_screen_and_scrolls(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication, scale: float
) -> None:
    family = seeded(ui_vault)
    window: MainWindow = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    apply_text_scale(qapp, scale)
    try:
        dialog = share_dialog(qtbot, qapp, window)
        dialog.without_consent.setChecked(True)
        dialog.fit_to(LAPTOP)
        assert dialog.width() <= LAPTOP.width()
        assert dialog.height() <= LAPTOP.height()
        assert dialog.scroller.horizontalScrollBar().maximum() == 0
        if scale >= 2.0:
            assert dialog.scroller.verticalScrollBar().maximum() > 0
        assert dialog.record_button.isVisible()
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(lambda: not clipped(dialog), timeout=2000)
        assert not clipped(dialog), "\n".join(clipped(dialog))
        dialog.reject()
    finally:
        apply_text_scale(qapp, 1.0)


def test_a_refused_agency_is_refused_and_a_share_without_consent_is_in_the_register(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window: MainWindow = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    page = window.family_page
    assert not page.register.list.isVisible()
    qtbot.waitUntil(lambda: page.jumps.history_button.text() == "History (1 record)")
    assert page.jumps.register_button.text() == "Sharing register (0 shares)"
    # The link under the family's name brings the register into view, keyboard and all.
    window.resize(LAPTOP.size())
    qtbot.mouseClick(page.jumps.register_button, Qt.MouseButton.LeftButton)
    assert page.register.record_button.hasFocus()
    viewport = page._scroll.viewport()
    button = page.register.record_button
    top_left = button.mapTo(viewport, button.rect().topLeft())
    assert viewport.rect().contains(top_left)
    dialog = share_dialog(qtbot, qapp, window)
    dialog.party.setCurrentIndex(list(Party).index(Party.POLICE))
    dialog.information[Information.REFERRAL].setChecked(True)
    dialog.decided_by.setText("Jaspreet Patel")
    dialog.worker.setText("Jaspreet Patel")
    dialog.record_button.click()
    qtbot.waitUntil(lambda: "has not given consent to sharing with Police" in dialog.message.text())
    assert not closed(dialog)

    dialog.without_consent.setChecked(True)
    dialog.not_sought.setCurrentIndex(
        1 + list(NotSoughtReason).index(NotSoughtReason.CRIMINAL_INVESTIGATION)
    )
    dialog.record_button.click()  # no manager yet
    assert "Enter the manager who authorised sharing without consent." in dialog.message.text()
    dialog.manager.setText("Maria Lopez")
    dialog.manager_role.setText("Team manager")
    dialog.told_no.setChecked(True)
    dialog.why_not.setText("A police investigation is open.")
    dialog.record_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.register.list.count() == 1)
    words = page.register.list.item(0).text()
    assert "Police" in words
    assert "WITHOUT consent" in words
    assert "the family had said No" in words
    assert "family not told" in words
    assert page.jumps.register_button.text() == "Sharing register (1 share, 1 without consent)"

    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        kinds = [s.kind for s in store.records.sealed_for_family(family.id)]
        queued = [r.kind for r in store.outbox.rows()]
    finally:
        store.close()
    assert kinds == [RecordKind.CONSENT.value, RecordKind.SHARE.value]
    assert queued.count("share") == 1
