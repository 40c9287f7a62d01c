"""One family: details, children with their ages today and the 13+ own-consent flag, the
family's consent now and the history of their consent records.

A view: the window gives it a family, a FamilyConsent loader gives it the consent
overview read on the store thread; what the worker asks for goes out as signals.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import NotSought, OwnAnswers
from cssw_core.domain.family import Family
from cssw_desktop.storage.consent_overview import ConsentOverview
from cssw_desktop.ui.families.consent_state_view import ConsentStateView, fit_rows
from cssw_desktop.ui.models.children import ChildrenTableModel
from cssw_desktop.ui.models.consent_history import ConsentHistoryModel
from cssw_desktop.ui.models.families import format_changed
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, em, heading, paragraph, scaled_font


def _read_only_table(table: QTableView, name: str) -> None:
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


SIDE_BY_SIDE_EM = 84  # narrower than this many letter Ms, consent now goes under the family


class FamilyPage(QWidget):
    """Read-only view of a family with Edit and Back, consent now and its history."""

    edit_requested = Signal(uuid.UUID)
    back_requested = Signal()
    consent_wanted = Signal(object)  # family id: read its consent overview, then show_consent
    start_visit_requested = Signal(object)  # family id, no consent recorded yet
    renew_requested = Signal(object)  # family id: a visit pre-filled from the current state
    withdraw_requested = Signal(object)  # family id
    view_requested = Signal(object, int)  # a sealed record's id and version: show its pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family_id: uuid.UUID | None = None
        self.overview: ConsentOverview | None = None
        self.children_model = ChildrenTableModel(self)
        self.history_model = ConsentHistoryModel(self)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title = heading("", self)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("&Edit family…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit family"))
        self.edit_button.setAccessibleDescription(
            self.tr("Change the family's details and children (Ctrl+E)")
        )
        self.back_button = QPushButton(self.tr("&Back to families"), self)
        self.back_button.setAccessibleName(self.tr("Back to families"))
        self.back_button.setToolTip(self.tr("Back to the families list (Esc)"))
        top.addWidget(self.edit_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)

        # The page scrolls as a whole when the screen is small or the text large: the
        # family and children beside consent now, the history under both.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        body = QWidget(scroll)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        self._columns = columns  # side by side, or one under the other in large text
        rows.addLayout(columns)
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(em(self, 1.5))
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        details = QFormLayout()
        self.address = self._value_label(self.tr("Address"))
        self.case_reference = self._value_label(self.tr("Case reference"))
        self.worker = self._value_label(self.tr("Allocated worker"))
        self.changed = self._value_label(self.tr("Last changed"))
        details.addRow(self.tr("Address:"), self.address)
        details.addRow(self.tr("Case reference:"), self.case_reference)
        details.addRow(self.tr("Allocated worker:"), self.worker)
        details.addRow(self.tr("Last changed:"), self.changed)
        left.addLayout(details)

        left.addWidget(heading(self.tr("Children"), body, scale=1.25))
        self.own_consent_note = paragraph("", body)
        left.addWidget(self.own_consent_note)
        self.children_table = QTableView(body)
        self.children_table.setModel(self.children_model)
        _read_only_table(self.children_table, self.tr("Children"))
        self.children_table.setAccessibleDescription(
            self.tr("Each child's name, date of birth, age, and whether they consent themselves")
        )
        self.children_table.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        left.addWidget(self.children_table)
        left.addStretch(1)

        self.consent = ConsentStateView(body)
        columns.addWidget(self.consent, 1)

        rows.addWidget(heading(self.tr("History"), body, scale=1.25))
        history_top = QHBoxLayout()
        self.history_note = paragraph("", body)
        history_top.addWidget(self.history_note, 1)
        self.view_button = QPushButton(self.tr("View the recor&d…"), body)  # Alt+V: View menu
        self.view_button.setAccessibleName(self.tr("View the selected record"))
        self.view_button.setToolTip(
            self.tr("Show the selected form or withdrawal as it prints (or double-click it)")
        )
        self.view_button.setVisible(False)
        history_top.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignBottom)
        rows.addLayout(history_top)
        self.history_table = QTableView(body)
        self.history_table.setModel(self.history_model)
        _read_only_table(self.history_table, self.tr("Consent history"))
        self.history_table.setAccessibleDescription(
            self.tr("Every signed form and withdrawal, newest first. Enter shows the one chosen.")
        )
        self.history_table.setWordWrap(True)
        self.history_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_header = self.history_table.horizontalHeader()
        history_header.setStretchLastSection(False)
        for column in (ConsentHistoryModel.WHAT, ConsentHistoryModel.WHO):
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        history_header.sectionResized.connect(self.history_table.resizeRowsToContents)
        self.history_table.setMinimumHeight(em(self, 8))
        rows.addWidget(self.history_table, 1)
        rows.addStretch(0)  # takes the room instead of the table while there is no history
        self._rows = rows

        self.edit_button.clicked.connect(self._edit)
        self.back_button.clicked.connect(self.back_requested)
        self.consent.start_visit_requested.connect(lambda: self._emit(self.start_visit_requested))
        self.consent.renew_requested.connect(lambda: self._emit(self.renew_requested))
        self.consent.withdraw_requested.connect(lambda: self._emit(self.withdraw_requested))
        self.view_button.clicked.connect(self._view)
        self.history_table.activated.connect(lambda _index: self._view())  # Enter, double-click
        self.setFocusProxy(self.edit_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange_columns()

    def _arrange_columns(self) -> None:
        """Consent now beside the family, or under it when the text is too large for both
        (the tables would be cut short side by side)."""
        wide = self.width() >= em(self, SIDE_BY_SIDE_EM)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
        label.setAccessibleName(name)
        return label

    def _edit(self) -> None:
        if self.family_id is not None:
            self.edit_requested.emit(self.family_id)

    def _view(self) -> None:
        """The history's selected record (the newest if none is selected), as it prints."""
        current = self.history_table.currentIndex()
        entry = self.history_model.entry(current.row() if current.isValid() else 0)
        if entry is not None:
            self.view_requested.emit(entry.record_id, entry.version)

    def _emit(self, signal: SignalInstance) -> None:
        if self.family_id is not None:
            signal.emit(self.family_id)

    def show_family(self, family: Family, today: date) -> None:
        """Fill the page with a family's details, ages worked out for `today`; ask for the
        family's consent (consent_wanted) unless it is already shown."""
        same_family = family.id == self.family_id
        self.family_id = family.id
        self.title.setText(self.tr("%s family") % family.family_name)
        self.title.setAccessibleName(self.title.text())
        none = self.tr("Not recorded")
        self.address.setText(family.address or none)
        self.case_reference.setText(family.case_reference or none)
        self.worker.setText(family.allocated_worker or none)
        self.changed.setText(format_changed(family.updated_at) or none)
        self.children_model.set_children(family.children, today)
        fit_rows(self.children_table)
        older = [c.name for c in family.children if c.needs_own_consent(today)]
        if not family.children:
            note = self.tr("No children recorded yet. Use Edit family to add them.")
        elif older:
            note = self.tr(
                "13 or over: %s. At each visit, ask them for their own consent as well "
                "as the parent's."
            ) % ", ".join(older)
        else:
            note = self.tr("All the children are under 13.")
        self.own_consent_note.setText(note)
        if not same_family or self.overview is None:
            self.overview = None
            self.history_model.clear()
            self.history_note.setText("")
            self.view_button.setVisible(False)
            self.consent.show_loading()
        self.consent_wanted.emit(family.id)

    def _own_consent_words(self, overview: ConsentOverview) -> dict[object, str]:
        """Each young person's own consent on the latest form, for the children table."""
        words: dict[object, str] = {}
        for own in overview.young_people:
            if isinstance(own.consent, OwnAnswers):
                words[own.child.id] = self.tr("13+ — own answers given")
            elif isinstance(own.consent, NotSought):
                words[own.child.id] = self.tr("13+ — not asked (reason recorded)")
            elif own.consent is not None:
                words[own.child.id] = self.tr("13+ — own answer given")
        return words

    def show_consent(self, overview: ConsentOverview, today: date) -> None:
        """Show a family's consent now and its history (ignored if another family is shown)."""
        if overview.family_id != self.family_id:
            return
        self.overview = overview
        self.consent.show_overview(overview, today)
        self.children_model.set_own_consent(self._own_consent_words(overview))
        self.history_model.set_entries(overview.history)
        self.history_note.setText(
            self.tr("Every signed consent form and withdrawal, newest first.")
            if overview.history
            else self.tr("No signed consent forms or withdrawals yet.")
        )
        self.history_table.setVisible(bool(overview.history))
        self.view_button.setVisible(bool(overview.history))
        if overview.history:  # the newest is the one View shows until another is chosen
            self.history_table.setCurrentIndex(self.history_model.index(0, 0))
        self._rows.setStretch(self._rows.count() - 1, 0 if overview.history else 1)
        self.history_table.resizeRowsToContents()

    def show_consent_problem(self, family_id: uuid.UUID, text: str) -> None:
        """The consent records could not be read: say so where they would be."""
        if family_id == self.family_id:
            self.consent.clear()
            self.consent.based_on.setText(text)

    def clear(self) -> None:
        """Remove every detail from the page (on lock)."""
        self.family_id = None
        self.overview = None
        for label in (self.title, self.address, self.case_reference, self.worker, self.changed):
            label.setText("")
        self.title.setAccessibleName("")
        self.own_consent_note.setText("")
        self.history_note.setText("")
        self.view_button.setVisible(False)
        self.children_model.clear()
        self.history_model.clear()
        self.consent.clear()
