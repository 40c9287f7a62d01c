"""Save a PNG of every consent-visit step and of the family's screen at 1366×768 into
screenshots/ (gitignored), to look at them.

    scripts/with-keyring .venv/bin/python scripts/visit_screenshots.py

Uses a throwaway data folder and the fictional Okafor family from screenshots.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import DocumentKind, ExplainedItem
from cssw_core.domain.visit import Step
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from scripts.screenshots import (
    FAMILIES,
    PASSPHRASE,
    SIZE,
    pause,
    run_tour,
    shoot,
)
from tests.support.visit import draw_signature


def press(widget: QWidget) -> None:
    # A check box's or radio button's indicator is at its start: the right in right-to-left.
    x = widget.width() - 8 if widget.isRightToLeft() else 8
    pos = QPoint(x, widget.height() // 2) if isinstance(widget, QCheckBox | QRadioButton) else None
    if pos is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


async def until(condition: object, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if callable(condition) and condition():
            return
        await pause(0.05)
    raise RuntimeError("timed out")


async def tour(window: MainWindow, vault: Vault) -> None:
    store = vault.create(PASSPHRASE)
    for family in FAMILIES:
        store.families.add(family)
    store.close()
    window.session.start()
    await until(lambda: window.unlock_page.unlock_button.isEnabled())
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    await until(lambda: window.session.unlocked and window.model.rowCount())
    okafor = FAMILIES[0]
    window.show_family(okafor.id)
    start = window.family_page.consent.start_button
    await until(start.isVisible)
    await shoot(window, "v00-family-page")
    start.click()
    await until(lambda: window.visits.page is not None)
    page = window.visits.page
    assert page is not None
    await shoot(window, "v01-leaflet")
    leaflet = page.steps[Step.LEAFLET]
    for _ in range(4):
        leaflet.reader.next_button.click()  # type: ignore[attr-defined]
    await shoot(window, "v01b-leaflet-section5")
    leaflet.hand_over_button.click()  # type: ignore[attr-defined]
    await pause()
    screen = window.visits.screen
    assert screen is not None
    screen.resize(SIZE)
    await shoot(screen, "v01c-family-leaflet")
    await shoot(window, "v01d-with-the-family")
    screen.hand_back_button.click()
    QTest.keyClicks(screen.panel.passphrase, "wrong one")
    screen.panel.ok_button.click()
    await until(lambda: screen.panel.message.isVisible())
    await shoot(screen, "v01e-hand-back-wrong")
    await until(lambda: screen.panel.ok_button.isEnabled(), 30)
    QTest.keyClicks(screen.panel.passphrase, PASSPHRASE)
    screen.panel.ok_button.click()
    await until(lambda: window.visits.screen is None)
    while leaflet.reader.next_button.isEnabled():  # type: ignore[attr-defined]
        leaflet.reader.next_button.click()  # type: ignore[attr-defined]
    page.next_button.click()
    who = page.steps[Step.WHO]
    await shoot(window, "v02-who-empty")
    QTest.keyClicks(who.giver, "Grace Okafor")  # type: ignore[attr-defined]
    QTest.keyClicks(who.relationship, "Mother")  # type: ignore[attr-defined]
    press(who.parental)  # type: ignore[attr-defined]
    press(who.interpreter)  # type: ignore[attr-defined]
    QTest.keyClicks(who.language, "Yoruba")  # type: ignore[attr-defined]
    QTest.keyClicks(who.interpreter_name, "Funmi Adeyemi")  # type: ignore[attr-defined]
    await shoot(window, "v02b-who-filled")
    page.next_button.click()
    explained = page.steps[Step.EXPLAINED]
    for item in list(ExplainedItem)[:4]:
        press(explained.boxes[item])  # type: ignore[attr-defined]
    await shoot(window, "v03-explained-partly")
    for item in list(ExplainedItem)[4:]:
        press(explained.boxes[item])  # type: ignore[attr-defined]
    page.next_button.click()
    share = page.steps[Step.SHARE]
    for agency in AGENCIES[:5]:
        group = share.answers[agency]  # type: ignore[attr-defined]
        press(group.no if agency is Agency.POLICE else group.yes)
    await shoot(window, "v04-share-partly")
    for agency in AGENCIES[5:]:
        group = share.answers[agency]  # type: ignore[attr-defined]
        press(group.no if agency is Agency.HOUSING else group.yes)
    page.next_button.click()
    approach = page.steps[Step.APPROACH]
    for agency in AGENCIES:
        group = approach.answers[agency]  # type: ignore[attr-defined]
        press(group.no if agency is Agency.PROBATION else group.yes)
    await shoot(window, "v05-approach")
    page.next_button.click()
    await shoot(window, "v06-choices-empty")
    choices = page.steps[Step.CHOICES]
    for kind in DocumentKind:
        press(choices.documents[kind].yes)  # type: ignore[attr-defined]
    press(choices.research.no)  # type: ignore[attr-defined]
    page.next_button.click()
    await shoot(window, "v07-young-people")
    young = page.steps[Step.YOUNG_PEOPLE]
    boxes = list(young.boxes.values())  # type: ignore[attr-defined]
    press(boxes[0].own)
    await shoot(window, "v07a-young-people-own-empty")
    boxes[0].same_as.click()
    press(boxes[0].share[Agency.POLICE].yes)
    press(boxes[0].approach[Agency.HEALTH].no)
    await shoot(window, "v07a2-young-people-own-answers")
    press(boxes[1].not_asked)
    boxes[1].reason.setFocus()  # scrolls the second young person into view
    await shoot(window, "v07b-young-people-reason-missing")
    QTest.keyClicks(boxes[1].reason, "Emeka was at school during the visit")
    page.next_button.click()
    await shoot(window, "v08-review")
    page.steps[Step.REVIEW].hand_over_button.click()  # type: ignore[attr-defined]
    await pause()
    screen = window.visits.screen
    assert screen is not None
    screen.resize(SIZE)
    flow = screen.signing
    assert flow is not None
    await shoot(screen, "v09-family-check")
    flow.summary.verticalScrollBar().setValue(flow.summary.verticalScrollBar().maximum())
    await shoot(screen, "v09a-family-check-end")
    flow.wrong_button.click()
    await pause()
    await shoot(screen, "v09b-family-wrong")
    flow.wrong_back.click()
    await pause()
    flow.confirm.click()
    flow.go_sign.click()
    await pause()
    await shoot(screen, "v10-family-sign-empty")
    draw_signature(flow.field.pad)
    await shoot(screen, "v10b-family-signed")
    flow.sign_button.click()
    await pause()
    await shoot(screen, "v11-young-check")
    flow.confirm.click()
    flow.go_sign.click()
    await pause()
    flow.field.type_button.click()  # the young person signs by typing their name
    QTest.keyClicks(flow.field.typed.name, flow.signer_name.text())
    await shoot(screen, "v11b-young-sign-typed")
    flow.sign_button.click()
    await pause()
    await shoot(screen, "v11c-interpreter-sign")
    flow.field.type_button.click()
    QTest.keyClicks(flow.field.typed.name, flow.signer_name.text())
    flow.sign_button.click()
    await pause()
    await shoot(screen, "v12-family-thanks")
    screen.hand_back_button.click()
    await shoot(screen, "v12b-hand-back")
    QTest.keyClicks(screen.panel.passphrase, PASSPHRASE)
    screen.panel.ok_button.click()
    await until(lambda: window.visits.screen is None)
    await shoot(window, "v13-review-signed")
    page.next_button.click()
    await until(lambda: window.pages.currentWidget() is window.visits.done_page, 10)
    await shoot(window, "v14-sealed")
    window.visits.done_page.back_requested.emit()  # to the family's page: what is true now
    await until(lambda: window.pages.currentWidget() is window.family_page)
    await until(lambda: window.family_page.overview is not None)
    await shoot(window, "v15-family-after-visit")
    window.session.shutdown()


def main() -> int:
    return run_tour(tour)


if __name__ == "__main__":
    raise SystemExit(main())
