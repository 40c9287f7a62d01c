"""Steps 4–6 of a visit: the eleven agencies (share with, approach), documents and research.

Every answer is two radio buttons with words, never pre-ticked and with no "all Yes"
shortcut: each agency is answered on its own, as on the paper form. When consent is
renewed, "Last time: Yes" (or No) stands beside each question, in the same text as the
question, so the family sees what they chose; every answer is still given again.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, DocumentKind
from cssw_core.domain.visit import VisitState
from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.widgets import RING_ROOM, StepPage, YesNo, note_box, scrolling
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, paragraph, scaled_font
from cssw_documents.words import agency_name, document_label

FIELD = {"share": "share_with", "approach": "approach"}


def _grid(parent: QWidget) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(28 - RING_ROOM)
    # 6 between rows, less the room each Yes/No box keeps for the focus ring: the same
    # height for a row and its line as when the answers had no box.
    grid.setVerticalSpacing(max(6 - RING_ROOM, 0))
    grid.setColumnStretch(4, 1)
    return grid


def _row_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
    return label


def last_time_label(answer: Answer, parent: QWidget) -> QLabel:
    """ "Last time: Yes" beside a question on renewal: said, never ticked."""
    word = (
        QCoreApplication.translate("LastTime", "Yes")
        if answer is Answer.YES
        else QCoreApplication.translate("LastTime", "No")
    )
    label = QLabel(QCoreApplication.translate("LastTime", "Last time: %1").replace("%1", word))
    label.setParent(parent)
    label.setFont(scaled_font(label.font(), FAMILY_TEXT_SCALE))
    label.setAccessibleName(label.text())
    return label


def last_time_words(answer: Answer | None) -> str:
    """What a screen reader adds to a question on renewal ("" when there was no answer)."""
    if answer is None:
        return ""
    return " " + QCoreApplication.translate("LastTime", "Last time: %1").replace(
        "%1",
        QCoreApplication.translate("LastTime", "Yes" if answer is Answer.YES else "No"),
    )


def _line(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    use_colours(line, text="rule")
    return line


class AgenciesStep(StepPage):
    """Step 4 (share with) or 5 (approach for information): a grid of the eleven agencies."""

    def __init__(
        self,
        controller: VisitController,
        direction: str,
        previous: Mapping[Agency, Answer | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.direction = direction
        self.previous = previous or {}
        content = QWidget(self)
        column = scrolling(self, content)
        notes = controller.leaflet.notes
        if direction == "share":
            instruction = notes.get(
                "form_share_instruction",
                "Please tick the relevant box to indicate your consent to CSSW sharing "
                "information with the following agencies:",
            )
        else:
            instruction = notes.get(
                "form_approach_instruction",
                "I also consent to CSSW approaching the following agencies for information:",
            )
        column.addWidget(paragraph(instruction, content))
        grid = _grid(content)
        self.answers: dict[Agency, YesNo] = {}
        self.hints: dict[Agency, QLabel] = {}
        self.last_time: dict[Agency, QLabel] = {}
        for row, agency in enumerate(AGENCIES, start=1):
            name = agency_name(agency)
            grid.addWidget(_row_label(name, content), row * 2 - 1, 0)
            spoken = self._spoken(name)
            before = self.previous.get(agency)
            spoken["description"] += last_time_words(before)
            group = YesNo(content, name, functools.partial(self._answer, agency), **spoken)
            group.place(grid, row * 2 - 1, 1)
            if before is not None:
                self.last_time[agency] = last_time_label(before, content)
                grid.addWidget(self.last_time[agency], row * 2 - 1, 3)
            hint = QLabel(content)
            use_colours(hint, text="hint")
            grid.addWidget(hint, row * 2 - 1, 4)
            grid.addWidget(_line(content), row * 2, 0, 1, 5)
            self.answers[agency] = group
            self.hints[agency] = hint
        column.addLayout(grid)
        if direction == "approach":
            column.addSpacing(8)
            self.safety_note = note_box(controller.leaflet.safety_note, content)
            self.safety_note.setAccessibleDescription(self.tr("Note about children's safety"))
            column.addWidget(self.safety_note)
        column.addStretch(1)
        self.setFocusProxy(self.answers[AGENCIES[0]].yes)
        self.refresh()

    def _spoken(self, agency: str) -> dict[str, str]:
        """What a screen reader says for the row's Yes and No: the question with it."""
        if self.direction == "share":
            yes = self.tr("Yes — share information with %s")
            no = self.tr("No — do not share information with %s")
            question = self.tr("May CSSW share the family's information with %s?")
        else:
            yes = self.tr("Yes — approach %s for information")
            no = self.tr("No — do not approach %s for information")
            question = self.tr("May CSSW approach %s for information about the family?")
        return {"yes_name": yes % agency, "no_name": no % agency, "description": question % agency}

    def _answer(self, agency: Agency, answer: Answer) -> None:
        name = FIELD[self.direction]

        def change(state: VisitState) -> VisitState:
            current = getattr(state.draft, name)
            return state.with_draft(**{name: {**current, agency: answer}})

        self.controller.edit(change)

    def refresh(self) -> None:
        answers = getattr(self.controller.state.draft, FIELD[self.direction])
        for agency, group in self.answers.items():
            group.show_answer(answers[agency])
            self.hints[agency].setText(
                "" if answers[agency] is not None else self.tr("Not answered yet")
            )


