"""The one way to call the encrypted store from asyncio: a single store thread.

SQLite connections belong to the thread that opened them, and queuing every call on one
thread also means a lock (store.close) runs only after the work already started. The GUI
(on qasync's loop), the sync engine, enrollment and the command line all use it:

    thread = StoreThread()
    families = await thread.run(store.families.all)      # any blocking call
    open_store = thread.bind(store, is_open)             # calls that take the store
    report = await SyncEngine(open_store, ...).sync()

`OpenStore` raises `StoreClosed` once the store has been locked, before a call and after
one (its result is for a screen or a sync that is gone); the GUI's task runner lets
`StoreClosed` end a task quietly, so callers need no guard of their own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from cssw_desktop.storage.store import Store

T = TypeVar("T")


class StoreClosed(Exception):
    """The store was locked (or removed) while a call still wanted it: nothing to do now."""


class StoreThread:
    """One worker thread for every call that touches the encrypted store."""

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

    def bind(self, store: Store, is_open: Callable[[], bool] = lambda: True) -> OpenStore:
        """Calls on `store` through this thread, refused once `is_open()` says it is locked."""
        return OpenStore(self, store, is_open)

    def shutdown(self) -> None:
        """Wait for queued calls to finish and stop the thread."""
        self._stopped = True
        self._executor.shutdown(wait=True)


class OpenStore:
    """An unlocked store on the store thread: `await open_store(func, *args)` runs
    `func(store, *args)` there."""

    def __init__(self, thread: StoreThread, store: Store, is_open: Callable[[], bool]) -> None:
        self.thread = thread
        self.store = store
        self._is_open = is_open

    @property
    def is_open(self) -> bool:
        return self._is_open()

    async def __call__(self, func: Callable[..., T], *args: Any) -> T:
        """func(store, *args) on the store thread; StoreClosed if the store was locked
        before the call, or while it ran (the call itself finished either way)."""
        if not self._is_open():
            raise StoreClosed
        result = await self.thread.run(func, self.store, *args)
        if not self._is_open():
            raise StoreClosed
        return result


def store_on_own_thread(store: Store) -> OpenStore:
    """`store` on a store thread of its own (the command line and tests): stop it with
    `open_store.thread.shutdown()`."""
    return StoreThread().bind(store)
