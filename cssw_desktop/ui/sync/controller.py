"""Sending to central from the unlocked app: when, one at a time, and what it says.

The SyncEngine (cssw_desktop.sync, no Qt) does the work on the qasync loop; this object
decides when it runs — on unlocking, every policy.sync_interval_seconds, on "Sync now",
and when the laptop comes back online — and turns its progress and report into signals
for the status bar and the outbox page. It never blocks the window: store calls go to
the store thread and the network calls are asyncio. On a training store it never starts:
nothing in it is ever sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from cssw_core.errors import CsswError
from cssw_desktop.storage.outbox import OutboxSummary
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreClosed, StoreThread
from cssw_desktop.translated import error_text
from cssw_desktop.ui.sync.words import count_words, local_time
from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_desktop.sync.engine import SyncProgress, SyncReport

log = logging.getLogger(__name__)

ONLINE_DELAY_MS = 3_000  # let a new connection settle before sending


class Engine(Protocol):
    """What the controller needs of cssw_desktop.sync.engine.SyncEngine."""

    async def sync(
        self,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        caseload: bool = False,
        retry_waiting: bool = False,
    ) -> SyncReport: ...

    async def aclose(self) -> None: ...


EngineFactory = Callable[[Store], Engine]


class SyncController(QObject):
    """Owns the SyncEngine while the store is unlocked and the laptop enrolled."""

    started = Signal()
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # SyncReport
    ended = Signal()  # a sync stopped, however it ended (the progress bar goes away)
    status_changed = Signal(str)  # the status bar's words
    summary_changed = Signal(object)  # OutboxSummary, after each change
    profile_changed = Signal(object)  # EnrolledProfile | None (None when not enrolled)
    revoked = Signal()  # central withdrew this laptop's access: its records are gone

    def __init__(
        self,
        thread: StoreThread,
        make_engine: EngineFactory,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        online_detection: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = thread
        self._make_engine = make_engine
        self._now = now
        self._store: Store | None = None
        self._engine: Engine | None = None
        self._task: asyncio.Task[Any] | None = None
        self._sending = False  # the engine is running (the status bar shows progress)
        self.profile: EnrolledProfile | None = None
        self.training = False  # a training store's window (for good): nothing is ever sent
        self.summary: OutboxSummary | None = None
        self.last_report: SyncReport | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.sync_now())
        self._online_timer = QTimer(self)
        self._online_timer.setSingleShot(True)
        # Back online: what failed while offline goes at once, not after its backoff.
        self._online_timer.timeout.connect(lambda: self.sync_now(retry_waiting=True))
        self._network: QNetworkInformation | None = None
        self._watch_online = online_detection  # started on the first unlock, not at start-up

    # --- state ---------------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        return self.profile is not None

    @property
    def busy(self) -> bool:
        """A sync is running now."""
        return self._task is not None and not self._task.done()

    @property
    def sending(self) -> bool:
        """The engine is at work now (what the buttons and the progress bar follow)."""
        return self._sending

    @property
    def active(self) -> bool:
        """An engine (and its network client) exists and must be closed before quitting."""
        return self._engine is not None or self.busy

    def online(self) -> bool | None:
        """What the system says about the network (None when it cannot tell)."""
        if self._network is None:
            return None
        return self._network.reachability() == QNetworkInformation.Reachability.Online

    # --- the session's life --------------------------------------------------------------

    def start_session(self, store: Store) -> None:
        """After unlocking: read who this laptop is enrolled for; if enrolled, sync now.
        A training store is never enrolled: nothing is read, nothing will be sent."""
        self._store = store
        if store.training:
            self.set_training()
            self._set_profile(None)
            spawn(self.refresh_summary())
            return
        if self._watch_online:
            self._watch_online = False
            self._watch_network()
        spawn(self._start(store))

    async def _start(self, store: Store) -> None:
        profile = await self._thread.run(store.profile.get)
        if self._store is not store:
            return
        self._set_profile(profile)
        await self.refresh_summary()
        if profile is not None:
            self.sync_now()

    def set_training(self) -> None:
        """This window is on a training store (for good): never send, and say so."""
        self.training = True
        self._timer.stop()
        self._announce()

    def enrolled_now(self, profile: EnrolledProfile) -> None:
        """The laptop was just enrolled: start sending."""
        if self._store is None:
            return
        self._set_profile(profile)
        self.sync_now()

    def _set_profile(self, profile: EnrolledProfile | None) -> None:
        self.profile = profile
        if profile is None:
            self._timer.stop()
        else:
            self._timer.start(profile.policy.sync_interval_seconds * 1000)
        self.profile_changed.emit(profile)
        self._announce()

    async def stop(self) -> None:
        """On lock or quit: stop sending, and close the engine's network client."""
        self._store = None
        self._timer.stop()
        self._online_timer.stop()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        engine, self._engine = self._engine, None
        if engine is not None:
            await engine.aclose()
        self.profile = None
        self.summary = None

    # --- syncing -------------------------------------------------------------------------

    def sync_now(
        self, *, caseload: bool = False, retry_waiting: bool = False
    ) -> asyncio.Task[Any] | None:
        """Start a sync unless one is running, the store is locked or not enrolled.
        `retry_waiting`: records waiting out a backoff go too (a person asked)."""
        store = self._store
        if store is None or self.profile is None or self.busy or self.training:
            return None
        self._task = spawn(self._sync(store, caseload, retry_waiting))
        return self._task

    async def _sync(self, store: Store, caseload: bool, retry_waiting: bool) -> SyncReport | None:
        if self._engine is None:
            self._engine = self._make_engine(store)
        engine = self._engine
        self._sending = True
        self.started.emit()
        self.progress.emit(0, 0)
        self.status_changed.emit(self.tr("Sending to central…"))
        try:
            report = await engine.sync(
                progress=self._on_progress, caseload=caseload, retry_waiting=retry_waiting
            )
        except StoreClosed:  # locked while syncing: stop() takes care of the rest
            return None
        except CsswError as error:  # the engine reports most problems in the report
            if self._store is store:
                self.status_changed.emit(self.tr("Could not send: %s") % error_text(error))
            return None
        finally:
            self._sending = False
            self.ended.emit()
        if self._store is not store:
            return report
        self.last_report = report
        if report.revoked:
            log.warning("central withdrew this laptop's access; its store is being removed")
            self._store = None
            self._timer.stop()
            self.finished.emit(report)
            self.revoked.emit()
            return report
        if report.problem is None:
            profile = await self._thread.run(store.profile.get)
            if self._store is store and profile != self.profile:
                self._set_profile(profile)
        await self.refresh_summary()
        self.finished.emit(report)
        return report

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress.done, progress.total)

    async def refresh_summary(self) -> None:
        store = self._store
        if store is None:
            return
        summary = await self._thread.run(store.outbox.summary, self._now())
        if self._store is not store:
            return
        self.summary = summary
        self.summary_changed.emit(summary)
        self._announce()

    # --- words ---------------------------------------------------------------------------

    def status_text(self) -> str:
        """ "3 waiting to send · last sent 10:42", or why nothing is sent."""
        if self.training:
            return self.tr("Training: nothing is sent to central")
        if self.profile is None:
            return self.tr("Not connected to central yet")
        summary = self.summary
        if summary is None:
            return ""
        parts = [
            self.tr("Nothing waiting to send")
            if summary.pending == 0
            else count_words(
                summary.pending, self.tr("1 waiting to send"), self.tr("%n waiting to send")
            )
        ]
        if summary.failed:
            parts.append(
                count_words(
                    summary.failed,
                    self.tr("1 had a problem sending"),
                    self.tr("%n had a problem sending"),
                )
            )
        if summary.last_sync_at:
            parts.append(self.tr("last sent %s") % local_time(summary.last_sync_at))
        else:
            parts.append(self.tr("not sent yet"))
        return " · ".join(parts)

    def _announce(self) -> None:
        if not self._sending:
            self.status_changed.emit(self.status_text())

    # --- the network ---------------------------------------------------------------------

    def _watch_network(self) -> None:
        """Sync soon after the laptop comes online (if the system can tell us)."""
        try:
            loaded = QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability
            )
        except RuntimeError:  # no backend for this platform: the timer alone
            loaded = False
        network = QNetworkInformation.instance() if loaded else None
        if network is None:
            log.info("no network information backend; syncing on the timer only")
            return
        self._network = network
        network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self._online_timer.start(ONLINE_DELAY_MS)
        else:
            self._online_timer.stop()
