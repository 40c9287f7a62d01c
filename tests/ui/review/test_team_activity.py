"""Team activity: a team lead reads central's audit log for their team, from the window,
against a real central (TLS on loopback, PostgreSQL)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.protocol import TeamAuditEntry, TeamAuditList
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.models.team_activity import TeamActivityModel
from cssw_desktop.ui.review.team_activity import TeamActivityPage
from tests.support.central import RunningCentral
from tests.support.central_fixtures import TARA_PASSWORD
from tests.support.gui import WindowFactory
from tests.support.stores import PASSPHRASE
from tests.support.sync_gui import enroll_in_window, stop_sync, unlock_empty, wendy_laptop

TIMEOUT = 30_000


def column(
    model: TeamActivityModel, col: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_a_team_lead_reads_the_team_s_activity_and_is_told_plainly_when_offline(
    central: RunningCentral,
    make_window: WindowFactory,
    ui_vault: Vault,
    device_secrets: DeviceSecrets,
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    _wendy_vault, (first, second) = wendy_laptop(tmp_path / "wendy", device_secrets, central)
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
    untold = sync._review.untold.panel.state  # asked for after the records waiting
    qtbot.waitUntil(lambda: untold.text().startswith("No share without consent"), timeout=TIMEOUT)

    # From the review page to the team's activity: newest first, in plain words.
    qtbot.mouseClick(review.activity_button, Qt.MouseButton.LeftButton)
    page = sync._review.activity.page
    model = page.model
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: model.rowCount() >= 5, timeout=TIMEOUT)
    assert page.state.text().startswith("As central had it at ")
    what = column(model, model.WHAT)
    who = column(model, model.WHO)
    # The review asks for the records waiting, then the shares the family was not told of.
    assert what[:2] == [
        "Looked at the shares the family was not told of (0 shares)",
        "Looked at the records waiting for review (2 records)",
    ]
    assert who[:2] == ["Tara Lead", "Tara Lead"]
    assert what.count("Received from the laptop") == 2
    received = [row for row, text in enumerate(what) if text == "Received from the laptop"]
    assert {who[row] for row in received} == {"Wendy Walker's laptop (wendy-laptop)"}
    assert {column(model, model.RECORD, Qt.ItemDataRole.ToolTipRole)[r] for r in received} == {
        str(first),
        str(second),
    }
    assert column(model, model.RECORD)[received[0]].endswith(", version 1")
    assert what.count("Laptop connected to central") == 2  # Wendy's laptop and Tara's
    assert all(column(model, model.WHEN))  # every row says when, in local time
    assert not page.older_button.isVisible()

    # Back to the review, approve one, and the activity shows it at the top.
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is review
    review.select_row(0)
    approved = review.selected()
    assert approved is not None
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.mouseClick(review.activity_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(model, model.WHAT)[:2] == ["Filed", "Approved"], timeout=TIMEOUT)
    assert column(model, model.WHO)[:2] == ["Tara Lead", "Tara Lead"]
    top_record = column(model, model.RECORD, Qt.ItemDataRole.ToolTipRole)[0]
    assert top_record == approved.record_id
    if os.environ.get("CSSW_SCREENSHOT_DIR"):  # for the README and reviews; not an assertion
        window.grab().save(str(Path(os.environ["CSSW_SCREENSHOT_DIR"]) / "team_activity.png"))

    # Locking leaves nothing from central on screen.
    window.session.lock("Test.")
    assert model.rowCount() == 0
    assert page.state.text() == ""
    # Every connection closed first: a server stopping with a laptop's connection open
    # waits for it.
    stop_sync(qtbot, window)
    central.stop()

    # Central is out of reach: the page says so in plain words.
    unlock_empty(qtbot, window)
    qtbot.waitUntil(lambda: sync.review_action.isEnabled(), timeout=TIMEOUT)
    sync.review_action.trigger()
    qtbot.waitUntil(lambda: review.problem.isVisible(), timeout=TIMEOUT)
    qtbot.mouseClick(review.activity_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=TIMEOUT)
    assert page.problem.text().startswith("Central could not be reached.")
    assert model.rowCount() == 0
    assert page.refresh_button.isEnabled()  # the lead can try again
    stop_sync(qtbot, window)


def entry(seq: int, action: str, **fields: Any) -> TeamAuditEntry:
    values: dict[str, Any] = {
        "seq": seq,
        "at": "2026-11-21T14:05:00.000000Z",
        "action": action,
        "actor_kind": "central",
    }
    return TeamAuditEntry.model_validate(values | fields)


def test_the_activity_page_pages_back_and_keeps_what_it_showed_when_central_fails(
    qtbot: QtBot, qtmodeltester: Any
) -> None:
    page = TeamActivityPage()
    qtbot.addWidget(page)
    page.show()
    record = "1a2b3c4d-0000-4000-8000-000000000001"
    newest = TeamAuditList(
        entries=[
            entry(9, "subject_access_export", actor_name="Priya (IT)", record_id=record, version=2),
            entry(8, "record_erased", record_id=record, version=1),
            entry(7, "caseload_pulled", actor_kind="laptop", actor_name="Wendy Walker",
                  device_name="wendy-laptop", detail={"families": 3}),
        ],
        more=True,
    )  # fmt: skip
    page.show_page(newest, older=False, asked_at=datetime(2026, 11, 21, 14, 6))
    model = page.model
    qtmodeltester.check(model)
    assert column(model, model.WHAT) == [
        "Subject access export",
        "Erased (retention)",
        "Caseload downloaded to a laptop (3 families)",
    ]
    assert column(model, model.WHO) == [
        "Priya (IT)",
        "IT (central)",
        "Wendy Walker's laptop (wendy-laptop)",
    ]
    assert column(model, model.RECORD) == [
        "Record 1a2b3c4d, version 2",
        "Record 1a2b3c4d, version 1",
        "",
    ]
    assert page.state.text() == "As central had it at 14:06."
    assert page.older_button.isVisible()

    # Show older adds below; an entry already shown is not shown twice.
    older = TeamAuditList(
        entries=[entry(7, "caseload_pulled"), entry(3, "team_created")], more=False
    )
    page.show_page(older, older=True, asked_at=datetime(2026, 11, 21, 14, 7))
    assert [model.entry_at(r).seq for r in range(model.rowCount())] == [9, 8, 7, 3]  # type: ignore[union-attr]
    assert not page.older_button.isVisible()

    page.show_problem("Central could not be reached.")
    assert page.problem.isVisible()
    assert page.state.text() == "What is shown below may be out of date."
    assert model.rowCount() == 4
