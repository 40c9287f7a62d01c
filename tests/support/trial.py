"""The `make run` trial as a newcomer's shell has it: no desktop session, no screen.

`trial_env(home)` is the environment of a terminal on a server or in a container with
`home` as HOME; `keyring_daemons(keyring_home)` finds the gnome-keyring daemons serving
one keyring home (scripts/with-keyring's), so a test can count what is left running.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
TRIAL_KEYRING = Path(".local/share/cssw-desktop-trial-keyring")  # under HOME
TRIAL_DATA = Path(".local/share/cssw-desktop")  # the usual per-user data folder, under HOME

# What a desktop session, a test run's own keyring session or an earlier choice would set.
_SESSION_VARIABLES = (
    "DBUS_SESSION_BUS_ADDRESS",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "CSSW_KEYRING_HOME",
    "CSSW_DATA_DIR",
    "XDG_DATA_HOME",
    "XDG_RUNTIME_DIR",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    # The test run's own provisioning key (tests/support/provisioning.py): a newcomer's
    # terminal has none, so the README must make and trust its own.
    "CSSW_PROVISIONING_KEY",
    "CSSW_TRIAL_PROVISIONING_KEY",
)


def trial_env(home: Path, **extra: str) -> dict[str, str]:
    """A terminal with no desktop session whose HOME is `home`."""
    env = {k: v for k, v in os.environ.items() if k not in _SESSION_VARIABLES}
    return env | {"HOME": str(home)} | extra


def keyring_daemons(keyring_home: Path) -> list[int]:
    """Process ids of the gnome-keyring daemons keeping their keyrings in `keyring_home`."""
    marker = f"XDG_DATA_HOME={keyring_home}/data".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text().strip() != "gnome-keyring-d":
                continue
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if marker in environ:
            found.append(int(entry.name))
    return found
