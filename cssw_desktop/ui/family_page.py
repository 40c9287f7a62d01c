"""One family: details, children with their ages today, and the 13+ own-consent flag."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.domain.family import Family
from cssw_desktop.ui.children_model import ChildrenTableModel
from cssw_desktop.ui.families_model import format_changed
from cssw_desktop.ui.layout import FAMILY_TEXT_SCALE, heading, paragraph, scaled_font


class FamilyPage(QWidget):
    """Read-only view of a family with Edit and Back."""

    edit_requested = Signal(uuid.UUID)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family_id: uuid.UUID | None = None
        self.children_model = ChildrenTableModel(self)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title = heading("", self)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("&Edit family…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit family"))
        self.back_button = QPushButton(self.tr("&Back to families"), self)
        self.back_button.setAccessibleName(self.tr("Back to families"))
        self.back_button.setToolTip(self.tr("Back to the families list (Esc)"))
        top.addWidget(self.edit_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)

        details = QFormLayout()
        self.address = self._value_label(self.tr("Address"))
        self.case_reference = self._value_label(self.tr("Case reference"))
        self.worker = self._value_label(self.tr("Allocated worker"))
        self.changed = self._value_label(self.tr("Last changed"))
        details.addRow(self.tr("Address:"), self.address)
        details.addRow(self.tr("Case reference:"), self.case_reference)
        details.addRow(self.tr("Allocated worker:"), self.worker)
        details.addRow(self.tr("Last changed:"), self.changed)
        layout.addLayout(details)

        layout.addWidget(heading(self.tr("Children"), self, scale=1.25))
        self.own_consent_note = paragraph("", self)
        layout.addWidget(self.own_consent_note)
        self.children_table = QTableView(self)
        self.children_table.setModel(self.children_model)
        self.children_table.setAccessibleName(self.tr("Children"))
        self.children_table.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        self.children_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.children_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.children_table.setTabKeyNavigation(False)
        self.children_table.verticalHeader().setVisible(False)
        header = self.children_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.children_table, 1)

        self.edit_button.clicked.connect(self._edit)
        self.back_button.clicked.connect(self.back_requested)
        self.setFocusProxy(self.edit_button)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
        label.setAccessibleName(name)
        return label

    def _edit(self) -> None:
        if self.family_id is not None:
            self.edit_requested.emit(self.family_id)

    def show_family(self, family: Family, today: date) -> None:
        """Fill the page with a family's details, ages worked out for `today`."""
        self.family_id = family.id
        self.title.setText(self.tr("%s family") % family.family_name)
        self.title.setAccessibleName(self.title.text())
        none = self.tr("Not recorded")
        self.address.setText(family.address or none)
        self.case_reference.setText(family.case_reference or none)
        self.worker.setText(family.allocated_worker or none)
        self.changed.setText(format_changed(family.updated_at) or none)
        self.children_model.set_children(family.children, today)
        older = [c.name for c in family.children if c.needs_own_consent(today)]
        if not family.children:
            note = self.tr("No children recorded yet. Use Edit family to add them.")
        elif older:
            note = self.tr(
                "Marked “13+ — own consent needed”: %s. Ask them for their own consent "
                "as well as the parent's."
            ) % ", ".join(older)
        else:
            note = self.tr("All the children are under 13.")
        self.own_consent_note.setText(note)

    def clear(self) -> None:
        """Remove every detail from the page (on lock)."""
        self.family_id = None
        for label in (self.title, self.address, self.case_reference, self.worker, self.changed):
            label.setText("")
        self.title.setAccessibleName("")
        self.own_consent_note.setText("")
        self.children_model.clear()
