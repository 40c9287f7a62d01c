"""The window manager's one job the tests need: give a newly shown window the keyboard.

The tests' X server (Xvfb) has no window manager, and on X a window gets keyboard focus
only when someone gives it (on a desktop, the window manager, as each new window is
mapped). Without it nothing in the app is ever focused, whatever the app does. This gives
the app's newest mapped top-level window X's input focus, as a click-to-focus window
manager would; Qt then activates that window and its focus widget. Through Xlib with
ctypes (libX11 comes with the X libraries Qt uses).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

_c_window = ctypes.c_ulong
IS_VIEWABLE = 2
REVERT_TO_PARENT = 2
XA_CARDINAL = 6


class _Attributes(ctypes.Structure):  # XWindowAttributes
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", _c_window),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_error(_display: Any, _event: Any) -> int:
    return 0  # a window gone between the look and the focus: Xlib's default would exit


_ignore = _ERROR_HANDLER(_ignore_error)


def x_server(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A virtual X server of the test's own (Xvfb), and its display name: X's keyboard focus
    is one for the whole server, so two tests running at once (two pytest workers) must
    not share one."""
    read, write = os.pipe()
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 60
    try:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                server.kill()
                server.wait(timeout=15)
                raise RuntimeError(f"Xvfb did not start: {log.read_text(errors='replace')}")
            number += chunk
    finally:
        os.close(read)
    return server, f":{number.decode().strip()}"


class FocusGiver:
    """Gives X's input focus to each window of one process as it is mapped."""

    def __init__(self, display: str, pid: int) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        self._x = x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = _c_window
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XQueryTree.argtypes = [
            ctypes.c_void_p,
            _c_window,
            ctypes.POINTER(_c_window),
            ctypes.POINTER(_c_window),
            ctypes.POINTER(ctypes.POINTER(_c_window)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            _c_window,
            ctypes.POINTER(_Attributes),
        ]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            _c_window,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, _c_window, ctypes.c_int, ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, _c_window]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler(_ignore)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError("cannot open the X display")
        self._root = x.XDefaultRootWindow(self._display)
        self._pid_atom = x.XInternAtom(self._display, b"_NET_WM_PID", 0)
        self._pid = pid
        self._mapped: list[int] = []

    def close(self) -> None:
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None

    def _windows(self) -> list[int]:
        """The process's mapped, managed top-level windows, bottom to top."""
        x = self._x
        root, parent = _c_window(), _c_window()
        children = ctypes.POINTER(_c_window)()
        count = ctypes.c_uint()
        if not x.XQueryTree(self._display, self._root, root, parent, ctypes.byref(children), count):
            return []
        windows = [children[i] for i in range(count.value)]
        if children:
            x.XFree(children)
        return [w for w in windows if self._ours(w)]

    def _ours(self, window: int) -> bool:
        x = self._x
        attributes = _Attributes()
        if not x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes)):
            return False
        if attributes.map_state != IS_VIEWABLE or attributes.override_redirect:
            return False  # hidden, or a menu or tooltip (no window manager handles those)
        kind, size = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        status = x.XGetWindowProperty(
            self._display, window, self._pid_atom, 0, 1, 0, XA_CARDINAL,
            kind, size, items, after, ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data:
            return False
        try:
            pid = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if items.value else 0
        finally:
            x.XFree(data)
        return pid == self._pid

    def focus_new_windows(self) -> None:
        """A window mapped since the last look gets the keyboard, as a window manager gives
        it; so does the top one when the focused window went away."""
        windows = self._windows()
        new = [w for w in windows if w not in self._mapped]
        closed = [w for w in self._mapped if w not in windows]
        self._mapped = windows
        target = new[-1] if new else (windows[-1] if closed and windows else None)
        if target is not None:
            self._x.XRaiseWindow(self._display, target)
            self._x.XSetInputFocus(self._display, target, REVERT_TO_PARENT, 0)
            self._x.XSync(self._display, 0)


class Keyboard:
    """A key pressed on the X server's keyboard (XTest), as a person presses it: for the one
    thing AT-SPI gives no action for (Enter on a list's row opens it)."""

    def __init__(self, display: str) -> None:
        self._x = x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self._xtst = t = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XStringToKeysym.restype = ctypes.c_ulong
        x.XStringToKeysym.argtypes = [ctypes.c_char_p]
        x.XKeysymToKeycode.restype = ctypes.c_ubyte
        x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        t.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError("cannot open the X display")

    def press(self, key: str) -> None:
        """Press and release a key by its X name ("Return", "Tab")."""
        code = self._x.XKeysymToKeycode(self._display, self._x.XStringToKeysym(key.encode()))
        self._xtst.XTestFakeKeyEvent(self._display, code, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, code, 0, 0)
        self._x.XSync(self._display, 0)

    def close(self) -> None:
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None
