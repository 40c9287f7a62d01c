"""Withdraw consent: the adult (for the family) or a young person aged 13 or over (for
their own consent) no longer agrees to some of what they gave: agencies (share, approach),
copies of documents, research.

Only what the one withdrawing says Yes to now is offered, none ticked. The worker records
when and how the family said so, any reason they gave, confirms it, and may take the
family member's signature when told in person. "Record withdrawal" emits
record_requested(WithdrawalRequest); the caller seals it on the store thread and either
closes the dialog or shows its problems here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import DocumentKind
from cssw_core.domain.family import Family
from cssw_core.domain.own_consent import OwnConsent
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.consent_overview import ConsentOverview, Direction
from cssw_desktop.ui.families.withdraw_checks import withdrawal_problems
from cssw_desktop.ui.families.withdraw_what import WhatPanel, WhoBox, summary_text
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.visit.signature_pad import SignatureField
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message
from cssw_documents.words import communicated_label

DISPLAY_FORMAT = "dd/MM/yyyy"


@dataclass(frozen=True, slots=True)
class WithdrawalRequest:
    """What the dialog asks to seal."""

    family: Family
    withdrawal: Withdrawal
    signatures: tuple[Signature, ...]
    confirmed_at: datetime | None  # when the family member signed to confirm it, if they did


def withdrawal_moment(day: date, now: datetime) -> datetime:
    """When the family told CSSW, as a time: now when it was today; for an earlier day,
    the end of that day (only the day is known), so it falls after any form signed that
    day. Never later than now."""
    if day == now.astimezone().date():
        return now
    return min(now, datetime.combine(day, time(23, 59, 59)).astimezone())


SIGNATURE_MIN_EM = (22, 7)  # the signing box never shrinks below this many Ms wide, high
SIGNATURE_MIN_PX = (320, 120)  # nor below this at small text: room for a real signature


class WithdrawDialog(QDialog):
    """Choose who withdraws and what, say when and how, confirm; optionally they sign.

    Everything but the buttons scrolls, so the dialog fits a 1366x768 screen at any text
    size from 80 to 200 %, and the signing box keeps a usable size.
    """

    record_requested = Signal(object)  # WithdrawalRequest

    def __init__(
        self,
        family: Family,
        overview: ConsentOverview,
        today: date,
        now: Callable[[], datetime],
        worker: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.family = family
        self.overview = overview
        self.today = today
        self._now = now
        self.setWindowTitle(self.tr("Withdraw consent — %s family") % family.family_name)
        outer = QVBoxLayout(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        body = QWidget(self.scroller)
        self.body = body
        layout = QVBoxLayout(body)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)

        layout.addWidget(heading(self.tr("Withdraw consent"), body, scale=1.3))
        signed = overview.signed_on
        layout.addWidget(
            paragraph(
                self.tr(
                    "Choose who is withdrawing, then tick each consent they no longer give. "
                    "Only what they agreed to is listed. Everything else stays as agreed on "
                    "the form signed on %s."
                )
                % (format_date(signed) if signed else ""),
                body,
            )
        )

        # Who: the adult, or a young person (13+) for their own consent.
        self.who_box = WhoBox(overview, today, body)
        self.who_buttons = self.who_box.buttons
        layout.addWidget(self.who_box)

        # What: rebuilt for whoever is chosen.
        self.what_box = QGroupBox(self.tr("What they withdraw"), body)
        self.what_layout = QVBoxLayout(self.what_box)
        layout.addWidget(self.what_box)
        self.what: WhatPanel | None = None

        self.summary = paragraph("", body)
        self.summary.setAccessibleDescription(self.tr("What this withdrawal means"))
        self.summary.setFrameShape(QLabel.Shape.StyledPanel)
        self.summary.setMargin(em(self, 0.5))
        layout.addWidget(self.summary)

        # When, how, why, who recorded it.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.day = QDateEdit(body)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DISPLAY_FORMAT)
        today_q = QDate(today.year, today.month, today.day)
        # A typed future date is kept and refused with a reason rather than silently changed.
        self.day.setDateRange(QDate(2000, 1, 1), today_q.addYears(5))
        self.day.calendarWidget().setMaximumDate(today_q)
        self.day.setDate(today_q)
        self.day.setAccessibleName(self.tr("Date the family told you"))
        self.day.setToolTip(self.tr("Type the date as day/month/year, or press F4 for a calendar"))
        form.addRow(self._buddy(self.tr("&Date the family told you:"), self.day), self.day)

        how_row = QGridLayout()
        self.how_group = QButtonGroup(self)
        self.how_buttons: dict[CommunicatedBy, QRadioButton] = {}
        for n, how in enumerate(CommunicatedBy):
            button = QRadioButton(communicated_label(how), body)
            self.how_group.addButton(button)
            button.setAccessibleDescription(self.tr("How the family told you they withdraw"))
            self.how_buttons[how] = button
            how_row.addWidget(button, n // 3, n % 3)  # three a row: fits large text
        how_label = QLabel(self.tr("How they told you:"), body)
        how_label.setBuddy(self.how_buttons[CommunicatedBy.IN_PERSON])
        form.addRow(how_label, how_row)

        self.reason = QPlainTextEdit(body)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Only if the family gave one"))
        self.reason.setAccessibleName(self.tr("Reason, if given"))
        self.reason.setAccessibleDescription(
            self.tr("Why the family withdraws consent, only if they said. Tab moves on.")
        )
        form.addRow(self._buddy(self.tr("R&eason, if given:"), self.reason), self.reason)

        self.worker = QLineEdit(worker, body)
        self.worker.setAccessibleName(self.tr("Recorded by"))
        self.worker.setAccessibleDescription(self.tr("Your name, as the worker recording this"))
        form.addRow(self._buddy(self.tr("Recorded &by:"), self.worker), self.worker)

        self.signature_box = QGroupBox(self.tr("Family member's signature (optional)"), body)
        signing = QVBoxLayout(self.signature_box)
        self.signature_note = paragraph(
            self.tr("Only when the family tells you in person: they may sign to confirm this."),
            self.signature_box,
        )
        signing.addWidget(self.signature_note)
        name_row = QFormLayout()
        name_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.signer_name = QLineEdit(self.signature_box)
        self.signer_name.setAccessibleName(self.tr("Name of the person signing"))
        self.signer_name.setAccessibleDescription(
            self.tr("The family member who signs below, if they sign")
        )
        name_row.addRow(
            self._buddy(self.tr("&Name of the person signing:"), self.signer_name),
            self.signer_name,
        )
        signing.addLayout(name_row)
        self.signature = SignatureField(self.signature_box)
        self._size_signature()
        signing.addWidget(self.signature)
        layout.addWidget(self.signature_box)

        self.attested = QCheckBox(self.tr("I &confirm the family told me this"), body)
        self.attested.setAccessibleName(self.tr("I confirm the family told me this"))
        self.attested.setAccessibleDescription(
            self.tr("Needed to record the withdrawal: you confirm the family told you this")
        )
        layout.addWidget(self.attested)
        layout.addStretch(1)

        self.message = message_label(self)
        self.message.setAccessibleDescription(self.tr("Problems"))
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.record_button = QPushButton(self.tr("&Record withdrawal"), self)
        self.record_button.setDefault(True)
        self.record_button.setAccessibleDescription(
            self.tr("Record and seal the withdrawal of what is ticked")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleDescription(self.tr("Close without recording anything"))
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

        self._tried = False  # once Record was refused, problems update as they are fixed
        self.who_box.group.buttonToggled.connect(self._who_changed)
        self.how_group.buttonToggled.connect(self._update_signing)
        self.how_group.buttonToggled.connect(self._recheck)
        self.day.dateChanged.connect(self._recheck)
        self.worker.textChanged.connect(self._recheck)
        self.signer_name.textChanged.connect(self._recheck)
        self.signature.changed.connect(self._recheck)
        self.attested.toggled.connect(self._recheck)
        self.record_button.clicked.connect(self._record)
        self.cancel_button.clicked.connect(self.reject)
        self._build_what()
        self._update_signing()
        self.fit_to(self.room())
        first = next(iter(self.boxes()), None)
        (first or self.day).setFocus()

    # --- layout -------------------------------------------------------------------

    def _size_signature(self) -> None:
        """The signing box keeps room for a real signature whatever the text size, and the
        tick boxes and round buttons grow with the text (the style's stay small)."""
        width = max(SIGNATURE_MIN_PX[0], em(self, SIGNATURE_MIN_EM[0]))
        height = max(SIGNATURE_MIN_PX[1], em(self, SIGNATURE_MIN_EM[1]))
        self.signature.pad.setMinimumSize(width, height)
        # About three lines for a reason, never less than the box needs to show one.
        self.reason.setFixedHeight(max(em(self, 4), self.reason.minimumSizeHint().height()))
        side = max(13, em(self, 1))
        self.setStyleSheet(
            f"QCheckBox::indicator, QRadioButton::indicator {{ width: {side}px; "
            f"height: {side}px; }}"
        )

    def room(self) -> QRect:
        """The screen's room for windows (the dialog's own screen, or the main one)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def _chrome_width(self) -> int:
        """What the dialog needs beside its scrolled content: margins and the scroll bar."""
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        return bar + margins.left() + margins.right() + em(self, 1)

    def fit_to(self, room: QRect) -> None:
        """As big as the content wants, never bigger than `room`: the rest scrolls. Agencies
        go one list under the other when side by side would not fit across."""
        frame = em(self, 2)  # the window's title bar and edges
        across = room.width() - frame - self._chrome_width()
        if self.what is not None:
            self.what.agency_row.setDirection(QBoxLayout.Direction.LeftToRight)
            self._settle()
            if self.body.minimumSizeHint().width() > across:
                self.what.agency_row.setDirection(QBoxLayout.Direction.TopToBottom)
        self._settle()
        hint = self.body.sizeHint()
        least = self.body.minimumSizeHint().width() + self._chrome_width()
        width = max(hint.width() + self._chrome_width(), em(self, 40), self.width())
        width = min(width, room.width() - frame)
        self.setMinimumWidth(min(least, room.width() - frame))  # never cut off across
        height = min(
            max(self.sizeHint().height() + hint.height(), self.height()),
            room.height() - 2 * frame,
        )
        self.resize(width, height)

    def _settle(self) -> None:
        """Lay out the content now, innermost first, so its sizes are up to date."""
        for widget in (self.what, self.what_box, self.body):
            layout = None if widget is None else widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_signature()

    # --- who and what ---------------------------------------------------------------

    def who(self) -> uuid.UUID | None:
        """The young person withdrawing their own consent, or None for the adult."""
        return self.who_box.who()

    def young_person(self) -> OwnConsent | None:
        key = self.who()
        return None if key is None else self.overview.state.young_people.get(key)

    def _who_changed(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._build_what()
            self._update_signing()
            self._recheck()
            self.fit_to(self.room())

    def _build_what(self) -> None:
        """The check boxes for what the one chosen has given now, none ticked."""
        if self.what is not None:
            self.what.hide()
            self.what.deleteLater()
        young = self.young_person()
        self.what = WhatPanel(
            self.overview.withdrawable(self.who()), young is not None, self.what_box
        )
        self.what_layout.addWidget(self.what)
        self.what.show()  # now, not queued: its size counts when the dialog is fitted next
        self.what.changed.connect(self._update_summary)
        self.what.changed.connect(self._recheck)
        if young is not None:  # they sign for themselves
            self.signature_box.setTitle(self.tr("%s's signature (optional)") % young.child.name)
            self.signature_note.setText(
                self.tr("Only when they tell you in person: %s may sign to confirm this.")
                % young.child.name
            )
            self.signer_name.setText(young.child.name)
        else:
            self.signature_box.setTitle(self.tr("Family member's signature (optional)"))
            self.signature_note.setText(
                self.tr("Only when the family tells you in person: they may sign to confirm this.")
            )
            if self.signer_name.isReadOnly():
                self.signer_name.clear()
        self.signer_name.setReadOnly(young is not None)
        self.signature.clear()
        self._update_summary()

    def _panel(self) -> WhatPanel:
        assert self.what is not None  # built in __init__
        return self.what

    @property
    def share_boxes(self) -> dict[Agency, QCheckBox]:
        return self._panel().share_boxes

    @property
    def approach_boxes(self) -> dict[Agency, QCheckBox]:
        return self._panel().approach_boxes

    @property
    def document_boxes(self) -> dict[DocumentKind, QCheckBox]:
        return self._panel().document_boxes

    @property
    def research_box(self) -> QCheckBox | None:
        return self._panel().research_box

    def boxes(self) -> list[QCheckBox]:
        return self._panel().boxes()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    # --- what the worker chose --------------------------------------------------------

    def chosen(self, direction: Direction) -> frozenset[Agency]:
        return self._panel().chosen(direction)

    def chosen_documents(self) -> frozenset[DocumentKind]:
        return self._panel().chosen_documents()

    def chosen_research(self) -> bool:
        return self._panel().chosen_research()

    def chosen_any(self) -> bool:
        return self._panel().chosen_any()

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def communicated_by(self) -> CommunicatedBy | None:
        return next((how for how, b in self.how_buttons.items() if b.isChecked()), None)

    def summary_text(self) -> str:
        young = self.young_person()
        return summary_text(self._panel(), None if young is None else young.child.name)

    def _update_summary(self) -> None:
        self.summary.setText(self.summary_text())

    def _update_signing(self) -> None:
        in_person = self.communicated_by() is CommunicatedBy.IN_PERSON
        self.signer_name.setEnabled(in_person)
        self.signature.setEnabled(in_person)
        if not in_person:
            self.signature.clear()

    # --- recording ----------------------------------------------------------------

    def problems(self) -> list[tuple[QWidget, str]]:
        """Every reason the withdrawal cannot be recorded yet, with the field to fix."""
        return withdrawal_problems(self)

    def show_problems(self, problems: Sequence[str]) -> None:
        """Show problems in plain words (empty hides the message)."""
        if not problems:
            show_message(self.message, "")
            return
        lines = [self.tr("Before recording this:")] + [f"• {p}" for p in problems]
        show_message(self.message, "\n".join(lines))

    def _recheck(self) -> None:
        if self._tried:
            self.show_problems([text for _widget, text in self.problems()])

    def _record(self) -> None:
        problems = self.problems()
        if problems:
            self._tried = True
            self.show_problems([text for _widget, text in problems])
            problems[0][0].setFocus()
            return
        self.show_problems([])
        how = self.communicated_by()
        assert how is not None  # checked above
        now = self._now()
        young = self.young_person()
        signatures: tuple[Signature, ...] = ()
        if not self.signature.is_empty():
            signer = self.signer_name.text().strip()
            signatures = (
                self.signature.signature(SignerRole.FAMILY_MEMBER, signer, now)
                if young is None
                else self.signature.signature(SignerRole.YOUNG_PERSON, signer, now, young.child.id),
            )
        withdrawal = Withdrawal(
            family_id=self.family.id,
            withdrawn_at=withdrawal_moment(self.chosen_day(), now),
            communicated_by=how,
            share=self.chosen(Direction.SHARE),
            approach=self.chosen(Direction.APPROACH),
            documents=self.chosen_documents(),
            research=self.chosen_research(),
            young_person=None if young is None else young.child,
            reason=self.reason.toPlainText().strip(),
            worker_attested=True,
            worker=self.worker.text().strip(),
        )
        confirmed_at = now if signatures else None
        self.record_requested.emit(
            WithdrawalRequest(self.family, withdrawal, signatures, confirmed_at)
        )

    def set_busy(self, busy: bool) -> None:
        """While sealing: nothing can be changed or sent twice."""
        self.setEnabled(not busy)

    def close_now(self) -> None:
        """Close without asking (on lock): the typed reason and any ink are dropped."""
        self.reason.clear()
        self.signer_name.clear()
        self.signature.clear()
        self.reject()
