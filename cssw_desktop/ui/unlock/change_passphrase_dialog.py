"""Change the passphrase that unlocks this laptop's store (File → Change passphrase…).

The dialog only collects and checks what is typed; the session re-wraps the store key
on the store thread and tells the dialog how it went. The vault's wait after wrong
passphrases applies here as on the lock screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cssw_desktop.ui.widgets.countdown import RetryCountdown
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message
from cssw_desktop.ui.widgets.passphrase_fields import PassphraseFields


class ChangePassphraseDialog(QDialog):
    """Current passphrase and a new one; emits change_requested(current, new) on Change."""

    change_requested = Signal(str, str)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._busy = False
        self._closing = False

        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(em(self, 42))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), self, scale=1.3))
        self.intro = paragraph(
            self.tr(
                "Type the passphrase you use now, then choose a new one. From then on you "
                "unlock the app with the new one. Nobody can reset it, so choose one you "
                "will remember."
            ),
            self,
        )
        layout.addWidget(self.intro)
        self.fields = PassphraseFields(
            self, ask_current=True, new_label=self.tr("&New passphrase:")
        )
        layout.addWidget(self.fields)
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.countdown = RetryCountdown(self, clock, self._refresh)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addSpacing(em(self, 0.5))

        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setAccessibleDescription(
            self.tr("Use the new passphrase from now on (on when both are typed alike)")
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Keep the passphrase you have"))
        self.cancel_button.setAutoDefault(False)
        self.change_button.setDefault(True)  # Enter in any field changes it (when allowed)
        layout.addWidget(self.buttons)

        self.fields.connect_changed(self._refresh)
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self._refresh()
        self.fields.setFocus()

    # --- asking --------------------------------------------------------------------

    def submit(self) -> None:
        """Ask for the change, once, when everything typed is fine."""
        if self._busy or self.remaining() > 0 or not self.fields.ready():
            return
        show_message(self.message, "")
        show_message(self.fields.current_problem, "")
        self.set_busy(True)  # at once, so a second Enter cannot send it twice
        self.change_requested.emit(self.fields.current_passphrase(), self.fields.new_passphrase())

    def set_busy(self, busy: bool) -> None:
        """While the passphrase is being changed: nothing to type or press."""
        self._busy = busy
        self.fields.set_inputs_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._refresh()

    # --- answers from the session ------------------------------------------------------

    def show_wrong_current(self, message: str, wait_seconds: float) -> None:
        """The current passphrase was not right: clear it (keep the new one) and say so
        under it, with the wait if one now applies."""
        self.set_busy(False)
        assert self.fields.current is not None
        self.fields.current.clear()
        self.fields.current.setFocus()
        show_message(self.fields.current_problem, message)
        self.wait(wait_seconds)

    def show_problem(self, message: str, wait_seconds: float = 0.0) -> None:
        """A plain message, and a countdown if the vault asks for a wait."""
        self.set_busy(False)
        show_message(self.message, message)
        self.wait(wait_seconds)

    def wait(self, seconds: float) -> None:
        """Switch Change off for this many seconds, showing the time left."""
        self.countdown.start(seconds)
        self._refresh()

    def remaining(self) -> float:
        """Seconds until another attempt is allowed (0 when allowed now)."""
        return self.countdown.remaining()

    def _refresh(self) -> None:
        waiting = self.remaining() > 0
        self.change_button.setEnabled(not (self._busy or waiting) and self.fields.ready())
        self.change_button.setText(
            self.tr("Changing…") if self._busy else self.tr("&Change passphrase")
        )

    # --- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel or Esc; not while the change is under way (it cannot be stopped)."""
        if self._busy and not self._closing:
            return
        self.countdown.stop()
        self.fields.clear()
        super().reject()

    def accept(self) -> None:
        self.countdown.stop()
        self.fields.clear()
        super().accept()

    def close_now(self) -> None:
        """Close at once, even mid-change (on lock): nothing typed is kept."""
        self._closing = True
        self.reject()
