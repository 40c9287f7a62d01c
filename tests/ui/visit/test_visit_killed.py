"""The app killed (SIGKILL) in the middle of a visit, again and again: every answer it had
reported saved is in the store, and reopening offers to resume at that step."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, ConsentBasis, ExplainedItem
from cssw_core.domain.visit import STEPS, Step, VisitState
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.visit.launcher import open_drafts
from tests.support.gui import WindowFactory, add_families, unlock
from tests.support.records import family_with_teenager
from tests.support.stores import PASSPHRASE
from tests.support.visit import click, visit_page

ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 5


@dataclass(frozen=True)
class Done:
    revision: int
    what: str
    key: str
    value: str


def run_child(data_dir: Path, seed: int, rng: random.Random) -> tuple[list[Done], int, bool]:
    """Run the child until it has reported a random number of saves, then SIGKILL it.
    Returns what it did, the last revision it reported saved, and whether it finished."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    done: list[Done] = []
    saved, saves, finished = -1, 0, False
    kill_after = rng.randint(1, 14)
    extra_lines = rng.randint(0, 2)  # sometimes kill between a click and its save
    deadline = time.monotonic() + 60
    with subprocess.Popen(
        [sys.executable, "-m", "tests.ui.visit.visit_child", str(data_dir), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            for line in child.stdout:
                words = line.split()
                if words and words[0] == "DID":
                    done.append(Done(int(words[1]), words[2], words[3], words[4]))
                elif words and words[0] == "SAVED":
                    saved = max(saved, int(words[1]))
                    saves += 1
                elif words and words[0] == "DONE":
                    finished = True
                elif words and words[0] == "RESUMED":
                    done.append(Done(-1, "resumed", "-", "-"))
                if saves >= kill_after:
                    if extra_lines == 0 or finished:
                        break
                    extra_lines -= 1
                if finished or time.monotonic() > deadline:
                    break
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(10)
    assert time.monotonic() <= deadline, "the child visit did not get going"
    return done, saved, finished


def check_saved(state: VisitState, done: list[Done], saved: int) -> None:
    """Everything done up to the last reported save is in the stored draft."""
    draft = state.draft
    assert state.revision >= saved
    for thing in (d for d in done if d.revision <= saved):
        if thing.what == "section":
            assert thing.key in draft.sections_viewed, thing
        elif thing.what == "step":
            assert STEPS.index(state.step) >= STEPS.index(Step(thing.key)), thing
        elif thing.what == "parental":
            assert draft.consent_basis is ConsentBasis.PARENTAL
        elif thing.what == "explained":
            assert draft.explained[ExplainedItem(thing.key)] is not None, thing
        elif thing.what in ("share", "approach"):
            answers = draft.share_with if thing.what == "share" else draft.approach
            assert answers[Agency(thing.key)] is Answer(thing.value), thing


@pytest.mark.slow
def test_killed_mid_visit_loses_nothing_reported_saved(
    make_window: WindowFactory, ui_vault: Vault, data_dir: Path, qtbot: QtBot
) -> None:
    family = family_with_teenager()
    add_families(ui_vault, [family])
    rng = random.Random(20260314)
    history: list[Done] = []
    checked = 0
    for round_number in range(ROUNDS):
        done, saved, finished = run_child(data_dir, round_number, rng)
        history += done
        store = ui_vault.unlock(PASSPHRASE)
        try:
            drafts = open_drafts(store)
        finally:
            store.close()
        if saved < 0 and not drafts:
            continue  # killed before the visit's first save: nothing was promised
        (stored,) = drafts
        state = VisitState.from_json(stored.body)
        check_saved(state, history, saved)
        checked += saved >= 0
        # Changes after the kept revision were lost with the process (never promised);
        # the resumed visit numbers its next changes from the kept revision again.
        history = [d for d in history if d.revision <= state.revision]
        if finished:
            break
    assert checked >= 3, "too few rounds got as far as a save"
    assert any(d.what == "resumed" for d in history), "no round resumed a killed visit"
    answered = [d for d in history if d.what in ("share", "approach", "explained")]
    assert answered, "the child never got as far as the questions"

    # Reopening the app offers the visit and puts it back exactly where it was kept.
    store = ui_vault.unlock(PASSPHRASE)
    try:
        (stored,) = open_drafts(store)
    finally:
        store.close()
    kept = VisitState.from_json(stored.body)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.visits.resume_dialog is not None)
    dialog = window.visits.resume_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert f"step {kept.step.number} of 8" in dialog.text.text()
    click(qtbot, dialog.resume_button)
    qtbot.waitUntil(lambda: window.visits.page is not None)
    page = visit_page(window)
    assert page.controller.state.step is kept.step
    assert page.controller.state.draft == kept.draft
    assert page.controller.state.section == kept.section
