"""The Session on its own: no main window, only its signals (what the window renders)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.gui import FakeClock, WorkspaceFactory
from tests.support.stores import PASSPHRASE


def test_first_run_set_up_lock_and_unlock_are_said_in_signals(
    make_workspace: WorkspaceFactory, ui_vault: Vault, qtbot: QtBot, fake_clock: FakeClock
) -> None:
    workspace = make_workspace()
    session = workspace.session
    with qtbot.waitSignal(session.first_run):
        session.start()
    busy: list[bool] = []
    session.busy.connect(busy.append)
    with qtbot.waitSignal(session.opened) as opened:
        session.create(PASSPHRASE)
    store = opened.args[0]
    assert isinstance(store, Store)
    assert session.store is store
    assert busy == [True, False]
    assert ui_vault.store_path.exists()

    # A dialog open when the app locks closes with it; the reason reaches the window.
    dialog = QDialog(workspace.dialog_parent)
    workspace.track(dialog)
    assert dialog.isVisible()
    said: list[object] = []
    session.closed.connect(lambda: said.append("closed"))
    session.locked.connect(said.append)
    session.lock("Locked.")
    assert said == ["closed", "Locked."]
    assert session.store is None
    assert not session.unlocked
    assert not dialog.isVisible()
    assert workspace.dialogs.open_dialogs() == []
    assert workspace.open_store() is None

    # A wrong passphrase is said in plain words, with the wait before the next try.
    with qtbot.waitSignal(session.unlock_failed) as failed:
        session.unlock("not the passphrase at all")
    message, wait = failed.args
    assert message == "Wrong passphrase. Please check it and try again."
    assert wait >= 0
    fake_clock.advance(wait + 1)
    with qtbot.waitSignal(session.opened):
        session.unlock(PASSPHRASE)
    assert session.unlocked


def test_the_idle_clock_locks_and_says_why(
    make_workspace: WorkspaceFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    ui_vault.create(PASSPHRASE).close()
    session = make_workspace(idle_timeout_ms=300).session
    with qtbot.waitSignal(session.unlock_wanted):
        session.start()
    with qtbot.waitSignal(session.auto_lock_changed) as timeout:
        session.unlock(PASSPHRASE)
    assert timeout.args == [300]
    with qtbot.waitSignal(session.locked, timeout=5_000) as locked:
        pass  # nobody touches anything
    assert locked.args == ["Locked after 5 minutes without use."]
    assert session.store is None


def test_a_store_that_cannot_be_used_here_is_said_once_in_plain_words(
    make_workspace: WorkspaceFactory, ui_vault: Vault, qtbot: QtBot
) -> None:
    ui_vault.data_dir.mkdir(parents=True)
    ui_vault.store_path.write_bytes(b"not an encrypted store")  # no key file, no keyring
    session = make_workspace().session
    said: list[str] = []
    session.cannot_open.connect(said.append)
    session.unlock_wanted.connect(lambda _wait: said.append("unlock"))
    with qtbot.waitSignal(session.checking):
        session.start()
    qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1
    assert said[0] != "unlock"
    assert "Traceback" not in said[0]
    assert "Error" not in said[0].split()[0]
