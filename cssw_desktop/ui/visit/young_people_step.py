"""Step 7 of a visit: each young person aged 13 or over on the visit date gives their own
answers, question by question as the consent giver did (share with and ask each agency,
each document, research), or the worker records why they were not asked.

"Same as …" copies the consent giver's answers into the young person's, every one of
them recorded on its own, so the worker can then go through them with the young person
and change any they want: nothing is assumed.
"""

from __future__ import annotations

import dataclasses
import functools
import uuid

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ConsentBasis, DocumentKind, NotSought, OwnAnswers
from cssw_core.domain.summary import first_name
from cssw_core.domain.visit import VisitState
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.widgets import RING_ROOM, OneOf, StepPage, YesNo, on_text, scrolling
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, em, paragraph, scaled_font
from cssw_documents.words import agency_name, document_label

OWN, NOT_ASKED = 0, 1  # the buttons' places in the box


def _wrapping(text: str, parent: QWidget) -> QLabel:
    """A row's label that wraps in large text rather than pushing the answers off screen."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class YoungPersonBox(QGroupBox):
    """One young person: their own answers (with "same as"), or not asked and why."""

    def __init__(self, controller: VisitController, child_id: uuid.UUID, title: str,
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller = controller
        self.child_id = child_id
        self.child_title = title
        first = first_name(title)
        self.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        self.setAccessibleName(self.tr("%s's own consent") % title)
        self.own = QRadioButton(self.tr("%s gives their own answers, and will sign") % first, self)
        self.not_asked = QRadioButton(self.tr("Their own consent was not asked"), self)
        self.group = OneOf(self, (self.own, self.not_asked), self._chosen)
        for button in self.group.buttons:
            button.setAccessibleName(f"{title}: {button.text()}")
            button.setAccessibleDescription(
                self.tr("Whether %s gives their own answers to every question below") % first
            )
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("Why their consent was not asked"))
        self.reason.setAccessibleName(self.tr("Why %s was not asked") % title)
        self.reason.setAccessibleDescription(
            self.tr("The reason %s's own consent was not asked, kept in the record") % title
        )
        self.same_as = QPushButton(self)
        self.same_as.setAccessibleDescription(
            self.tr(
                "Fills in every answer below with the same answer as the person giving "
                "consent; then go through them with %s and change any they want"
            )
            % first
        )
        self.answers_area = QWidget(self)
        area = QVBoxLayout(self.answers_area)
        area.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            self.tr(
                "Share: may CSSW share information with this agency? "
                "Ask: may CSSW ask this agency for information?"
            ),
            self.answers_area,
        )
        legend.setWordWrap(True)
        area.addWidget(legend)
        grid = QGridLayout()
        area.addLayout(grid)
        grid.setHorizontalSpacing(em(self, 1) - RING_ROOM)
        grid.setVerticalSpacing(0)  # each Yes/No box keeps room for the focus ring
        grid.setColumnStretch(0, 1)
        for column, text in ((1, self.tr("Share")), (3, self.tr("Ask"))):
            header = QLabel(text, self.answers_area)
            header.setFont(scaled_font(self.font(), 1.0, bold=True))
            grid.addWidget(header, 0, column, 1, 2)
        self.share: dict[Agency, YesNo] = {}
        self.approach: dict[Agency, YesNo] = {}
        row = 1
        for agency in AGENCIES:
            name = agency_name(agency)
            grid.addWidget(_wrapping(name, self.answers_area), row, 0)
            for column, store, field_name, words in (
                (1, self.share, "share_with", self.tr("%s: share with %s")),
                (3, self.approach, "approach", self.tr("%s: ask %s for information")),
            ):
                pair = YesNo(
                    self.answers_area,
                    words % (first, name),
                    functools.partial(self._answer, field_name, agency),
                )
                pair.place(grid, row, column)
                store[agency] = pair
            row += 1
        self.documents: dict[DocumentKind, YesNo] = {}
        documents_label = _wrapping(self.tr("Copies of documents to other agencies:"), self)
        documents_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        grid.addWidget(documents_label, row, 0, 1, 5)
        row += 1
        for kind in DocumentKind:
            name = document_label(kind)
            grid.addWidget(_wrapping(name, self.answers_area), row, 0)
            pair = YesNo(
                self.answers_area,
                self.tr("%s: copies of %s") % (first, name),
                functools.partial(self._answer, "documents", kind),
            )
            pair.place(grid, row, 1)
            self.documents[kind] = pair
            row += 1
        grid.addWidget(
            _wrapping(self.tr("Research (anonymised information)"), self.answers_area), row, 0
        )
        self.research = YesNo(
            self.answers_area,
            self.tr("%s: research") % first,
            lambda answer: self._answer("research_consent", None, answer),
        )
        self.research.place(grid, row, 1)

        layout = QVBoxLayout(self)
        title_label = QLabel(title, self)
        title_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(title_label)
        layout.addWidget(self.own)
        layout.addWidget(self.not_asked)
        layout.addWidget(self.reason)
        same_row = QHBoxLayout()
        same_row.addWidget(self.same_as)
        same_row.addStretch(1)
        layout.addLayout(same_row)
        layout.addWidget(self.answers_area)
        on_text(self.reason, self._reason_changed)
        self.same_as.clicked.connect(self._same_as)

    def _chosen(self, number: int) -> None:
        if number == NOT_ASKED:
            self._set(NotSought(self.reason.text()))
            self.reason.setFocus()
        elif not isinstance(self.controller.state.young_person_answer(self.child_id), OwnAnswers):
            self._set(OwnAnswers())

    def _same_as(self) -> None:
        self._set(OwnAnswers.same_as(*self.controller.state.draft.giver_answers()))

    def _answer(self, field_name: str, key: Agency | DocumentKind | None, answer: Answer) -> None:
        child_id = self.child_id

        def change(state: VisitState) -> VisitState:
            own = state.young_person_answer(child_id)
            if not isinstance(own, OwnAnswers):
                own = OwnAnswers()
            if field_name == "share_with" and isinstance(key, Agency):
                own = dataclasses.replace(own, share_with={**own.share_with, key: answer})
            elif field_name == "approach" and isinstance(key, Agency):
                own = dataclasses.replace(own, approach={**own.approach, key: answer})
            elif isinstance(key, DocumentKind):
                own = dataclasses.replace(own, documents={**own.documents, key: answer})
            else:
                own = dataclasses.replace(own, research_consent=answer)
            consents = {**state.draft.young_person_consents, child_id: own}
            return state.with_draft(young_person_consents=consents)

        self.controller.edit(change)

    def _reason_changed(self, text: str) -> None:
        """Typed, or set by an assistive tool: kept while "not asked" is chosen."""
        consent = self.controller.state.young_person_answer(self.child_id)
        if isinstance(consent, NotSought) and consent.reason != text:
            self._set(NotSought(text), typed=True)

    def _set(self, consent: OwnAnswers | NotSought, *, typed: bool = False) -> None:
        child_id = self.child_id
        self.controller.edit(
            lambda s: s.with_draft(
                young_person_consents={**s.draft.young_person_consents, child_id: consent}
            ),
            typed=typed,
        )

    def refresh(self) -> None:
        state = self.controller.state
        consent = state.young_person_answer(self.child_id)
        giver = first_name(state.draft.consent_giver_name.strip()) or self.tr(
            "the person giving consent"
        )
        self.same_as.setText(self.tr("Same as %s's answers") % giver)
        chosen: int | None = None
        if isinstance(consent, OwnAnswers):
            chosen = OWN
        elif isinstance(consent, NotSought):
            chosen = NOT_ASKED
            if self.reason.text() != consent.reason:
                self.reason.setText(consent.reason)
        self.group.show_choice(chosen)
        self.reason.setEnabled(isinstance(consent, NotSought))
        own = isinstance(consent, OwnAnswers)
        self.same_as.setVisible(own)
        self.answers_area.setVisible(own)
        if not isinstance(consent, OwnAnswers):
            return
        for agency in AGENCIES:
            self.share[agency].show_answer(consent.share_with[agency])
            self.approach[agency].show_answer(consent.approach[agency])
        for kind in DocumentKind:
            self.documents[kind].show_answer(consent.documents[kind])
        self.research.show_answer(consent.research_consent)


class YoungPeopleStep(StepPage):
    """Step 7: every covered child aged 13 or over on the visit date answers for themselves."""

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.content = QWidget(self)
        self.column = scrolling(self, self.content)
        self.intro = paragraph("", self.content)
        self.column.addWidget(self.intro)
        self.boxes: dict[uuid.UUID, YoungPersonBox] = {}
        self.column.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        draft = self.controller.state.draft
        young = draft.young_people()
        day = draft.visit_date.strftime("%-d %B %Y")
        if not young:
            self.intro.setText(
                self.tr(
                    "No child on this form is 13 or over on %s, so no young person's "
                    "own consent is needed. Go on to the next step."
                )
                % day
            )
        else:
            self.intro.setText(
                self.tr(
                    "These children are 13 or over on %s. Each gives their own answers, "
                    "agency by agency, as the person giving consent did; they can differ. "
                    "If you did not ask one of them, say why."
                )
                % day
            )
        if young and draft.consent_basis is ConsentBasis.YOUNG_PERSON:
            self.intro.setText(
                self.intro.text()
                + " "
                + self.tr(
                    "This form is a young person's own consent: for the young person "
                    "giving it, choose “Same as …”, since the form's answers are theirs."
                )
            )
        ids = {c.id for c in young}
        for child_id in [k for k in self.boxes if k not in ids]:
            self.boxes.pop(child_id).deleteLater()
        for child in young:
            if child.id not in self.boxes:
                title = self.tr("%s, aged %d") % (child.name, child.age_on(draft.visit_date))
                box = YoungPersonBox(self.controller, child.id, title, self.content)
                self.column.insertWidget(self.column.count() - 1, box)
                self.boxes[child.id] = box
            self.boxes[child.id].refresh()
        if young:
            self.setFocusProxy(self.boxes[young[0].id].own)
