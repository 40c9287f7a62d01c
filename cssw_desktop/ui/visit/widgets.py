"""Small pieces the visit's pages share: Yes/No answers, step pages, notes."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import Answer
from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.assistive import Role, set_role
from cssw_desktop.ui.focus import FOCUS_WIDTH
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, em, scaled_font

CONTENT_WIDTH_EM = 72
RING_ROOM = FOCUS_WIDTH + 1  # the focus ring's room round a control, inside its box


class OneOf(QObject):
    """Radio buttons of which one, or none yet, is ticked.

    Not a QButtonGroup: in a group Tab stops only at one of the buttons (the arrows reach
    the others), and the visit is answered with Tab and Space, one stop per answer, in
    reading order. Exclusive by hand instead; `on_choice` gets the index chosen. A screen
    reader still hears radio buttons (Qt would call a non-exclusive one a check box), with
    their checked state and their Press action.
    """

    def __init__(
        self,
        parent: QWidget,
        buttons: Sequence[QRadioButton],
        on_choice: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self.buttons = tuple(buttons)
        self._on_choice = on_choice
        for index, button in enumerate(self.buttons):
            button.setAutoExclusive(False)
            set_role(button, Role.RadioButton)
            button.clicked.connect(functools.partial(self._clicked, index))

    def _clicked(self, index: int, _checked: bool = False) -> None:
        self.show_choice(index)  # a second click on a ticked button leaves it ticked
        self._on_choice(index)

    def show_choice(self, index: int | None) -> None:
        """Tick the button at `index` (or none) without counting it as a click."""
        for number, button in enumerate(self.buttons):
            if button.isChecked() != (number == index):
                button.setChecked(number == index)

    def chosen(self) -> int | None:
        return next((i for i, b in enumerate(self.buttons) if b.isChecked()), None)


def radio_group(parent: QWidget, question: str, layout: QHBoxLayout | QVBoxLayout) -> QWidget:
    """A box for radio buttons that a screen reader names by its question (a grouping,
    said as the keyboard enters it); put the buttons in `layout`. Its margins leave room
    for the focus ring, which the box would otherwise cut off (take them off the spacing
    around it: `RING_ROOM`)."""
    box = QWidget(parent)
    set_role(box, Role.Grouping)
    box.setAccessibleName(question)
    box.setAccessibleDescription(
        QCoreApplication.translate("YesNo", "Choose one answer; none is chosen for you")
    )
    layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
    box.setLayout(layout)
    return box


def add_outdented(column: QVBoxLayout, box: QWidget) -> None:
    """Add a radio group's box to a column with its buttons where they would stand
    without it: the ring's room goes into the column's margin and spacing instead."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addSpacing(-RING_ROOM)
    row.addWidget(box, 1)
    column.addSpacing(-RING_ROOM)
    column.addLayout(row)
    column.addSpacing(-RING_ROOM)


class YesNo(OneOf):
    """Two radio buttons with words, one stop each for Tab, nothing ticked until someone
    chooses. `yes_name` and `no_name` are what a screen reader says for each (the question
    with the answer: "Yes — share with Police"); `description` says what it is about, and
    names the pair's box (`box`), which a screen reader says as a radio group's name."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        on_answer: Callable[[Answer], None],
        *,
        yes_name: str = "",
        no_name: str = "",
        description: str = "",
    ) -> None:
        row = QHBoxLayout()
        self.box = radio_group(parent, description or name, row)
        yes = QRadioButton(QCoreApplication.translate("YesNo", "Yes"), self.box)
        no = QRadioButton(QCoreApplication.translate("YesNo", "No"), self.box)
        row.addWidget(yes)
        row.addWidget(no)
        super().__init__(
            parent, (yes, no), lambda i: on_answer(Answer.YES if i == 0 else Answer.NO)
        )
        self.yes, self.no = yes, no
        for button, word, spoken in (
            (self.yes, self.tr("Yes"), yes_name),
            (self.no, self.tr("No"), no_name),
        ):
            button.setAccessibleName(spoken or f"{word} — {name}")
            button.setAccessibleDescription(description or name)
            button.setFont(scaled_font(button.font(), FAMILY_TEXT_SCALE))

    def place(self, grid: QGridLayout, row: int, column: int) -> None:
        """Yes and No in the grid's `column` and the one after, spaced as its columns (a
        grid of Yes/No takes the focus ring's room off its spacing: `RING_ROOM`)."""
        layout = self.box.layout()
        assert layout is not None
        layout.setSpacing(grid.horizontalSpacing() + RING_ROOM)
        grid.addWidget(self.box, row, column, 1, 2)

    def show_answer(self, answer: Answer | None) -> None:
        """Tick the button for the answer (or neither) without counting it as a click."""
        self.show_choice(None if answer is None else 0 if answer is Answer.YES else 1)


def on_text(edit: QLineEdit, changed: Callable[[str], None]) -> None:
    """Call `changed` with the field's text whenever a person changes it: typed, pasted, or
    set by voice input or another assistive tool through the accessibility interface (which
    sends textChanged, never textEdited). Text the page itself puts back in the field (from
    the saved state) comes through too: `changed` ignores what it already has."""
    edit.textChanged.connect(changed)


def note_box(text: str, parent: QWidget) -> QLabel:
    """A calm boxed note (e.g. the form's safety note), in the family's larger text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(em(label, 0.6))
    use_colours(label, window="note", text="note_text")
    return label


class StepPage(QWidget):
    """A page of the visit wizard. Subclasses build their widgets and redraw in refresh()."""

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the controller's state (never emits a change)."""


def scrolling(page: QWidget, content: QWidget) -> QVBoxLayout:
    """Put `content` in a frameless scroll area filling `page`; returns the content's layout."""
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; they scroll in
    area.setWidget(content)
    content.setMaximumWidth(em(page, CONTENT_WIDTH_EM))  # rows stay readable on wide screens
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(content)
