"""The sync engine: sends the outbox, stores central's receipts, pulls what central holds.

One run (`SyncEngine.sync`): a heartbeat (counts only) that also brings the policy; each
due record sent as its sealed document (no PDF: central makes the one it files from the
document it verifies); central's receipt checked against the key pinned at
enrollment and stored before the record counts as synced; returned records, the caseload
if asked for, the purge, and a last heartbeat. Killed at any point, nothing is lost (the
outbox row stays until a receipt is stored) and nothing is duplicated (central answers a
repeat with the original receipt).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from cssw_core.domain.sealing import DeviceKey, utc_text
from cssw_core.errors import CsswError
from cssw_core.protocol import (
    API_PREFIX,
    Caseload,
    Heartbeat,
    HeartbeatResponse,
    RecordKindName,
    ReturnedList,
    UploadRequest,
    UploadResponse,
)
from cssw_core.signing import receipt_holds
from cssw_desktop.storage.clock import Clock, utc_now
from cssw_desktop.storage.errors import TRAINING_REFUSED_WORDS, DiskTrouble
from cssw_desktop.storage.outbox import OutboxItem
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.client import CentralClient
from cssw_desktop.sync.pipeline import ReadAhead, ReceiptKeeper
from cssw_desktop.sync.problems import ProblemKind, SyncProblem
from cssw_desktop.sync.report import (
    OutboxFailure,
    SyncProgress,
    SyncReport,
    backoff_seconds,
)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


NOT_ENROLLED_WORDS = (
    "This laptop is not enrolled with the central service yet, so nothing was sent. "
    "Enroll it with the code from IT."
)
BAD_RECEIPT_WORDS = (
    "Central's receipt for this record did not check out, so the record is kept as unsent "
    "and will be sent again. Tell IT if this keeps happening."
)
BATCH = 50
IN_FLIGHT = 4  # uploads on the wire at once (central serves each on its own thread)

__all__ = [
    "OutboxFailure",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "upload_request",
]


class _Stop(Exception):
    """Stop the run: the problem concerns every request, not one record."""

    def __init__(self, problem: SyncProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class SyncEngine:
    def __init__(
        self,
        run_store: OpenStore,
        *,
        clock: Clock = utc_now,
        app_version: str,
        transport: httpx.AsyncBaseTransport | None = None,
        rng: random.Random | None = None,
        on_revoked: Callable[[], Awaitable[None] | None] | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._run = run_store
        self._clock = clock
        self._app_version = app_version[:40]
        self._transport = transport
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._on_revoked = on_revoked
        self._timeout = timeout

    async def sync(
        self,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        caseload: bool = False,
        retry_waiting: bool = False,
    ) -> SyncReport:
        """One full sync; never raises for a network or central problem (see report).

        `retry_waiting`: also send records still waiting out a backoff after a failure (a
        person asked for this sync, or the network has just come back)."""
        report = SyncReport()
        training, profile, key = await self._run(
            lambda s: (s.training, s.profile.get(), s.device.key())
        )
        if training:  # fictional records: nothing goes anywhere, not even a heartbeat
            report.problem = TRAINING_REFUSED_WORDS
            report.unsent = await self._unsent()
            return report
        if profile is None:
            report.problem = NOT_ENROLLED_WORDS
            report.unsent = await self._unsent()
            return report
        client = CentralClient(
            profile.server_url,
            profile.pin,
            signer=key,
            device_id=key.device_id,
            timeout=self._timeout,
            transport=self._transport,
            wall_clock=lambda: self._clock().timestamp(),
        )
        try:
            policy = (await self._heartbeat(client)).policy
            await self._send_all(client, profile, key, report, progress, retry_waiting)
            returned = await self._call(client, "GET", "/returned", None, ReturnedList)
            report.returned_new = await self._run(lambda s: s.returned.save(returned.returned))
            if caseload:
                families = await self._call(client, "GET", "/caseload", None, Caseload)
                applied = await self._run(lambda s: s.caseload.apply(families))
                report.caseload_families = applied.saved
                report.caseload_left_out = applied.left_out
            now = self._clock()
            issuer = profile.server_signing_key  # its policy covers only its own receipts
            report.purged = await self._run(
                lambda s: s.purge.run(now, policy.purge_after_days, receipts_from=issuer)
            )
            if report.problem is None:
                await self._run(lambda s: s.profile.note_synced(utc_text(self._clock())))
            await self._heartbeat(client)
        except _Stop as stop:
            report.problem = stop.problem.message
            if stop.problem.kind is ProblemKind.REVOKED:
                report.revoked = True
        finally:
            await client.aclose()
        if report.revoked:
            if self._on_revoked is not None:
                pending = self._on_revoked()
                if pending is not None:
                    await pending
        else:
            report.unsent = await self._unsent()
        return report

    async def aclose(self) -> None:
        """Nothing stays open between runs (each run closes its connection); for symmetry."""

    async def _unsent(self) -> int:
        summary = await self._run(lambda s: s.outbox.summary(self._clock()))
        return int(summary.pending + summary.failed)

    async def _call(
        self, client: CentralClient, method: str, path: str, body: Any, model: type[M]
    ) -> M:
        try:
            return await client.call(method, API_PREFIX + path, body, model)
        except SyncProblem as problem:
            raise _Stop(problem) from None

    async def _heartbeat(self, client: CentralClient) -> HeartbeatResponse:
        summary = await self._run(lambda s: s.outbox.summary(self._clock()))
        beat = Heartbeat(
            pending=summary.pending,
            failed=summary.failed,
            synced=summary.synced,
            oldest_pending_seconds=summary.oldest_pending_seconds,
            app_version=self._app_version,
            last_sync_at=summary.last_sync_at,
        )
        answer = await self._call(client, "POST", "/heartbeat", beat, HeartbeatResponse)
        await self._run(lambda s: s.profile.save_policy(answer.policy))
        return answer

    async def _send_all(
        self,
        client: CentralClient,
        profile: EnrolledProfile,
        key: DeviceKey,
        report: SyncReport,
        progress: Callable[[SyncProgress], None] | None,
        retry_waiting: bool,
    ) -> None:
        now = self._clock()
        due: list[OutboxItem] = await self._run(
            lambda s: s.outbox.due(now, 1_000_000, retry_waiting=retry_waiting)
        )
        records = ReadAhead(self._run, due)
        stopped: list[_Stop] = []
        local: list[CsswError] = []  # the laptop's own trouble (a full disk): stop, then say
        done = 0
        receipts = ReceiptKeeper(self._run)

        async def sender() -> None:
            # A few uploads in flight at once: while central checks and stores one record,
            # the next is already on the wire. Each record is sent and receipted on its
            # own and counts as sent only once its receipt is stored (the receipts of
            # concurrent senders in one transaction), so a kill at any point loses or
            # duplicates nothing.
            nonlocal done
            while not (stopped or local):
                try:
                    nxt = await records.next()
                except DiskTrouble as trouble:  # the store could not be read: stop, then say
                    local.append(trouble)
                    return
                if nxt is None:
                    return
                item, stored = nxt
                try:
                    outcome = await self._send_one(client, profile, key, item, stored)
                except _Stop as stop:
                    # Central busy (503 with Retry-After): nothing went wrong with the
                    # record, so it stays pending, not failed, and goes at the next sync.
                    problem = stop.problem
                    busy = problem.status == 503 and problem.retry_after_seconds is not None
                    if problem.retryable and not busy:
                        await self._failed(item, stop.problem.message, report, permanent=False)
                    stopped.append(stop)
                    return
                if isinstance(outcome, tuple):
                    await self._failed(item, outcome[0], report, permanent=outcome[1])
                else:
                    try:
                        await receipts.keep(item, outcome)
                    except DiskTrouble as trouble:
                        # E.g. the receipt could not be stored: the record stays unsent,
                        # and central gives the same receipt again at the next sync.
                        local.append(trouble)
                        return
                    report.sent += 1
                    report.duplicates += int(outcome.duplicate)
                done += 1
                if progress is not None:
                    progress(SyncProgress(done, len(due), report.sent, len(report.failed)))

        await asyncio.gather(*(sender() for _ in range(min(IN_FLIGHT, len(due)))))
        if local:
            raise local[0]
        if stopped:
            raise stopped[0]

    async def _failed(
        self, item: OutboxItem, reason: str, report: SyncReport, *, permanent: bool
    ) -> None:
        retry_at = None
        if not permanent:
            delay = backoff_seconds(item.attempts + 1, self._rng)
            retry_at = self._clock() + timedelta(seconds=delay)
        await self._run(
            lambda s: s.outbox.mark_failed(
                item.record_id, item.version, reason, retry_at, permanent
            )
        )
        report.failed.append(OutboxFailure(item.record_id, item.version, reason))

    async def _send_one(
        self,
        client: CentralClient,
        profile: EnrolledProfile,
        key: DeviceKey,
        item: OutboxItem,
        stored: StoredRecord,
    ) -> tuple[str, bool] | UploadResponse:
        """Central's checked answer (its receipt not stored yet), or (reason, permanent)."""
        if stored.seal is None or stored.content_hash != item.content_hash:
            return ("This record on the laptop no longer matches what was queued. Tell IT.", True)
        try:
            answer = await client.call(
                "POST", f"{API_PREFIX}/records", upload_request(stored), UploadResponse
            )
        except SyncProblem as problem:
            if problem.kind in (ProblemKind.REFUSED, ProblemKind.CONFLICT):
                return (problem.message, True)
            raise _Stop(problem) from None
        receipt = answer.receipt.receipt
        if not (
            receipt_holds(answer.receipt, profile.server_signing_key)
            and receipt.record_id == str(item.record_id)
            and receipt.version == item.version
            and receipt.content_hash == item.content_hash
            and receipt.device_id == key.device_id
        ):
            return (BAD_RECEIPT_WORDS, False)
        return answer


_KINDS: dict[str, RecordKindName] = {"withdrawal": "withdrawal", "share": "share"}


def upload_request(stored: StoredRecord) -> UploadRequest:
    """The upload of a sealed record: its canonical JSON exactly as sealed (no re-encoding)."""
    assert stored.seal is not None
    return UploadRequest(
        record_id=str(stored.id),
        version=stored.version,
        kind=_KINDS.get(stored.kind, "consent"),
        content_hash=stored.seal.content_hash,
        seal_signature=stored.seal.signature,
        document=stored.text,
    )
