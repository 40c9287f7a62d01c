"""Each young person's own answers through the real widgets, the check table the family
reads before signing, and "Something here is wrong" handing the laptop back."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_central.services.flags import compute_flags
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind, ExplainedItem
from cssw_core.domain.visit import Step
from cssw_core.protocol import FlagCode
from cssw_desktop.storage.vault import Vault
from tests.support.gui import WindowFactory, add_families, unlock
from tests.support.pdf import pdf_text
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.support.visit import (
    REFUSE_SHARE,
    answer_agencies,
    answer_choices,
    approach_answers,
    click,
    family_screen,
    fill_who,
    hand_back,
    next_step,
    read_leaflet,
    run_visit_to_review,
    share_answers,
    sign,
    start_visit_from_family_page,
    tick_explained,
    visit_page,
    young_people_step,
)


def test_a_young_person_who_differs_on_two_agencies_end_to_end(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot, qapp: QApplication
) -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    page = start_visit_from_family_page(qtbot, window, family.id)
    read_leaflet(qtbot, window)
    next_step(qtbot, window)
    fill_who(qtbot, window, "Grace Okafor", "Aunt")
    next_step(qtbot, window)
    tick_explained(qtbot, window, ExplainedItem)
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.SHARE, share_answers())  # Police: No
    next_step(qtbot, window)
    answer_agencies(qtbot, window, Step.APPROACH, approach_answers())  # Health: Yes
    next_step(qtbot, window)
    answer_choices(qtbot, window, dict.fromkeys(DocumentKind, Answer.YES), Answer.NO)
    next_step(qtbot, window)

    # Chidi, 14: his own answers, from "Same as Grace's", then two of his own.
    (box,) = young_people_step(window).boxes.values()
    assert not box.answers_area.isVisible()
    click(qtbot, box.own)
    assert not page.next_button.isEnabled()  # nothing is assumed: every answer is his
    assert "Chidi Okafor: 26 of their own answers still to give" in page.message.text()
    assert box.same_as.text() == "Same as Grace's answers"
    click(qtbot, box.same_as)
    click(qtbot, box.share[Agency.POLICE].yes)  # Grace said No
    click(qtbot, box.approach[Agency.HEALTH].no)  # Grace said Yes
    next_step(qtbot, window)
    assert page.controller.state.step is Step.REVIEW

    # The family's screen: the check table, every agency with Share and Ask in words.
    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert flow is not None
    table = flow.summary.toPlainText()
    for agency in AGENCIES:
        assert agency.label in table
    assert "Share: may CSSW share information with this agency?" in table
    assert "Ask: may CSSW ask this agency for information?" in table
    assert "✗ No" in table
    assert "✓ Yes" in table
    sign(qtbot, flow)  # Grace
    assert flow.check_title.text() == "Chidi, these are your own answers"
    sign(qtbot, flow)  # Chidi
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    click(qtbot, page.next_button)  # seal
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)

    store = window.store
    assert store is not None
    (sealed,) = store.records.sealed_for_family(family.id)
    record = sealed.body["record"]
    assert record["consent_basis"] == "parental"
    assert record["consent_giver_relationship"] == "Aunt"
    own = record["young_person_consents"][str(chidi.id)]["answers"]
    expected_share = {a.value: "no" if a in REFUSE_SHARE else "yes" for a in AGENCIES}
    expected_share["police"] = "yes"
    assert own["share_with"] == expected_share  # every answer recorded, explicitly
    assert own["approach"]["health"] == "no"
    assert own["documents"] == {k.value: "yes" for k in DocumentKind}
    assert own["research_consent"] == "no"

    # Central's flags, from the sealed document: like with like, no names.
    flags = compute_flags(sealed.body, datetime.now(UTC))
    (differs,) = [f for f in flags if f.code is FlagCode.YOUNG_PERSON_DIFFERS]
    assert differs.message == (
        "A young person aged 14 answered differently for themselves: Yes to sharing with "
        "Police (the person giving consent said No); No to asking Health for information "
        "(the person giving consent said Yes)."
    )
    assert "Chidi" not in differs.message

    # The PDF the laptop made when sealing: his own answers, beside Grace's.
    pdf = store.outbox.pdf(sealed.id, sealed.version) or b""
    text = " ".join(pdf_text(pdf).split())
    mine = text[text.index("Chidi Okafor, aged 14 – own answer: CSSW may share") :]
    share = mine[: mine.index("own answer: CSSW may approach")]
    assert "Police ✔ Yes No" in share  # both options printed, his Yes ticked
    assert "Housing Yes ✔ No" in share  # as Grace: No


def test_something_wrong_hands_back_to_the_worker_on_that_step(
    make_window: WindowFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    window = make_window()
    unlock(qtbot, window)
    run_visit_to_review(qtbot, window, family)
    page = visit_page(window)
    click(qtbot, page.steps[Step.REVIEW].hand_over_button)  # type: ignore[attr-defined]
    screen = family_screen(window)
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert flow is not None
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.check_page)
    click(qtbot, flow.wrong_button)
    assert flow.currentWidget() is flow.wrong_page
    click(qtbot, flow.wrong_back)  # it was right after all
    assert flow.currentWidget() is flow.check_page
    click(qtbot, flow.wrong_button)
    click(qtbot, flow.wrong_parts[Step.SHARE])
    assert screen.pages.currentWidget() is screen.panel  # the worker's passphrase
    qtbot.keyClicks(screen.panel.passphrase, PASSPHRASE)
    click(qtbot, screen.panel.ok_button)
    qtbot.waitUntil(lambda: window.visits.screen is None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    assert page.controller.state.step is Step.SHARE
    assert page.indicator.text() == "Step 4 of 8: Sharing information with agencies"
