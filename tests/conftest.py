"""The suite's set-up: the offscreen Qt platform, the shared fixtures, the fault summary.

Fixtures live in tests/support modules registered here (import helpers from those
modules, never from a conftest). The keyring tests need a running Secret Service;
`make test` (and `scripts/with-keyring`) provide gnome-keyring inside a private D-Bus
session.
"""

from __future__ import annotations

import os

import pytest

# Widgets render offscreen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# In dependency order: a plugin module imported by an earlier one could not have its
# asserts rewritten.
pytest_plugins = [
    "tests.support.stores",
    "tests.support.central_fixtures",
    "tests.support.gui",
    "tests.support.sync",
    "tests.support.atspi.app",
]


def pytest_configure(config: pytest.Config) -> None:
    """One provisioning key per test process: codes signed with it, laptops trusting it."""
    from tests.support.provisioning import use_test_provisioning_key

    use_test_provisioning_key()


def pytest_unconfigure(config: pytest.Config) -> None:
    from tests.support.provisioning import forget_test_provisioning_key

    forget_test_provisioning_key()


def pytest_sessionstart(session: pytest.Session) -> None:
    from tests.faults import tally

    if not hasattr(session.config, "workerinput"):  # once per run, not once per xdist worker
        tally.reset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fault suite's figures (crash rounds, losses, fuzz cases, ...), printed at the end."""
    from tests.faults import tally

    lines = tally.summary_lines()
    if not lines:
        return
    terminalreporter.section("fault suite summary")
    for line in lines:
        terminalreporter.write_line(line)
    tally.write_summary()
