"""Return a record to the worker, with a comment saying what to put right (required)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.fields import has_hidden_characters
from cssw_core.protocol import MAX_COMMENT_CHARS, ReviewItem
from cssw_desktop.ui.sync.words import kind_words, local_time
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class ReturnDialog(QDialog):
    """Emits return_requested(comment); the caller sends it, then closes or shows why not."""

    return_requested = Signal(str)

    def __init__(self, item: ReviewItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._busy = False
        self.setWindowTitle(self.tr("Return to %s") % item.worker_name)
        self.setMinimumWidth(em(self, 32))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Return to the worker"), self, scale=1.3))
        layout.addWidget(
            paragraph(
                self.tr("%s family — %s signed %s, from %s.")
                % (
                    item.family_name,
                    kind_words(item.kind).lower(),
                    local_time(item.sealed_at),
                    item.worker_name,
                ),
                self,
            )
        )
        label = QLabel(self.tr("&What should they put right?"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(self.tr("Comment for the worker"))
        self.comment.setAccessibleDescription(
            self.tr("What the worker should put right; they see it on their laptop. Tab moves on.")
        )
        self.comment.setPlaceholderText(
            self.tr("For example: the young person's signature is missing; please revisit.")
        )
        label.setBuddy(self.comment)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        self.problem = message_label(self)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.return_button = QPushButton(self.tr("&Return to worker"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.return_button.setAccessibleDescription(
            self.tr("Send the record back to the worker with this comment")
        )
        self.cancel_button.setAccessibleDescription(self.tr("Close without returning the record"))
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.return_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.close_now)
        self.comment.textChanged.connect(lambda: show_message(self.problem, ""))
        self.comment.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        text = self.comment.toPlainText().strip()
        if not text:
            self.show_problem(self.tr("Write a comment so the worker knows what to put right."))
            return
        if len(text) > MAX_COMMENT_CHARS:
            self.show_problem(
                self.tr("The comment is too long: keep it under %d characters.") % MAX_COMMENT_CHARS
            )
            return
        if has_hidden_characters(text, multiline=True):  # central's rule too
            self.show_problem(
                self.tr("The comment contains hidden or control characters. Please type it again.")
            )
            return
        self.set_busy(True)
        self.return_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.comment.setReadOnly(busy)
        self.return_button.setEnabled(not busy)
        self.return_button.setText(self.tr("Returning…") if busy else self.tr("&Return to worker"))

    def show_problem(self, message: str) -> None:
        self.set_busy(False)
        show_message(self.problem, message)
        self.comment.setFocus()

    def close_now(self) -> None:
        self.comment.clear()
        self.reject()
