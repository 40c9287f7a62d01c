"""The "Consent now" part of the family page: what CSSW may do today, and its actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.consent_status import ConsentReason, StatusRules, family_consent_status
from cssw_core.domain.family import Child
from cssw_core.domain.summary import difference_words, first_name
from cssw_desktop.storage.consent_facts import facts_from
from cssw_desktop.storage.consent_overview import ConsentOverview, local_date
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.families.consent_status_loader import leaflet_in_use
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.consent_history import own_withdrawn_words
from cssw_desktop.ui.models.consent_state import ConsentStateModel
from cssw_desktop.ui.models.consent_words import reason_words
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, heading, paragraph, scaled_font
from cssw_documents.words import document_label


def fit_rows(table: QTableView) -> None:
    """Make the table exactly tall enough for its rows, so the page scrolls, not the table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    table.setFixedHeight(height)


class ConsentStateView(QWidget):
    """Heading, what the state is based on, review date, the agency table, documents."""

    start_visit_requested = Signal()
    renew_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConsentStateModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Consent now"), self, scale=1.25))

        self.based_on = paragraph("", self)
        self.based_on.setAccessibleDescription(self.tr("What the consent is based on"))
        self.review = paragraph("", self)
        self.review.setAccessibleDescription(self.tr("Review date"))
        self.young_people = paragraph("", self)
        self.young_people.setAccessibleDescription(self.tr("Young people's own consent"))
        layout.addWidget(self.based_on)
        layout.addWidget(self.young_people)
        layout.addWidget(self.review)
        self.ask_again = paragraph("", self)
        self.ask_again.setAccessibleDescription(self.tr("Why consent is to be asked again"))
        self.ask_again.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE, bold=True))
        layout.addWidget(self.ask_again)
        self.unfinished = paragraph("", self)
        self.unfinished.setAccessibleDescription(self.tr("Unfinished visit"))
        self.unfinished.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE, bold=True))
        layout.addWidget(self.unfinished)

        buttons = QHBoxLayout()
        # Alt+T: Alt+S opens the Sync menu.
        self.start_button = QPushButton(self.tr("S&tart consent visit"), self)
        self.start_button.setAccessibleName(self.tr("Start consent visit"))
        self.start_button.setAccessibleDescription(
            self.tr("Go through the leaflet and the consent form with the family")
        )
        self.renew_button = QPushButton(self.tr("&Renew consent"), self)
        self.renew_button.setAccessibleName(self.tr("Renew consent"))
        self.renew_button.setToolTip(
            self.tr("Start a visit with the family's current choices filled in")
        )
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw consent"))
        self.withdraw_button.setToolTip(
            self.tr("Record that the family, or a young person, no longer agrees to something")
        )
        for button in (self.start_button, self.renew_button, self.withdraw_button):
            buttons.addWidget(button)
            button.setVisible(False)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consent for each agency"))
        self.table.setAccessibleDescription(
            self.tr("For each agency: may CSSW share information with it, and approach it")
        )
        self.table.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table)

        self.documents = paragraph("", self)
        self.documents.setAccessibleDescription(self.tr("Copies of documents"))
        self.research = paragraph("", self)
        self.research.setAccessibleDescription(self.tr("Research"))
        layout.addWidget(self.documents)
        layout.addWidget(self.research)
        layout.addStretch(1)

        self.start_button.clicked.connect(self.start_visit_requested)
        self.renew_button.clicked.connect(self.renew_requested)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.show_loading()

    def _answer(self, answer: Answer | None) -> str:
        if answer is Answer.YES:
            return self.tr("Yes")
        if answer is Answer.NO:
            return self.tr("No")
        return self.tr("Not asked yet")

    def _young_people(self, record: object, overview: ConsentOverview | None = None) -> str:
        """Each young person's own consent on the form, with the reason if not asked, and
        what they have withdrawn of it since."""
        if not isinstance(record, ConsentRecordDraft) or not record.young_people():
            return ""
        parts = []
        giver = first_name(record.consent_giver_name)
        for child in record.young_people():
            consent = record.young_person_consents.get(child.id)
            if isinstance(consent, NotSought):
                part = self.tr("%s — not asked: %s") % (child.name, consent.reason)
            elif isinstance(consent, OwnAnswers):
                differences = consent.differences(*record.giver_answers())
                if not differences:
                    part = self.tr("%s — own answers, the same as %s's") % (child.name, giver)
                else:
                    said = ", ".join(difference_words(d, qt_translate) for d in differences)
                    part = self.tr("%s — own answers; unlike %s: %s") % (child.name, giver, said)
            else:
                part = f"{child.name} — {self._answer(consent)}"
            own = None if overview is None else overview.state.young_people.get(child.id)
            if own is not None and own.withdrawals_applied:
                part += "; " + own_withdrawn_words(self, own)
            parts.append(part)
        return self.tr("Young people's own consent: %s") % "; ".join(parts)

    def _document_words(self, overview: ConsentOverview, kind: DocumentKind) -> str:
        answer = overview.state.documents[kind]
        withdrawn = overview.document_withdrawn_on(kind)
        if answer is Answer.NO and withdrawn is not None:
            return self.tr("No — withdrawn %s") % format_date(withdrawn)
        return self._answer(answer)

    def _research_words(self, overview: ConsentOverview) -> str:
        withdrawn = overview.research_withdrawn_on()
        if overview.state.research_consent is Answer.NO and withdrawn is not None:
            return self.tr("No — withdrawn %s") % format_date(withdrawn)
        return self._answer(overview.state.research_consent)

    def show_loading(self) -> None:
        self.model.clear()
        self.based_on.setText(self.tr("Reading the family's consent records…"))
        for widget in (
            self.review,
            self.ask_again,
            self.young_people,
            self.unfinished,
            self.table,
            self.documents,
            self.research,
        ):
            widget.setVisible(False)
        for button in (self.start_button, self.renew_button, self.withdraw_button):
            button.setVisible(False)

    def _ask_again(
        self, overview: ConsentOverview, today: date, children: tuple[Child, ...]
    ) -> str:
        """Why consent is to be gone through again (a review falling due, a young person now
        13, a new leaflet the council wants consent on), or ""."""
        latest = overview.latest
        record = latest.record if latest is not None else None
        if not overview.has_record or not isinstance(record, ConsentRecordDraft):
            return ""
        facts = facts_from(overview.state, record)
        rules = StatusRules(today, overview.review_months, leaflet_in_use())
        status = family_consent_status(children, facts, rules)
        reasons = [
            reason_words(status, r)
            for r in status.reasons
            if r.needs_new_consent and r is not ConsentReason.NEVER_ASKED
        ]
        if not reasons:
            return ""
        return self.tr("⚠ Go through consent again with the family (Renew consent): %1.").replace(
            "%1", "; ".join(reasons)
        )

    def show_overview(
        self, overview: ConsentOverview, today: date, children: tuple[Child, ...] = ()
    ) -> None:
        """Fill the section from a family's consent overview, dates judged against `today`
        (and the family's children, to tell who has turned 13 since the form)."""
        self.model.set_overview(overview)
        has_record = overview.has_record
        latest = overview.latest
        if not has_record or latest is None:
            self.based_on.setText(
                self.tr(
                    "No consent recorded yet. Until the family gives consent, CSSW shares "
                    "information only where a child may be at risk of significant harm or "
                    "the law requires it."
                )
            )
        else:
            text = self.tr("Based on the form signed on %s") % format_date(latest.day)
            record = latest.record
            if isinstance(record, ConsentRecordDraft) and record.consent_giver_name:
                text += self.tr(" by %s (%s)") % (
                    record.consent_giver_name,
                    record.consent_giver_relationship,
                )
            withdrawals = overview.later_withdrawals
            if withdrawals == 1:
                text += self.tr(", with 1 later withdrawal")
            elif withdrawals > 1:
                text += self.tr(", with %d later withdrawals") % withdrawals
            self.based_on.setText(text + ".")
        self.young_people.setText(self._young_people(latest.record if latest else None, overview))
        if overview.unfinished_visit is not None:
            self.unfinished.setText(
                self.tr(
                    "A consent visit saved on %s has not been finished. %s offers to carry on "
                    "with it."
                )
                % (
                    format_date(local_date(overview.unfinished_visit)),
                    self.tr("Renew consent") if has_record else self.tr("Start consent visit"),
                )
            )
        else:
            self.unfinished.setText("")
        self.unfinished.setVisible(overview.unfinished_visit is not None)
        due = overview.review_due
        if due is not None:
            if due < today:
                self.review.setText(self.tr("Review overdue since %s") % format_date(due))
                self.review.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE, bold=True))
            else:
                self.review.setText(self.tr("Review due by %s") % format_date(due))
                self.review.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        documents = "; ".join(
            f"{document_label(kind)}: {self._document_words(overview, kind)}"
            for kind in DocumentKind
        )
        self.documents.setText(self.tr("Copies of documents to agencies — %s.") % documents)
        self.research.setText(
            self.tr("Anonymised information for research: %s.") % self._research_words(overview)
        )
        for widget in (self.review, self.table, self.documents, self.research):
            widget.setVisible(has_record)
        self.ask_again.setText(self._ask_again(overview, today, children))
        self.ask_again.setVisible(bool(self.ask_again.text()))
        self.young_people.setVisible(bool(self.young_people.text()))
        self.start_button.setVisible(not has_record)
        self.renew_button.setVisible(has_record)
        self.withdraw_button.setVisible(has_record and bool(overview.who_can_withdraw()))
        if has_record:
            fit_rows(self.table)
            # Never cut an answer short: the table is at least as wide as its words.
            header = self.table.horizontalHeader()
            width = sum(
                max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                for c in range(self.model.columnCount())
            )
            self.table.setMinimumWidth(width + 2 * self.table.frameWidth())

    def clear(self) -> None:
        self.show_loading()
        self.based_on.setText("")
