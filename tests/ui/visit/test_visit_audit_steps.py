"""Every step of a visit is in its audit trail, however fast Next is clicked (issue 14,
finding 7: fast clicking lost 3 of 8 step entries).

The store thread is kept busy while the worker clicks Next through all eight steps and
then Seal without a pause, so every step note is still waiting when the visit is sealed
(or left): each must reach the audit log, in order, and the PDF says each in words.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.visit import STEPS, Step
from cssw_desktop.storage.audit import DetailValue
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.wizard import VisitPage
from cssw_documents.pdf import render_pdf
from tests.support.gui import WindowFactory
from tests.support.pdf import pdf_text
from tests.support.records import complete_draft, signatures_for
from tests.support.visit import visit_with_teenager

LEFT = Qt.MouseButton.LeftButton
ANSWERS = (
    "consent_giver_name",
    "consent_giver_relationship",
    "consent_basis",
    "young_person_consents",
    "explained",
    "share_with",
    "approach",
    "documents",
    "research_consent",
    "interpreter_used",
    "interpreter_language",
    "interpreter_name",
)


def ready_to_seal(page: VisitPage) -> None:
    """Every answer given, every leaflet section shown, confirmed and signed: only the
    steps are left to click through."""
    controller = page.controller
    state = controller.state
    now = datetime.now(UTC)
    answers = complete_draft(controller.family)
    sections = dict.fromkeys(controller.leaflet.section_ids, now)
    draft = dataclasses.replace(
        state.draft,
        sections_viewed=sections,
        **{name: getattr(answers, name) for name in ANSWERS},
    )
    state = dataclasses.replace(state, draft=draft, revision=state.revision + 1)
    state = state.confirmed(now)
    for child in draft.young_people():
        state = state.young_person_confirmed(child.id, now)
    for signature in signatures_for(draft):
        state = state.signed(signature)
    controller.update(state)
    assert controller.state.step is Step.LEAFLET


def hold_store_thread(window: MainWindow) -> threading.Event:
    """Keep the store thread busy until the returned event is set (saves queue up)."""
    release = threading.Event()
    window.workspace.store_thread.submit(release.wait, 30)
    return release


def step_notes(window: MainWindow, record_id: uuid.UUID) -> list[dict[str, DetailValue]]:
    store = window.store
    assert store is not None
    return [e.detail for e in store.audit.entries(record_id) if e.action == "visit.step"]


def clicked_fast(qtbot: QtBot, page: VisitPage, clicks: int) -> None:
    for _ in range(clicks):
        assert page.next_button.isEnabled(), page.message.text()
        qtbot.mouseClick(page.next_button, LEFT)  # no waiting between clicks


def expected_notes() -> list[dict[str, DetailValue]]:
    notes: list[dict[str, DetailValue]] = [{"version": 1, "step": "leaflet", "started": True}]
    for before, after in itertools.pairwise(STEPS):
        notes.append({"version": 1, "step": after.value, "completed": before.value})
    return notes


def test_a_fast_clicked_visit_keeps_every_step_in_its_audit_trail(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    record_id = page.controller.state.draft.id
    qtbot.waitUntil(lambda: len(step_notes(window, record_id)) == 1)  # the visit began
    ready_to_seal(page)
    release = hold_store_thread(window)
    try:
        clicked_fast(qtbot, page, len(STEPS) - 1)
        assert page.controller.state.step is Step.REVIEW
        assert page.next_button.text() == "&Seal this record"
        qtbot.mouseClick(page.next_button, LEFT)  # Seal, straight away
    finally:
        release.set()
    done = window.visits.done_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is done, timeout=15000)

    assert step_notes(window, record_id) == expected_notes()
    store = window.store
    assert store is not None
    (sealed,) = store.records.sealed_for_family(_family.id)
    actions = [e.action for e in store.audit.entries(record_id)]
    assert actions.index("record.sealed") > max(
        i for i, a in enumerate(actions) if a == "visit.step"
    )
    assert sealed.seal is not None
    text = " ".join(
        pdf_text(render_pdf(sealed.body, sealed.seal, store.audit.entries(record_id))).split()
    )
    assert "The visit began at step 1 of 8: The leaflet" in text
    for step in STEPS[:-1]:
        assert f"Step {step.number} of 8 completed: {_heading(step)}" in text
    assert "visit.step" not in text


def test_steps_clicked_just_before_leaving_are_kept(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    """Leaving the visit (or a lock) right after fast clicks still notes every step."""
    window, page, _family = visit_with_teenager(qtbot, make_window, ui_vault)
    record_id = page.controller.state.draft.id
    qtbot.waitUntil(lambda: len(step_notes(window, record_id)) == 1)
    ready_to_seal(page)
    release = hold_store_thread(window)
    try:
        clicked_fast(qtbot, page, 3)
        qtbot.mouseClick(page.back_button, LEFT)
        qtbot.mouseClick(page.leave_button, LEFT)
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(step_notes(window, record_id)) == 5, timeout=15000)
    notes = step_notes(window, record_id)
    assert notes[:4] == expected_notes()[:4]
    assert notes[4] == {"version": 1, "step": "explained", "back": True}


def _heading(step: Step) -> str:
    return step.heading
