"""A child process for the kill test: the real app window on a data folder, unlocked, a
consent visit started (or resumed) and answered through the real widgets, for ever,
until the parent kills it.

    python -m tests.ui.visit.visit_child DATA_DIR SEED

Prints one line per thing done, with the visit's revision once it is done:
    DID <revision> <what> <key> <value>
and one line each time the store has a revision safely:
    SAVED <revision>
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from cssw_core.domain.consent import Answer
from cssw_core.domain.visit import Step
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.visit.choice_steps import AgenciesStep
from cssw_desktop.ui.visit.first_steps import ExplainedStep, LeafletStep, WhoStep
from cssw_desktop.ui.visit.wizard import VisitPage
from tests.support.gui import TODAY
from tests.support.stores import FAST_KDF, PASSPHRASE

FINAL_STEP = Step.CHOICES  # the child answers everything before this step


def say(*words: object) -> None:
    print(*words, flush=True)


def press(widget: QWidget) -> None:
    """A real mouse click, on a check box's or radio button's own box."""
    if isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(8, widget.height() // 2)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


async def until(condition: object, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if callable(condition) and condition():
            return
        await asyncio.sleep(0.02)
    raise RuntimeError("the child timed out waiting")


def act(page: VisitPage, rng: random.Random) -> bool:
    """Do the next thing the visit needs, through its widgets. False when done."""
    c = page.controller
    state = c.state
    step = state.step
    if step is FINAL_STEP:
        return False
    if not c.missing():
        press(page.next_button)
        say("DID", c.state.revision, "step", c.state.step.value, "-")
        return True
    widget = page.steps[step]
    if isinstance(widget, LeafletStep):
        press(widget.reader.next_button)
        section = c.leaflet.sections[c.state.section].id
        say("DID", c.state.revision, "section", section, "-")
    elif isinstance(widget, WhoStep):
        # Typed text is saved after a short pause; the answer is a click, saved at once.
        if not state.draft.consent_giver_name:
            QTest.keyClicks(widget.giver, "Grace Okafor")
        if not state.draft.consent_giver_relationship:
            QTest.keyClicks(widget.relationship, "Mother")
        press(widget.parental)
        say("DID", c.state.revision, "parental", "-", "yes")
    elif isinstance(widget, ExplainedStep):
        item = next(i for i, when in state.draft.explained.items() if when is None)
        press(widget.boxes[item])
        say("DID", c.state.revision, "explained", item.value, "-")
    elif isinstance(widget, AgenciesStep):
        answers = state.draft.share_with if step is Step.SHARE else state.draft.approach
        agency = next(a for a, answer in answers.items() if answer is None)
        answer = rng.choice([Answer.YES, Answer.NO])
        group = widget.answers[agency]
        press(group.yes if answer is Answer.YES else group.no)
        say("DID", c.state.revision, widget.direction, agency.value, answer.value)
    return True


async def run(window: MainWindow, rng: random.Random) -> None:
    window.session.start()
    await until(window.unlock_page.unlock_button.isEnabled)
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    press(window.unlock_page.unlock_button)
    await until(lambda: window.session.unlocked and window.model.total > 0)
    await asyncio.sleep(0.3)  # an unfinished visit is offered now, if there is one
    dialog = window.visits.resume_dialog
    if dialog is not None:
        await until(dialog.isVisible)
        press(dialog.resume_button)
        say("RESUMED")
    else:
        family = window.model.family_at(0)
        assert family is not None
        window.show_family(family.id)
        await until(window.family_page.consent.start_button.isVisible)
        press(window.family_page.consent.start_button)
        say("STARTED")
    await until(lambda: window.visits.page is not None)
    page = window.visits.page
    assert page is not None
    page.controller.saved.connect(lambda revision: say("SAVED", revision))
    while act(page, rng):
        await asyncio.sleep(rng.uniform(0.0, 0.04))
    say("DONE", page.controller.state.revision)
    await asyncio.sleep(3600)  # wait to be killed


def main() -> int:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    vault = Vault(data_dir, DeviceSecrets(), kdf=FAST_KDF)
    window = MainWindow(vault, IdleWatcher(app), today=lambda: TODAY)
    window.show()
    with loop:
        loop.run_until_complete(run(window, random.Random(seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
