"""What the app announces to a screen reader, heard through `assistive.listen` (the same
calls that send Qt's announcement event to AT-SPI or UI Automation)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from cssw_desktop.ui.assistive import listen


@dataclass(frozen=True)
class Said:
    message: str
    urgent: bool


class Heard(list[Said]):
    def messages(self) -> list[str]:
        return [said.message for said in self]

    def urgent(self) -> list[str]:
        return [said.message for said in self if said.urgent]

    def polite(self) -> list[str]:
        return [said.message for said in self if not said.urgent]


@contextmanager
def heard() -> Iterator[Heard]:
    """Every announcement made inside the block, in order."""
    said = Heard()
    stop = listen(lambda _source, message, urgent: said.append(Said(message, urgent)))
    try:
        yield said
    finally:
        stop()


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def description_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def role_of(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role()


def state_of(widget: QWidget) -> QAccessible.State:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.state()