class ChoicesStep(StepPage):
    """Step 6: copies of documents (three Yes/No) and anonymised research (Yes/No)."""

    def __init__(
        self,
        controller: VisitController,
        parent: QWidget | None = None,
        *,
        previous_documents: Mapping[DocumentKind, Answer | None] | None = None,
        previous_research: Answer | None = None,
    ) -> None:
        super().__init__(controller, parent)
        before = previous_documents or {}
        self.last_time: dict[DocumentKind | None, QLabel] = {}  # None: research
        content = QWidget(self)
        column = scrolling(self, content)
        column.addWidget(
            paragraph(
                controller.leaflet.notes.get(
                    "form_documents_instruction",
                    "I give consent for CSSW to provide copies of the following documents "
                    "to other agencies:",
                ),
                content,
            )
        )
        grid = _grid(content)
        self.documents: dict[DocumentKind, YesNo] = {}
        for row, kind in enumerate(DocumentKind, start=1):
            grid.addWidget(_row_label(document_label(kind), content), row, 0)
            label = document_label(kind)
            group = YesNo(
                content,
                label,
                functools.partial(self._document, kind),
                yes_name=self.tr("Yes — copies of %s may go to other agencies") % label,
                no_name=self.tr("No — no copies of %s to other agencies") % label,
                description=self.tr("May CSSW give copies of %s to other agencies?") % label
                + last_time_words(before.get(kind)),
            )
            group.place(grid, row, 1)
            answer = before.get(kind)
            if answer is not None:
                self.last_time[kind] = last_time_label(answer, content)
                grid.addWidget(self.last_time[kind], row, 3)
            self.documents[kind] = group
        column.addLayout(grid)
        column.addSpacing(16)
        column.addWidget(
            paragraph(
                self.tr(
                    "Research: may CSSW share the family's information, made anonymous, "
                    "with other organisations for research? (See “Sharing information for "
                    "research purposes” in the leaflet.)"
                ),
                content,
            )
        )
        research = _grid(content)
        research.addWidget(_row_label(self.tr("Research (anonymised)"), content), 1, 0)
        self.research = YesNo(
            content,
            self.tr("Research"),
            self._research,
            yes_name=self.tr("Yes — anonymised information may be used for research"),
            no_name=self.tr("No — not for research"),
            description=self.tr(
                "May CSSW share the family's information, made anonymous, for research?"
            )
            + last_time_words(previous_research),
        )
        self.research.place(research, 1, 1)
        if previous_research is not None:
            self.last_time[None] = last_time_label(previous_research, content)
            research.addWidget(self.last_time[None], 1, 3)
        column.addLayout(research)
        column.addStretch(1)
        self.setFocusProxy(self.documents[DocumentKind.ASSESSMENTS].yes)
        self.refresh()

    def _document(self, kind: DocumentKind, answer: Answer) -> None:
        self.controller.edit(lambda s: s.with_draft(documents={**s.draft.documents, kind: answer}))

    def _research(self, answer: Answer) -> None:
        self.controller.edit(lambda s: s.with_draft(research_consent=answer))

    def refresh(self) -> None:
        draft = self.controller.state.draft
        for kind, group in self.documents.items():
            group.show_answer(draft.documents[kind])
        self.research.show_answer(draft.research_consent)
