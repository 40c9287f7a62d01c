"""A whole consent visit through the real widgets: leaflet, choices, the family's screen,
signatures drawn with real mouse events, sealing; then the sealed record itself."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.family import Family
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import summary_text
from cssw_core.domain.visit import Step
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.visit.family_screen import FamilyScreen
from cssw_desktop.ui.visit.signing import SigningFlow
from tests.support.gui import WindowFactory, add_families, closed, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.ui.visit.drive import (
    answer_agencies,
    answer_choices,
    click,
    draw_signature,
    fill_who,
    next_step,
    read_leaflet,
    start_visit_from_family_page,
    tick_explained,
    visit_page,
    young_people_step,
)

REFUSE_SHARE = {Agency.POLICE, Agency.HOUSING}
REFUSE_APPROACH = {Agency.PROBATION}


def share_answers() -> dict[Agency, Answer]:
    return {a: Answer.NO if a in REFUSE_SHARE else Answer.YES for a in AGENCIES}


def approach_answers() -> dict[Agency, Answer]:
    return {a: Answer.NO if a in REFUSE_APPROACH else Answer.YES for a in AGENCIES}


def family_screen(window: MainWindow) -> FamilyScreen:
    screen = window.visits.screen
    assert screen is not None
    return screen


def hand_back(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    screen = family_screen(window)
    click(qtbot, screen.hand_back_button)
    assert screen.pages.currentWidget() is screen.panel
    qtbot.keyClicks(screen.panel.passphrase, passphrase)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen) or not screen.isVisible())


def sign(qtbot: QtBot, flow: SigningFlow) -> None:
    """Confirm the summary, then draw a signature and press Sign."""
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    click(qtbot, flow.go_sign)  # not ticked yet: refused with a message
    assert flow.check_message.isVisible()
    click(qtbot, flow.confirm)
    click(qtbot, flow.go_sign)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.sign_page)
    pad = flow.field.pad
    click(qtbot, flow.sign_button)  # nothing drawn: refused, with the pad's reason
    assert flow.field.message.text() == pad.problem()
    draw_signature(pad)
    assert pad.problem() is None
    click(qtbot, flow.sign_button)


def run_visit_to_review(qtbot: QtBot, window: MainWindow, family: Family) -> None:
    """Steps 1–7 through the real widgets, ending on the review step."""
    page = start_visit_from_family_page(qtbot, window, family.id)
    assert page.indicator.text() == "Step 1 of 8: The leaflet"
    assert not page.next_button.isEnabled()
    assert "Not shown yet: Our duties" in page.message.text()
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Mother")
    next_step(qtbot, window)
    assert page.indicator.text() == "Step 3 of 8: What has been explained"
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.SHARE, share_answers())
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, approach_answers())
    next_step(qtbot, window)
    answer_choices(
        qtbot,
        window,
        {
            DocumentKind.ASSESSMENTS: Answer.YES,
            DocumentKind.RECORD_OF_REVIEWS: Answer.YES,
            DocumentKind.CLOSING_SUMMARY: Answer.NO,
        },
        Answer.NO,
    )
    next_step(qtbot, window)
    young = young_people_step(window)
    assert not page.next_button.isEnabled()
    assert "Chidi Okafor" in page.message.text()
    (box,) = young.boxes.values()
    click(qtbot, box.yes)
    next_step(qtbot, window)
    assert page.controller.state.step is Step.REVIEW


def test_a_whole_visit_is_signed_sealed_and_verifies(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    run_visit_to_review(qtbot, window, family)
    page = visit_page(window)
    assert not page.next_button.isEnabled()  # not signed yet
    assert "signature" in page.message.text()

    text = summary_text(page.controller.state.draft)
    refused = text.split("You do not agree to CSSW sharing information with:")[1]
    refused = refused.split("\n\n")[0]
    assert "Police" in refused
    assert "Housing" in refused
    assert "Health" not in refused

    # The family's screen: this visit only, no menus; the worker's window shows nothing.
    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    assert window.pages.currentWidget() is window.visits.with_family_page
    assert not window.menuBar().isEnabled()
    assert screen.font().pointSizeF() >= 1.4 * QApplication.font().pointSizeF() - 0.01
    flow = screen.signing
    assert flow is not None
    assert "You do not agree to CSSW sharing information with" in flow.summary.toPlainText()
    assert "12 Elm Road" not in flow.summary.toPlainText()
    sign(qtbot, flow)  # Grace, the consent giver
    assert "Chidi" in flow.check_title.text()
    sign(qtbot, flow)  # Chidi, 14: his own answer
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    assert window.menuBar().isEnabled()
    assert window.pages.currentWidget() is page

    assert page.next_button.isEnabled()
    assert page.next_button.text() == "&Seal this record"
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)
    done = window.visits.done_page
    assert done.summary.text().startswith("Signed and sealed at ")

    store = window.store
    assert store is not None
    assert [d for d in store.records.drafts()] == []
    (sealed,) = store.records.sealed_for_family(family.id)
    assert sealed.id.hex[:8] in done.summary.text().replace("-", "")
    record = sealed.body["record"]
    assert record["consent_giver_name"] == "Grace Okafor"
    assert record["parental_consent"] == "yes"
    assert record["share_with"] == {a.value: a_.value for a, a_ in share_answers().items()}
    assert record["approach"] == {a.value: a_.value for a, a_ in approach_answers().items()}
    assert record["documents"] == {
        "assessments": "yes",
        "record_of_reviews": "yes",
        "closing_summary": "no",
    }
    assert record["research_consent"] == "no"
    chidi = family.children[0]
    assert record["young_person_consents"][str(chidi.id)]["answer"] == "yes"
    leaflet = load_leaflet()
    assert record["leaflet_hash"] == leaflet.content_hash
    assert set(record["sections_viewed"]) == set(leaflet.section_ids)
    assert all(record["explained"].values())
    assert record["visit_end"] is not None
    assert record["worker"] == family.allocated_worker
    signatures = sealed.body["signatures"]
    assert [s["role"] for s in signatures] == [SignerRole.PARENT, SignerRole.YOUNG_PERSON]
    assert signatures[0]["signer_name"] == "Grace Okafor"
    assert signatures[1]["child_id"] == str(chidi.id)
    assert all(len(s["strokes"]) == 3 for s in signatures)
    assert all(len(stroke["points"]) >= 40 for s in signatures for stroke in s["strokes"])
    assert sealed.body["confirmed_at"] is not None
    # The young person confirmed their own answer before signing, and that is sealed too.
    assert list(sealed.body["young_people_confirmed_at"]) == [str(chidi.id)]
    checks = store.sealing.check_all()
    assert [c.problem for c in checks] == [None]
    # Queued for central with its PDF already made: a later sync only sends.
    assert [(r.record_id, r.state) for r in store.outbox.rows()] == [(sealed.id, "pending")]
    assert (store.outbox.pdf(sealed.id, sealed.version) or b"").startswith(b"%PDF")

    click(qtbot, done.view_button)  # the form just sealed, as its PDF prints it
    qtbot.waitUntil(lambda: isinstance(qapp.activeModalWidget(), RecordPreviewDialog))
    preview = qapp.activeModalWidget()
    assert isinstance(preview, RecordPreviewDialog)
    qtbot.waitUntil(lambda: preview.pages.page_count() >= 3, timeout=10000)
    assert preview.windowTitle() == "Okafor family — signed consent form"
    assert "record.viewed" in [e.action for e in store.audit.entries(sealed.id)]
    preview.close_now()
    qtbot.waitUntil(lambda: closed(preview))

    click(qtbot, done.back_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.family_page)
