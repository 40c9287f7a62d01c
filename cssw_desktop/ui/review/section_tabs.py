"""The review page's sections as a row of buttons over a stack: "Waiting for review",
"Families not told of a share", and any a later feature adds (a team dashboard).

Buttons rather than a QTabBar so that each section has a name and a description a screen
reader says (Qt's tab bar reports no description), and a mnemonic (Alt+V, Alt+N).
Ctrl+Tab and Ctrl+Shift+Tab (or Ctrl+Page Down / Up) move to the next and previous
section, as tabs do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class SectionTabs(QWidget):
    """Sections shown one at a time; `current_changed(index)` when another is shown."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        layout.addLayout(self._row)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.setCurrentIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Tab / Ctrl+Page Down: next section; with Shift, or Ctrl+Page Up: previous
        (as QTabWidget does, from a key a child such as a table leaves unused)."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        steps = {
            Qt.Key.Key_Tab: 1,
            Qt.Key.Key_PageDown: 1,
            Qt.Key.Key_Backtab: -1,
            Qt.Key.Key_PageUp: -1,
        }
        step = steps.get(Qt.Key(event.key()))
        if control and step is not None:
            self._step(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def addTab(self, widget: QWidget, title: str, description: str = "") -> int:
        """Add a section (its button says `title`, with `description` for screen readers)."""
        index = self.stack.addWidget(widget)
        button = QPushButton(title, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setAccessibleDescription(description or title.replace("&", ""))
        self._group.addButton(button, index)
        self._row.insertWidget(self._row.count() - 1, button)
        if index == 0:
            button.setChecked(True)
        return index

    def button(self, index: int) -> QPushButton:
        found = self._group.button(index)
        assert isinstance(found, QPushButton)
        return found

    def tabText(self, index: int) -> str:
        return self.button(index).text()

    def count(self) -> int:
        return self.stack.count()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < self.stack.count():
            return
        self.button(index).setChecked(True)
        if index != self.stack.currentIndex():
            self.stack.setCurrentIndex(index)
            self.current_changed.emit(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.stack.indexOf(widget))

    def _step(self, step: int) -> None:
        if self.stack.count():
            self.setCurrentIndex((self.stack.currentIndex() + step) % self.stack.count())
            self.button(self.stack.currentIndex()).setFocus()
