"""Shown when the store cannot be opened at all (keyring missing, store from a newer app…).

It never offers to create a new store: that would hide the worker's real data.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.widgets.layout import centred_column, heading, paragraph


class ErrorPage(QWidget):
    """A plain explanation, the data folder, and Try again / Quit."""

    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(heading(self.tr("The app cannot open its information"), self))
        self.message = paragraph("", self)
        self.message.setAccessibleDescription(self.tr("What is wrong"))
        column.addWidget(self.message)
        self.advice = QLabel(
            self.tr(
                "Nothing has been deleted. If this does not go away after trying again, "
                "contact the IT service desk and tell them the message above."
            ),
            self,
        )
        self.advice.setWordWrap(True)
        column.addWidget(self.advice)
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        column.addWidget(self.folder)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setAccessibleDescription(self.tr("Try to open the information again"))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setAccessibleDescription(self.tr("Close the app; nothing is deleted"))
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        self.retry_button.clicked.connect(self.retry_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        self.setFocusProxy(self.retry_button)

    def show_error(self, message: str, data_folder: str) -> None:
        self.message.setText(message)
        announce(self.message, message, urgent=True)
        self.folder.setText(self.tr("Data folder: %s") % data_folder)
