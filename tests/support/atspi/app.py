"""The real app in a process of its own, with accessibility on, seen over the AT-SPI bus.

The test process must not run the app's event loop: a screen reader is another process,
and the app answers it from its own loop. The app runs on an X server of the test's own (Xvfb:
Qt's AT-SPI bridge comes with its xcb platform) in the tests' private D-Bus session, where the
session bus starts the accessibility bus and its registry on first request
(scripts/with-keyring). `QT_LINUX_ACCESSIBILITY_ALWAYS_ON` turns Qt's bridge on without a
desktop's "screen reader on" setting.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cssw_core.domain.family import Family
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from tests.support.atspi.bus import AtspiBus, AtspiError
from tests.support.atspi.node import CONTROL_ROLES, Node
from tests.support.atspi.x11 import FocusGiver, Keyboard, x_server
from tests.support.gui import add_families
from tests.support.records import family_with_teenager
from tests.support.stores import FAST_KDF

START_TIMEOUT = 60.0  # the app's start on a loaded CI machine
WAIT = 20.0  # a screen's change after an action


class RunningApp:
    """The app's process and its accessible objects on the bus."""

    def __init__(
        self, bus: AtspiBus, process: subprocess.Popen[bytes], log: Path, display: str
    ) -> None:
        self.bus = bus
        self.process = process
        self.log = log
        self.sender = ""
        self.window_manager = FocusGiver(display, process.pid)
        self.keyboard = Keyboard(display)

    def describe_exit(self) -> str:
        code = self.process.poll()
        if code is None:
            return "the app is running"
        tail = self.log.read_text(errors="replace")[-3000:]
        return f"the app exited with {code}: {tail}"

    def root(self) -> Node:
        """The application's root object (its children are its windows)."""
        if not self.sender:
            deadline = time.monotonic() + START_TIMEOUT
            while not self.sender:
                for sender, _path in self.bus.applications():
                    try:
                        if self.bus.process_id(sender) == self.process.pid:
                            self.sender = sender
                    except AtspiError:
                        continue  # an application gone meanwhile
                if self.sender:
                    break
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AtspiError(
                        f"the app never joined the accessibility bus; {self.describe_exit()}"
                    )
                time.sleep(0.2)
        return Node(self.bus, self.sender, "/org/a11y/atspi/accessible/root")

    def windows(self) -> list[Node]:
        self.window_manager.focus_new_windows()
        return [w for w in self.root().children() if _showing(w)]

    def window(self) -> Node:
        """The active window (the one with keyboard focus), else the only one showing."""
        windows = self.windows()
        for window in windows:
            try:
                if "active" in window.states():
                    return window
            except AtspiError:
                continue  # a window closing
        if len(windows) == 1:
            return windows[0]
        raise AtspiError(f"no active window among {windows}")

    def wait_for(self, find: Callable[[], Node | None], what: str, timeout: float = WAIT) -> Node:
        """Poll `find` (a look at the tree, as a reader re-reads) until it finds a node."""
        deadline = time.monotonic() + timeout
        while True:
            self.bus.deadline = deadline
            try:
                found = find()
            except AtspiError:
                found = None  # the tree changed under the walk (or the wait ran out): again
            finally:
                self.bus.deadline = None
            if found is not None:
                return found
            if self.process.poll() is not None:
                raise AtspiError(f"waiting for {what}: {self.describe_exit()}")
            if time.monotonic() > deadline:
                raise AtspiError(f"{what} did not appear within {timeout:.0f} s")
            self.bus.mark()  # reads the events meanwhile (and waits a little)
            time.sleep(0.1)

    def find(self, test: Callable[[Node], bool], what: str, timeout: float = WAIT) -> Node:
        """Wait for a showing object that passes `test` in the active window."""
        return self.wait_for(lambda: self.window().find(test), what, timeout)

    def focused(self) -> Node | None:
        """The object with the focused state in the active window, if any (the innermost:
        a page whose focus goes to a field says it is focused too)."""
        found = self.window().find_all(lambda node: "focused" in node.states())
        return found[-1] if found else None

    def focused_control(self, timeout: float = WAIT) -> Node:
        """Wait until focus is on something a person can use, and return it."""
        return self.wait_for(
            lambda: _control(self.focused()), "focus on a control", timeout=timeout
        )

    def stop(self) -> None:
        self.window_manager.close()
        self.keyboard.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def _showing(node: Node) -> bool:
    try:
        return node.is_showing()
    except AtspiError:
        return False


def _control(node: Node | None) -> Node | None:
    if node is None:
        return None
    return node if node.role_name() in CONTROL_ROLES else None


def start_app(data_dir: Path, log: Path, display: str) -> subprocess.Popen[bytes]:
    """`python -m cssw_desktop --data-dir DATA_DIR` on the X server, accessibility on."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "CSSW_LANGUAGE": "en",
    }
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


@pytest.fixture
def app_families() -> list[Family]:
    """The families in the app's store: one with a young person who signs for themself."""
    return [family_with_teenager()]


@pytest.fixture
def atspi_app(
    data_dir: Path, device_secrets: DeviceSecrets, tmp_path: Path, app_families: list[Family]
) -> Iterator[RunningApp]:
    """The app on a new store holding `app_families`, started with accessibility on and
    seen from a screen reader's connection (registered for its events before the app
    starts, so the app sends them from the first)."""
    add_families(Vault(data_dir, device_secrets, kdf=FAST_KDF), app_families)
    server, display = x_server(tmp_path / "xvfb.log")
    try:
        bus = AtspiBus()
        try:
            process = start_app(data_dir, tmp_path / "app.log", display)
            app = RunningApp(bus, process, tmp_path / "app.log", display)
            try:
                yield app
            finally:
                app.stop()
        finally:
            bus.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
