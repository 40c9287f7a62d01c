"""Starting coroutines from Qt signals without losing them or their exceptions.

qasync 0.28's ``asyncSlot`` refuses zero-argument coroutines, so signals are connected
with lambdas calling :func:`spawn`. asyncio only keeps weak references to tasks; a task
nobody holds can be collected half-way, so :func:`spawn` keeps each one until it ends.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

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
    if error is not None:
        sys.excepthook(type(error), error, error.__traceback__)


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """Tasks started with spawn that have not finished (for tests and orderly shutdown)."""
    return frozenset(_running)


class StoreThread:
    """One worker thread for every call that touches the encrypted store.

    SQLite connections belong to the thread that opened them, and queuing every call on
    one thread also means a lock (store.close) runs only after work already started.
    """

    def __init__(self) -> None:
        self._executor: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._stopped = False

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run a blocking call on the store thread and await its result.

        Once the thread has stopped (the app is quitting) a late call is cancelled, quietly:
        the store is closed and there is nothing left to do it for.
        """
        if self._stopped:
            raise asyncio.CancelledError
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, func, *args)

    def submit(self, func: Callable[..., T], *args: Any) -> Future[T]:
        """Queue a blocking call without awaiting it (used once the loop has stopped)."""
        return self._executor.submit(func, *args)

    def shutdown(self) -> None:
        """Wait for queued calls to finish and stop the thread."""
        self._stopped = True
        self._executor.shutdown(wait=True)
