"""The family page's consent now and history, and withdrawing consent, on a real store."""

from __future__ import annotations

import math
from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.family import Child, Family
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.settings import REVIEW_MONTHS
from cssw_desktop.storage.consent_overview import Direction
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.settings_dialog import SettingsDialog
from cssw_desktop.ui.visit.signature_pad import SignaturePad
from tests.support.families import open_family, withdraw_dialog
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE

NO_KEYS = Qt.KeyboardModifier.NoModifier
NO_RECORD = Family(
    "Nowak", case_reference="CSSW-3003", children=(Child("Jan", "", date(2020, 2, 29)),)
)


def seeded(vault: Vault, *, review_months: int | None = None) -> Family:
    """A store holding the Okafor family with a sealed form (No to Housing), and a family
    with no record."""
    family = family_with_teenager()
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        store.families.add(NO_RECORD)
        seal_consent(store, family, refuse=(Agency.HOUSING,))
        if review_months is not None:
            store.settings.set(REVIEW_MONTHS, review_months)
    finally:
        store.close()
    return family


def cell(window: MainWindow, agency: Agency, direction: Direction) -> str:
    model = window.family_page.consent.model
    column = model.SHARE if direction is Direction.SHARE else model.APPROACH
    return str(model.index(AGENCIES.index(agency), column).data())


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, as a worker would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_family_page_shows_consent_now_in_words_and_the_history(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    page = window.family_page
    consent = page.consent
    assert cell(window, Agency.POLICE, Direction.SHARE) == "Yes"
    assert cell(window, Agency.HOUSING, Direction.SHARE) == "No"
    assert cell(window, Agency.HOUSING, Direction.APPROACH) == "No"
    assert consent.model.rowCount() == 11
    headers = [consent.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Agency", "May share with", "May approach for information"]
    assert consent.based_on.text() == (
        "Based on the form signed on 14 Mar 2026 by Grace Okafor (Mother)."
    )
    assert consent.young_people.text() == (
        "Young people's own consent: Chidi Okafor — own answers, the same as Grace's"
    )
    assert consent.review.text() == "Review due by 14 Mar 2027"
    assert "Assessments: Yes" in consent.documents.text()
    assert consent.research.text() == "Anonymised information for research: No."
    assert consent.renew_button.isVisible()
    assert consent.withdraw_button.isVisible()
    assert not consent.start_button.isVisible()
    history = page.history_model
    assert history.rowCount() == 1
    assert history.index(0, history.DATE).data() == "14 Mar 2026"
    assert history.index(0, history.WHAT).data().startswith("Consent form signed")
    who = history.index(0, history.WHO).data()
    assert "Grace Okafor (Mother)" in who
    assert "Chidi Okafor (young person)" in who
    assert "Funmi Adeyemi (interpreter)" in who  # every signer with what they signed as
    assert "recorded by Jaspreet Patel" in who
    assert str(family.id) != history.index(0, history.RECORD).data()  # the record's, not family's
    assert len(history.index(0, history.RECORD).data()) == 8


def test_a_family_with_no_record_is_offered_a_first_visit(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, NO_RECORD)
    consent = window.family_page.consent
    assert consent.based_on.text().startswith("No consent recorded yet")
    assert consent.start_button.isVisible()
    assert not consent.renew_button.isVisible()
    assert not consent.withdraw_button.isVisible()
    assert not consent.table.isVisible()
    assert window.family_page.history_model.rowCount() == 0
    with qtbot.waitSignal(window.family_page.start_visit_requested) as started:
        qtbot.mouseClick(consent.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [NO_RECORD.id]


def test_review_date_follows_the_setting_and_says_when_overdue(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault, review_months=6)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    review = window.family_page.consent.review
    assert review.text() == "Review due by 14 Sep 2026"
    with qtbot.waitSignal(window.family_page.renew_requested) as renew:
        qtbot.mouseClick(window.family_page.consent.renew_button, Qt.MouseButton.LeftButton)
    assert renew.args == [family.id]

    window.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), SettingsDialog))
    dialog = qapp.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.review_months.value() == 6
    dialog.review_months.setValue(3)
    qtbot.keyClick(dialog.review_months, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: review.text() == "Review due by 14 Jun 2026")

    window.today = lambda: date(2026, 7, 1)
    window.show_family(family.id)
    qtbot.waitUntil(lambda: review.text() == "Review overdue since 14 Jun 2026")
    assert review.font().bold()  # not by colour alone


