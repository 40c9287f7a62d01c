"""The family's last page after the leaflet: a plain "you have reached the end", their
rights and who to contact (resources/rights, through cssw_core.rights_info), what happens
next, and the way back to the worker (or back into the leaflet).

Not part of the council's leaflet (its words are the app's, marked for translation), so
it is never recorded as a section shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.rights_info import (
    RightsInfoInvalid,
    load_rights_info,
    rights_paragraphs,
    rights_title,
)
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.visit.leaflet_view import READING_WIDTH_EM
from cssw_desktop.ui.widgets.layout import em, heading, scaled_font


def _button(text: str, parent: QWidget, *, bold: bool) -> QPushButton:
    """As large as the reader's "Next section", so the page reads as the leaflet's last."""
    button = QPushButton(text, parent)
    button.setFont(scaled_font(parent.font(), 1.3, bold=bold))
    button.setMinimumHeight(button.sizeHint().height() + 12)
    return button


def _text(text: str, parent: QWidget, scale: float) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setFont(scaled_font(parent.font(), scale))
    return label


log = logging.getLogger(__name__)


class RightsPart(QFrame):
    """ "Your rights and who to contact": the council's contacts from resources/rights,
    read when the page is made (a replaced file shows on the next visit). A file that
    cannot be used shows a plain line instead (the reason, naming the file, is logged
    for IT): the family is never shown half-read contacts."""

    def __init__(self, parent: QWidget, scale: float) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        gap = self.fontMetrics().height() // 2
        column.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self.title = heading(rights_title(qt_translate), self, scale * 1.05)
        column.addWidget(self.title)
        self.points: list[QLabel] = []
        try:
            paragraphs = rights_paragraphs(load_rights_info(), qt_translate)
        except RightsInfoInvalid as problem:
            log.warning("the rights contacts are not shown: %s", problem)
            paragraphs = [
                self.tr(
                    "The contacts for your rights cannot be shown on this laptop just now. "
                    "Please ask your social worker for them."
                )
            ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        grid.setColumnStretch(1, 1)
        for row, text in enumerate(paragraphs):
            bullet = _text("•", self, scale)
            bullet.setAccessibleName("")
            grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            label = _text(text, self, scale)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, 1)
            self.points.append(label)
        column.addLayout(grid)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.points)


class LeafletEndPage(QWidget):
    """ "You have reached the end of the leaflet": `back_requested` goes back into the
    leaflet, `hand_back_requested` gives the laptop back to the worker."""

    back_requested = Signal()
    hand_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        # A column as wide as the reader's, in the middle; it scrolls rather than squeeze
        # its text when a large text size leaves too little room.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.verticalScrollBar().setAccessibleName(self.tr("Scroll the end of the leaflet"))
        area.verticalScrollBar().setAccessibleDescription(
            self.tr("Moves the page up and down, to your rights and who to contact")
        )
        inner = QWidget(area)
        area.setWidget(inner)
        for widget in (area.viewport(), inner):
            widget.setAutoFillBackground(False)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(area)
        page = QWidget(inner)
        page.setMaximumWidth(round(em(self, READING_WIDTH_EM) * scale))
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(page, 100)
        outer.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        self.title = heading(self.tr("You have reached the end of the leaflet"), self, scale * 1.2)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        column.addSpacing(self.fontMetrics().height())
        self.next_text = _text(
            self.tr(
                "Thank you for reading it. Please give the laptop back to your social "
                "worker now. They will answer your questions and go through your choices "
                "with you, one at a time. At the end you check your choices and sign."
            ),
            self,
            scale,
        )
        column.addWidget(self.next_text)
        self.unseen = _text("", self, scale)
        self.unseen.setVisible(False)
        self.unseen.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        column.addWidget(self.unseen)
        # The way back to the worker first, so it is on the screen even in large text;
        # the rights follow it, and a line says so.
        self.rights_below = _text(
            self.tr(
                "Below: your rights and who to contact about your information. They are "
                "also on your copy of the form you sign."
            ),
            self,
            scale,
        )
        self.rights_below.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        column.addWidget(self.rights_below)
        column.addSpacing(self.fontMetrics().height())
        self.hand_back_button = _button(
            self.tr("Give the laptop back to your social worker"), self, bold=True
        )
        self.hand_back_button.setAccessibleDescription(
            self.tr("Your social worker types their passphrase to go on")
        )
        self.back_button = _button(self.tr("‹ Back to the leaflet"), self, bold=False)
        self.back_button.setAccessibleName(self.tr("Back to the leaflet"))
        self.back_button.setAccessibleDescription(self.tr("Read the leaflet again"))
        # One above the other: side by side they do not fit the column in large text.
        column.addWidget(self.hand_back_button)
        column.addSpacing(self.fontMetrics().height() // 2)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(self.fontMetrics().height() * 2)
        self.rights = RightsPart(page, scale)
        column.addWidget(self.rights)
        column.addStretch(2)
        self.back_button.clicked.connect(self.back_requested)
        self.hand_back_button.clicked.connect(self.hand_back_requested)
        focus_starts_at(self, self.hand_back_button)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming here from the leaflet: the screen reader hears the page's words (the
        keyboard is on "Give the laptop back", which says only itself)."""
        super().showEvent(event)
        words = [self.title.text(), self.next_text.text()]
        if self.unseen.isVisibleTo(self):
            words.append(self.unseen.text())
        words.append(self.rights_below.text())
        announce(self, " ".join(words))

    def show_unseen(self, titles: list[str]) -> None:
        """Name the sections not shown yet in this visit (none: the line is hidden)."""
        if titles:
            self.unseen.setText(
                self.tr(
                    "You have not seen these sections yet: %s. "
                    "“Back to the leaflet” takes you there."
                )
                % ", ".join(titles)
            )
        self.unseen.setVisible(bool(titles))
