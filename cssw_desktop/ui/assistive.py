"""What assistive technology (Orca, NVDA, JAWS, voice input) is told, beyond names and
descriptions: announcements of what changed, and roles Qt does not give by itself.

- `announce` sends a message to the screen reader at once (Qt's announcement event, an
  AT-SPI "announcement" on Linux, a UIA notification on Windows): a problem, what is still
  missing, "Saved", a sync's outcome. Polite messages wait for the reader to finish what it
  is saying; urgent ones (a problem the person must fix) interrupt it.
- `set_role` gives a widget a role of its own: a page's title is a heading, a top-level
  window is a window, a Yes/No pair's box is a radio group. A label with a role still says
  its visible text as its name, unless it was given a name on purpose; a button keeps its
  checked state and its Press and Toggle actions; a window-modal dialog says it is modal.
- `listen` hears every announcement made (tests check what a screen reader was told).
- `set_description` changes a description and tells assistive technology it changed.

Qt keeps the accessible interface it made for a widget, so a role is set before the widget
is first shown to assistive technology (right after it is made).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QDialog,
    QLabel,
    QWidget,
)

Role = QAccessible.Role
Listener = Callable[[QWidget, str, bool], None]  # (source, message, urgent)

_ROLE = "cssw_accessible_role"  # a widget's own role, kept as a dynamic property
_installed = False
_listeners: list[Listener] = []


def announce(source: QWidget, message: str, *, urgent: bool = False) -> None:
    """Tell the screen reader `message` now. `source` is the widget it is about (its window
    must be shown); empty messages are not sent."""
    if not message:
        return
    for listener in tuple(_listeners):
        listener(source, message, urgent)
    if not QAccessible.isActive():
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


def sentences(*parts: str) -> str:
    """Parts said one after the other, each ending as a sentence ("Step 2 of 8: Who is
    here. To go on, …"), so a screen reader pauses between them."""
    said = [p.strip() for p in parts if p.strip()]
    return " ".join(p if p[-1] in ".?!…:" else p + "." for p in said)


def listen(listener: Listener) -> Callable[[], None]:
    """Call `listener(source, message, urgent)` for every announcement made (whether or not
    assistive technology is running): for tests and logs of what was said. Returns the
    function that stops listening."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def set_description(widget: QWidget, text: str) -> None:
    """Set the accessible description, telling assistive technology it changed (Qt sends
    no event for a description set after the widget is shown)."""
    if widget.accessibleDescription() == text:
        return
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


class _WithRole(QAccessibleWidget):
    """Qt's interface for a plain widget, with the role asked for; a label's name is what it
    shows (as Qt's own label interface says), unless a name was set on purpose. A button
    keeps what Qt's own button interface gives: checked or not, and Press and Toggle (a
    radio button whose exclusion the app does by hand is said as a radio button)."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._label = widget if isinstance(widget, QLabel) else None
        self._button = widget if isinstance(widget, QAbstractButton) else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name and self._label is not None:
            return self._label.accessibleName() or self._label.text()
        if kind == QAccessible.Text.Name and self._button is not None:
            return self._button.accessibleName() or self._button.text().replace("&", "")
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        if widget.isWindow() and widget.windowModality() != Qt.WindowModality.NonModal:
            state.modal = True  # a window-modal dialog: the rest waits for it
        button = self._button
        if button is not None and button.isCheckable():
            state.checkable = True
            state.checked = button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        if self._button is None:
            return super().actionNames()
        names = [QAccessibleWidget.pressAction()]
        if self._button.isCheckable():
            names.insert(0, QAccessibleWidget.toggleAction())
        return names + super().actionNames()

    def doAction(self, name: str) -> None:
        button = self._button
        if button is not None and name in (
            QAccessibleWidget.pressAction(),
            QAccessibleWidget.toggleAction(),
        ):
            if button.isEnabled():
                button.click()
            return
        super().doAction(name)


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    # Asked only while assistive technology listens; imported here, so the unlock page
    # paints before the message box's Qt class is made (bench/startup.py).
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(target, QWidget):
        return None
    role = role_of(target)
    if role is None and isinstance(target, QDialog) and not isinstance(target, QMessageBox):
        role = Role.Dialog  # Qt's own says a dialog, never that it is modal (a message box
        # keeps Qt's own interface: it reads its text out)
    return None if role is None else _WithRole(target, role)


def install_roles() -> None:
    """Let assistive technology hear the roles set here, and every dialog as modal when it
    is (done at start-up; `set_role` does it too)."""
    _install()


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
