"""Connect this laptop to central: the enrollment code from IT and the worker's password.

The dialog only asks and shows; the caller runs enroll() off the window's thread and
answers with show_code_problem / show_password_problem / show_problem / show_enrolled.
A code is checked here first (mistyped or cut-off codes never leave the laptop).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cssw_core.enrollment_code import BadEnrollmentCode, parse_code
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.translated import error_text
from cssw_desktop.ui.sync.words import role_words
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class EnrollDialog(QDialog):
    """Code and password, Connect; then who the laptop is connected for."""

    enroll_requested = Signal(str, str)  # the code as typed (spaces are ignored), password
    caseload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(self.tr("Connect this laptop to central"))
        self.setMinimumWidth(em(self, 40))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        ask = QWidget(self.stack)
        column = QVBoxLayout(ask)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Connect this laptop to central"), ask, scale=1.3))
        column.addWidget(
            paragraph(
                self.tr(
                    "Once connected, what you sign is sent to central when this laptop is "
                    "online. Until then, everything still works here and is kept safe."
                ),
                ask,
            )
        )
        code_label = QLabel(self.tr("&Enrollment code from IT:"), ask)
        self.code = QPlainTextEdit(ask)
        self.code.setTabChangesFocus(True)
        self.code.setPlaceholderText(self.tr("Paste the code here. It starts with CSSW1-"))
        self.code.setAccessibleName(self.tr("Enrollment code"))
        self.code.setAccessibleDescription(
            self.tr("The code IT gave you, starting CSSW1-. Paste it here. Tab moves on.")
        )
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.code.font().pointSizeF())  # the app's text size (View menu)
        self.code.setFont(fixed)
        self.code.setFixedHeight(em(self, 4.5))
        code_label.setBuddy(self.code)
        column.addWidget(code_label)
        column.addWidget(self.code)
        self.code_problem = message_label(ask)
        self.code_problem.setAccessibleName(self.tr("Problem with the code"))
        column.addWidget(self.code_problem)

        password_label = QLabel(self.tr("Your &central password:"), ask)
        self.password = QLineEdit(ask)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your central password"))
        self.password.setAccessibleDescription(
            self.tr("The password IT set for you at central, not this laptop's passphrase")
        )
        password_label.setBuddy(self.password)
        column.addWidget(password_label)
        column.addWidget(self.password)
        column.addWidget(
            paragraph(
                self.tr("The password IT set for you at central, not this laptop's passphrase."),
                ask,
            )
        )
        self.password_problem = message_label(ask)
        self.password_problem.setAccessibleName(self.tr("Problem with the password"))
        column.addWidget(self.password_problem)
        self.problem = message_label(ask)
        self.problem.setAccessibleName(self.tr("Problem"))
        column.addWidget(self.problem)
        column.addStretch(1)
        self.stack.addWidget(ask)

        done = QWidget(self.stack)
        done_column = QVBoxLayout(done)
        done_column.setContentsMargins(0, 0, 0, 0)
        done_column.addWidget(heading(self.tr("This laptop is connected"), done, scale=1.3))
        self.connected_for = paragraph("", done)
        self.connected_for.setAccessibleName(self.tr("Connected for"))
        done_column.addWidget(self.connected_for)
        self.caseload_note = paragraph(
            self.tr(
                "Before a visit, use Download my caseload to bring your families onto this laptop."
            ),
            done,
        )
        done_column.addWidget(self.caseload_note)
        done_column.addStretch(1)
        self.stack.addWidget(done)
        self._ask, self._done = ask, done

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.connect_button = QPushButton(self.tr("C&onnect"), self)
        self.connect_button.setDefault(True)
        self.caseload_button = QPushButton(self.tr("&Download my caseload"), self)
        self.caseload_button.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.connect_button.setAccessibleDescription(
            self.tr("Connect this laptop to central with the code and password")
        )
        self.caseload_button.setAccessibleDescription(
            self.tr("Bring your allocated families onto this laptop")
        )
        self.cancel_button.setAccessibleDescription(self.tr("Close without connecting"))
        for button in (self.connect_button, self.caseload_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.connect_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.caseload_button.clicked.connect(self._caseload)
        self.cancel_button.clicked.connect(self.close_now)
        self.code.textChanged.connect(lambda: show_message(self.code_problem, ""))
        self.password.textChanged.connect(lambda _t: show_message(self.password_problem, ""))
        self.code.setFocus()

    def code_text(self) -> str:
        """The code as pasted, spaces and line breaks taken out."""
        return "".join(self.code.toPlainText().split())

    def _submit(self) -> None:
        if self._busy or self.stack.currentWidget() is not self._ask:
            return
        for label in (self.code_problem, self.password_problem, self.problem):
            show_message(label, "")
        code = self.code_text()
        ok = True
        if not code:
            self.show_code_problem(self.tr("Paste the enrollment code IT gave you."))
            ok = False
        else:
            try:
                parse_code(code)
            except BadEnrollmentCode as error:
                self.show_code_problem(error_text(error))
                ok = False
        if not self.password.text():
            self._show(self.password_problem, self.tr("Type your central password."))
            if ok:
                self.password.setFocus()
            ok = False
        if ok:
            self.set_busy(True)
            self.enroll_requested.emit(code, self.password.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.code, self.password, self.connect_button):
            widget.setEnabled(not busy)
        self.connect_button.setText(self.tr("Connecting…") if busy else self.tr("C&onnect"))

    def show_code_problem(self, message: str) -> None:
        self.set_busy(False)
        self._show(self.code_problem, message)
        self.code.setFocus()

    def show_password_problem(self, message: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self._show(self.password_problem, message)
        self.password.setFocus()

    def show_problem(self, message: str) -> None:
        self.set_busy(False)
        self._show(self.problem, message)

    def _show(self, label: QLabel, message: str) -> None:
        """A message by its field; the dialog grows so nothing is cut off."""
        show_message(label, message)
        self.adjustSize()

    def show_enrolled(self, profile: EnrolledProfile) -> None:
        """Connected: say for whom, forget what was typed, offer the caseload."""
        self.set_busy(False)
        self.password.clear()
        self.code.clear()
        self.connected_for.setText(
            self.tr("Connected for %s.\nRole: %s. Team: %s.")
            % (profile.display_name, role_words(profile.role), profile.team_name)
        )
        self.stack.setCurrentWidget(self._done)
        self.connect_button.setVisible(False)
        self.caseload_button.setVisible(True)
        self.caseload_button.setDefault(True)
        self.cancel_button.setText(self.tr("Close"))
        self.caseload_button.setFocus()

    def _caseload(self) -> None:
        self.caseload_requested.emit()
        self.accept()

    def close_now(self) -> None:
        """Close at once (also on lock): what was typed is dropped."""
        self.password.clear()
        self.code.clear()
        self.reject()
