"""Work started just as the app quits, or just as it locks, ends quietly; real errors are
still reported."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Any

import pytest

from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreClosed, StoreThread
from cssw_desktop.ui.tasks import spawn


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


def test_a_task_that_finds_the_store_locked_ends_quietly_and_other_errors_are_reported(
    monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    reported: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: reported.append(error))
    thread = StoreThread()
    unlocked = [True]
    open_store = thread.bind(store, lambda: unlocked[0])

    def lock_while_counting(s: Store) -> int:
        unlocked[0] = False  # the worker locks while the call runs
        return s.families.count()

    async def scenario() -> None:
        assert await open_store(lambda s: s.families.count()) == 0
        locked_during = spawn(open_store(lock_while_counting))
        with contextlib.suppress(StoreClosed):
            await locked_during
        locked_before = spawn(open_store(lambda s: s.families.count()))
        with contextlib.suppress(StoreClosed):
            await locked_before
        broken = spawn(thread.run(lambda: 1 / 0))
        with contextlib.suppress(ZeroDivisionError):
            await broken
        await asyncio.sleep(0)  # the done callbacks run

    try:
        asyncio.run(scenario())
    finally:
        thread.shutdown()
    assert [error[0] for error in reported] == [ZeroDivisionError]


async def _call(thread: StoreThread) -> int:
    return await thread.run(lambda: 1)
