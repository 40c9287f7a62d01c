"""A StoreRunner without Qt: every store call on one thread (for the command line)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from cssw_desktop.storage.store import Store

T = TypeVar("T")


class ThreadStoreRunner:
    """Runs functions with the open store on one dedicated thread (SQLite likes one)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    async def __call__(self, func: Callable[[Store], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, func, self.store)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
