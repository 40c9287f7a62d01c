"""The GUI fixtures (a window on a real store, the fake clock, asyncio on Qt's loop) for
the fault tests that drive the app's screens."""

from tests.ui.conftest import clock, loop, make_window, ui_vault  # noqa: F401 - fixtures
