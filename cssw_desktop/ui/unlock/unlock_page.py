"""The lock screen: passphrase, Unlock, a countdown after wrong attempts, and the offer to
restore the backup of unsent records when the store is found damaged."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.assistive import announce, sentences
from cssw_desktop.ui.widgets.countdown import RetryCountdown
from cssw_desktop.ui.widgets.layout import (
    centred_column,
    heading,
    message_label,
    paragraph,
    show_message,
)

# The vault's own clock decides; a little slack means Unlock never comes back a moment
# before the vault would accept the attempt.


class UnlockPage(QWidget):
    """Asks for the passphrase; while throttled, counts down with Unlock switched off."""

    unlock_requested = Signal(str)
    restore_requested = Signal(str)  # the passphrase: restore the backup into a new store

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._busy = False
        self._had_keyboard = False  # the field had the keyboard before it was switched off

        column = centred_column(self, width_em=32)
        column.addWidget(heading(self.tr("Locked"), self))
        self.reason = paragraph(self.tr("Type your passphrase to unlock."), self)
        column.addWidget(self.reason)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase you chose for this laptop. Press Enter to unlock.")
        )
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        column.addLayout(form)
        self.message = message_label(self)
        # Its name is the problem it shows (Qt says a label's text); it is announced.
        column.addWidget(self.message)
        self.countdown = RetryCountdown(self, clock, self._countdown_ticked)
        column.addWidget(self.countdown)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setAccessibleDescription(
            self.tr("Open the families' information with the passphrase typed")
        )
        column.addWidget(self.unlock_button)
        column.addWidget(self._restore_offer())
        column.addStretch(2)

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.setFocusProxy(self.passphrase)
        self._refresh()

    def _restore_offer(self) -> QFrame:
        """Shown only when unlocking found the store damaged and a backup is there."""
        self.restore_panel = QFrame(self)
        self.restore_panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.restore_panel)
        self.restore_text = paragraph("", self.restore_panel)
        self.restore_text.setAccessibleDescription(self.tr("Restore from the backup"))
        box.addWidget(self.restore_text)
        self.restore_button = QPushButton(self.tr("&Restore into a new store"), self.restore_panel)
        self.restore_button.setAccessibleName(self.tr("Restore into a new store"))
        self.restore_button.setAccessibleDescription(
            self.tr(
                "Make a new store from the backup with the passphrase typed above; the damaged "
                "store is kept aside, never deleted"
            )
        )
        box.addWidget(self.restore_button)
        self.restore_button.clicked.connect(self._restore)
        self.restore_panel.hide()
        return self.restore_panel

    def offer_restore(self, records: int, written_at: str) -> None:
        """The store is damaged: offer to restore the backup's records into a new store."""
        # Offered by the session, once the rest of the app (these words with it) is loaded.
        from cssw_desktop.ui.sync.words import count_words, local_time

        unsent = count_words(
            records,
            self.tr("1 sealed record not yet sent is"),
            self.tr("%n sealed records not yet sent are"),
        )
        self.restore_text.setText(
            self.tr(
                "Your store is damaged. %1 safe in the backup made at %2. Restore them into a "
                "new store? The damaged store is kept aside, never deleted. Type your "
                "passphrase above, then press Restore."
            )
            .replace("%1", unsent)
            .replace("%2", local_time(written_at))
        )
        self.restore_panel.show()
        self._refresh()

    def hide_restore(self) -> None:
        self.restore_panel.hide()

    def _restore(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            show_message(self.message, self.tr("Type your passphrase, then press Restore."))
            self.passphrase.setFocus()
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.set_busy(True)
        self.restore_requested.emit(text)

    def _submit(self) -> None:
        if self._busy or self.remaining() > 0 or not self.passphrase.text():
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.set_busy(True)  # at once, so a second Enter cannot send it twice
        self.unlock_requested.emit(text)

    def remaining(self) -> float:
        """Seconds until another attempt is allowed (0 when allowed now)."""
        return self.countdown.remaining()

    def set_reason(self, text: str) -> None:
        """Why the app is locked, e.g. after a time without use."""
        self.reason.setText(text)

    def set_busy(self, busy: bool) -> None:
        focus = QApplication.focusWidget()
        had_keyboard = self._had_keyboard or (focus is not None and self.isAncestorOf(focus))
        self._busy = busy
        if busy:
            show_message(self.message, "")
        self._refresh()  # field and buttons are off while busy: the keyboard is nowhere
        self._had_keyboard = had_keyboard and busy
        if not busy and had_keyboard and self.isVisible():
            self.passphrase.setFocus()  # typing goes on where it was, never nowhere

    def show_problem(self, message: str, wait_seconds: float = 0.0) -> None:
        """A plain message (e.g. "Wrong passphrase"), and a countdown if a wait applies."""
        show_message(self.message, message, say=False)
        self.wait(wait_seconds)
        # Said at once, with the wait if there is one (the countdown's ticks are not).
        wait = self.countdown.text() if self.remaining() > 0 else ""
        announce(self.message, sentences(message, wait), urgent=True)
        if self.isVisible() and self.passphrase.isEnabled():
            self.passphrase.setFocus()  # the field to fix: type it again

    def wait(self, seconds: float) -> None:
        """Switch Unlock off for this many seconds, showing the time left."""
        self.countdown.start(seconds)
        self._refresh()

    def _countdown_ticked(self) -> None:
        self._refresh()
        if self.remaining() <= 0:
            self.passphrase.setFocus()

    def _refresh(self) -> None:
        waiting = self.remaining() > 0
        self.unlock_button.setEnabled(not (waiting or self._busy))
        self.restore_button.setEnabled(not (waiting or self._busy))
        self.passphrase.setEnabled(not self._busy)
        self.unlock_button.setText(self.tr("Unlocking…") if self._busy else self.tr("&Unlock"))

    def clear(self) -> None:
        """Forget any typed text and old messages (the countdown stays)."""
        self.passphrase.clear()
        show_message(self.message, "")
        self.hide_restore()
