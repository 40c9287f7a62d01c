"""What the screen reader was told: the announcement events the app sends through Qt.

Qt sends an announcement only while assistive technology is running; here none is (the
accessibility bus is another test's), so Qt is told it is running and each announcement
event is kept as it goes to Qt (then passed on). A test double for the screen reader
only: the events are the app's own, made by `cssw_desktop.ui.assistive.announce`.
(`tests/support/announced.py` hears the app's calls to `announce` instead; this hears
what reaches Qt, with its politeness.)
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


@dataclass(frozen=True, slots=True)
class Heard:
    message: str
    urgent: bool


def listen(monkeypatch: pytest.MonkeyPatch) -> list[Heard]:
    """The announcements sent from now on, in order (for the rest of the test)."""
    heard: list[Heard] = []
    send = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = QAccessible.AnnouncementPoliteness.Assertive
            heard.append(Heard(event.message(), event.politeness() == assertive))
        send(event)

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard
