"""Steps 7–8 of a visit: young people's own consent, and review, sign and seal."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import Answer, NotSought
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import summary_html
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.widgets import OneOf, StepPage, scrolling
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, paragraph, scaled_font

YES, NO, NOT_ASKED = 0, 1, 2  # the buttons' places in the box


class YoungPersonBox(QGroupBox):
    """One young person: Yes, No, or not asked (with the reason why)."""

    def __init__(self, controller: VisitController, child_id: uuid.UUID, title: str,
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller = controller
        self.child_id = child_id
        self.setFont(scaled_font(self.font(), FAMILY_TEXT_SCALE))
        self.yes = QRadioButton(self.tr("Yes — they agree, and will sign"), self)
        self.no = QRadioButton(self.tr("No — they do not agree, and will sign"), self)
        self.not_asked = QRadioButton(self.tr("Their own consent was not asked"), self)
        self.group = OneOf(self, (self.yes, self.no, self.not_asked), self._chosen)
        for button in self.group.buttons:
            button.setAccessibleName(f"{title}: {button.text()}")
            button.setAccessibleDescription(
                self.tr("%s's own answer: do they agree to the same choices?") % title
            )
        self.setAccessibleName(self.tr("%s's own consent") % title)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("Why their consent was not asked"))
        self.reason.setAccessibleName(self.tr("Why %s was not asked") % title)
        self.reason.setAccessibleDescription(
            self.tr("The reason %s's own consent was not asked, kept in the record") % title
        )
        layout = QVBoxLayout(self)
        name = QLabel(title, self)
        name.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(name)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        row = QHBoxLayout()
        row.addWidget(self.not_asked)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        self.reason.textEdited.connect(lambda text: self._set(NotSought(text), typed=True))

    def _chosen(self, number: int) -> None:
        if number == NOT_ASKED:
            self._set(NotSought(self.reason.text()))
            self.reason.setFocus()
        else:
            self._set(Answer.YES if number == YES else Answer.NO)

    def _set(self, consent: Answer | NotSought, *, typed: bool = False) -> None:
        child_id = self.child_id
        self.controller.edit(
            lambda s: s.with_draft(
                young_person_consents={**s.draft.young_person_consents, child_id: consent}
            ),
            typed=typed,
        )

    def refresh(self) -> None:
        consent = self.controller.state.young_person_answer(self.child_id)
        chosen: int | None = None
        if consent is Answer.YES:
            chosen = YES
        elif consent is Answer.NO:
            chosen = NO
        elif isinstance(consent, NotSought):
            chosen = NOT_ASKED
            if self.reason.text() != consent.reason:
                self.reason.setText(consent.reason)
        self.group.show_choice(chosen)
        self.reason.setEnabled(isinstance(consent, NotSought))


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
                    "These children are 13 or over on %s. Ask each of them whether they "
                    "agree to the same choices. If you did not ask, say why."
                )
                % day
            )
        ids = {c.id for c in young}
        for child_id in [k for k in self.boxes if k not in ids]:
            self.boxes.pop(child_id).deleteLater()
        for child in young:
            if child.id not in self.boxes:
                box = YoungPersonBox(self.controller, child.id, child.name, self.content)
                self.column.insertWidget(self.column.count() - 1, box)
                self.boxes[child.id] = box
            self.boxes[child.id].refresh()
        if young:
            self.setFocusProxy(self.boxes[young[0].id].yes)


class ReviewStep(StepPage):
    """Step 8: the summary, handing the laptop over to confirm and sign, then sealing."""

    hand_over_requested = Signal()

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.status = paragraph("", self)
        self.status.setAccessibleName(self.tr("Signing status"))
        top.addWidget(self.status, 1)
        self.hand_over_button = QPushButton(
            self.tr("Give the laptop to the &family to check and sign…"), self
        )
        self.hand_over_button.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.hand_over_button.setAccessibleDescription(
            self.tr("The family checks the summary and signs on their own full screen")
        )
        top.addWidget(self.hand_over_button)
        layout.addLayout(top)
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Summary of the family's choices"))
        self.summary.setAccessibleDescription(
            self.tr("Everything recorded in this visit, in the words the family will read")
        )
        layout.addWidget(self.summary, 1)
        self.changes = QLabel(
            self.tr(
                "To change an answer, go Back. The family will then need to check the "
                "summary and sign again."
            ),
            self,
        )
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes)
        self.hand_over_button.clicked.connect(self.hand_over_requested)
        self.setFocusProxy(self.hand_over_button)
        self._html = ""
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size: the HTML's sizes too
            self._html = ""
            self.refresh()

    def refresh(self) -> None:
        state = self.controller.state
        size = round(scaled_font(self.font(), FAMILY_TEXT_SCALE).pointSizeF())
        html = summary_html(state.draft, size, translate=qt_translate)
        if html != self._html:
            self.summary.setHtml(html)
            self._html = html
        signed = [
            name
            for role, child_id, name in state.signers_needed()
            if state.signature_of(role, child_id) is not None
        ]
        if not state.unsigned():
            text = self.tr("Checked and signed by %s. Seal the record to finish.") % ", ".join(
                signed
            )
        elif signed:
            text = self.tr("Signed so far: %s.") % ", ".join(signed)
        else:
            text = self.tr("Not signed yet. Give the laptop to %s to check this and sign.") % (
                state.draft.consent_giver_name.strip() or self.tr("the person giving consent")
            )
        self.status.setText(text)
        parent_signed = state.signature_of(SignerRole.PARENT, None) is not None
        self.hand_over_button.setText(
            self.tr("Give the laptop to the &family to check and sign…")
            if not parent_signed or state.unsigned()
            else self.tr("Give the laptop to the family again…")
        )
