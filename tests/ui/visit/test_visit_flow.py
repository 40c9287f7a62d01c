"""A whole consent visit through the real widgets: leaflet, choices, the family's screen,
signatures drawn with real mouse events, sealing; then the sealed record itself."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import summary_text
from cssw_core.domain.visit import Step
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from tests.support.gui import WindowFactory, add_families, closed, unlock
from tests.support.records import family_with_teenager
from tests.support.visit import (
    approach_answers,
    click,
    family_screen,
    hand_back,
    run_visit_to_review,
    share_answers,
    sign,
    visit_page,
)


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
    table = flow.summary.toPlainText()  # the check table: each agency, Share and Ask
    assert "Police\n✗ No\n✓ Yes" in table
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
    assert record["consent_basis"] == "parental"
    assert "parental_consent" not in record
    assert record["share_with"] == {a.value: a_.value for a, a_ in share_answers().items()}
    assert record["approach"] == {a.value: a_.value for a, a_ in approach_answers().items()}
    assert record["documents"] == {
        "assessments": "yes",
        "record_of_reviews": "yes",
        "closing_summary": "no",
    }
    assert record["research_consent"] == "no"
    chidi = family.children[0]
    own = record["young_person_consents"][str(chidi.id)]["answers"]  # "same as", explicitly
    assert own["share_with"] == record["share_with"]
    assert own["approach"] == record["approach"]
    assert own["documents"] == record["documents"]
    assert own["research_consent"] == record["research_consent"]
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
