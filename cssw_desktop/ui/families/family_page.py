"""One family: details, children with their ages today and the 13+ own-consent flag, the
family's consent now and the history of their consent records.

A view: the window gives it a family, a FamilyConsent loader gives it the consent
overview read on the store thread; what the worker asks for goes out as signals.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
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

from cssw_core.domain.family import Child, Family
from cssw_core.domain.share import Basis
from cssw_desktop.storage.consent_overview import ConsentOverview
from cssw_desktop.ui.families.consent_state_view import ConsentStateView, fit_rows
from cssw_desktop.ui.families.page_jumps import PageJumps
from cssw_desktop.ui.families.sharing_register import SharingRegister
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
OWN_CONSENT_EM = 16  # the children's own-consent column may wrap down to this many Ms


class FamilyPage(QWidget):
    """Read-only view of a family with Edit and Back, consent now and its history."""

    edit_requested = Signal(uuid.UUID)
    back_requested = Signal()
    consent_wanted = Signal(object)  # family id: read its consent overview, then show_consent
    start_visit_requested = Signal(object)  # family id, no consent recorded yet
    renew_requested = Signal(object)  # family id: a visit pre-filled from the current state
    withdraw_requested = Signal(object)  # family id
    share_requested = Signal(object)  # family id: record a share offline
    view_requested = Signal(object, int)  # a sealed record's id and version: show its pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family_id: uuid.UUID | None = None
        self.overview: ConsentOverview | None = None
        self._children: tuple[Child, ...] = ()
        self._today = date.min
        self.children_model = ChildrenTableModel(self)
        self.history_model = ConsentHistoryModel(self)
        self._built = False  # the columns are arranged once everything is made
        layout = QVBoxLayout(self)
        self._page_layout = layout

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
        self.jumps = PageJumps(self)
        layout.addWidget(self.jumps)

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
        self._scroll = scroll

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
        # Rows as tall as their words at the width the table has now (it changes when
        # consent now moves under the family or beside it).
        self.children_table.installEventFilter(self)
        left.addWidget(self.children_table)
        left.addStretch(1)

        self.consent = ConsentStateView(body)
        columns.addWidget(self.consent, 1)

        self.history_heading = heading(self.tr("History"), body, scale=1.25)
        rows.addWidget(self.history_heading)
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
        self.register = SharingRegister(body)
        rows.addWidget(self.register)
        rows.addStretch(0)  # takes the room instead of the table while there is no history
        self._rows = rows

        self.edit_button.clicked.connect(self._edit)
        self.back_button.clicked.connect(self.back_requested)
        self.consent.start_visit_requested.connect(lambda: self._emit(self.start_visit_requested))
        self.consent.renew_requested.connect(lambda: self._emit(self.renew_requested))
        self.consent.withdraw_requested.connect(lambda: self._emit(self.withdraw_requested))
        self.register.record_button.clicked.connect(lambda: self._emit(self.share_requested))
        self.view_button.clicked.connect(self._view)
        self.jumps.consent_wanted.connect(lambda: self._go_to(self.consent, self.consent))
        self.jumps.history_wanted.connect(
            lambda: self._go_to(self.history_heading, self.history_table)
        )
        self.jumps.register_wanted.connect(
            lambda: self._go_to(self.register, self.register.record_button)
        )
        self.history_table.activated.connect(lambda _index: self._view())  # Enter, double-click
        self.setFocusProxy(self.edit_button)
        self._built = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.children_table and event.type() == QEvent.Type.Resize:
            size = event.size() if isinstance(event, QResizeEvent) else None
            old = event.oldSize() if isinstance(event, QResizeEvent) else None
            if size is None or old is None or size.width() != old.width():
                # Once the header has stretched its last column to the new width.
                QTimer.singleShot(0, self, lambda: fit_rows(self.children_table))
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange_columns()

    def _children_width(self) -> int:
        """How wide the children table must be to show every column, the own-consent
        column wrapped to a few words a line if need be."""
        table, header = self.children_table, self.children_table.horizontalHeader()
        widths = [
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(self.children_model.columnCount())
        ]
        own = ChildrenTableModel.OWN_CONSENT
        widths[own] = min(widths[own], max(header.sectionSizeHint(own), em(table, OWN_CONSENT_EM)))
        return sum(widths) + 2 * table.frameWidth()

    def _arrange_columns(self) -> None:
        """Consent now beside the family, or under it when the text is too large for both
        (the tables would be cut short side by side)."""
        if not self._built:
            return
        margins = self._page_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - em(self, 2)  # a scroll bar
        consent = max(self.consent.minimumSizeHint().width(), self.consent.minimumWidth())
        half = (room - em(self, 1.5)) // 2  # side by side, each gets half
        wide = (
            self.width() >= em(self, SIDE_BY_SIDE_EM)
            and half >= self._children_width()
            and half >= consent
        )
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
        label.setAccessibleDescription(name)  # its name is what it shows: the value
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
        self._children, self._today = family.children, today
        self.children_model.set_children(family.children, today)
        if same_family and self.overview is not None:
            self._show_own_consent(self.overview)
        else:
            self._show_own_consent(None)
        if not same_family or self.overview is None:
            self.overview = None
            self.history_model.clear()
            self.history_note.setText("")
            self.view_button.setVisible(False)
            self.consent.show_loading()
        self.consent_wanted.emit(family.id)

    def show_consent(self, overview: ConsentOverview, today: date) -> None:
        """Show a family's consent now and its history (ignored if another family is shown)."""
        if overview.family_id != self.family_id:
            return
        self.overview = overview
        self._show_own_consent(overview)
        self.consent.show_overview(overview, today, self._children)
        self.history_model.set_entries(overview.history, overview.corrected)
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
        self.register.show_entries(overview.shares)
        self.jumps.show_counts(
            len(overview.history),
            len(overview.shares),
            sum(e.share.basis is Basis.WITHOUT_CONSENT for e in overview.shares),
        )
        self._arrange_columns()  # consent now's table may need more room than before
        fit_rows(self.children_table)

    def _show_own_consent(self, overview: ConsentOverview | None) -> None:
        """The children's own-consent column and the note above it: who still needs to be
        asked, as the latest consent form says (until it is read: everyone 13 or over)."""
        own = {}
        if overview is not None:
            own = {c.id: o for c in self._children if (o := overview.own_consent(c.id))}
        self.children_model.set_own_consent(own)
        fit_rows(self.children_table)
        older = [c for c in self._children if c.needs_own_consent(self._today)]
        waiting = [c.name for c in older if c.id not in own]
        if not self._children:
            note = self.tr("No children recorded yet. Use Edit family to add them.")
        elif waiting:
            note = self.tr(
                "Marked “13+ — own consent needed”: %s. Ask them for their own consent "
                "as well as the parent's."
            ) % ", ".join(waiting)
        elif older:
            note = self.tr(
                "The latest consent form has the own answer of each young person aged 13 "
                "or over, or why they were not asked."
            )
        else:
            note = self.tr("All the children are under 13.")
        self.own_consent_note.setText(note)
        self._arrange_columns()

    def _go_to(self, target: QWidget, focus: QWidget) -> None:
        """Scroll a part of the page into view (its top first) and move the keyboard there."""
        bar, body = self._scroll.verticalScrollBar(), self._scroll.widget()
        if body is None:
            return
        top = target.mapTo(body, target.rect().topLeft()).y()
        bar.setValue(min(bar.maximum(), max(0, top - em(self, 0.5))))
        if focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self._children, self._today = (), date.min
        self.children_model.clear()
        self.history_model.clear()
        self.register.show_entries(())
        self.jumps.show_counts(0, 0, 0)
        self.consent.clear()
