"""The worker's session with the store: set up, unlock, lock, and saving families.

Every store call runs on the one store thread (see tasks.StoreThread). Locking drops
the window's only reference to the Store at once, clears every model and widget of
family details, and queues store.close() behind any call already running.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from cssw_core.domain.family import Family
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.settings import AUTO_LOCK_MINUTES, REVIEW_MONTHS, Setting
from cssw_desktop.storage.errors import StoreDamagedAtOpen, UnlockThrottled, WrongPassphrase
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault, VaultStatus
from cssw_desktop.translated import error_text
from cssw_desktop.ui.clipboard import forget_app_clipboard
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.tasks import StoreThread, spawn

if TYPE_CHECKING:
    from cssw_desktop.ui.families.family_editor import FamilyEditor
    from cssw_desktop.ui.main_window import MainWindow, Place
    from cssw_desktop.ui.settings_dialog import SettingsDialog
    from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog


T = TypeVar("T")


class Session(QObject):
    """Owns the open Store (or none) and the dialogs that use it."""

    settings_changed = Signal()  # after the worker saves the settings (e.g. the review period)
    opened = Signal(object)  # the Store, once unlocked and the families are shown
    locked = Signal()  # the store was closed (locked, or removed after revocation)

    def __init__(
        self,
        window: MainWindow,
        vault: Vault,
        idle: IdleWatcher,
        thread: StoreThread,
        *,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._vault = vault
        self._idle = idle
        self._thread = thread
        self._timeout_override = idle_timeout_ms
        self._store: Store | None = None
        self._minutes = AUTO_LOCK_MINUTES.default
        self._policy_minutes: int | None = None  # central's limit on the auto-lock
        self._return_to: Place | None = None
        self._dialogs: list[QDialog] = []
        self._checked: asyncio.Future[bool] | None = None  # the start-up check of the store
        idle.idle.connect(self._idle_lock)

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    @property
    def store_thread(self) -> StoreThread:
        """The one thread every store call runs on (for the pages' own loaders)."""
        return self._thread

    @property
    def vault(self) -> Vault:
        return self._vault

    def track(self, dialog: QDialog) -> None:
        """Open a dialog that closes (and forgets what was typed) when the app locks."""
        self._track(dialog)

    # --- opening -----------------------------------------------------------------------

    def start(self) -> None:
        """Find out whether this is a first run, and show setup, unlock or the problem."""
        spawn(self._start())

    async def _start(self) -> None:
        w = self._window
        checked = asyncio.get_running_loop().create_future()
        self._checked = checked
        if self._vault.store_path.exists():
            # Show the unlock page at once so the worker can start typing; the keyring
            # and key file are checked meanwhile, and an early Unlock waits for that.
            w.show_locked_status()
            w.show_page(w.unlock_page)
        else:
            w.show_page(w.starting_page)
        try:
            status = await self._thread.run(self._vault.status)
            wait = await self._thread.run(self._vault.wait_seconds)
        except CsswError as error:
            checked.set_result(False)
            w.error_page.show_error(error_text(error), str(self._vault.data_dir))
            w.show_page(w.error_page)
            return
        except BaseException:
            checked.set_result(False)
            raise
        checked.set_result(True)
        if status is VaultStatus.NEW:
            w.lock_state.setText(self.tr("Not set up yet"))
            w.show_page(w.setup_page)
        else:
            w.show_locked_status()
            w.unlock_page.wait(wait)
            w.show_page(w.unlock_page)

    def create(self, passphrase: str) -> None:
        spawn(self._create(passphrase))

    async def _create(self, passphrase: str) -> None:
        page = self._window.setup_page
        page.set_busy(True)
        try:
            store = await self._thread.run(self._vault.create, passphrase)
        except CsswError as error:
            page.show_error(error_text(error))
            return
        finally:
            page.set_busy(False)
        page.clear()
        await self._opened(store)

    def unlock(self, passphrase: str) -> None:
        spawn(self._unlock(passphrase))

    async def _unlock(self, passphrase: str) -> None:
        if self._checked is not None and not await self._checked:
            return  # the store cannot be opened here; the error page says why
        store = await self._open_with(self._vault.unlock, passphrase)
        if store is not None:
            await self._opened(store)

    def restore(self, passphrase: str) -> None:
        spawn(self._restore(passphrase))

    async def _restore(self, passphrase: str) -> None:
        """The store was found damaged: restore the backup into a new store and open it."""
        opened = await self._open_with(self._vault.restore_backup, passphrase)
        if opened is None:
            return
        store, report = opened
        await self._opened(store)
        self._window.show_notice(
            self.tr("Restored %d sealed records from the backup; they will be sent to central.")
            % report.restored
        )

    async def _open_with(self, opener: Callable[[str], T], passphrase: str) -> T | None:
        """Run `opener` (unlock, or restore from the backup) on the store thread; on a
        problem, say it on the unlock page and return None."""
        page = self._window.unlock_page
        page.set_busy(True)
        try:
            opened = await self._thread.run(opener, passphrase)
        except WrongPassphrase as error:
            page.show_problem(
                self.tr("Wrong passphrase. Please check it and try again."), error.wait_seconds
            )
            return None
        except UnlockThrottled as error:
            page.show_problem(self.tr("Too many wrong passphrases in a row."), error.wait_seconds)
            return None
        except StoreDamagedAtOpen as error:
            if error.backup_records is None or error.backup_written_at is None:
                page.show_problem(error_text(error))  # no backup: what to do instead
                return None
            page.show_problem(
                self.tr(
                    "The store on this laptop is damaged, so it cannot be opened. Nothing has "
                    "been deleted."
                )
            )
            page.offer_restore(error.backup_records, error.backup_written_at)
            return None
        except CsswError as error:
            page.show_problem(error_text(error))
            return None
        finally:
            page.set_busy(False)
        page.clear()
        return opened

    async def _opened(self, store: Store) -> None:
        """Load the families, start the idle clock, go back to where the worker was."""
        self._store = store
        minutes = await self._thread.run(store.settings.get, AUTO_LOCK_MINUTES)
        families = await self._thread.run(store.families.all)
        if self._store is not store:
            return  # locked again while loading
        self._minutes = minutes
        w = self._window
        w.model.set_families(families)
        w.families_page.fit_columns()
        self._start_idle()
        place, self._return_to = self._return_to, None
        if place is None:
            w.show_families()
            w.families_page.focus_table()
            w.visits.offer_any()  # a consent visit left unfinished (e.g. the app was killed)
        else:
            w.go_to(place)
        self.opened.emit(store)

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

    def _start_idle(self) -> None:
        timeout = self._timeout_override or self.lock_minutes * 60_000
        self._idle.start(timeout)
        self._window.show_unlocked_status(timeout)

    # --- locking -------------------------------------------------------------------

    def _idle_lock(self) -> None:
        minutes = self.lock_minutes
        self.lock(
            self.tr("Locked after 1 minute without use.")
            if minutes == 1
            else self.tr("Locked after %d minutes without use.") % minutes
        )

    def lock(self, reason: str) -> None:
        """Close dialogs, clear family data from the window, close the store."""
        store, self._store = self._store, None
        if store is None:
            return
        w = self._window
        self._idle.stop()
        self._return_to = w.place()
        self.close_dialogs()
        w.clear_family_data()
        forget_app_clipboard()  # a copied name does not outlast the lock
        w.unlock_page.clear()
        w.unlock_page.set_reason(reason + " " + self.tr("Type your passphrase to unlock."))
        w.show_page(w.unlock_page)
        w.show_locked_status()
        self.locked.emit()
        spawn(self._thread.run(store.close))

    def remove_after_revocation(self, message: str) -> None:
        """Central withdrew this laptop's access: close everything, remove the store for
        good (on the store thread, after any call already running), show setup again."""
        store, self._store = self._store, None
        if store is None:
            return
        w = self._window
        self._idle.stop()
        self._return_to = None
        self.close_dialogs()
        w.clear_family_data()
        forget_app_clipboard()
        w.unlock_page.clear()
        w.setup_page.clear()
        w.setup_page.show_error(message)
        w.lock_state.setText(self.tr("Not set up yet"))
        w.show_page(w.setup_page)
        self.locked.emit()
        spawn(self._thread.run(self._vault.wipe, store))

    def close_dialogs(self) -> None:
        for dialog in list(self._dialogs):
            close_now = getattr(dialog, "close_now", None)  # dialogs that hold typed text
            if callable(close_now):
                close_now()
            else:
                dialog.reject()
        self._dialogs.clear()

    def shutdown(self) -> None:
        """On quit (the loop has stopped): close the store and stop the store thread."""
        store, self._store = self._store, None
        self._idle.stop()
        self.close_dialogs()
        forget_app_clipboard()  # before Qt hands it to a clipboard manager on exit
        if store is not None:
            self._thread.submit(store.close)
        self._thread.shutdown()

    # --- dialogs -------------------------------------------------------------------

    def _track(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()
        if not self._dialogs and self._window.isVisible():
            # Give the keyboard back to the window (not every platform does it by itself).
            self._window.activateWindow()

    def add_family(self) -> None:
        if self._store is not None:
            self._open_editor(None)

    def edit_family(self, family_id: uuid.UUID) -> None:
        family = self._window.model.family(family_id)
        if self._store is not None and family is not None:
            self._open_editor(family)

    def _open_editor(self, family: Family | None) -> None:
        # Dialogs are imported when first opened, keeping them off the start-up path.
        from cssw_desktop.ui.families.family_editor import FamilyEditor

        if any(isinstance(d, FamilyEditor) for d in self._dialogs):
            return
        editor = FamilyEditor(family, self._window.today, self._window)
        adding = family is None
        editor.save_requested.connect(lambda f: spawn(self._save(editor, f, adding=adding)))
        self._track(editor)

    async def _save(self, editor: FamilyEditor, family: Family, *, adding: bool) -> None:
        store = self._store
        if store is None:
            return
        save = store.families.add if adding else store.families.update
        editor.setEnabled(False)
        try:
            saved = await self._thread.run(save, family)
        except ValidationFailed as error:
            editor.show_problems(error.problems)
            return
        except CsswError as error:
            editor.show_error(error_text(error))
            return
        finally:
            if editor in self._dialogs:
                editor.setEnabled(True)
        if self._store is not store:
            return  # locked while saving: it is saved, and shows after unlocking
        self._window.model.put(saved)
        editor.close_now()
        self._window.show_family(saved.id)

    def open_settings(self) -> None:
        from cssw_desktop.ui.settings_dialog import SettingsDialog

        if self._store is None or any(isinstance(d, SettingsDialog) for d in self._dialogs):
            return
        spawn(self._open_settings(self._store))

    async def _open_settings(self, store: Store) -> None:
        from cssw_desktop.ui.settings_dialog import SettingsDialog

        review_months = await self._thread.run(store.settings.get, REVIEW_MONTHS)
        if self._store is not store or any(isinstance(d, SettingsDialog) for d in self._dialogs):
            return  # locked meanwhile, or a second click got there first
        values = {AUTO_LOCK_MINUTES: self._minutes, REVIEW_MONTHS: review_months}
        dialog = SettingsDialog(values, self._window)
        dialog.save_requested.connect(lambda new: spawn(self._save_settings(dialog, new)))
        self._track(dialog)

    async def _save_settings(self, dialog: SettingsDialog, values: dict[Setting[int], int]) -> None:
        store = self._store
        if store is None:
            return
        for setting, value in values.items():
            await self._thread.run(store.settings.set, setting, value)
        if self._store is store:
            self._minutes = values.get(AUTO_LOCK_MINUTES, self._minutes)
            self._start_idle()
            self.settings_changed.emit()
            dialog.accept()

    def change_passphrase(self) -> None:
        """File → Change passphrase…: only while unlocked, one dialog at a time."""
        from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog

        if self._store is None or any(isinstance(d, ChangePassphraseDialog) for d in self._dialogs):
            return
        dialog = ChangePassphraseDialog(self._window, clock=self._window.clock)
        dialog.change_requested.connect(
            lambda old, new: spawn(self._change_passphrase(dialog, old, new))
        )
        self._track(dialog)
        spawn(self._show_wait(dialog))

    async def _show_wait(self, dialog: ChangePassphraseDialog) -> None:
        """A wait left from wrong passphrases applies here too: show it from the start."""
        wait = await self._thread.run(self._vault.wait_seconds)
        if wait > 0 and dialog in self._dialogs:
            dialog.show_problem(self.tr("Too many wrong passphrases in a row."), wait)

    async def _change_passphrase(self, dialog: ChangePassphraseDialog, old: str, new: str) -> None:
        store = self._store
        if store is None:
            return
        try:
            await self._thread.run(self._vault.change_passphrase, old, new)
        except WrongPassphrase as error:
            if dialog in self._dialogs:
                dialog.show_wrong_current(
                    self.tr("That is not your current passphrase. Please check it and try again."),
                    error.wait_seconds,
                )
            return
        except UnlockThrottled as error:
            if dialog in self._dialogs:
                dialog.show_problem(
                    self.tr("Too many wrong passphrases in a row."), error.wait_seconds
                )
            return
        except ValidationFailed as error:
            if dialog in self._dialogs:
                dialog.show_problem(" ".join(message for _field, message in error.problems))
            return
        except CsswError as error:
            if dialog in self._dialogs:
                dialog.show_problem(error_text(error))
            return
        except Exception:  # the excepthook logs it and tells the worker; free the dialog
            if dialog in self._dialogs:
                dialog.show_problem(self.tr("Something went wrong while changing the passphrase."))
            raise
        done = self.tr("Your passphrase has been changed. Use the new one next time you unlock.")
        if dialog in self._dialogs:
            dialog.accept()
        self._window.show_notice(done)
        if self._store is not store:  # locked while it was changing: say so where they look
            self._window.unlock_page.set_reason(done + " " + self.tr("Type it to unlock."))
