"""The leaflet, one section at a time in large calm type, with Previous and Next section.

For a screen reader the section is a read-only text (Tab reaches it, named by the
section's heading) read line by line or sentence by sentence with the reader's own keys;
Next and Previous section announce the new section, its heading and its words, while
the keyboard stays on the button pressed.

The same reader is on the worker's screen and on the family's: both move the visit's
one "section on screen", and the first time each section is shown is recorded. On the
worker's screen "Next section" switches off at the last section (the step's Next goes
on); on the family's (`has_end`) it goes on to the end page (`end_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.widgets import StepPage
from cssw_desktop.ui.widgets.layout import em, scaled_font

READING_SCALE = 1.5  # the leaflet's text against the app's font
READING_WIDTH_EM = 38


class LeafletReader(StepPage):
    reached_end = Signal()  # the last section was reached with the keyboard on "Next section"
    end_requested = Signal()  # "Next section" on the last section, when the reader has an end

    def __init__(
        self,
        controller: VisitController,
        parent: QWidget | None = None,
        scale: float = READING_SCALE,
        *,
        has_end: bool = False,
    ) -> None:
        super().__init__(controller, parent)
        self._shown = -1
        self._has_end = has_end
        self._scale = scale
        self.position = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), scale * 1.2, bold=True))
        # A read-only text, not a label: Qt gives it a text interface, so a screen reader
        # reads it by line, word or sentence; a keyboard caret lets it move there.
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        use_colours(self.text, base="paper", base_text="ink")
        self.text.verticalScrollBar().setAccessibleName(self.tr("Scroll the leaflet section"))
        self.text.verticalScrollBar().setAccessibleDescription(
            self.tr("Moves the section's text up and down")
        )
        self.previous_button = QPushButton(self.tr("‹ &Previous section"), self)
        self.next_button = QPushButton(self.tr("Next &section ›"), self)
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.previous_button.setAccessibleDescription(
            self.tr("Show the section before (Ctrl+Page Up)")
        )
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.previous_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        for button in (self.previous_button, self.next_button):
            button.setFont(scaled_font(button.font(), 1.3))
            button.setMinimumHeight(button.sizeHint().height() + 12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        column = QWidget(self)
        # About 70 characters a line at the reading size: long lines are hard to follow.
        column.setMaximumWidth(round(em(self, READING_WIDTH_EM) * scale))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.position)
        inner.addWidget(self.title)
        inner.addWidget(self.text, 1)
        inner.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(column, 100)
        layout.addStretch(1)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(+1))
        focus_starts_at(self, self.next_button)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size: the HTML's sizes too
            self._shown = -1
            self.refresh()

    def go(self, delta: int) -> None:
        sections = self.controller.leaflet.sections
        if self._has_end and delta > 0 and self.controller.state.section >= len(sections) - 1:
            self.end_requested.emit()
            return
        index = min(max(self.controller.state.section + delta, 0), len(sections) - 1)
        pressed = self.next_button if delta > 0 else self.previous_button
        had_focus = pressed.hasFocus()
        moved = index != self.controller.state.section
        self.show_section(index)
        if moved:
            self.announce_section()
        if had_focus and not pressed.isEnabled():
            # The first or last section: the button switched itself off under the
            # keyboard. Keep the keyboard here, or where the owner says (the step's Next).
            other = self.previous_button if delta > 0 else self.next_button
            other.setFocus()
            if delta > 0:
                self.reached_end.emit()

    def announce_section(self) -> None:
        """Tell the screen reader the section now shown: where, its heading and its words
        (politely, after what it is saying)."""
        announce(
            self.text,
            self.tr("%s: %s. %s")
            % (self.position.text(), self.title.text(), self.text.toPlainText()),
        )

    def show_section(self, index: int) -> None:
        """Put a section on screen (and record when it was first shown)."""
        section = self.controller.leaflet.sections[index]
        now = self.controller.now()
        self.controller.edit(lambda s: s.showing_section(index, section.id, now))

    def refresh(self) -> None:
        sections = self.controller.leaflet.sections
        index = min(self.controller.state.section, len(sections) - 1)
        section = sections[index]
        position = self.tr("Section %d of %d") % (index + 1, len(sections))
        self.position.setText(position)
        self.title.setText(section.title)
        self.title.setAccessibleName(section.title)
        self.text.setAccessibleName(section.title)
        self.text.setAccessibleDescription(
            self.tr(
                "%s of the leaflet, as the family reads it. Read it line by line or sentence "
                "by sentence; Next section (Ctrl+Page Down) goes on."
            )
            % position
        )
        if index != self._shown:
            size = round(scaled_font(self.font(), self._scale).pointSizeF())
            self.text.setHtml(section.html(point_size=size, heading=False))
            self.text.verticalScrollBar().setValue(0)
            self._shown = index
        self.previous_button.setEnabled(index > 0)
        last = index >= len(sections) - 1
        self.next_button.setEnabled(self._has_end or not last)
        self.next_button.setAccessibleDescription(
            self.tr("Show the end of the leaflet")
            if last and self._has_end
            else self.tr("Show the next section of the leaflet")
        )
