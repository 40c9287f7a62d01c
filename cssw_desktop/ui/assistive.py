"""What assistive technology (Orca, NVDA, JAWS, voice input) is told, beyond names and
descriptions: announcements of what changed, and roles Qt does not give by itself.

- `announce` sends a message to the screen reader at once (Qt's announcement event, an
  AT-SPI "announcement" on Linux, a UIA notification on Windows): a problem, what is still
  missing, "Saved", a sync's outcome. Polite messages wait for the reader to finish what it
  is saying; urgent ones (a problem the person must fix) interrupt it.
- `set_role` gives a widget a role of its own: a page's title is a heading, a top-level
  window is a window, a Yes/No pair's box is a radio group. A label with a role still says
  its visible text as its name, unless it was given a name on purpose.

Qt keeps the accessible interface it made for a widget, so a role is set before the widget
is first shown to assistive technology (right after it is made).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

Role = QAccessible.Role

_ROLE = "cssw_accessible_role"  # a widget's own role, kept as a dynamic property
_installed = False


def announce(source: QWidget, message: str, *, urgent: bool = False) -> None:
    """Tell the screen reader `message` now. `source` is the widget it is about (its window
    must be shown); empty messages are not sent."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Give `widget` this role for assistive technology (e.g. `Role.Heading`)."""
    _install()
    widget.setProperty(_ROLE, int(role.value))


def role_of(widget: QWidget) -> QAccessible.Role | None:
    """The role set with `set_role`, if any."""
    value = widget.property(_ROLE)
    return None if value is None else Role(int(value))


class _WithRole(QAccessibleWidget):
    """Qt's interface for a plain widget, with the role asked for; a label's name is what it
    shows (as Qt's own label interface says), unless a name was set on purpose."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._label = widget if isinstance(widget, QLabel) else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name and self._label is not None:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, QWidget):
        return None
    role = role_of(target)
    return None if role is None else _WithRole(target, role)


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
