"""The team dashboard on a team lead's laptop: from the review page against a real central
(TLS on loopback, PostgreSQL), its charts readable as words, Export CSV… with counts only,
nothing left on screen after locking; and the page's words for a hand-made set of figures."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cssw_core.team_dashboard import CSV_HEADER
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.review.dashboard import DashboardPage
from tests.support.central import RunningCentral
from tests.support.central_fixtures import TARA_PASSWORD
from tests.support.dashboard import sample_dashboard
from tests.support.gui import WindowFactory
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.support.sync_gui import enroll_in_window, stop_sync, unlock_empty, wendy_laptop

TIMEOUT = 30_000


def test_a_lead_opens_the_dashboard_exports_counts_only_and_locking_clears_it(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    device_secrets: DeviceSecrets,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    wendy_laptop(tmp_path / "wendy", device_secrets, central)  # one family, two forms
    ui_vault.create(PASSPHRASE).close()
    window = make_window(online_detection=False)
    unlock_empty(qtbot, window)
    sync = window.sync
    dialog = enroll_in_window(qtbot, qapp, window, central.issue_code("tara"), TARA_PASSWORD)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.review_action.isVisible() and sync.review_action.isEnabled())
    sync.review_action.trigger()
    assert sync._review is not None
    review = sync._review.page
    qtbot.waitUntil(lambda: review.model.rowCount() == 2, timeout=TIMEOUT)

    qtbot.mouseClick(review.dashboard_button, Qt.MouseButton.LeftButton)
    page = sync._review.dashboard.page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=TIMEOUT)
    assert page.state.text().startswith("As central had it at ")
    # The family's latest form (the second, sealed last) says No to the police.
    assert page.coverage_words.text().startswith("1 family in your team: 1 current")
    assert "Families: 1 (Current 1, " in page.coverage_chart.text()
    assert page.share_chart.bars[0].label == "Police"
    assert page.share_chart.bars[0].values == (1, 0)
    assert page.coverage_chart.accessibleDescription() == page.coverage_chart.text()
    if os.environ.get("CSSW_SCREENSHOT_DIR"):  # for reviews; not an assertion
        window.grab().save(str(Path(os.environ["CSSW_SCREENSHOT_DIR"]) / "team_dashboard.png"))

    # Export CSV…: the lead picks a file; it holds counts, never the family's details.
    target = tmp_path / "out" / "team.csv"
    target.parent.mkdir()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.file_dialog is not None and page.file_dialog.isVisible())
    chooser = page.file_dialog
    assert chooser is not None
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    assert name.text().startswith("team-dashboard-")  # no family in the suggested name
    name.setText(str(target))  # typed as a lead would
    chooser.accept()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    saved = target.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(saved)))
    assert tuple(rows[0]) == CSV_HEADER
    counts = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert counts[("consent", "families", "families")] == "1"
    assert counts[("agency", "police", "refused_share")] == "1"
    family = family_with_teenager()
    personal = [family.family_name, family.address, family.case_reference]
    for child in family.children:
        personal += [child.name, child.date_of_birth.isoformat()]
    assert [p for p in personal if p.casefold() in saved.casefold()] == []
    assert page.notice.text() == f"Saved the counts as {target}."

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is review

    # Locking leaves nothing from central on screen.
    window.session.lock("Test.")
    assert page.figures is None
    assert page.coverage_chart.bars == ()
    assert page.coverage_words.text() == ""
    assert not page.export_button.isEnabled()
    stop_sync(qtbot, window)


def test_the_page_says_each_figure_in_words(qtbot: QtBot) -> None:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show_figures(sample_dashboard(), datetime(2026, 9, 1, 10, 30))
    assert page.state.text() == ("As central had it at 10:30. Consent is reviewed every 12 months.")
    assert page.coverage_words.text() == (
        "214 families in your team: 151 current, 27 review due within 30 days, 19 overdue, "
        "17 never asked."
    )
    assert page.coverage_chart.text() == (
        "Consent of your team's families. Families: 214 (Current 151, Review due within 30 "
        "days 27, Review overdue 19, Never asked 17)."
    )
    assert page.young_people.text().startswith("8 young people have turned 13 since")
    # Agencies most refused first; each chart's figures are its accessible description.
    assert [bar.label for bar in page.share_chart.bars][:2] == [
        "Police",
        "Education (including early years)",
    ]
    assert "Police: 23 (No on the latest form 21, Withdrawn since 2)" in page.share_chart.text()
    assert page.share_chart.accessibleDescription() == page.share_chart.text()
    assert page.share_chart.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert page.waiting_chart.text() == (
        "Records waiting on laptops, by how long the oldest has waited. Under a day: 0; "
        "1 to 3 days: 2; 3 to 7 days: 4; Over 7 days: 0."
    )
    laptops = page.laptops.text().splitlines()
    assert len(laptops) == 2  # the laptop with nothing waiting is not listed
    assert laptops[0].startswith(
        "Laptop CSSW-0412 (Jaspreet Patel): 4 waiting, 1 could not be sent, the oldest for 5 days"
    )
    assert page.untold.text() == (
        "3 shares without consent: the family has not been told. Decide whether to tell them "
        "now. 1 of them passed the date set to look at it again."
    )
    assert page.export_button.isEnabled()
