"""The pages around a visit: "With the family" (while the laptop is handed over) and
"Signed and sealed" (the end of a visit)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.widgets.layout import centred_column, heading, paragraph


class WithFamilyPage(QWidget):
    """What the worker's window shows while the family has the laptop: nothing of anyone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self, width_em=34)
        column.addWidget(heading(self.tr("With the family"), self))
        column.addWidget(
            paragraph(
                self.tr(
                    "The family is using the laptop. When they hand it back, choose "
                    "“Hand back to the worker” on their screen and type your passphrase."
                ),
                self,
            )
        )
        column.addStretch(2)


class DonePage(QWidget):
    """The visit is over: when it was sealed, the record's id and fingerprint, and the
    signed form to look at."""

    back_requested = Signal()
    view_requested = Signal()  # the sealed record's pages, as its PDF prints them
    print_requested = Signal()  # the family's copy, through the print dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self, width_em=40)
        column.addWidget(heading(self.tr("Signed and sealed"), self))
        self.summary = paragraph("", self)
        self.summary.setAccessibleDescription(self.tr("Sealed record"))  # says what it shows
        column.addWidget(self.summary)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.details)
        self.view_button = QPushButton(self.tr("View the si&gned form"), self)  # Alt+V: View
        self.view_button.setAccessibleName(self.tr("View the signed form"))
        self.view_button.setAccessibleDescription(self.tr("Show the sealed form as it prints"))
        self.print_button = QPushButton(self.tr("&Print a copy for the family…"), self)
        self.print_button.setAccessibleDescription(
            self.tr("Print the signed form for the family to keep (your passphrase is asked)")
        )
        self.back_button = QPushButton(self.tr("&Back to the family"), self)
        self.back_button.setAccessibleDescription(self.tr("Back to the family's page"))
        column.addSpacing(12)
        column.addWidget(self.view_button)
        column.addWidget(self.print_button)
        column.addWidget(self.back_button)
        column.addStretch(2)
        self.view_button.clicked.connect(self.view_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.back_button.clicked.connect(self.back_requested)
        focus_starts_at(self, self.back_button)

    def show_sealed(
        self, family_name: str, sealed_at: datetime, record_id: str, content_hash: str
    ) -> None:
        local = sealed_at.astimezone()
        self.summary.setText(
            self.tr("Signed and sealed at %s. Record %s.")
            % (local.strftime("%H:%M"), record_id[:8])
        )
        self.details.setText(
            self.tr(
                "The %s family's consent record is kept, encrypted, on this laptop. "
                "It can no longer be changed.\n\nRecord id: %s\n"
                "Fingerprint (SHA-256): %s…"
            )
            % (family_name, record_id, content_hash[:16])
        )
        self.back_button.setText(self.tr("&Back to the %s family") % family_name)

    def clear(self) -> None:
        self.summary.setText("")
        self.details.setText("")
        self.back_button.setText(self.tr("&Back to the family"))
