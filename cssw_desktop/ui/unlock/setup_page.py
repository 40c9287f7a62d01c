"""First run: choose the passphrase that protects this laptop's store."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from cssw_desktop.ui.widgets.layout import (
    centred_column,
    heading,
    message_label,
    paragraph,
    show_message,
)
from cssw_desktop.ui.widgets.passphrase_fields import PassphraseFields


class SetupPage(QWidget):
    """Passphrase and confirmation, live strength and problems; Create when both are fine."""

    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        column = centred_column(self)
        column.addWidget(heading(self.tr("Set up this laptop"), self))
        column.addWidget(
            paragraph(
                self.tr(
                    "Choose a passphrase. It protects the families' information on this "
                    "laptop, and you will type it each time you unlock the app. Nobody can "
                    "reset it: if it is forgotten, the information on this laptop cannot "
                    "be opened."
                ),
                self,
            )
        )
        self.fields = PassphraseFields(self)
        column.addWidget(self.fields)
        # The parts tests and the screenshot script reach for, by their old names.
        self.rules = self.fields.rules
        self.passphrase = self.fields.passphrase
        self.confirm = self.fields.confirm
        self.show_text = self.fields.show_text
        self.strength = self.fields.strength
        self.problems = self.fields.problems
        self.error = message_label(self)
        self.error.setAccessibleName(self.tr("Problem"))
        column.addWidget(self.error)

        self.create_button = QPushButton(self.tr("&Create and unlock"), self)
        self.create_button.setAccessibleName(self.tr("Create and unlock"))
        self.create_button.setAccessibleDescription(
            self.tr("Make the encrypted store on this laptop with this passphrase, and open it")
        )
        self.create_button.setEnabled(False)
        column.addWidget(self.create_button)
        column.addStretch(2)

        self.fields.connect_changed(self._update)
        self.confirm.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.setFocusProxy(self.fields)
        self._update()

    def _update(self) -> None:
        self.create_button.setEnabled(not self._busy and self.fields.ready())

    def _submit(self) -> None:
        if self.fields.ready() and self.create_button.isEnabled():
            show_message(self.error, "")
            self.set_busy(True)  # at once, so a second Enter cannot send it twice
            self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """While the store is created: inputs off and a short note."""
        self._busy = busy
        self.fields.set_inputs_enabled(not busy)
        self._update()
        self.create_button.setText(
            self.tr("Setting up…") if busy else self.tr("&Create and unlock")
        )

    def show_error(self, message: str) -> None:
        show_message(self.error, message)

    def clear(self) -> None:
        """Forget what was typed."""
        self.fields.clear()
        show_message(self.error, "")
