"""First run: choose the passphrase that protects this laptop's store."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cssw_desktop.domain.passphrase import assess, rules_text
from cssw_desktop.ui.layout import (
    centred_column,
    heading,
    message_label,
    paragraph,
    scaled_font,
    show_message,
)


class SetupPage(QWidget):
    """Passphrase and confirmation, live strength and problems; Create when both are fine."""

    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.rules = QLabel(rules_text(), self)
        self.rules.setWordWrap(True)
        column.addWidget(self.rules)

        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        passphrase_label = QLabel(self.tr("&Passphrase:"), self)
        passphrase_label.setBuddy(self.passphrase)
        confirm_label = QLabel(self.tr("&Type it again:"), self)
        confirm_label.setBuddy(self.confirm)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(confirm_label, self.confirm)
        self.show_text = QCheckBox(self.tr("&Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        form.addRow("", self.show_text)
        column.addLayout(form)

        self.strength = QLabel(self)
        self.strength.setFont(scaled_font(self.strength.font(), 1.0, bold=True))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        column.addWidget(self.strength)
        self.problems = message_label(self)
        self.problems.setAccessibleName(self.tr("What to change"))
        column.addWidget(self.problems)
        self.error = message_label(self)
        self.error.setAccessibleName(self.tr("Problem"))
        column.addWidget(self.error)

        self.create_button = QPushButton(self.tr("&Create and unlock"), self)
        self.create_button.setAccessibleName(self.tr("Create and unlock"))
        self.create_button.setEnabled(False)
        column.addWidget(self.create_button)
        column.addStretch(2)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show_text)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.setFocusProxy(self.passphrase)
        self._update()

    def _show_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _ready(self) -> bool:
        text = self.passphrase.text()
        return assess(text).acceptable and text == self.confirm.text()

    def _update(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.strength.setText(self.tr("Strength: nothing typed yet"))
            show_message(self.problems, "")
        else:
            result = assess(text)
            verdict = self.tr("allowed") if result.acceptable else self.tr("not allowed yet")
            self.strength.setText(
                self.tr("Strength: %1 (%2)")
                .replace("%1", result.strength_label)
                .replace("%2", verdict)
            )
            lines = list(result.problems)
            if result.acceptable and self.confirm.text() and self.confirm.text() != text:
                lines.append(self.tr("The two passphrases are not the same."))
            show_message(self.problems, "\n".join(f"• {line}" for line in lines))
        self.create_button.setEnabled(self._ready())

    def _submit(self) -> None:
        if self._ready() and self.create_button.isEnabled():
            show_message(self.error, "")
            self.set_busy(True)  # at once, so a second Enter cannot send it twice
            self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """While the store is created: inputs off and a short note."""
        for widget in (self.passphrase, self.confirm, self.show_text):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self._ready())
        self.create_button.setText(
            self.tr("Setting up…") if busy else self.tr("&Create and unlock")
        )

    def show_error(self, message: str) -> None:
        show_message(self.error, message)

    def clear(self) -> None:
        """Forget what was typed."""
        self.passphrase.clear()
        self.confirm.clear()
        show_message(self.error, "")
