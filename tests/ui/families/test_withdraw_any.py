"""Withdrawing any consent given, through the window: the adult withdraws research and one
document, a young person (13+) withdraws their own consent to one agency; each is sealed,
shown in consent now and the history, sent to the real central (TLS, PostgreSQL) and
arrives in another laptop's caseload download. The dialog fits a 1366x768 screen from 80
to 200 % text, scrolls, and keeps a usable signing box; an empty withdrawal is refused."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cssw_central.infra.tables import Record
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, OwnAnswers
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.consent_overview import Direction
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.ui.accessibility import apply_text_scale
from cssw_desktop.ui.families.withdraw_dialog import SIGNATURE_MIN_PX, WithdrawDialog
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.widgets.layout import em
from tests.support.accessibility import clipped
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.families import open_family, withdraw_dialog
from tests.support.gui import WindowFactory, closed, unlock
from tests.support.records import complete_draft, family_with_teenager, seal_consent
from tests.support.stores import FAST_KDF, PASSPHRASE
from tests.support.sync_gui import TIMEOUT, enroll_in_window, stop_sync

LAPTOP = QRect(0, 0, 1366, 768)


def seeded(vault: Vault) -> Family:
    """The Okafor family with a sealed form: Yes to everything, research included; Chidi
    (14) gave the same answers for himself."""
    family = family_with_teenager()
    draft = dataclasses.replace(complete_draft(family), research_consent=Answer.YES)
    same = OwnAnswers.same_as(*draft.giver_answers())
    draft = dataclasses.replace(draft, young_person_consents={family.children[0].id: same})
    store = vault.create(PASSPHRASE)
    try:
        store.families.add(family)
        seal_consent(store, family, draft=draft)
    finally:
        store.close()
    return family


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def tick(qtbot: QtBot, dialog: WithdrawDialog, box: Any) -> None:
    """Tick a box as a worker would: scrolled into view, then clicked on its indicator."""
    dialog.scroller.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + _INDICATOR)


_INDICATOR = QPoint(8, 8)


def record(qtbot: QtBot, dialog: WithdrawDialog, how: CommunicatedBy) -> None:
    tick(qtbot, dialog, dialog.how_buttons[how])
    tick(qtbot, dialog, dialog.attested)
    click(qtbot, dialog.record_button)
    qtbot.waitUntil(lambda: closed(dialog), timeout=TIMEOUT)


def test_the_adult_and_a_young_person_withdraw_and_it_reaches_another_laptop(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    device_secrets: DeviceSecrets,
) -> None:
    family = seeded(ui_vault)
    chidi = family.children[0]
    window = make_window(online_detection=False)
    unlock(qtbot, window)
    enrolling = enroll_in_window(qtbot, qapp, window, central.issue_code("wendy"), WENDY_PASSWORD)
    click(qtbot, enrolling.cancel_button)
    sync = window.sync
    qtbot.waitUntil(lambda: sync.status.text.text().startswith("Nothing waiting"), timeout=TIMEOUT)
    open_family(qtbot, window, family)
    consent = window.family_page.consent

    # The adult: research and copies of assessments.
    dialog = withdraw_dialog(qtbot, qapp, window)
    assert set(dialog.who_buttons) == {None, chidi.id}  # Ada (6) is not offered
    assert dialog.who_buttons[None].isChecked()
    assert set(dialog.document_boxes) == set(DocumentKind)
    assert dialog.research_box is not None
    tick(qtbot, dialog, dialog.document_boxes[DocumentKind.ASSESSMENTS])
    tick(qtbot, dialog, dialog.research_box)
    assert dialog.summary.text() == (
        "CSSW will no longer copy these documents to agencies: Assessments.\n"
        "CSSW will no longer use anonymised information for research."
    )
    record(qtbot, dialog, CommunicatedBy.PHONE)
    qtbot.waitUntil(lambda: "Assessments: No — withdrawn 14 Mar 2026" in consent.documents.text())
    assert "A record of reviews: Yes" in consent.documents.text()
    assert consent.research.text() == (
        "Anonymised information for research: No — withdrawn 14 Mar 2026."
    )

    # Chidi, for his own consent: sharing with the police. He signs, in person.
    dialog = withdraw_dialog(qtbot, qapp, window)
    tick(qtbot, dialog, dialog.who_buttons[chidi.id])
    assert dialog.research_box is not None  # his own research consent still stands
    assert Agency.POLICE in dialog.share_boxes
    tick(qtbot, dialog, dialog.share_boxes[Agency.POLICE])
    assert dialog.summary.text().startswith(
        "Chidi Okafor withdraws their own consent; the adult's consent is unchanged."
    )
    tick(qtbot, dialog, dialog.how_buttons[CommunicatedBy.IN_PERSON])
    assert dialog.signer_name.text() == "Chidi Okafor"
    assert dialog.signer_name.isReadOnly()
    dialog.scroller.ensureWidgetVisible(dialog.signature)
    click(qtbot, dialog.signature.type_button)
    qtbot.keyClicks(dialog.signature.typed.name, "Chidi Okafor")
    record(qtbot, dialog, CommunicatedBy.IN_PERSON)
    qtbot.waitUntil(lambda: "withdrew on" in consent.young_people.text())
    assert consent.young_people.text() == (
        "Young people's own consent: Chidi Okafor — own answers, the same as Grace's; withdrew "
        "on 14 Mar 2026: sharing with Police"
    )
    police = AGENCIES.index(Agency.POLICE)
    assert consent.model.words(Direction.SHARE, police) == "Yes"  # the adult's stands
    assert consent.based_on.text().endswith("with 2 later withdrawals.")
    history = window.family_page.history_model
    assert history.rowCount() == 3
    assert history.index(0, history.WHAT).data() == (
        "Chidi Okafor's own withdrawal (in person): no longer share with Police"
    )
    assert history.index(0, history.WHO).data() == (
        "Signed by Chidi Okafor (young person); Wendy Walker confirmed the young person said so"
    )
    assert history.index(1, history.WHAT).data() == (
        "Withdrawal (phone): no longer copy Assessments; no research"
    )

    # Sent to central, each with its seal checked there.
    sync.sync_now()
    qtbot.waitUntil(lambda: _records_at(central, family) == 3, timeout=TIMEOUT)
    with central.session() as session:
        rows = session.scalars(
            select(Record).where(Record.family_id == str(family.id), Record.kind == "withdrawal")
        ).all()
        flags = {r.record_id: json.loads(r.flags_json) for r in rows}
    codes = sorted(f["code"] for found in flags.values() for f in found)
    assert codes == ["young_person_withdrew"]
    stop_sync(qtbot, window)

    # The laptop's own store: both sealed, both check.
    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        assert all(c.problem is None for c in store.sealing.check_all())
        sealed = store.records.sealed_for_family(family.id)
    finally:
        store.close()
    assert [s.kind for s in sealed] == ["consent", "withdrawal", "withdrawal"]
    own = Withdrawal.from_json(sealed[2].body["record"])
    assert own.young_person == chidi
    assert sealed[2].body["signatures"][0]["role"] == SignerRole.YOUNG_PERSON.value

    # Another laptop of Wendy's downloads the caseload: the same consent now.
    other = second_laptop(tmp_path / "laptop-2", device_secrets, central, family.id)
    assert other.documents[DocumentKind.ASSESSMENTS] is Answer.NO
    assert other.documents[DocumentKind.CLOSING_SUMMARY] is Answer.YES
    assert other.research_consent is Answer.NO
    assert other.may_share_with(Agency.POLICE)
    theirs = other.young_people[chidi.id]
    assert theirs.share_with[Agency.POLICE] is Answer.NO
    assert theirs.approach[Agency.POLICE] is Answer.YES
    assert theirs.research_consent is Answer.YES


def _records_at(central: RunningCentral, family: Family) -> int:
    with central.session() as session:
        return len(session.scalars(select(Record).where(Record.family_id == str(family.id))).all())


def second_laptop(
    data_dir: Path, secrets: DeviceSecrets, central: RunningCentral, family_id: uuid.UUID
) -> ConsentState:
    """A new laptop enrolled as Wendy, headless (in a thread): the family's consent now
    from its caseload download."""
    vault = Vault(data_dir, secrets, kdf=FAST_KDF)
    result: dict[str, Any] = {}

    async def run() -> None:
        store = vault.create(PASSPHRASE)
        runner = store_on_own_thread(store)
        try:
            await enroll(
                runner, central.issue_code("wendy"), WENDY_PASSWORD,
                device_name="wendy-laptop-2", app_version="test",
            )  # fmt: skip
            result["report"] = await SyncEngine(runner, app_version="test").sync(caseload=True)
            result["state"] = await runner(lambda s: s.caseload.consent_now(family_id))
        finally:
            await runner(lambda s: s.close())
            runner.thread.shutdown()

    thread = threading.Thread(target=lambda: asyncio.run(run()))
    thread.start()
    thread.join(60)
    assert result["report"].problem is None, result["report"]
    state: ConsentState = result["state"]
    return state


@pytest.mark.parametrize("scale", [0.8, 1.0, 1.5, 2.0])
def test_the_dialog_fits_a_laptop_screen_scrolls_and_keeps_a_usable_signing_box(
    make_window: WindowFactory,
    ui_vault: Vault,
    qtbot: QtBot,
    qapp: QApplication,
    scale: float,
) -> None:
    family = seeded(ui_vault)
    window: MainWindow = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    apply_text_scale(qapp, scale)
    try:
        dialog = withdraw_dialog(qtbot, qapp, window)
        for who in (None, family.children[0].id):  # the adult's, then the young person's
            tick(qtbot, dialog, dialog.who_buttons[who])
            dialog.fit_to(LAPTOP)
            qtbot.waitUntil(lambda: dialog.width() <= LAPTOP.width())
            assert dialog.height() <= LAPTOP.height()
            assert dialog.minimumSizeHint().width() <= LAPTOP.width()
            assert dialog.minimumSizeHint().height() <= LAPTOP.height()
            viewport = dialog.scroller.viewport()
            # Nothing cut off across: the content is never wider than what shows of it.
            assert dialog.body.minimumSizeHint().width() <= viewport.width()
            assert dialog.scroller.horizontalScrollBar().maximum() == 0
            if scale >= 1.5:  # too much for the screen: it scrolls down
                assert dialog.scroller.verticalScrollBar().maximum() > 0
            pad = dialog.signature.pad
            assert pad.width() >= max(SIGNATURE_MIN_PX[0], em(dialog, 22))
            assert pad.height() >= max(SIGNATURE_MIN_PX[1], em(dialog, 7))
            assert pad.height() >= 0.1 * LAPTOP.height()  # not a sliver
            dialog.scroller.ensureWidgetVisible(dialog.attested)
            assert dialog.attested.visibleRegion().boundingRect().height() == (
                dialog.attested.height()
            )
            assert dialog.record_button.isVisible()
            with contextlib.suppress(TimeoutError):  # nothing cut off once laid out
                qtbot.waitUntil(lambda: not clipped(dialog), timeout=2000)
            assert not clipped(dialog), "\n".join(clipped(dialog))
        dialog.close_now()
    finally:
        apply_text_scale(qapp, 1.0)


def test_an_empty_withdrawal_is_refused_and_nothing_is_sealed(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = seeded(ui_vault)
    window = make_window()
    unlock(qtbot, window)
    open_family(qtbot, window, family)
    dialog = withdraw_dialog(qtbot, qapp, window)
    tick(qtbot, dialog, dialog.who_buttons[family.children[0].id])
    tick(qtbot, dialog, dialog.how_buttons[CommunicatedBy.PHONE])
    tick(qtbot, dialog, dialog.attested)
    click(qtbot, dialog.record_button)
    assert dialog.message.text() == (
        "Before recording this:\n"
        "• Tick at least one agency, document or research they no longer agree to."
    )
    assert not closed(dialog)
    dialog.close_now()
    window.session.lock("Test.")
    store = ui_vault.unlock(PASSPHRASE)
    try:
        kinds = [s.kind for s in store.records.sealed_for_family(family.id)]
    finally:
        store.close()
    assert kinds == [RecordKind.CONSENT.value]
