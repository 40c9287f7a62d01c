"""Starting coroutines from Qt signals without losing them or their exceptions.

qasync 0.28's ``asyncSlot`` refuses zero-argument coroutines, so signals are connected
with lambdas calling :func:`spawn`. asyncio only keeps weak references to tasks; a task
nobody holds can be collected half-way, so :func:`spawn` keeps each one until it ends.
A task that finds the store locked (`StoreClosed`, see cssw_desktop.storage.thread) ends
quietly: what it was doing was for screens the lock has already cleared.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any

from cssw_desktop.storage.thread import StoreClosed

_running: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Run the coroutine on the running loop; an exception it raises goes to sys.excepthook."""
    task = asyncio.get_event_loop().create_task(coro)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is not None and not isinstance(error, StoreClosed):
        sys.excepthook(type(error), error, error.__traceback__)


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """Tasks started with spawn that have not finished (for tests and orderly shutdown)."""
    return frozenset(_running)
