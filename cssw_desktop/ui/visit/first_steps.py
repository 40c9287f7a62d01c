"""Steps 1–3 of a visit: the leaflet, who is here, and what has been explained."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import ConsentBasis, ExplainedItem
from cssw_core.domain.family import Child
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.leaflet_view import LeafletReader
from cssw_desktop.ui.visit.widgets import (
    OneOf,
    StepPage,
    add_outdented,
    on_text,
    radio_group,
    scrolling,
)
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, em, paragraph, scaled_font
from cssw_documents.words import explained_label


def _local_time(moment: object) -> str:
    from datetime import datetime

    assert isinstance(moment, datetime)
    return moment.astimezone().strftime("%H:%M")


class LeafletStep(StepPage):
    """Step 1: read the leaflet together, on this screen or handed to the family."""

    hand_over_requested = Signal()

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QHBoxLayout()
        intro.addWidget(
            paragraph(
                self.tr(
                    "Go through each section with the family. You can give them the "
                    "laptop to read it on their own screen."
                ),
                self,
            ),
            1,
        )
        self.hand_over_button = QPushButton(self.tr("Give the laptop to the &family…"), self)
        self.hand_over_button.setAccessibleDescription(
            self.tr("Show the leaflet full screen for the family; your passphrase brings you back")
        )
        intro.addWidget(self.hand_over_button)
        layout.addLayout(intro)
        self.reader = LeafletReader(controller, self)
        layout.addWidget(self.reader, 1)
        self.hand_over_button.clicked.connect(self.hand_over_requested)
        focus_starts_at(self, self.reader.next_button)


class WhoStep(StepPage):
    """Step 2: the consent giver, whose consent it is, the children covered, an interpreter."""

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        content = QWidget(self)
        column = scrolling(self, content)
        form = QFormLayout()
        big = scaled_font(self.font(), FAMILY_TEXT_SCALE)
        self.giver = QLineEdit(content)
        self.giver.setAccessibleName(self.tr("Name of person giving consent"))
        self.giver.setAccessibleDescription(
            self.tr("Their full name, as they will sign. The family checks it before signing.")
        )
        self.relationship = QLineEdit(content)
        self.relationship.setAccessibleName(self.tr("Relationship to the children"))
        self.relationship.setAccessibleDescription(
            self.tr("For example: Mother, Father, Grandmother")
        )
        self.relationship.setPlaceholderText(self.tr("For example: Mother, Father, Grandmother"))
        for edit in (self.giver, self.relationship):
            edit.setFont(big)
            edit.setMaxLength(100)
        giver_label = QLabel(self.tr("&Name of person giving consent:"), content)
        giver_label.setBuddy(self.giver)
        relation_label = QLabel(self.tr("&Relationship to child/ren:"), content)
        relation_label.setBuddy(self.relationship)
        form.addRow(giver_label, self.giver)
        form.addRow(relation_label, self.relationship)
        column.addLayout(form)
        # Whose consent this is: the form's two boxes by the signature, as one choice.
        question = self.tr("Whose consent is this?")
        column.addWidget(paragraph(question, content))
        choices = QVBoxLayout()
        basis_box = radio_group(content, question, choices)
        self.parental = QRadioButton(
            self.tr("&Parental consent — given by a person with parental responsibility"),
            basis_box,
        )
        self.young_person_basis = QRadioButton(
            self.tr("&Young person's consent — given by a young person for themselves"),
            basis_box,
        )
        for button in (self.parental, self.young_person_basis):
            button.setFont(big)
            button.setAccessibleDescription(
                self.tr("Whose consent this form records, as the paper form's two boxes say")
            )
            choices.addWidget(button)
        add_outdented(column, basis_box)
        self.basis = OneOf(content, (self.parental, self.young_person_basis), self._basis)

        column.addWidget(paragraph(self.tr("Children this form covers:"), content))
        self.child_boxes: dict[Child, QCheckBox] = {}
        visit_date = controller.state.draft.visit_date
        for child in controller.family.children:
            age = child.age_on(visit_date)
            text = self.tr("%s, aged %d") % (child.name, age)
            if child.needs_own_consent(visit_date):
                text += self.tr(" — 13 or over: their own consent is asked too")
            box = QCheckBox(text, content)
            box.setFont(big)
            box.setAccessibleDescription(self.tr("Ticked when this form is about this child"))
            box.clicked.connect(self._children_changed)
            column.addWidget(box)
            self.child_boxes[child] = box

        self.interpreter = QCheckBox(self.tr("An &interpreter was used"), content)
        self.interpreter.setFont(big)
        self.interpreter.setAccessibleDescription(
            self.tr("Tick if an interpreter helped; then say the language")
        )
        self.language = QLineEdit(content)
        self.language.setFont(big)
        self.language.setMaxLength(60)
        self.language.setAccessibleName(self.tr("Interpreter's language"))
        self.language.setAccessibleDescription(
            self.tr("The language the interpreter used (on once an interpreter is ticked)")
        )
        language_row = QHBoxLayout()
        self.language_label = QLabel(self.tr("&Language:"), content)
        self.language_label.setBuddy(self.language)
        language_row.addWidget(self.interpreter)
        language_row.addSpacing(20)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        column.addSpacing(12)
        column.addLayout(language_row)
        self.interpreter_name = QLineEdit(content)
        self.interpreter_name.setFont(big)
        self.interpreter_name.setMaxLength(100)
        self.interpreter_name.setAccessibleName(self.tr("Interpreter's name"))
        self.interpreter_name.setAccessibleDescription(
            self.tr("The interpreter's full name: they sign to confirm they interpreted")
        )
        name_row = QHBoxLayout()
        self.interpreter_name_label = QLabel(self.tr("Interpreter's na&me:"), content)
        self.interpreter_name_label.setBuddy(self.interpreter_name)
        name_row.addSpacing(em(content, 2))
        name_row.addWidget(self.interpreter_name_label)
        name_row.addWidget(self.interpreter_name, 1)
        column.addLayout(name_row)
        column.addStretch(1)

        on_text(
            self.giver,
            lambda t: controller.edit(lambda s: s.with_draft(consent_giver_name=t), typed=True),
        )
        on_text(
            self.relationship,
            lambda t: controller.edit(
                lambda s: s.with_draft(consent_giver_relationship=t), typed=True
            ),
        )
        self.interpreter.clicked.connect(
            lambda on: controller.edit(lambda s: s.with_draft(interpreter_used=on))
        )
        on_text(
            self.language,
            lambda t: controller.edit(lambda s: s.with_draft(interpreter_language=t), typed=True),
        )
        on_text(
            self.interpreter_name,
            lambda t: controller.edit(lambda s: s.with_draft(interpreter_name=t), typed=True),
        )
        self.setFocusProxy(self.giver)
        self.refresh()

    def _basis(self, index: int) -> None:
        basis = ConsentBasis.PARENTAL if index == 0 else ConsentBasis.YOUNG_PERSON
        self.controller.edit(lambda s: s.with_draft(consent_basis=basis))

    def _children_changed(self) -> None:
        covered = tuple(c for c, box in self.child_boxes.items() if box.isChecked())
        ids = {c.id for c in covered}
        consents = {
            k: v for k, v in self.controller.state.draft.young_person_consents.items() if k in ids
        }
        self.controller.edit(
            lambda s: s.with_draft(covered_children=covered, young_person_consents=consents)
        )

    def refresh(self) -> None:
        draft = self.controller.state.draft
        for edit, text in (
            (self.giver, draft.consent_giver_name),
            (self.relationship, draft.consent_giver_relationship),
            (self.language, draft.interpreter_language),
            (self.interpreter_name, draft.interpreter_name),
        ):
            if edit.text() != text:
                edit.setText(text)
        basis = draft.consent_basis
        self.basis.show_choice(
            None if basis is None else 0 if basis is ConsentBasis.PARENTAL else 1
        )
        covered = {c.id for c in draft.covered_children}
        for child, box in self.child_boxes.items():
            box.setChecked(child.id in covered)
        self.interpreter.setChecked(draft.interpreter_used)
        for widget in (
            self.language,
            self.language_label,
            self.interpreter_name,
            self.interpreter_name_label,
        ):
            widget.setEnabled(draft.interpreter_used)


class ExplainedStep(StepPage):
    """Step 3: the form's seven points, each ticked (with the time) as it is explained."""

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        content = QWidget(self)
        column = scrolling(self, content)
        column.addWidget(
            paragraph(
                self.tr(
                    "Tick each point as you explain it. The time you tick it is kept "
                    "in the record. “The following information has been explained to me:”"
                ),
                content,
            )
        )
        self.boxes: dict[ExplainedItem, QCheckBox] = {}
        self.times: dict[ExplainedItem, QLabel] = {}
        big = scaled_font(self.font(), FAMILY_TEXT_SCALE)
        for item in ExplainedItem:
            row = QHBoxLayout()
            box = QCheckBox(explained_label(item), content)
            box.setFont(big)
            box.setAccessibleDescription(
                self.tr("Tick when you have explained this; the time you tick it is kept")
            )
            box.clicked.connect(lambda on, i=item: self._ticked(i, on))
            when = QLabel(content)
            when.setFont(big)
            row.addWidget(box, 1)
            row.addWidget(when)
            column.addLayout(row)
            self.boxes[item] = box
            self.times[item] = when
        column.addStretch(1)
        self.setFocusProxy(self.boxes[ExplainedItem.WHAT])
        self.refresh()

    def _ticked(self, item: ExplainedItem, on: bool) -> None:
        now = self.controller.now() if on else None
        self.controller.edit(lambda s: s.with_draft(explained={**s.draft.explained, item: now}))

    def refresh(self) -> None:
        for item, when in self.controller.state.draft.explained.items():
            self.boxes[item].setChecked(when is not None)
            self.times[item].setText(
                "" if when is None else self.tr("explained at %s") % _local_time(when)
            )
