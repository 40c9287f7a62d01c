"""Asking for the worker's passphrase again before a record leaves the app as a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from cssw_desktop.ui.unlock.passphrase_check import ProblemShower, passphrase_confirmed

if TYPE_CHECKING:
    from cssw_desktop.ui.workspace import Workspace


class SaveDialog(ProblemShower, Protocol):
    async def ask_where(self, suggested: str) -> Path | None: ...

    def cancel_save(self) -> None: ...


translate = QCoreApplication.translate  # lupdate reads translate("Reauthentication", …)


async def where_to_save(
    workspace: Workspace,
    passphrase: str,
    dialog: SaveDialog,
    still_open: Callable[[], bool],
    suggested: Callable[[], str | None],
) -> Path | None:
    """After the passphrase is confirmed, the file the worker chose; None when the
    passphrase was wrong, the dialog closed, or the worker cancelled. `suggested` gives
    the file name, or None when there is nothing to save any more."""
    wrong = translate(
        "Reauthentication", "That is not your passphrase. Please check it and try again."
    )
    session = workspace.session
    if not await passphrase_confirmed(
        session.store_thread, session.vault, passphrase, dialog, still_open, wrong
    ):
        return None
    name = suggested()
    if name is None or not still_open():
        return None
    path = await dialog.ask_where(name)
    if not still_open():
        return None
    if path is None:
        dialog.cancel_save()
    return path
