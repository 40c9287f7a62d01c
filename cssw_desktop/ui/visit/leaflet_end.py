"""The family's last page after the leaflet: a plain "you have reached the end", what
happens next, and the way back to the worker (or back into the leaflet).

Not part of the council's leaflet (its words are the app's, marked for translation), so
it is never recorded as a section shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.widgets.layout import heading, paragraph, scaled_font


def _button(text: str, parent: QWidget, *, bold: bool) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFont(scaled_font(parent.font(), 1.1, bold=bold))
    button.setMinimumHeight(button.sizeHint().height() + 16)
    return button


class LeafletEndPage(QWidget):
    """ "You have reached the end of the leaflet": `back_requested` goes back into the
    leaflet, `hand_back_requested` gives the laptop back to the worker."""

    back_requested = Signal()
    hand_back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        self.title = heading(self.tr("You have reached the end of the leaflet"), self, 1.3)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        column.addSpacing(self.fontMetrics().height())
        self.next_text = paragraph(
            self.tr(
                "Thank you for reading it. Please give the laptop back to your social "
                "worker now. They will answer your questions and go through your choices "
                "with you, one at a time. At the end you check your choices and sign."
            ),
            self,
        )
        column.addWidget(self.next_text)
        self.unseen = paragraph("", self)
        self.unseen.setVisible(False)
        column.addWidget(self.unseen)
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
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.hand_back_button)
        column.addLayout(row)
        column.addStretch(2)
        self.back_button.clicked.connect(self.back_requested)
        self.hand_back_button.clicked.connect(self.hand_back_requested)
        focus_starts_at(self, self.hand_back_button)

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
