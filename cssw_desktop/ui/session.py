"""The worker's session with the store: set up, unlock, restore, lock, auto-lock.

A state holder: it touches no widget and says what happens through signals, which the
main window renders (the setup, unlock and error pages, the status bar) and controllers
follow (the sync stops on lock, dialogs close). Every store call runs on the one store
thread; locking drops the only reference to the Store at once and queues store.close()
behind any call already running.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from cssw_core.errors import CsswError
from cssw_desktop.settings import AUTO_LOCK_MINUTES
from cssw_desktop.storage.errors import StoreDamagedAtOpen
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreThread
from cssw_desktop.storage.vault import Vault, VaultStatus
from cssw_desktop.translated import error_text
from cssw_desktop.ui.clipboard import forget_app_clipboard
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.passphrase_check import passphrase_problem

T = TypeVar("T")


class Session(QObject):
    """Owns the open Store (or none); see the module's docstring."""

    checking = Signal()  # a store is here: the unlock page can show while it is checked
    first_run = Signal()  # no store yet: the setup page
    unlock_wanted = Signal(float)  # the store can be unlocked (after this wait, in seconds)
    cannot_open = Signal(str)  # the store cannot be used here: why, in plain words
    busy = Signal(bool)  # setting up, unlocking or restoring: the pages' buttons are off
    setup_failed = Signal(str)
    unlock_failed = Signal(str, float)  # why, and the wait before the next try (seconds)
    restore_offered = Signal(int, str)  # the damaged store's backup: records, written at
    opened = Signal(object)  # the Store, unlocked
    closed = Signal()  # the store is closed, locked or removed: forget every family detail
    locked = Signal(str)  # closed (the worker, or no use for a while): the reason
    removed = Signal(str)  # removed for good after central revoked the laptop: why
    auto_lock_changed = Signal(int)  # milliseconds without use before the app locks
    unlock_note = Signal(str)  # something to say on the unlock page (e.g. a new passphrase)
    notice = Signal(str)  # a passing note for the status bar
    settings_changed = Signal()  # the worker saved the settings (e.g. the review period)

    def __init__(
        self,
        vault: Vault,
        idle: IdleWatcher,
        thread: StoreThread,
        *,
        idle_timeout_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.store_thread = thread
        """The one thread every store call runs on."""
        self._idle = idle
        self._timeout_override = idle_timeout_ms
        self._store: Store | None = None
        self._minutes = AUTO_LOCK_MINUTES.default
        self._policy_minutes: int | None = None  # central's limit on the auto-lock
        self._checked: asyncio.Future[bool] | None = None  # the start-up check of the store
        idle.idle.connect(self._idle_lock)

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    # --- opening -----------------------------------------------------------------------

    def start(self) -> None:
        """Find out whether this is a first run; say setup, unlock or the problem."""
        spawn(self._start())

    async def _start(self) -> None:
        checked = asyncio.get_running_loop().create_future()
        self._checked = checked
        if self.vault.store_path.exists():
            # The unlock page shows at once so the worker can start typing; the keyring
            # and key file are checked meanwhile, and an early Unlock waits for that.
            self.checking.emit()
        try:
            status = await self.store_thread.run(self.vault.status)
            wait = await self.store_thread.run(self.vault.wait_seconds)
        except CsswError as error:
            checked.set_result(False)
            self.cannot_open.emit(error_text(error))
            return
        except BaseException:
            checked.set_result(False)
            raise
        checked.set_result(True)
        if status is VaultStatus.NEW:
            self.first_run.emit()
        else:
            self.unlock_wanted.emit(wait)

    def create(self, passphrase: str) -> None:
        spawn(self._create(passphrase))

    async def _create(self, passphrase: str) -> None:
        self.busy.emit(True)
        try:
            store = await self.store_thread.run(self.vault.create, passphrase)
        except CsswError as error:
            self.setup_failed.emit(error_text(error))
            return
        finally:
            self.busy.emit(False)
        await self._opened(store)

    def unlock(self, passphrase: str) -> None:
        spawn(self._unlock(passphrase))

    async def _unlock(self, passphrase: str) -> None:
        if self._checked is not None and not await self._checked:
            return  # the store cannot be opened here; the error page says why
        store = await self._open_with(self.vault.unlock, passphrase)
        if store is not None:
            await self._opened(store)

    def restore(self, passphrase: str) -> None:
        spawn(self._restore(passphrase))

    async def _restore(self, passphrase: str) -> None:
        """The store was found damaged: restore the backup into a new store and open it."""
        opened = await self._open_with(self.vault.restore_backup, passphrase)
        if opened is None:
            return
        store, report = opened
        await self._opened(store)
        self.notice.emit(
            self.tr("Restored %d sealed records from the backup; they will be sent to central.")
            % report.restored
        )

    async def _open_with(self, opener: Callable[[str], T], passphrase: str) -> T | None:
        """Run `opener` (unlock, or restore from the backup) on the store thread; on a
        problem, say why (unlock_failed, restore_offered) and return None."""
        self.busy.emit(True)
        try:
            return await self.store_thread.run(opener, passphrase)
        except StoreDamagedAtOpen as error:
            if error.backup_records is None or error.backup_written_at is None:
                self.unlock_failed.emit(error_text(error), 0.0)  # no backup: what to do
                return None
            self.unlock_failed.emit(
                self.tr(
                    "The store on this laptop is damaged, so it cannot be opened. Nothing has "
                    "been deleted."
                ),
                0.0,
            )
            self.restore_offered.emit(error.backup_records, error.backup_written_at)
            return None
        except CsswError as error:
            self.unlock_failed.emit(
                *passphrase_problem(
                    error, self.tr("Wrong passphrase. Please check it and try again.")
                )
            )
            return None
        finally:
            self.busy.emit(False)

    async def _opened(self, store: Store) -> None:
        """Start the idle clock and say the store is open."""
        self._store = store
        minutes = await self.store_thread.run(store.settings.get, AUTO_LOCK_MINUTES)
        if self._store is not store:
            return  # locked again while reading the setting
        self._minutes = minutes
        self._start_idle()
        self.opened.emit(store)

    # --- the auto-lock -------------------------------------------------------------------

    @property
    def lock_minutes(self) -> int:
        """Minutes without use before locking: the worker's setting, at most central's."""
        if self._policy_minutes is None:
            return self._minutes
        return min(self._minutes, self._policy_minutes)

    def limit_auto_lock(self, minutes: int | None) -> None:
        """Apply central's policy: lock after at most `minutes` (None: no limit)."""
        if minutes == self._policy_minutes:
            return
        self._policy_minutes = minutes
        if self._store is not None:
            self._start_idle()

    def use_auto_lock(self, minutes: int) -> None:
        """The worker's own setting changed (it is saved already)."""
        self._minutes = minutes
        if self._store is not None:
            self._start_idle()

    def _start_idle(self) -> None:
        timeout = self._timeout_override or self.lock_minutes * 60_000
        self._idle.start(timeout)
        self.auto_lock_changed.emit(timeout)

    # --- locking -------------------------------------------------------------------

    def _idle_lock(self) -> None:
        minutes = self.lock_minutes
        self.lock(
            self.tr("Locked after 1 minute without use.")
            if minutes == 1
            else self.tr("Locked after %d minutes without use.") % minutes
        )

    def lock(self, reason: str) -> None:
        """Close the store; `locked` tells every screen to forget the family data."""
        store, self._store = self._store, None
        if store is None:
            return
        self._idle.stop()
        forget_app_clipboard()  # a copied name does not outlast the lock
        self.closed.emit()
        self.locked.emit(reason)
        spawn(self.store_thread.run(store.close))

    def remove_after_revocation(self, message: str) -> None:
        """Central withdrew this laptop's access: close everything, remove the store for
        good (on the store thread, after any call already running), set up again."""
        store, self._store = self._store, None
        if store is None:
            return
        self._idle.stop()
        forget_app_clipboard()
        self.closed.emit()
        self.removed.emit(message)
        spawn(self.store_thread.run(self.vault.wipe, store))

    def tell_at_unlock(self, text: str) -> None:
        """Say `text` on the unlock page (when something finished after the lock)."""
        self.unlock_note.emit(text)

    def shutdown(self) -> None:
        """On quit (the loop has stopped): close the store and stop the store thread."""
        store, self._store = self._store, None
        self._idle.stop()
        forget_app_clipboard()  # before Qt hands it to a clipboard manager on exit
        if store is not None:
            self.store_thread.submit(store.close)
        self.store_thread.shutdown()