def test_withdraw_police_sharing_with_real_clicks(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)
    assert Agency.HOUSING not in dialog.share_boxes  # only Yes answers are offered
    assert set(dialog.share_boxes) == set(AGENCIES) - {Agency.HOUSING}
    assert not any(b.isChecked() for b in dialog.share_boxes.values())
    assert not any(b.isChecked() for b in dialog.approach_boxes.values())
    assert dialog.chosen_day() == date(2026, 3, 14)  # today by default

    click(qtbot, dialog.share_boxes[Agency.POLICE])
    assert dialog.summary.text() == "CSSW will no longer share information with Police."
    click(qtbot, dialog.how_buttons[CommunicatedBy.PHONE])
    qtbot.keyClicks(dialog.reason, "Would rather speak to the police themselves.")
    click(qtbot, dialog.attested)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))

    qtbot.waitUntil(
        lambda: cell(window, Agency.POLICE, Direction.SHARE) == "No — withdrawn 14 Mar 2026"
    )
    assert cell(window, Agency.POLICE, Direction.APPROACH) == "Yes"
    assert cell(window, Agency.HOUSING, Direction.SHARE) == "No"
    page = window.family_page
    assert page.consent.based_on.text() == (
        "Based on the form signed on 14 Mar 2026 by Grace Okafor (Mother), with 1 later withdrawal."
    )
    history = page.history_model
    assert history.rowCount() == 2
    newest = history.index(0, history.WHAT)
    assert newest.data() == "Withdrawal (phone): no longer share with Police"
    assert "Would rather speak" in newest.data(Qt.ItemDataRole.ToolTipRole)
    assert history.index(0, history.WHO).data() == ("Jaspreet Patel confirmed the family said so")

    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        checks = store.sealing.check_all()
        sealed = store.records.sealed_for_family(family.id)
        state = store.sealing.consent_state(family.id)
        withdrawal_pdf = store.outbox.pdf(sealed[1].id, sealed[1].version)
    finally:
        store.close()
    assert (withdrawal_pdf or b"").startswith(b"%PDF")  # made on sealing, ready to send
    assert len(checks) == 2
    assert all(c.problem is None for c in checks)
    assert [s.kind for s in sealed] == ["consent", "withdrawal"]
    withdrawal = Withdrawal.from_json(sealed[1].body["record"])
    assert withdrawal.share == {Agency.POLICE}
    assert withdrawal.approach == frozenset()
    assert withdrawal.communicated_by is CommunicatedBy.PHONE
    assert withdrawal.worker_attested
    assert withdrawal.worker == "Jaspreet Patel"
    assert sealed[1].body["signatures"] == []
    assert sealed[1].body["confirmed_at"] is None
    assert not state.may_share_with(Agency.POLICE)
    assert state.may_approach(Agency.POLICE)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (QDate(2026, 3, 20), "cannot be in the future"),
        (QDate(2026, 3, 1), "cannot be before 14 Mar 2026"),
    ],
)
def test_withdraw_refuses_without_attestation_and_with_a_wrong_date(
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
    day: QDate,
    expected: str,
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)

    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # nothing filled in
    message = dialog.message.text()
    assert dialog.message.isVisible()
    assert "Tick at least one agency" in message
    assert "Choose how they told you." in message
    assert "Tick “I confirm the family told me this”" in message

    click(qtbot, dialog.approach_boxes[Agency.HEALTH])
    click(qtbot, dialog.how_buttons[CommunicatedBy.LETTER])
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # still not attested
    assert dialog.message.text() == (
        "Before recording this:\n• Tick “I confirm the family told me this” to record it."
    )
    assert dialog.focusWidget() is dialog.attested  # the cursor goes to what to fix

    click(qtbot, dialog.attested)
    assert not dialog.message.isVisible()  # the problems shown update as they are fixed
    dialog.day.setDate(day)
    assert expected in dialog.message.text()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert expected in dialog.message.text()
    assert dialog.isVisible()  # nothing was sealed
    assert cell(window, Agency.HEALTH, Direction.APPROACH) == "Yes"
    assert window.family_page.history_model.rowCount() == 1


