"""A row of links under a family's name to the parts of its page further down (consent now,
history, sharing register), each with how many entries it holds: at 100 % text on a laptop
screen the register starts below the fold, and a worker must see at a glance that shares
are recorded without scrolling for them."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class PageJumps(QWidget):
    consent_wanted = Signal()
    history_wanted = Signal()
    register_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("On this page:"), self))
        self.consent_button = self._link(self.tr("Consent now"), self.consent_wanted)
        self.history_button = self._link("", self.history_wanted)
        self.register_button = self._link("", self.register_wanted)
        self.consent_button.setAccessibleDescription(
            self.tr("Scroll to the family's consent now, agency by agency")
        )
        self.history_button.setAccessibleDescription(
            self.tr("Scroll to every signed consent form and withdrawal")
        )
        self.register_button.setAccessibleDescription(
            self.tr("Scroll to every share of the family's information, and record one")
        )
        for button in (self.consent_button, self.history_button, self.register_button):
            row.addWidget(button)
        row.addStretch(1)
        self.show_counts(0, 0, 0)

    def _link(self, text: str, wanted: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setFlat(True)
        button.setStyleSheet("QPushButton { text-decoration: underline; padding: 2px 6px; }")
        button.clicked.connect(wanted)
        return button

    def show_counts(self, records: int, shares: int, without_consent: int) -> None:
        """How many signed records and shares the page lists further down."""
        counted = self.tr("1 record") if records == 1 else self.tr("%1 records")
        self.history_button.setText(
            self.tr("History (%1)").replace("%1", counted.replace("%1", str(records)))
        )
        counted = self.tr("1 share") if shares == 1 else self.tr("%1 shares")
        counted = counted.replace("%1", str(shares))
        if without_consent:
            counted = self.tr("%1, %2 without consent").replace("%1", counted)
            counted = counted.replace("%2", str(without_consent))
        self.register_button.setText(self.tr("Sharing register (%1)").replace("%1", counted))
        for button in (self.consent_button, self.history_button, self.register_button):
            button.setAccessibleName(self.tr("Go to %1").replace("%1", button.text()))
