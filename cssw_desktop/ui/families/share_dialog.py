"""Record a share: CSSW gave information about the family to another party, offline.

The worker says with whom, which children, what and how, when, and on what basis: with
the family's consent (checked against the consent at that moment when it is sealed), or
without it for one of the leaflet's reasons, with who decided and the manager who
authorised it; and whether the family was told, or why not and when to look again.
"Record share" emits record_requested(ShareRequest); the caller seals it on the store
thread and either closes the dialog or shows its problems here.

Everything but the buttons scrolls, so the dialog fits 1366x768 at 200 % text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.family import Family
from cssw_core.domain.share import (
    Authorisation,
    Basis,
    FamilyTold,
    Information,
    NotSoughtReason,
    Party,
    Share,
    SharedHow,
    WithoutConsentReason,
)
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message

DISPLAY_FORMAT = "dd/MM/yyyy"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Share", text)


@dataclass(frozen=True, slots=True)
class ShareRequest:
    family: Family
    share: Share


def moment_of(day: date, now: datetime) -> datetime:
    """A day as a time: now for today, otherwise the end of that day, never after now."""
    if day == now.astimezone().date():
        return now
    return min(now, datetime.combine(day, time(23, 59, 59)).astimezone())


class ShareDialog(QDialog):
    record_requested = Signal(object)  # ShareRequest

    def __init__(
        self,
        family: Family,
        today: date,
        now: Callable[[], datetime],
        worker: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.family = family
        self.today = today
        self._now = now
        self.setWindowTitle(self.tr("Record a share — %s family") % family.family_name)
        outer = QVBoxLayout(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroller)
        self.body = body
        layout = QVBoxLayout(body)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        layout.addWidget(heading(self.tr("Record information shared"), body, scale=1.3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Record each time CSSW shares information about this family: with whom, "
                    "what, how, when and why. A share with consent is checked against what "
                    "the family agreed at that time."
                ),
                body,
            )
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.party = QComboBox(body)
        for party in Party:
            self.party.addItem(_tr(party.label), party)
        self.party.setAccessibleName(self.tr("Shared with"))
        form.addRow(self.tr("Shared &with:"), self.party)
        self.party_name = QLineEdit(body)
        self.party_name.setAccessibleName(self.tr("Their name"))
        self.party_name.setPlaceholderText(self.tr("e.g. the school's or GP's name"))
        form.addRow(self.tr("Their &name:"), self.party_name)
        self.how = QComboBox(body)
        for how in SharedHow:
            self.how.addItem(_tr(how.label), how)
        self.how.setCurrentIndex(list(SharedHow).index(SharedHow.SECURE_EMAIL))
        self.how.setAccessibleName(self.tr("How it was shared"))
        form.addRow(self.tr("&How:"), self.how)
        self.day = self._date_edit(body, self.tr("Date shared"))
        form.addRow(self.tr("&Date shared:"), self.day)

        children = QGroupBox(self.tr("Which children it was about"), body)
        child_layout = QVBoxLayout(children)
        self.child_boxes = []
        for child in family.children:
            box = QCheckBox(child.name, children)
            box.setChecked(True)
            self.child_boxes.append((child, box))
            child_layout.addWidget(box)
        layout.addWidget(children)

        what = QGroupBox(self.tr("What was shared"), body)
        what_layout = QVBoxLayout(what)
        self.information = {}
        for kind in Information:
            box = QCheckBox(_tr(kind.label), what)
            self.information[kind] = box
            what_layout.addWidget(box)
        self.details = QPlainTextEdit(what)
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Details, if needed"))
        self.details.setAccessibleName(self.tr("Details of what was shared"))
        self.details.setFixedHeight(max(em(self, 4), self.details.minimumSizeHint().height()))
        what_layout.addWidget(self.details)
        layout.addWidget(what)

        basis = QGroupBox(self.tr("Why it was shared"), body)
        basis_layout = QVBoxLayout(basis)
        self.with_consent = QRadioButton(self.tr("With the family's consent"), basis)
        self.without_consent = QRadioButton(self.tr("Without consent"), basis)
        self.basis_group = QButtonGroup(self)
        for button in (self.with_consent, self.without_consent):
            self.basis_group.addButton(button)
            basis_layout.addWidget(button)
        self.with_consent.setChecked(True)
        self.without_box = QWidget(basis)
        without = QFormLayout(self.without_box)
        without.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.reason = QComboBox(self.without_box)
        for reason in WithoutConsentReason:
            self.reason.addItem(_tr(reason.label), reason)
        self.reason.setAccessibleName(self.tr("Reason"))
        without.addRow(self.tr("Reason:"), self.reason)
        self.law = QLineEdit(self.without_box)
        self.law.setAccessibleName(self.tr("The law or court order"))
        without.addRow(self.tr("Law or order:"), self.law)
        self.not_sought = QComboBox(self.without_box)
        self.not_sought.addItem(self.tr("The family was asked and did not agree"), None)
        for why in NotSoughtReason:
            self.not_sought.addItem(_tr(why.label), why)
        self.not_sought.setAccessibleName(self.tr("Was the family asked"))
        without.addRow(self.tr("Was the family asked?"), self.not_sought)
        self.manager = QLineEdit(self.without_box)
        self.manager.setAccessibleName(self.tr("Manager who authorised it"))
        without.addRow(self.tr("Authorised by (manager):"), self.manager)
        self.manager_role = QLineEdit(self.without_box)
        self.manager_role.setAccessibleName(self.tr("Manager's role"))
        without.addRow(self.tr("Their role:"), self.manager_role)
        self.authorised_day = self._date_edit(self.without_box, self.tr("Date authorised"))
        without.addRow(self.tr("Date authorised:"), self.authorised_day)
        basis_layout.addWidget(self.without_box)
        decided = QFormLayout()
        decided.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.decided_by = QLineEdit(worker, basis)
        self.decided_by.setAccessibleName(self.tr("Who decided to share"))
        decided.addRow(self.tr("Decided by:"), self.decided_by)
        basis_layout.addLayout(decided)
        layout.addWidget(basis)

        told = QGroupBox(self.tr("Telling the family"), body)
        told_layout = QVBoxLayout(told)
        self.told_yes = QRadioButton(self.tr("The family has been told"), told)
        self.told_no = QRadioButton(self.tr("The family has not been told"), told)
        self.told_group = QButtonGroup(self)
        for button in (self.told_yes, self.told_no):
            self.told_group.addButton(button)
            told_layout.addWidget(button)
        self.told_yes.setChecked(True)
        told_form = QFormLayout()
        told_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.told_day = self._date_edit(told, self.tr("Date told"))
        told_form.addRow(self.tr("Date told:"), self.told_day)
        self.told_how = QComboBox(told)
        for how in SharedHow:
            self.told_how.addItem(_tr(how.label), how)
        self.told_how.setAccessibleName(self.tr("How the family was told"))
        told_form.addRow(self.tr("How told:"), self.told_how)
        self.why_not = QLineEdit(told)
        self.why_not.setAccessibleName(self.tr("Why the family was not told"))
        told_form.addRow(self.tr("Why not:"), self.why_not)
        self.reconsider = self._date_edit(told, self.tr("Date to reconsider"))
        self.reconsider.setDate(QDate(today.year, today.month, today.day).addDays(28))
        told_form.addRow(self.tr("Reconsider by:"), self.reconsider)
        told_layout.addLayout(told_form)
        layout.addWidget(told)

        recorded = QFormLayout()
        self.worker = QLineEdit(worker, body)
        self.worker.setAccessibleName(self.tr("Recorded by"))
        recorded.addRow(self.tr("Recorded &by:"), self.worker)
        layout.addLayout(recorded)
        layout.addStretch(1)

        self.message = message_label(self)
        self.message.setAccessibleName(self.tr("Problems"))
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.record_button = QPushButton(self.tr("&Record share"), self)
        self.record_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.basis_group.buttonToggled.connect(self._update)
        self.told_group.buttonToggled.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self.record_button.clicked.connect(self._record)
        self.cancel_button.clicked.connect(self.reject)
        self._update()
        self.body.setMinimumWidth(0)
        self.fit_to(self.room())
        self.party.setFocus()

    def _date_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DISPLAY_FORMAT)
        edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        edit.setAccessibleName(name)
        return edit

    def _update(self, *_args: object) -> None:
        without = self.without_consent.isChecked()
        self.without_box.setVisible(without)
        self.law.setEnabled(self.reason.currentData() == WithoutConsentReason.LAW.value)
        told = self.told_yes.isChecked()
        widgets: tuple[QWidget, ...] = (self.told_day, self.told_how)
        for widget in widgets:
            widget.setEnabled(told)
        widgets = (self.why_not, self.reconsider)
        for widget in widgets:
            widget.setEnabled(not told)

    def room(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def fit_to(self, room: QRect) -> None:
        """As big as the content wants, never bigger than `room`: the rest scrolls."""
        frame = em(self, 2)
        bar = self.scroller.verticalScrollBar().sizeHint().width() + em(self, 2)
        hint = self.body.sizeHint()
        least = self.body.minimumSizeHint().width() + bar
        width = min(max(hint.width() + bar, em(self, 44), least), room.width() - frame)
        height = min(hint.height() + em(self, 6), room.height() - 2 * frame)
        self.resize(width, height)

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        q = edit.date()
        return date(q.year(), q.month(), q.day())

    def share(self) -> Share:
        """The share as the form says now (it may still have problems)."""
        now = self._now()
        without = self.without_consent.isChecked()
        told = self.told_yes.isChecked()
        reason = WithoutConsentReason(self.reason.currentData()) if without else None
        why = self.not_sought.currentData() if without else None
        not_sought = None if why is None else NotSoughtReason(why)
        return Share(
            family_id=self.family.id,
            party=Party(self.party.currentData()),
            party_name=self.party_name.text().strip(),
            children=tuple((c.id, c.name) for c, box in self.child_boxes if box.isChecked()),
            information=frozenset(k for k, box in self.information.items() if box.isChecked()),
            details=self.details.toPlainText().strip(),
            how=SharedHow(self.how.currentData()),
            shared_at=moment_of(self._day(self.day), now),
            basis=Basis.WITHOUT_CONSENT if without else Basis.WITH_CONSENT,
            reason=reason,
            law=self.law.text().strip() if reason is WithoutConsentReason.LAW else "",
            consent_sought=not_sought is None,
            not_sought_reason=not_sought,
            decided_by=self.decided_by.text().strip(),
            authorised_by=Authorisation(
                self.manager.text().strip(),
                self.manager_role.text().strip(),
                moment_of(self._day(self.authorised_day), now),
            )
            if without
            else None,
            family_told=FamilyTold(
                told=True,
                at=moment_of(self._day(self.told_day), now),
                how=SharedHow(self.told_how.currentData()),
            )
            if told
            else FamilyTold(
                told=False,
                why_not=self.why_not.text().strip(),
                reconsider_on=self._day(self.reconsider),
            ),
            worker=self.worker.text().strip(),
        )

    def problems(self) -> list[str]:
        share = self.share()
        problems = [_tr(p) for p in share.problems()]
        if self._day(self.day) > self.today:
            problems.append(self.tr("The date shared cannot be in the future."))
        return problems

    def _record(self) -> None:
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            return
        self.record_requested.emit(ShareRequest(self.family, self.share()))

    def show_problems(self, problems: list[str]) -> None:
        show_message(self.message, "\n".join(problems))

    def set_busy(self, busy: bool) -> None:
        self.record_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
