"""Work started just as the app quits is dropped quietly, not reported as an error."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Any

import pytest

from cssw_desktop.ui.tasks import StoreThread, spawn


def test_a_store_call_after_the_store_thread_stopped_is_dropped_without_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Seen when quitting right after unlocking: the sync's first outbox count reached the
    # store thread after it had stopped, and the worker got an "unexpected error" report.
    reported: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: reported.append(error))
    thread = StoreThread()
    assert asyncio.run(_call(thread)) == 1
    thread.shutdown()

    async def late() -> bool:
        task = spawn(thread.run(lambda: 1))
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return task.cancelled()

    assert asyncio.run(late())
    assert reported == []


async def _call(thread: StoreThread) -> int:
    return await thread.run(lambda: 1)
