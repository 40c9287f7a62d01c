"""Checking the worker's passphrase, and saying why it failed: one way for every screen.

Unlocking, changing the passphrase, saving a record as a file and taking the laptop back
from the family all check a passphrase; each says "wrong" in its own words (whose
passphrase it is), and all say the same about the growing wait after wrong tries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from cssw_core.errors import CsswError
from cssw_desktop.storage.errors import UnlockThrottled, WrongPassphrase
from cssw_desktop.storage.thread import StoreThread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.translated import error_text

translate = QCoreApplication.translate  # lupdate reads translate("Passphrase", …)


class ProblemShower(Protocol):
    def show_problem(self, message: str, wait_seconds: float = 0.0) -> None: ...


def passphrase_problem(error: CsswError, wrong: str) -> tuple[str, float]:
    """What to say after a failed check (`wrong` when the passphrase was not right), and
    the seconds to wait before the next try."""
    if isinstance(error, WrongPassphrase):
        return wrong, error.wait_seconds
    if isinstance(error, UnlockThrottled):
        return (
            translate("Passphrase", "Too many wrong passphrases in a row."),
            error.wait_seconds,
        )
    return error_text(error), 0.0


async def passphrase_confirmed(
    thread: StoreThread,
    vault: Vault,
    passphrase: str,
    shower: ProblemShower,
    still_open: Callable[[], bool],
    wrong: str,
) -> bool:
    """True when `passphrase` is the worker's; otherwise `shower` (if still open) says why,
    with the growing wait after wrong passphrases."""
    try:
        await thread.run(vault.check_passphrase, passphrase)
    except CsswError as error:
        if still_open():
            shower.show_problem(*passphrase_problem(error, wrong))
        return False
    return True
