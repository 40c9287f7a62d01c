"""First run: choose the passphrase that protects this laptop's store, or practise first.

Below the set-up, a secondary way in: "Practise with training families" opens the training
store of fictional families (in its own folder; see cssw_desktop/training.py). The same
page sets up the training store, reworded (`show_training`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cssw_desktop.ui.widgets.layout import (
    centred_column,
    em,
    heading,
    message_label,
    paragraph,
    show_message,
)
from cssw_desktop.ui.widgets.passphrase_fields import PassphraseFields


class SetupPage(QWidget):
    """Passphrase and confirmation, live strength and problems; Create when both are fine."""

    create_requested = Signal(str)
    training_requested = Signal()  # the worker would rather practise with fictional families

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        column = centred_column(self)
        self.title = heading(self.tr("Set up this laptop"), self)
        column.addWidget(self.title)
        self.intro = paragraph(
            self.tr(
                "Choose a passphrase. It protects the families' information on this "
                "laptop, and you will type it each time you unlock the app. Nobody can "
                "reset it: if it is forgotten, the information on this laptop cannot "
                "be opened."
            ),
            self,
        )
        column.addWidget(self.intro)
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
        column.addWidget(self.error)

        self.create_button = QPushButton(self.tr("&Create and unlock"), self)
        self.create_button.setAccessibleName(self.tr("Create and unlock"))
        self.create_button.setAccessibleDescription(
            self.tr("Make the encrypted store on this laptop with this passphrase, and open it")
        )
        self.create_button.setEnabled(False)
        column.addWidget(self.create_button)
        column.addSpacing(em(self, 0.75))
        column.addWidget(self._practice_offer())
        column.addStretch(2)

        self.fields.connect_changed(self._update)
        self.confirm.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.setFocusProxy(self.fields)
        self._update()

    def _practice_offer(self) -> QWidget:
        """The secondary choice, one line so the set-up keeps its room at large text sizes:
        practise on fictional families before (or instead of) the real set-up."""
        self.practice = QWidget(self)
        row = QVBoxLayout(self.practice)
        row.setContentsMargins(0, 0, 0, 0)
        self.training_button = QPushButton(
            self.tr("&Practise first with training families"), self.practice
        )
        self.training_button.setAccessibleName(self.tr("Practise with training families"))
        explanation = self.tr(
            "Open the training store of fictional families, in a folder of its own: kept "
            "apart from real work and never sent to central. This laptop's real set-up waits "
            "until you come back."
        )
        self.training_button.setAccessibleDescription(explanation)
        self.training_button.setToolTip(explanation)
        self.training_button.setAutoDefault(False)
        # Its own width, centred, under the full-width Create: the real set-up comes first.
        row.addWidget(self.training_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.training_button.clicked.connect(self.training_requested)
        return self.practice

    def show_training(self) -> None:
        """Set up the training store instead: its own words, no way into training again."""
        self.title.setText(self.tr("Set up the training store"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(
            self.tr(
                "Choose a passphrase for the training store. It opens only the fictional "
                "families you practise on, never real ones; you will type it to unlock "
                "training and to take the laptop back from the family, as on a real visit."
            )
        )
        self.create_button.setAccessibleDescription(
            self.tr(
                "Make the training store with this passphrase, fill it with fictional "
                "families, and open it"
            )
        )
        self.practice.hide()

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
        self.training_button.setEnabled(not busy)
        self._update()
        self.create_button.setText(
            self.tr("Setting up…") if busy else self.tr("&Create and unlock")
        )

    def show_error(self, message: str) -> None:
        show_message(self.error, message)
        if self.isVisible():
            self.fields.setFocus()  # the passphrase to choose again

    def clear(self) -> None:
        """Forget what was typed."""
        self.fields.clear()
        show_message(self.error, "")
