"""One child in the family editor: name, gender, date of birth, Remove, and its messages."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cssw_core.domain.family import Child, new_id
from cssw_desktop.ui.widgets.date_edit import DateOfBirthEdit
from cssw_desktop.ui.widgets.layout import em, message_label, show_message


class ChildRow(QGroupBox):
    """The inputs for one child, with a message under each field when it needs fixing."""

    remove_requested = Signal(object)  # the ChildRow
    changed = Signal()

    def __init__(self, today: date, child: Child | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child_id: uuid.UUID = child.id if child is not None else new_id()
        grid = QGridLayout(self)
        self.name = QLineEdit(self)
        self.gender = QComboBox(self)
        self.gender.setEditable(True)
        self.gender.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.gender.addItems(
            ["", self.tr("Female"), self.tr("Male"), self.tr("Non-binary"), self.tr("Not known")]
        )
        self.gender.setMinimumContentsLength(10)
        self.date_of_birth = DateOfBirthEdit(today, self)
        self.date_of_birth.setMinimumWidth(em(self, 9))
        self.remove_button = QPushButton(self.tr("Remove child"), self)

        labels = (self.tr("Name"), self.tr("Gender (optional)"), self.tr("Date of birth"))
        for column, (text, field) in enumerate(
            zip(labels, (self.name, self.gender, self.date_of_birth), strict=True)
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.addWidget(self.remove_button, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.messages = {
            "name": message_label(self),
            "gender": message_label(self),
            "date_of_birth": message_label(self),
        }
        grid.addWidget(self.messages["name"], 2, 0)
        grid.addWidget(self.messages["gender"], 2, 1)
        grid.addWidget(self.messages["date_of_birth"], 2, 2, 1, 2)

        if child is not None:
            self.name.setText(child.name)
            self.gender.setCurrentText(child.gender)
            self.date_of_birth.set_value(child.date_of_birth)
        else:
            self.gender.setCurrentText("")
        self.name.textChanged.connect(self.changed)
        self.gender.currentTextChanged.connect(self.changed)
        self.date_of_birth.dateChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """Title and accessible names say which child this is ("Child 2")."""
        title = self.tr("Child %d") % number
        self.setTitle(title)
        self.name.setAccessibleName(self.tr("%s name") % title)
        self.gender.setAccessibleName(self.tr("%s gender") % title)
        self.date_of_birth.setAccessibleName(self.tr("%s date of birth") % title)
        self.remove_button.setAccessibleName(self.tr("Remove %s") % title.lower())
        self.name.setAccessibleDescription(self.tr("The child's full name"))
        self.gender.setAccessibleDescription(self.tr("Choose or type a gender, or leave it empty"))
        self.remove_button.setAccessibleDescription(
            self.tr("Take this child off the family (when saved)")
        )

    def child(self, today: date) -> Child:
        """The child as typed; an empty date of birth stands in as today (flagged apart)."""
        return Child(
            name=self.name.text(),
            gender=self.gender.currentText(),
            date_of_birth=self.date_of_birth.value() or today,
            id=self.child_id,
        )

    def field(self, key: str) -> QWidget:
        return {"name": self.name, "gender": self.gender, "date_of_birth": self.date_of_birth}[key]

    def show_problem(self, key: str, message: str) -> None:
        show_message(self.messages[key], message)

    def clear_problems(self) -> None:
        for label in self.messages.values():
            show_message(label, "")

    def focus_order(self) -> list[QWidget]:
        return [self.name, self.gender, self.date_of_birth, self.remove_button]
