"""Withdraw consent: the family no longer agrees for some agencies.

Only the agencies the family now says Yes to are offered, none ticked. The worker records
when and how the family said so, any reason they gave, confirms it, and may take the
family member's signature when told in person. "Record withdrawal" emits
record_requested(WithdrawalRequest); the caller seals it on the store thread and either
closes the dialog or shows its problems here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain import fields
from cssw_core.domain.agencies import Agency
from cssw_core.domain.family import Family
from cssw_core.domain.signature import Signature, SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_desktop.storage.consent_overview import ConsentOverview, Direction
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.consent_history import agency_list
from cssw_desktop.ui.visit.signature_pad import SignatureField
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message
from cssw_documents.words import agency_name, communicated_label

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


class WithdrawDialog(QDialog):
    """Choose agencies, say when and how, confirm; optionally the family member signs."""

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
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Withdraw consent"), self, scale=1.3))
        signed = overview.signed_on
        layout.addWidget(
            paragraph(
                self.tr(
                    "Tick each agency the family no longer agrees to. Only the agencies they "
                    "said Yes to are listed. Everything else stays as they agreed on the form "
                    "signed on %s."
                )
                % (format_date(signed) if signed else ""),
                self,
            )
        )
        panes = QHBoxLayout()
        layout.addLayout(panes, 1)

        # Left: which agencies, and what that means.
        left = QVBoxLayout()
        panes.addLayout(left, 1)
        choices = QHBoxLayout()
        left.addLayout(choices)
        self.share_boxes = self._agency_group(
            choices,
            self.tr("Stop sharing information with"),
            overview.agreed(Direction.SHARE),
        )
        self.approach_boxes = self._agency_group(
            choices,
            self.tr("Stop approaching for information"),
            overview.agreed(Direction.APPROACH),
        )
        self.summary = paragraph("", self)
        self.summary.setAccessibleName(self.tr("What this withdrawal means"))
        self.summary.setFrameShape(QLabel.Shape.StyledPanel)
        self.summary.setMargin(em(self, 0.5))
        left.addWidget(self.summary)
        left.addStretch(1)
        panes.addSpacing(em(self, 1))

        # Right: when, how, why, who.
        right = QVBoxLayout()
        panes.addLayout(right, 1)
        form = QFormLayout()
        right.addLayout(form)
        self.day = QDateEdit(self)
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

        how_row = QHBoxLayout()
        self.how_group = QButtonGroup(self)
        self.how_buttons: dict[CommunicatedBy, QRadioButton] = {}
        for how in CommunicatedBy:
            button = QRadioButton(communicated_label(how), self)
            self.how_group.addButton(button)
            button.setAccessibleDescription(self.tr("How the family told you they withdraw"))
            self.how_buttons[how] = button
            how_row.addWidget(button)
        how_row.addStretch(1)
        how_label = QLabel(self.tr("How they told you:"), self)
        how_label.setBuddy(self.how_buttons[CommunicatedBy.IN_PERSON])
        form.addRow(how_label, how_row)

        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Only if the family gave one"))
        self.reason.setAccessibleName(self.tr("Reason, if given"))
        self.reason.setAccessibleDescription(
            self.tr("Why the family withdraws consent, only if they said. Tab moves on.")
        )
        self.reason.setFixedHeight(em(self, 4))
        form.addRow(self._buddy(self.tr("R&eason, if given:"), self.reason), self.reason)

        self.worker = QLineEdit(worker, self)
        self.worker.setAccessibleName(self.tr("Recorded by"))
        self.worker.setAccessibleDescription(self.tr("Your name, as the worker recording this"))
        form.addRow(self._buddy(self.tr("Recorded &by:"), self.worker), self.worker)

        self.signature_box = QGroupBox(self.tr("Family member's signature (optional)"), self)
        signing = QVBoxLayout(self.signature_box)
        self.signature_note = paragraph(
            self.tr("Only when the family tells you in person: they may sign to confirm this."),
            self.signature_box,
        )
        signing.addWidget(self.signature_note)
        name_row = QFormLayout()
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
        self.signature.pad.setMinimumHeight(em(self, 6))
        signing.addWidget(self.signature, 1)
        right.addWidget(self.signature_box, 1)

        self.attested = QCheckBox(self.tr("I &confirm the family told me this"), self)
        self.attested.setAccessibleName(self.tr("I confirm the family told me this"))
        self.attested.setAccessibleDescription(
            self.tr("Needed to record the withdrawal: you confirm the family told you this")
        )
        right.addWidget(self.attested)

        self.message = message_label(self)
        self.message.setAccessibleName(self.tr("Problems"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.record_button = QPushButton(self.tr("&Record withdrawal"), self)
        self.record_button.setDefault(True)
        self.record_button.setAccessibleDescription(
            self.tr("Record and seal the withdrawal for the agencies ticked")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleDescription(self.tr("Close without recording anything"))
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self._tried = False  # once Record was refused, problems update as they are fixed
        for box in (*self.share_boxes.values(), *self.approach_boxes.values()):
            box.toggled.connect(self._update_summary)
            box.toggled.connect(self._recheck)
        self.how_group.buttonToggled.connect(self._update_signing)
        self.how_group.buttonToggled.connect(self._recheck)
        self.day.dateChanged.connect(self._recheck)
        self.worker.textChanged.connect(self._recheck)
        self.signer_name.textChanged.connect(self._recheck)
        self.signature.changed.connect(self._recheck)
        self.attested.toggled.connect(self._recheck)
        self.record_button.clicked.connect(self._record)
        self.cancel_button.clicked.connect(self.reject)
        self._update_summary()
        self._update_signing()
        first = next(iter((*self.share_boxes.values(), *self.approach_boxes.values())), None)
        (first or self.day).setFocus()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _agency_group(
        self, row: QHBoxLayout, title: str, agencies: Sequence[Agency]
    ) -> dict[Agency, QCheckBox]:
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        boxes: dict[Agency, QCheckBox] = {}
        for agency in agencies:
            box = QCheckBox(agency_name(agency), group)
            box.setAccessibleName(f"{title}: {agency_name(agency)}")
            box.setAccessibleDescription(
                self.tr("Tick if the family no longer agrees to this for %s") % agency_name(agency)
            )
            column.addWidget(box)
            boxes[agency] = box
        if not agencies:
            column.addWidget(paragraph(self.tr("None: the family has not agreed to any."), group))
        column.addStretch(1)
        row.addWidget(group, 1)
        return boxes

    # --- what the worker chose --------------------------------------------------------

    def chosen(self, direction: Direction) -> frozenset[Agency]:
        boxes = self.share_boxes if direction is Direction.SHARE else self.approach_boxes
        return frozenset(a for a, box in boxes.items() if box.isChecked())

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def communicated_by(self) -> CommunicatedBy | None:
        return next((how for how, b in self.how_buttons.items() if b.isChecked()), None)

    def summary_text(self) -> str:
        share, approach = self.chosen(Direction.SHARE), self.chosen(Direction.APPROACH)
        if not share and not approach:
            return self.tr("Nothing chosen yet. Tick the agencies the family no longer agrees to.")
        lines = []
        if share:
            lines.append(
                self.tr("CSSW will no longer share information with %s.") % agency_list(share)
            )
        if approach:
            lines.append(
                self.tr("CSSW will no longer approach %s for information.") % agency_list(approach)
            )
        return "\n".join(lines)

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
        found: list[tuple[QWidget, str]] = []
        boxes = [*self.share_boxes.values(), *self.approach_boxes.values()]
        if not self.chosen(Direction.SHARE) and not self.chosen(Direction.APPROACH):
            found.append(
                (
                    boxes[0] if boxes else self.day,
                    self.tr("Tick at least one agency the family no longer agrees to."),
                )
            )
        day = self.chosen_day()
        signed = self.overview.signed_on
        if day > self.today:
            found.append(
                (
                    self.day,
                    self.tr("The date the family told you cannot be in the future (today is %s).")
                    % format_date(self.today),
                )
            )
        elif signed is not None and day < signed:
            found.append(
                (
                    self.day,
                    self.tr(
                        "The date cannot be before %s, when the family signed the current "
                        "consent form."
                    )
                    % format_date(signed),
                )
            )
        if self.communicated_by() is None:
            found.append(
                (self.how_buttons[CommunicatedBy.IN_PERSON], self.tr("Choose how they told you."))
            )
        if not self.worker.text().strip():
            found.append((self.worker, self.tr("Enter your name under “Recorded by”.")))
        has_ink = not self.signature.is_empty()  # drawn, or a name typed as a signature
        if has_ink:
            problem = self.signature.problem(self.signer_name.text().strip() or None)
            if problem is not None:
                found.append((self.signature, problem))
            if not self.signer_name.text().strip():
                found.append(
                    (self.signer_name, self.tr("Enter the name of the person who signed."))
                )
        elif self.signer_name.text().strip() and self.signer_name.isEnabled():
            found.append(
                (
                    self.signer_name,
                    self.tr("Ask the person named to sign, or clear their name."),
                )
            )
        if not self.attested.isChecked():
            found.append(
                (self.attested, self.tr("Tick “I confirm the family told me this” to record it."))
            )
        found += self._rule_problems()
        return found

    def _rule_problems(self) -> list[tuple[QWidget, str]]:
        """The shared field rules, as central checks them: heard now, not at sync."""
        found: list[tuple[QWidget, str]] = []
        for widget, text, limit, multiline, what in (
            (
                self.reason, self.reason.toPlainText().strip(), fields.MAX_REASON, True,
                self.tr("The reason"),
            ),
            (
                self.worker, self.worker.text().strip(), fields.MAX_WORKER_NAME, False,
                self.tr("Your name"),
            ),
            (
                self.signer_name, self.signer_name.text().strip(), fields.MAX_NAME, False,
                self.tr("The signer's name"),
            ),
        ):  # fmt: skip
            problem = fields.text_problem(text, limit, multiline=multiline)
            if problem is fields.TextProblem.TOO_LONG:
                words = self.tr("%1 is too long: keep it to %2 characters.")
                found.append((widget, words.replace("%1", what).replace("%2", str(limit))))
            elif problem is fields.TextProblem.HIDDEN:
                words = self.tr("%1 contains hidden or control characters. Please type it again.")
                found.append((widget, words.replace("%1", what)))
        return found

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
        signatures: tuple[Signature, ...] = ()
        if not self.signature.is_empty():
            signatures = (
                self.signature.signature(
                    SignerRole.FAMILY_MEMBER, self.signer_name.text().strip(), now
                ),
            )
        withdrawal = Withdrawal(
            family_id=self.family.id,
            withdrawn_at=withdrawal_moment(self.chosen_day(), now),
            communicated_by=how,
            share=self.chosen(Direction.SHARE),
            approach=self.chosen(Direction.APPROACH),
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
