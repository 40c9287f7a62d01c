"""Choosing a passphrase: the rules, the fields, and live strength and problems.

Shared by first-run setup and "Change passphrase", so both judge and explain a new
passphrase the same way (with the domain's `assess`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cssw_core.domain.passphrase import assess, rules_text
from cssw_desktop.translated import passphrase_text
from cssw_desktop.ui.widgets.layout import message_label, scaled_font, show_message


class PassphraseFields(QWidget):
    """Rules, optional current passphrase, new passphrase typed twice, strength, problems.

    `ready()` says whether the new passphrase is allowed, typed the same twice, and (when
    asked for) differs from the current one; `connect_changed` calls back on each keystroke.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ask_current: bool = False,
        new_label: str = "",
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rules = QLabel(passphrase_text(rules_text()), self)
        self.rules.setWordWrap(True)
        self.rules.setAccessibleName(self.tr("Passphrase rules"))
        layout.addWidget(self.rules)

        form = QFormLayout()
        self.current: QLineEdit | None = None
        # Says when the current passphrase was not right, directly under it.
        self.current_problem = message_label(self)
        self.current_problem.setAccessibleName(self.tr("Problem with the current passphrase"))
        if ask_current:
            self.current = self._line_edit(
                self.tr("Current passphrase"), self.tr("The passphrase you unlock the app with now")
            )
            box = QWidget(self)
            under = QVBoxLayout(box)
            under.setContentsMargins(0, 0, 0, 0)
            under.setSpacing(2)
            under.addWidget(self.current)
            under.addWidget(self.current_problem)
            form.addRow(self._label(self.tr("C&urrent passphrase:"), self.current), box)
        self.passphrase = self._line_edit(
            self.tr("New passphrase"),
            self.tr("The new passphrase: the rules above say what it needs"),
        )
        self.confirm = self._line_edit(
            self.tr("Type the new passphrase again")
            if ask_current
            else self.tr("Type the passphrase again"),
            self.tr("The same passphrase again, to be sure it was typed as meant"),
        )
        label = new_label or self.tr("&Passphrase:")
        form.addRow(self._label(label, self.passphrase), self.passphrase)
        form.addRow(self._label(self.tr("&Type it again:"), self.confirm), self.confirm)
        self.show_text = QCheckBox(self.tr("&Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.show_text.setAccessibleDescription(
            self.tr("Show the passphrases as plain text instead of dots")
        )
        form.addRow("", self.show_text)
        layout.addLayout(form)

        self.strength = QLabel(self)
        self.strength.setFont(scaled_font(self.strength.font(), 1.0, bold=True))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        layout.addWidget(self.strength)
        self.problems = message_label(self)
        self.problems.setAccessibleName(self.tr("What to change"))
        layout.addWidget(self.problems)

        for field in self.inputs():
            field.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show_text)
        if self.current is not None:
            self.current.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.setFocusProxy(self.current or self.passphrase)
        self._update()

    def _line_edit(self, accessible_name: str, description: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible_name)
        field.setAccessibleDescription(description)
        return field

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def inputs(self) -> list[QLineEdit]:
        """The text fields, top to bottom."""
        fields = [self.passphrase, self.confirm]
        return [self.current, *fields] if self.current is not None else fields

    def connect_changed(self, slot: Callable[[], None]) -> None:
        """Call `slot` whenever any field's text changes.

        Qt's own textChanged, not a Python Signal: in PySide6 6.12.0 every emit() of a
        Python-defined Signal drops a reference to True, which on Python 3.11 ends in a
        fatal "deallocating True" after enough keystrokes.
        """
        for field in self.inputs():
            field.textChanged.connect(lambda _text: slot())

    def new_passphrase(self) -> str:
        return self.passphrase.text()

    def current_passphrase(self) -> str:
        return self.current.text() if self.current is not None else ""

    def ready(self) -> bool:
        """The new passphrase is allowed, typed twice alike, and differs from the current."""
        text = self.passphrase.text()
        # Cheap checks first: judging strength loads zxcvbn's word lists.
        if not text or text != self.confirm.text() or not assess(text).acceptable:
            return False
        if self.current is None:
            return True
        return bool(self.current.text()) and self.current.text() != text

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (*self.inputs(), self.show_text):
            widget.setEnabled(enabled)

    def clear(self) -> None:
        """Forget everything typed."""
        for field in self.inputs():
            field.clear()
        show_message(self.current_problem, "")

    def _show_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in self.inputs():
            field.setEchoMode(mode)

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
                .replace("%1", passphrase_text(result.strength_label))
                .replace("%2", verdict)
            )
            lines = [passphrase_text(problem) for problem in result.problems]
            if result.acceptable:
                if self.current is not None and self.current.text() == text:
                    lines.append(self.tr("The new passphrase is the same as the current one."))
                if self.confirm.text() and self.confirm.text() != text:
                    lines.append(self.tr("The two passphrases are not the same."))
            show_message(self.problems, "\n".join(f"• {line}" for line in lines))
