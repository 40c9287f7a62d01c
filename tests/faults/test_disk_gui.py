"""Damage and a full disk as the worker meets them in the window.

- Unlocking a damaged store shows the plain message and the offer to restore the backup;
  pressing Restore makes a new store with the unsent records, and the families come back.
- Sealing a visit on a full disk shows the plain message on the seal step; once space is
  back, pressing Seal again seals it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.vault import Vault
from tests.faults import tally
from tests.faults.small_disk import fill, small_disk
from tests.support.gui import WindowFactory, unlock
from tests.support.records import family_with_teenager, seal_consent
from tests.support.stores import PASSPHRASE
from tests.support.visit import click, hand_back, run_visit_to_review, sign, visit_page

SCREENSHOTS = Path(os.environ.get("CSSW_SCREENSHOTS", "build/screenshots"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "small-disk") as disk:
        yield disk / "cssw-data"


def test_a_damaged_store_offers_the_backup_and_restore_brings_the_records_back(
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    store = ui_vault.create(PASSPHRASE)
    sealed = {seal_consent(store, store.families.add(family_with_teenager())).id for _ in "ab"}
    store.close()
    path = data_dir / "store.db"
    data = bytearray(path.read_bytes())
    data[len(data) - 3 * 4096 + 500] ^= 0x10
    path.write_bytes(bytes(data))

    window = make_window()
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    qtbot.waitUntil(page.unlock_button.isEnabled)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(page.restore_panel.isVisible)
    assert "The store on this laptop is damaged" in page.message.text()
    assert "restore-backup" not in page.message.text()  # the panel below says what to do
    assert "passphrase is not right" not in page.message.text()
    assert "2 sealed records not yet sent are safe in the backup" in page.restore_text.text()
    assert not window.session.unlocked
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "unlock-restore-offer.png"))

    click(qtbot, page.restore_button)  # no passphrase typed yet: it asks for it
    assert "Type your passphrase" in page.message.text()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: window.session.unlocked and window.model.total == 2, timeout=10000)
    assert not page.restore_panel.isVisible()
    assert "Restored 2 sealed records" in window.statusBar().currentMessage()
    restored = window.store
    assert restored is not None
    unsent = {r.record_id for r in restored.outbox.rows() if r.receipt_at is None}
    assert unsent == sealed
    assert list((data_dir / "backups").glob("damaged-*/store.db"))  # kept aside
    tally.add("corruption: damage found at unlock", cases=1, detected=1, lost=0, restored=2)


def test_sealing_a_visit_on_a_full_disk_says_so_and_seal_again_works(
    make_window: WindowFactory,
    ui_vault: Vault,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    family = family_with_teenager()
    store = ui_vault.create(PASSPHRASE)
    store.families.add(family)
    store.close()
    window = make_window()
    unlock(qtbot, window)
    run_visit_to_review(qtbot, window, family)
    page = visit_page(window)
    click(qtbot, page.steps[page.controller.state.step].hand_over_button)  # type: ignore[attr-defined]
    screen = window.visits.screen
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    flow = screen.signing
    assert flow is not None
    sign(qtbot, flow)
    sign(qtbot, flow)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.done_page)
    hand_back(qtbot, window)
    qtbot.waitUntil(lambda: page.controller.saved_revision == page.controller.state.revision)
    live = window.store
    assert live is not None
    live.checkpoint()  # the log is emptied: the seal needs new space
    filler = fill(data_dir.parent)

    click(qtbot, page.next_button)  # Seal this record
    qtbot.waitUntil(lambda: "disk is full" in page.message.text(), timeout=10000)
    assert "press Seal again" in page.message.text()
    assert window.pages.currentWidget() is page
    assert live.records.count_by_state()["sealed"] == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "seal-disk-full.png"))

    filler.unlink()
    qtbot.waitUntil(page.next_button.isEnabled)
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visits.done_page, timeout=10000)
    assert live.records.count_by_state()["sealed"] == 1
    assert [r.state for r in live.outbox.rows()] == ["pending"]
    tally.add("disk: full while sealing", cases=1, lost=0, duplicates=0)
