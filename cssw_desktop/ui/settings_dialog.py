"""The worker's settings: when the app locks itself, and when consent is due for review."""

from __future__ import annotations

from collections.abc import Mapping

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

from cssw_desktop.settings import AUTO_LOCK_MINUTES, REVIEW_MONTHS, Setting
from cssw_desktop.translated import setting_description


class SettingsDialog(QDialog):
    """Emits save_requested({setting: value}) on Save; the session stores the values and
    closes the dialog."""

    save_requested = Signal(object)

    def __init__(self, values: Mapping[Setting[int], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._boxes: dict[Setting[int], QSpinBox] = {}
        self.minutes = self._add(
            form,
            AUTO_LOCK_MINUTES,
            values,
            self.tr("&Lock after:"),
            self.tr(" minutes"),
            self.tr("Lock after this many minutes without use"),
            setting_description(AUTO_LOCK_MINUTES),
        )
        self.review_months = self._add(
            form,
            REVIEW_MONTHS,
            values,
            self.tr("&Review consent after:"),
            self.tr(" months"),
            self.tr("Review consent with the family this many months after it is signed"),
            setting_description(REVIEW_MONTHS),
        )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleDescription(self.tr("Keep these settings and close"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close without changing the settings"))
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.minutes.setFocus()

    def _add(
        self,
        form: QFormLayout,
        setting: Setting[int],
        values: Mapping[Setting[int], int],
        label_text: str,
        suffix: str,
        accessible_name: str,
        description: str,
    ) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(setting.minimum or 1, setting.maximum or 999)
        box.setValue(values.get(setting, setting.default))
        box.setSuffix(suffix)
        box.setAccessibleName(accessible_name)
        box.setAccessibleDescription(description)
        label = QLabel(label_text, self)
        label.setBuddy(box)
        note = QLabel(description, self)
        note.setWordWrap(True)
        form.addRow(label, box)
        form.addRow("", note)
        self._boxes[setting] = box
        return box

    def values(self) -> dict[Setting[int], int]:
        """Every setting in the dialog with the value shown now."""
        return {setting: box.value() for setting, box in self._boxes.items()}

    def _save(self) -> None:
        self.save_requested.emit(self.values())
