"""GUI fixtures and helpers (fixtures registered by tests/conftest.py).

- `loop`: asyncio on the Qt thread (qasync) under pytest-qt.
- `fake_clock`: seconds that move only when a test says so.
- `ui_vault`: a vault whose wrong-passphrase wait runs on the fake clock.
- `make_window`: builds, shows and starts a main window on that vault.
- `make_workspace`: a Session and a Workspace over a bare page stack, no main window (for
  testing one controller at a time).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Child, Family
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreThread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.i18n import Languages
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.main_window import MainWindow
from cssw_desktop.ui.session import Session
from cssw_desktop.ui.tasks import running_tasks
from cssw_desktop.ui.workspace import Pages, Workspace
from tests.support.stores import FAST_KDF, PASSPHRASE

TODAY = date(2026, 3, 14)
T = TypeVar("T")


class FakeClock:
    """Seconds that move only when a test says so (shared by the vault and the window)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """asyncio on the Qt thread; qtbot.waitUntil drives the coroutines."""
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    for task in running_tasks():
        task.cancel()
    deadline = time.monotonic() + 5
    while running_tasks() and time.monotonic() < deadline:
        qapp.processEvents()
    qapp.aboutToQuit.disconnect(event_loop._after_run_forever)
    event_loop._after_run_forever()
    event_loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    event_loop.close()  # shuts down the default executor's threads
    # qasync's timer object keeps a Qt timer for every callback still scheduled (network
    # timeouts, for one) until it fires. Delete it here, on the GUI thread: left to the
    # garbage collector it may be deleted from another thread (a Qt warning, a failure).
    shiboken6.delete(event_loop._timer)
    asyncio.set_event_loop(None)


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ui_vault(data_dir: Path, device_secrets: DeviceSecrets, fake_clock: FakeClock) -> Vault:
    """A vault whose wrong-passphrase wait runs on the fake clock."""
    return Vault(data_dir, device_secrets, kdf=FAST_KDF, monotonic_wall=fake_clock)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot,
    qapp: QApplication,
    loop: qasync.QEventLoop,
    ui_vault: Vault,
    fake_clock: FakeClock,
) -> Iterator[WindowFactory]:
    """Build, show and start a main window; shut its session down afterwards."""
    windows: list[MainWindow] = []

    def make(**options: object) -> MainWindow:
        idle = IdleWatcher(qapp)
        window = MainWindow(ui_vault, idle, today=lambda: TODAY, clock=fake_clock, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.session.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.shutdown()
        qapp.removeEventFilter(window.session._idle)


def add_families(vault: Vault, families: list[Family]) -> None:
    """Put families in a fresh store before the window opens it."""
    store = vault.create(PASSPHRASE)
    try:
        for family in families:
            store.families.add(family)
    finally:
        store.close()


def sample_families() -> list[Family]:
    return [
        Family(
            "Okafor",
            address="12 Elm Road",
            case_reference="CSSW-1001",
            allocated_worker="J. Patel",
            children=(
                Child("Chidi", "Male", date(2011, 5, 2)),
                Child("Ada", "Female", date(2019, 9, 30)),
            ),
        ),
        Family(
            "Brown",
            case_reference="CSSW-2002",
            children=(Child("Zoë", "Female", date(2016, 1, 1)),),
        ),
        Family(
            "Nowak", case_reference="CSSW-3003", children=(Child("Jan", "", date(2020, 2, 29)),)
        ),
    ]


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock page, press Enter, wait for the workspace."""
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    qtbot.waitUntil(window.unlock_page.unlock_button.isEnabled)
    qtbot.keyClicks(window.unlock_page.passphrase, passphrase)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.unlocked and window.model.total > 0)


def focused(qapp: QApplication) -> QWidget:
    """The widget the keyboard is in now (keys go where a worker's keys would go)."""
    widget = qapp.focusWidget()
    assert widget is not None
    return widget


def closed(widget: QWidget) -> bool:
    """True once a dialog is hidden or already deleted (closed dialogs are deleted)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


WorkspaceFactory = Callable[..., Workspace]


@pytest.fixture
def make_workspace(
    qtbot: QtBot,
    qapp: QApplication,
    loop: qasync.QEventLoop,
    ui_vault: Vault,
    fake_clock: FakeClock,
) -> Iterator[WorkspaceFactory]:
    """A Session and a Workspace whose pages are a bare QStackedWidget in a plain shown
    widget (the dialogs' parent): what a controller needs, without the main window."""
    made: list[tuple[Session, IdleWatcher]] = []

    def make(vault: Vault | None = None, **session_options: Any) -> Workspace:
        idle = IdleWatcher(qapp)
        session = Session(vault or ui_vault, idle, StoreThread(), **session_options)
        host = QWidget()
        stack = QStackedWidget(host)
        layout = QVBoxLayout(host)
        layout.addWidget(stack)
        qtbot.addWidget(host)
        host.resize(1024, 700)
        host.show()
        workspace = Workspace(
            session,
            Pages(stack),
            Languages(qapp),
            dialog_parent=host,
            today=lambda: TODAY,
            clock=fake_clock,
        )
        made.append((session, idle))
        return workspace

    yield make
    for session, idle in made:
        session.shutdown()
        qapp.removeEventFilter(idle)


def open_workspace(qtbot: QtBot, workspace: Workspace, passphrase: str = PASSPHRASE) -> Store:
    """Start the workspace's session on an existing store, unlock it, load the families."""
    session = workspace.session
    with qtbot.waitSignal(session.unlock_wanted):
        session.start()
    with qtbot.waitSignal(session.opened) as opened:
        session.unlock(passphrase)
    store = opened.args[0]
    assert isinstance(store, Store)
    families = on_store(qtbot, workspace, lambda s: s.families.all())
    workspace.families.set_families(families)
    return store


def on_store(qtbot: QtBot, workspace: Workspace, func: Callable[[Store], T]) -> T:
    """Run func(store) on the workspace's store thread and wait for its answer."""
    open_store = workspace.open_store()
    assert open_store is not None
    task = asyncio.ensure_future(open_store(func))
    qtbot.waitUntil(task.done)
    return task.result()
