"""The store's side of sending the outbox, in few calls: records read ahead a few at a
time, receipts kept in groups.

Every call to the encrypted store is a hop to the store thread (and back), and every
receipt kept is a transaction flushed to disk. Sending 1,000 records one by one made
2,000 such calls and 1,000 flushes. Here:

- `ReadAhead` reads the sealed documents of the next few due records in one call;
- `ReceiptKeeper` keeps verified receipts with group commit: the first one is written at
  once, and those that arrive while a write is under way go together in the next
  transaction. Nothing waits on purpose, so a lone record is kept as soon as before.

The guarantees do not change: a record counts as sent only once its receipt is stored,
and a sender moves on only then; a receipt that was not stored (a kill, a full disk)
leaves its record unsent, and central answers the next upload of it with the same
receipt (it never stores a record twice).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from cssw_core.protocol import UploadResponse
from cssw_desktop.storage.outbox import OutboxItem
from cssw_desktop.storage.records import StoredRecord

if TYPE_CHECKING:
    from cssw_desktop.storage.store import Store

READ_AHEAD = 16  # sealed documents read from the store in one call

StoreCall = Callable[..., Any]  # OpenStore: `await run(func)` runs func(store) on its thread


def _read(store: Store, items: Sequence[OutboxItem]) -> list[StoredRecord]:
    return [store.records.get(item.record_id, item.version) for item in items]


class ReadAhead:
    """The due records with their stored documents, read `READ_AHEAD` at a time; shared
    by the concurrent senders (one of them reads while the others wait for it)."""

    def __init__(self, run: StoreCall, due: Sequence[OutboxItem]) -> None:
        self._run = run
        self._due = due
        self._next = 0
        self._ready: deque[tuple[OutboxItem, StoredRecord]] = deque()
        self._lock = asyncio.Lock()

    async def next(self) -> tuple[OutboxItem, StoredRecord] | None:
        """The next record to send and its stored document; None when all were taken."""
        async with self._lock:
            if not self._ready:
                chunk = self._due[self._next : self._next + READ_AHEAD]
                if not chunk:
                    return None
                self._next += len(chunk)
                stored: list[StoredRecord] = await self._run(lambda s: _read(s, chunk))
                self._ready.extend(zip(chunk, stored, strict=True))
            return self._ready.popleft()


def _store_receipts(store: Store, receipts: Sequence[tuple[Any, int, Any]]) -> list[bool]:
    return store.outbox.store_receipts(receipts)


class ReceiptKeeper:
    """Stores verified receipts in the outbox, those of concurrent senders together in one
    transaction (group commit).

    `await keep(item, answer)` returns once the receipt's transaction has committed (only
    then does its record count as sent), or raises what stopped that write (a full disk:
    the record stays unsent). The first receipt is written at once; those handed over
    while a write is under way go together in the next one. A sender goes on to its next
    record only after its receipt is kept, so no more records than there are senders ever
    wait, sent but not receipted on the laptop."""

    def __init__(self, run: StoreCall) -> None:
        self._run = run
        self._waiting: list[tuple[OutboxItem, UploadResponse, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def keep(self, item: OutboxItem, answer: UploadResponse) -> None:
        kept: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, answer, kept))
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._write())
        await kept

    async def _write(self) -> None:
        try:
            while self._waiting:
                group, self._waiting = self._waiting, []
                receipts = [(i.record_id, i.version, a.receipt) for i, a, _ in group]
                try:
                    await self._run(_store_receipts, receipts)
                except BaseException as problem:  # each sender of the group raises it
                    for _, _, kept in group:
                        if not kept.done():
                            kept.set_exception(problem)
                    if not isinstance(problem, Exception):
                        raise
                    continue
                for _, _, kept in group:
                    if not kept.done():
                        kept.set_result(None)
        finally:
            self._writer = None
