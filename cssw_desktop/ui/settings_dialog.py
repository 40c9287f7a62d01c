"""The worker's settings: for now, minutes without use before the app locks itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.settings import AUTO_LOCK_MINUTES


class SettingsDialog(QDialog):
    """Emits save_requested(minutes) on Save; the window stores it and closes the dialog."""

    save_requested = Signal(int)

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setRange(AUTO_LOCK_MINUTES.minimum or 1, AUTO_LOCK_MINUTES.maximum or 60)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
        label = QLabel(self.tr("&Lock after:"), self)
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        layout.addLayout(form)
        note = QLabel(self.tr(AUTO_LOCK_MINUTES.description), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(buttons)
        buttons.accepted.connect(lambda: self.save_requested.emit(self.minutes.value()))
        buttons.rejected.connect(self.reject)
        self.minutes.setFocus()
