"""The exception hook logs where a problem happened but never what it said."""

from __future__ import annotations

import asyncio
import logging
import sys

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cssw_desktop.ui.errors import ErrorReporter
from cssw_desktop.ui.tasks import spawn


def test_hook_logs_type_and_place_only_and_tells_the_worker(
    qapp: QApplication, caplog: pytest.LogCaptureFixture, qtbot: QtBot
) -> None:
    reporter = ErrorReporter()
    try:
        raise ValueError("Zoë Brown, 12 Elm Road")  # personal data in the message
    except ValueError as error:
        logger = logging.getLogger("cssw_desktop.ui")
        logger.addHandler(caplog.handler)  # the app's logger may not propagate to root
        try:
            with caplog.at_level(logging.ERROR, logger="cssw_desktop.ui"):
                reporter.hook(type(error), error, error.__traceback__)
        finally:
            logger.removeHandler(caplog.handler)
    text = caplog.text
    assert "builtins.ValueError" in text
    assert "test_errors.py" in text
    assert "Zoë" not in text
    assert "Elm" not in text
    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text() == "Something went wrong in the app."
    assert not boxes[0].isModal()
    reporter.hook(ValueError, ValueError("again"), None)  # one box at a time
    assert reporter.reported == 2
    reporter.close_message()
    qtbot.waitUntil(lambda: reporter._box is None)


def test_spawned_task_errors_reach_the_hook(
    loop: qasync.QEventLoop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _e, _tb: seen.append(kind))

    async def broken() -> None:
        await asyncio.sleep(0)
        raise KeyError("a child's name")

    task = spawn(broken())
    qtbot.waitUntil(task.done)
    qtbot.waitUntil(lambda: seen == [KeyError])
