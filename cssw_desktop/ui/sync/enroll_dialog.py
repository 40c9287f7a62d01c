"""Connect this laptop to central: the enrollment code from IT and the worker's password.

The dialog only asks and shows; the caller runs enroll() off the window's thread and
answers with show_code_problem / show_password_problem / show_problem / show_enrolled.
A code is checked here first (mistyped or cut-off codes never leave the laptop), and as
soon as it is pasted: one that the council's provisioning key did not sign (a phishing
code) is refused at once and the password field stays closed, so no password is typed
for it. A laptop connected to another central moves only when the person ticks a box
that names both centrals (`ask_to_switch`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
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

from cssw_core.enrollment_code import (
    BadEnrollmentCode,
    UntrustedEnrollmentCode,
    parse_code,
    signing_key_of,
)
from cssw_core.provisioning import trusted_keys
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.translated import error_text
from cssw_desktop.ui.sync.words import role_words
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message


class EnrollDialog(QDialog):
    """Code and password, Connect; then who the laptop is connected for."""

    # the code as typed (spaces are ignored), password, and the address of the central the
    # person confirmed leaving ("" when none)
    enroll_requested = Signal(str, str, str)
    caseload_requested = Signal()

    def __init__(self, parent: QWidget | None = None, keys: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._keys = tuple(trusted_keys() if keys is None else keys)
        self._untrusted = False
        self._switch_from = ""
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
        self.code_problem.setAccessibleDescription(self.tr("Problem with the code"))
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
        self.password_problem.setAccessibleDescription(self.tr("Problem with the password"))
        column.addWidget(self.password_problem)
        self.switch_note = paragraph("", ask)
        self.switch_note.setAccessibleDescription(self.tr("Moving to another central"))
        self.switch_note.setVisible(False)
        column.addWidget(self.switch_note)
        self.switch_confirm = QCheckBox(ask)
        self.switch_confirm.setVisible(False)
        column.addWidget(self.switch_confirm)
        self.problem = message_label(ask)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        column.addWidget(self.problem)
        column.addStretch(1)
        self.stack.addWidget(ask)

        done = QWidget(self.stack)
        done_column = QVBoxLayout(done)
        done_column.setContentsMargins(0, 0, 0, 0)
        done_column.addWidget(heading(self.tr("This laptop is connected"), done, scale=1.3))
        self.connected_for = paragraph("", done)
        self.connected_for.setAccessibleDescription(self.tr("Connected for"))
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
        self.code.textChanged.connect(self._code_changed)
        self.password.textChanged.connect(lambda _t: show_message(self.password_problem, ""))
        self.code.setFocus()

    def code_text(self) -> str:
        """The code as pasted, spaces and line breaks taken out."""
        return "".join(self.code.toPlainText().split())

    def _code_changed(self) -> None:
        """Check a pasted code's signature at once: a code the council did not sign closes
        the password field before anything is typed in it."""
        show_message(self.code_problem, "")
        self._forget_switch()
        self._untrusted = False
        try:
            signing_key_of(parse_code(self.code_text()), self._keys)
        except UntrustedEnrollmentCode as error:
            self._untrusted = True
            self.password.clear()
            self._show(self.code_problem, error_text(error))
        except BadEnrollmentCode:
            pass  # perhaps not pasted in full yet: said on Connect
        self.password.setEnabled(not self._untrusted and not self._busy)

    def _forget_switch(self) -> None:
        self._switch_from = ""
        self.switch_confirm.setChecked(False)
        self.switch_note.setVisible(False)
        self.switch_confirm.setVisible(False)

    def ask_to_switch(self, current: str, new: str) -> None:
        """The code is for another central than the one this laptop is connected to:
        Connect now needs the box ticked that names both."""
        self.set_busy(False)
        self._switch_from = current
        self.switch_note.setText(
            self.tr(
                "This laptop is connected to central at %1. This code is for central at %2. "
                "Move it only if IT told you to: records it sends from now on go to %2."
            )
            .replace("%1", current)
            .replace("%2", new)
        )
        self.switch_confirm.setText(
            self.tr("&Move this laptop from %1 to %2").replace("%1", current).replace("%2", new)
        )
        self.switch_note.setVisible(True)
        self.switch_confirm.setVisible(True)
        self.switch_confirm.setChecked(False)
        self.adjustSize()
        self.switch_confirm.setFocus()

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
                signing_key_of(parse_code(code), self._keys)
            except BadEnrollmentCode as error:
                self.show_code_problem(error_text(error))
                if isinstance(error, UntrustedEnrollmentCode):
                    return  # no password is asked for a code like this
                ok = False
        if ok and self._switch_from and not self.switch_confirm.isChecked():
            self._show(self.problem, self.tr("Tick the box to move this laptop, or Cancel."))
            self.switch_confirm.setFocus()
            return
        if not self.password.text():
            self._show(self.password_problem, self.tr("Type your central password."))
            if ok:
                self.password.setFocus()
            ok = False
        if ok:
            self.set_busy(True)
            switch_from = self._switch_from if self.switch_confirm.isChecked() else ""
            self.enroll_requested.emit(code, self.password.text(), switch_from)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.code, self.password, self.connect_button, self.switch_confirm):
            widget.setEnabled(not busy)
        self.password.setEnabled(not busy and not self._untrusted)
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
