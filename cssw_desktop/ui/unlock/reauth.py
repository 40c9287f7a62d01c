"""Asking for the worker's passphrase again before a record leaves the app as a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from cssw_core.errors import CsswError
from cssw_desktop.storage.errors import UnlockThrottled, WrongPassphrase
from cssw_desktop.translated import error_text

if TYPE_CHECKING:
    from cssw_desktop.ui.session import Session


class ProblemShower(Protocol):
    def show_problem(self, message: str, wait_seconds: float = 0.0) -> None: ...


class SaveDialog(ProblemShower, Protocol):
    async def ask_where(self, suggested: str) -> Path | None: ...

    def cancel_save(self) -> None: ...


translate = QCoreApplication.translate  # lupdate reads translate("Reauthentication", …)


async def passphrase_confirmed(
    session: Session, passphrase: str, dialog: ProblemShower, still_open: Callable[[], bool]
) -> bool:
    """True when `passphrase` is the worker's; otherwise the dialog (if still open) says why,
    with the growing wait after wrong passphrases."""
    try:
        await session.store_thread.run(session.vault.check_passphrase, passphrase)
    except WrongPassphrase as error:
        if still_open():
            dialog.show_problem(
                translate(
                    "Reauthentication",
                    "That is not your passphrase. Please check it and try again.",
                ),
                error.wait_seconds,
            )
        return False
    except UnlockThrottled as error:
        if still_open():
            dialog.show_problem(
                translate("Reauthentication", "Too many wrong passphrases in a row."),
                error.wait_seconds,
            )
        return False
    except CsswError as error:
        if still_open():
            dialog.show_problem(error_text(error))
        return False
    return True


async def where_to_save(
    session: Session,
    passphrase: str,
    dialog: SaveDialog,
    still_open: Callable[[], bool],
    suggested: Callable[[], str | None],
) -> Path | None:
    """After the passphrase is confirmed, the file the worker chose; None when the
    passphrase was wrong, the dialog closed, or the worker cancelled. `suggested` gives
    the file name, or None when there is nothing to save any more."""
    if not await passphrase_confirmed(session, passphrase, dialog, still_open):
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
