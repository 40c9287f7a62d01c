"""File → Change passphrase…: the dialog, and re-wrapping the store key on the store thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.storage.errors import WrongPassphrase
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.passphrase_check import passphrase_problem
from cssw_desktop.ui.workspace import alive

if TYPE_CHECKING:
    from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog
    from cssw_desktop.ui.workspace import Workspace


class PassphraseChange(QObject):
    """Only while unlocked, one dialog at a time."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace

    def open(self) -> None:
        from cssw_desktop.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog

        w = self._workspace
        if w.store is None or w.dialogs.showing(ChangePassphraseDialog):
            return
        dialog = ChangePassphraseDialog(w.dialog_parent, clock=w.clock)
        dialog.change_requested.connect(lambda old, new: spawn(self._change(dialog, old, new)))
        w.track(dialog)
        spawn(self._show_wait(dialog))

    async def _show_wait(self, dialog: ChangePassphraseDialog) -> None:
        """A wait left from wrong passphrases applies here too: show it from the start."""
        session = self._workspace.session
        wait = await session.store_thread.run(session.vault.wait_seconds)
        if wait > 0 and alive(dialog):
            dialog.show_problem(self.tr("Too many wrong passphrases in a row."), wait)

    async def _change(self, dialog: ChangePassphraseDialog, old: str, new: str) -> None:
        session = self._workspace.session
        store = session.store
        if store is None:
            return
        wrong = self.tr("That is not your current passphrase. Please check it and try again.")
        try:
            await session.store_thread.run(session.vault.change_passphrase, old, new)
        except ValidationFailed as error:
            if alive(dialog):
                dialog.show_problem(" ".join(message for _field, message in error.problems))
            return
        except WrongPassphrase as error:  # shown by the current passphrase's field
            if alive(dialog):
                dialog.show_wrong_current(wrong, error.wait_seconds)
            return
        except CsswError as error:
            if alive(dialog):
                dialog.show_problem(*passphrase_problem(error, wrong))
            return
        except Exception:  # the excepthook logs it and tells the worker; free the dialog
            if alive(dialog):
                dialog.show_problem(self.tr("Something went wrong while changing the passphrase."))
            raise
        done = self.tr("Your passphrase has been changed. Use the new one next time you unlock.")
        if alive(dialog):
            dialog.accept()
        self._workspace.notify(done)
        if session.store is not store:  # locked while it was changing: say so where they look
            session.tell_at_unlock(done + " " + self.tr("Type it to unlock."))