def draw_on(pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """One mouse stroke through the points (fractions of the pad's width and height)."""
    for i, (fx, fy) in enumerate(points):
        kind = QEvent.Type.MouseButtonPress if i == 0 else QEvent.Type.MouseMove
        at = QPointF(fx * pad.width(), fy * pad.height())
        button = Qt.MouseButton.NoButton if i else Qt.MouseButton.LeftButton
        event = QMouseEvent(
            kind, at, pad.mapToGlobal(at), button, Qt.MouseButton.LeftButton, NO_KEYS
        )
        QApplication.sendEvent(pad, event)
    at = QPointF(points[-1][0] * pad.width(), points[-1][1] * pad.height())
    release = QMouseEvent(
        QEvent.Type.MouseButtonRelease,
        at,
        pad.mapToGlobal(at),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        NO_KEYS,
    )
    QApplication.sendEvent(pad, release)


def test_withdrawal_told_in_person_can_carry_the_family_members_signature(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)
    assert not dialog.signature.isEnabled()  # only when told in person
    click(qtbot, dialog.how_buttons[CommunicatedBy.IN_PERSON])
    assert dialog.signature.isEnabled()
    click(qtbot, dialog.share_boxes[Agency.EDUCATION])
    click(qtbot, dialog.approach_boxes[Agency.EDUCATION])
    assert dialog.summary.text() == (
        "CSSW will no longer share information with Education (including early years).\n"
        "CSSW will no longer approach Education (including early years) for information."
    )
    pad = dialog.signature.pad
    draw_on(pad, [(0.1 + i * 0.004, 0.5 + 0.2 * math.sin(i / 4)) for i in range(120)])
    click(qtbot, dialog.attested)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().endswith("• Enter the name of the person who signed.")
    qtbot.keyClicks(dialog.signer_name, "Grace Okafor")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: window.family_page.history_model.rowCount() == 2)
    history = window.family_page.history_model
    assert history.index(0, history.WHO).data() == (
        "Signed by Grace Okafor; Jaspreet Patel confirmed the family said so"
    )
    withdrawn = "No — withdrawn 14 Mar 2026"
    assert cell(window, Agency.EDUCATION, Direction.SHARE) == withdrawn
    assert cell(window, Agency.EDUCATION, Direction.APPROACH) == withdrawn

    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        sealed = store.records.sealed_for_family(family.id)
        checks = store.sealing.check_all()
    finally:
        store.close()
    assert all(c.problem is None for c in checks)
    body = sealed[-1].body
    assert [s["role"] for s in body["signatures"]] == ["family_member"]
    assert body["signatures"][0]["signer_name"] == "Grace Okafor"
    assert body["confirmed_at"] is not None


def test_locking_closes_the_withdraw_dialog_and_clears_consent(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)
    qtbot.keyClicks(dialog.reason, "Something private.")
    window.session.lock("Test.")
    qtbot.waitUntil(lambda: closed(dialog))
    page = window.family_page
    assert page.overview is None
    assert page.history_model.rowCount() == 0
    assert page.consent.model.rowCount() == 0
    assert page.consent.based_on.text() == ""


def test_family_page_shows_each_young_person_s_own_answers_where_they_differ(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    from dataclasses import replace

    from cssw_core.domain.consent import Answer, OwnAnswers
    from cssw_desktop.storage.consent_overview import load_overview
    from tests.support.records import complete_draft

    family = family_with_teenager()
    chidi = family.children[0]
    store = ui_vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        base = complete_draft(family)
        same = OwnAnswers.same_as(*base.giver_answers())
        mine = replace(
            same,
            share_with={**same.share_with, Agency.POLICE: Answer.NO},
            approach={**same.approach, Agency.HOUSING: Answer.NO},
        )
        draft = replace(base, young_person_consents={chidi.id: mine})
        seal_consent(store, family, draft=draft)
        (own,) = load_overview(store, family.id).young_people_on_form
        assert own.child == chidi
        assert [d.question() for d in own.differences] == [
            "sharing with Police",
            "asking Housing for information",
        ]
    finally:
        store.close()
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    assert window.family_page.consent.young_people.text() == (
        "Young people's own consent: Chidi Okafor — own answers; unlike Grace: No to "
        "sharing with Police, No to asking Housing for information"
    )
    children = window.family_page.children_model
    qtbot.waitUntil(
        lambda: (
            children.index(0, children.OWN_CONSENT).data()
            == "13+ — gave own answers on 14 Mar 2026"
        )
    )
    assert children.index(1, children.OWN_CONSENT).data() == "Under 13"
