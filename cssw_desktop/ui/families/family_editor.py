"""Add or edit a family and its children, with a plain message next to each field to fix.

The dialog checks with the domain's family_problems before asking the window to save,
and stays open (nothing saved) until every problem is fixed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.family import Child, Family, FieldProblem, family_problems, tidy
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.families.child_row import ChildRow
from cssw_desktop.ui.widgets.layout import em, heading, message_label, show_message

FAMILY_FIELDS = ("family_name", "address", "case_reference", "allocated_worker")
CHILD_FIELDS = ("name", "gender", "date_of_birth")


class FamilyEditor(QDialog):
    """Family details and a list of children. Emits save_requested(Family) when valid."""

    save_requested = Signal(object)  # Family

    def __init__(
        self, family: Family | None, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = family
        self._today = today
        self._dirty = False
        self._closing = False
        self._confirm: QMessageBox | None = None
        adding = family is None
        self.setWindowTitle(self.tr("Add family") if adding else self.tr("Edit family"))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), self, scale=1.3))

        self.summary = message_label(self)
        self.summary.setAccessibleName(self.tr("Problems to fix"))
        layout.addWidget(self.summary)

        form = QFormLayout()
        self.inputs: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        labels = {
            "family_name": self.tr("&Family name:"),
            "address": self.tr("A&ddress (optional):"),
            "case_reference": self.tr("Case &reference (optional):"),
            "allocated_worker": self.tr("Allocated &worker (optional):"),
        }
        descriptions = {
            "family_name": self.tr("The family's surname, as the family page shows it"),
            "address": self.tr("Where the family lives"),
            "case_reference": self.tr("The case reference in the council's case records"),
            "allocated_worker": self.tr("The social worker allocated to the family"),
        }
        for key in FAMILY_FIELDS:
            field = QLineEdit(self)
            field.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            field.setAccessibleDescription(descriptions[key])
            label = QLabel(labels[key], self)
            label.setBuddy(field)
            message = message_label(self)
            form.addRow(label, _with_message(field, message))
            self.inputs[key] = field
            self.messages[key] = message
            field.textChanged.connect(self._mark_dirty)
        layout.addLayout(form)

        layout.addWidget(heading(self.tr("Children"), self, scale=1.15))
        self.children_box = QWidget(self)
        self.children_layout = QVBoxLayout(self.children_box)
        self.children_layout.setContentsMargins(0, 0, 0, 0)
        self.children_layout.addStretch(1)
        self.children_scroll = QScrollArea(self)
        self.children_scroll.setWidgetResizable(True)
        self.children_scroll.setWidget(self.children_box)
        self.children_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.children_scroll, 1)
        self.add_child_button = QPushButton(self.tr("Add c&hild"), self)
        self.add_child_button.setAccessibleName(self.tr("Add child"))
        self.add_child_button.setAccessibleDescription(
            self.tr("Add a row for another child of the family")
        )
        self.add_child_button.setAutoDefault(False)
        layout.addWidget(self.add_child_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setAccessibleDescription(self.tr("Save the family and close"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without saving the changes"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.rows: list[ChildRow] = []
        if family is not None:
            for key in FAMILY_FIELDS:
                self.inputs[key].setText(getattr(family, key))
            for child in family.children:
                self.add_child(child, focus=False)
        self._dirty = False
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.add_child_button.clicked.connect(lambda: self.add_child(None))
        self._fit_to(parent)
        self.inputs["family_name"].setFocus()

    def _fit_to(self, parent: QWidget | None) -> None:
        """Roomy, but inside the main window (which fits a 1366×768 screen)."""
        width, height = em(self, 80), em(self, 60)
        if parent is not None:
            width = min(width, round(parent.width() * 0.9))
            height = min(height, round(parent.height() * 0.95))
        self.resize(width, height)

    # --- children ------------------------------------------------------------------------

    def add_child(self, child: Child | None = None, *, focus: bool = True) -> ChildRow:
        """A new child row at the end (filled from `child` when editing)."""
        row = ChildRow(self._today(), child, self.children_box)
        row.remove_requested.connect(self.remove_child)
        row.changed.connect(self._mark_dirty)
        self.children_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        row.show()
        self._renumber()
        self._mark_dirty()
        if focus:
            row.name.setFocus()
            self.children_scroll.ensureWidgetVisible(row)
        return row

    def remove_child(self, row: ChildRow) -> None:
        position = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self._mark_dirty()
        if self.rows:
            self.rows[min(position, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_child_button.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        chain: list[QWidget] = [self.inputs[k] for k in FAMILY_FIELDS]
        for row in self.rows:
            chain += row.focus_order()
        chain += [self.add_child_button, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _mark_dirty(self) -> None:
        self._dirty = True

    # --- saving ----------------------------------------------------------------------

    def family(self) -> Family:
        """The family as typed, tidied of surrounding spaces."""
        today = self._today()
        base = self._original or Family(family_name="")
        text = {key: self.inputs[key].text() for key in FAMILY_FIELDS}
        return tidy(
            replace(
                base,
                family_name=text["family_name"],
                address=text["address"],
                case_reference=text["case_reference"],
                allocated_worker=text["allocated_worker"],
                children=tuple(row.child(today) for row in self.rows),
            )
        )

    def problems(self) -> list[FieldProblem]:
        """Everything to fix before saving, including dates of birth left empty."""
        found = family_problems(self.family(), self._today(), qt_translate)
        for index, row in enumerate(self.rows):
            if row.date_of_birth.is_empty():
                key = f"children.{index}.date_of_birth"
                found = [p for p in found if p.field != key]
                found.append(FieldProblem(key, self.tr("Please enter the child's date of birth.")))
        return found

    def submit(self) -> None:
        """Check what was typed; ask for a save only when nothing needs fixing."""
        problems = self.problems()
        self.show_problems([(p.field, p.message) for p in problems])
        if not problems:
            self.save_requested.emit(self.family())

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Show each message next to its field and put the cursor in the first one."""
        for label in self.messages.values():
            show_message(label, "")
        for row in self.rows:
            row.clear_problems()
        first: QWidget | None = None
        for field_name, message in problems:
            widget = self._show_one(field_name, message)
            first = first or widget
        if problems:
            count = len(problems)
            show_message(
                self.summary,
                self.tr("Please fix the problem below before saving.")
                if count == 1
                else self.tr("Please fix the %n problems below before saving.", "", count),
            )
        else:
            show_message(self.summary, "")
        if first is not None:
            first.setFocus()
            if isinstance(first.parentWidget(), ChildRow):
                self.children_scroll.ensureWidgetVisible(first)

    def _show_one(self, field_name: str, message: str) -> QWidget | None:
        if field_name in self.messages:
            show_message(self.messages[field_name], message)
            return self.inputs[field_name]
        parts = field_name.split(".")
        if len(parts) == 3 and parts[0] == "children" and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self.rows) and parts[2] in CHILD_FIELDS:
                self.rows[index].show_problem(parts[2], message)
                return self.rows[index].field(parts[2])
        show_message(self.summary, message)
        return None

    def show_error(self, message: str) -> None:
        """A problem that is not about one field (e.g. the store could not save)."""
        show_message(self.summary, message)

    # --- closing ---------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away changes."""
        if self._closing or not self._dirty:
            self._close_confirm()
            super().reject()
            return
        if self._confirm is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard changes?"))
        box.setText(self.tr("You have changes that are not saved. Throw them away?"))
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self._confirm = box

        def answered() -> None:
            self._confirm = None
            if box.clickedButton() is discard:
                self._closing = True
                super(FamilyEditor, self).reject()

        box.finished.connect(answered)
        box.open()

    def close_now(self) -> None:
        """Close without asking (on lock): nothing typed is kept."""
        self._closing = True
        self._close_confirm()
        for field in self.inputs.values():
            field.clear()
        super().reject()

    def _close_confirm(self) -> None:
        if self._confirm is not None:
            box, self._confirm = self._confirm, None
            box.close()


def _with_message(field: QWidget, message: QLabel) -> QWidget:
    """The field with its problem message directly underneath."""
    box = QWidget(field.parentWidget())
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    return box
