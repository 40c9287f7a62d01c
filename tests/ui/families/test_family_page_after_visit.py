"""The family page says what is true after a visit: a young person who answered and signed
is no longer "own consent needed"; at 150 % text on a 1366×768 laptop nothing of the
children table is cut off; radio buttons grow with the text; the family's thank-you page
is centred like their other pages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from cssw_core.domain.consent import NotSought
from cssw_core.domain.family import Child, Family
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import apply_text_scale, apply_theme
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.models.children import ChildrenTableModel
from cssw_desktop.ui.widgets.indicators import (
    IndicatorSizing,
    indicator_side,
    install_indicator_sizing,
)
from tests.support.gui import WindowFactory, unlock
from tests.support.records import complete_draft, family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

LAPTOP = QSize(1366, 768)


@pytest.fixture(autouse=True)
def normal_display(qapp: QApplication) -> Iterator[None]:
    apply_text_scale(qapp, 1.0)
    apply_theme(qapp, False)
    yield
    apply_text_scale(qapp, 1.0)
    apply_theme(qapp, False)


def two_families(vault: Vault) -> tuple[Family, Family]:
    """The Okafors, whose Chidi (14) answered and signed, with Kemi (13) added since the
    form; the Adeyemis, whose Tobi was not asked (the worker recorded why)."""
    okafor = family_with_teenager()
    adeyemi = Family(
        "Adeyemi",
        case_reference="CSSW-505050",
        children=(Child("Tobi Adeyemi", "Male", date(2010, 8, 1)),),
    )
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(okafor)
        store.families.add(adeyemi)
        seal_consent(store, okafor)
        draft = dataclasses.replace(
            complete_draft(adeyemi),
            young_person_consents={adeyemi.children[0].id: NotSought("At school that day")},
        )
        seal_consent(store, adeyemi, draft=draft)
        kemi = Child("Kemi Okafor", "Female", date(2012, 11, 20))
        okafor = okafor.with_children((*okafor.children, kemi))
        store.families.update(okafor)
    finally:
        store.close()
    return okafor, adeyemi


def own_consent_column(window: MainWindow) -> dict[str, str]:
    model = window.family_page.children_model
    return {
        str(model.index(r, ChildrenTableModel.NAME).data()): str(
            model.index(r, ChildrenTableModel.OWN_CONSENT).data()
        )
        for r in range(model.rowCount())
    }


def open_family(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    window.show_family(family.id, offer_visit=False)
    qtbot.waitUntil(lambda: window.family_page.overview is not None)


def test_the_children_table_says_what_each_young_person_did_on_the_latest_form(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    okafor, adeyemi = two_families(ui_vault)
    window = make_window()
    unlock(qtbot, window)

    open_family(qtbot, window, okafor)
    assert own_consent_column(window) == {
        "Chidi Okafor": "13+ — gave own answers on 14 Mar 2026",
        "Ada Okafor": "Under 13",
        "Kemi Okafor": "13+ — own consent needed",  # 13 now, not on the form
    }
    note = window.family_page.own_consent_note.text()
    assert "Kemi Okafor" in note
    assert "Chidi" not in note

    open_family(qtbot, window, adeyemi)
    assert own_consent_column(window) == {
        "Tobi Adeyemi": "13+ — not asked on 14 Mar 2026 (reason recorded)"
    }
    assert "or why they were not asked" in window.family_page.own_consent_note.text()


def test_at_150_percent_text_the_children_table_is_not_cut_off(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    okafor, _adeyemi = two_families(ui_vault)
    window = make_window()
    window.resize(LAPTOP)
    unlock(qtbot, window)
    for scale in (1.0, 1.5, 2.0):
        apply_text_scale(qapp, scale)
        open_family(qtbot, window, okafor)
        table = window.family_page.children_table
        own = ChildrenTableModel.OWN_CONSENT

        def fits(table: QWidget = table, own: int = own) -> bool:
            header = table.horizontalHeader()  # type: ignore[attr-defined]
            right = header.sectionViewportPosition(own) + header.sectionSize(own)
            return bool(
                table.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]
                and right <= table.viewport().width()  # type: ignore[attr-defined]
                and header.sectionSize(own) >= header.sectionSizeHint(own)
            )

        qtbot.waitUntil(fits)

        # Every row as tall as its words, no taller: one line each once there is room. The
        # rows are fitted once the columns have their new widths (on the next turn of the
        # event loop after a resize), so they are waited for, not read at once.
        def rows(table: QWidget = table) -> list[int]:
            return [table.rowHeight(r) for r in range(table.model().rowCount())]  # type: ignore[attr-defined]

        def one_line_each() -> bool:
            heights = rows()
            return max(heights) <= 2 * min(heights)

        try:
            qtbot.waitUntil(one_line_each)
        except WaitTimeout:
            pytest.fail(f"rows not fitted at {scale}: {rows()}")


def test_radio_buttons_grow_with_the_text(qtbot: QtBot, qapp: QApplication) -> None:
    install_indicator_sizing(qapp)
    page = QWidget()
    qtbot.addWidget(page)
    button = QRadioButton("Yes", page)
    page.show()

    def indicator() -> int:
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, button
        )
        return rect.height()

    normal = indicator()
    apply_text_scale(qapp, 2.0)
    qtbot.waitUntil(lambda: indicator() >= 1.5 * normal)  # 14 → 22 pixels on Fusion
    assert button.sizeHint().height() >= indicator()
    apply_text_scale(qapp, 1.0)
    qtbot.waitUntil(lambda: indicator() == normal)


def test_buttons_shown_before_the_sizing_is_installed_are_sized_too(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The sizing comes with the main window, after the unlock page: a check box already
    on screen then is sized as it is installed, not left at the style's small box."""
    for earlier in qapp.findChildren(IndicatorSizing):
        qapp.removeEventFilter(earlier)
        earlier.setParent(None)
    apply_text_scale(qapp, 2.0)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        box = QCheckBox("I have read this", page)
        page.show()
        qtbot.waitExposed(page)
        assert box.styleSheet() == ""
        install_indicator_sizing(qapp)
        side = indicator_side(box)
        assert box.styleSheet() == f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}"
        assert side > qapp.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    finally:
        apply_text_scale(qapp, 1.0)
