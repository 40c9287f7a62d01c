"""Small pieces the visit's pages share: Yes/No answers, step pages, notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.domain.consent import Answer
from cssw_desktop.ui.layout import FAMILY_TEXT_SCALE, em, scaled_font
from cssw_desktop.ui.visit.controller import VisitController

YES_ID, NO_ID = 1, 2
CONTENT_WIDTH_EM = 72


class YesNo(QButtonGroup):
    """Two radio buttons with words, exclusive, nothing ticked until someone clicks one."""

    def __init__(self, parent: QWidget, name: str, on_answer: Callable[[Answer], None]) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(self.tr("Yes"), parent)
        self.no = QRadioButton(self.tr("No"), parent)
        for button, word in ((self.yes, self.tr("Yes")), (self.no, self.tr("No"))):
            button.setAccessibleName(f"{name}: {word}")
            button.setFont(scaled_font(button.font(), FAMILY_TEXT_SCALE))
        self.addButton(self.yes, YES_ID)
        self.addButton(self.no, NO_ID)
        self.setExclusive(True)
        self.idClicked.connect(lambda i: on_answer(Answer.YES if i == YES_ID else Answer.NO))

    def show_answer(self, answer: Answer | None) -> None:
        """Tick the button for the answer (or neither) without counting it as a click."""
        if answer is None:
            # An exclusive group will not untick its last button: lift that for a moment.
            self.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.setExclusive(True)
        else:
            button: QAbstractButton = self.yes if answer is Answer.YES else self.no
            if not button.isChecked():
                button.setChecked(True)


def note_box(text: str, parent: QWidget) -> QLabel:
    """A calm boxed note (e.g. the form's safety note), in the family's larger text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setStyleSheet(
        "QLabel { background: #eef4fa; border: 1px solid #9bb7d4; border-radius: 4px;"
        " padding: 8px; color: #1b1b1b; }"
    )
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
    area.setWidget(content)
    content.setMaximumWidth(em(page, CONTENT_WIDTH_EM))  # rows stay readable on wide screens
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(content)
