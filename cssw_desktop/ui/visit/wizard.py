"""The visit in the worker's workspace: a step indicator, one step at a time, Back and Next.

Next is switched off while the step is incomplete, and a plain message says what is
missing: never a silent grey button. On the last step Next becomes "Seal this record".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cssw_desktop.domain.agencies import Agency
from cssw_desktop.domain.consent import Answer
from cssw_desktop.domain.visit import STEPS, Step
from cssw_desktop.ui.layout import em, heading, message_label, scaled_font, show_message
from cssw_desktop.ui.visit.choice_steps import AgenciesStep, ChoicesStep
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.first_steps import ExplainedStep, LeafletStep, WhoStep
from cssw_desktop.ui.visit.last_steps import ReviewStep, YoungPeopleStep
from cssw_desktop.ui.visit.widgets import StepPage

MAX_LISTED = 4  # missing items named before "and N more"
TO_DO_STYLE = "color: #1f3b57;"  # what is left to do is not an error: no alarm red
PROBLEM_STYLE = "color: #a4262c;"


def missing_message(step: Step, missing: list[str]) -> str:
    """ "Still to answer: Police, Housing and 3 more." in plain words."""
    if not missing:
        return ""
    shown = ", ".join(missing[:MAX_LISTED])
    if len(missing) > MAX_LISTED:
        shown += f" and {len(missing) - MAX_LISTED} more"
    lead = {
        Step.LEAFLET: "To go on, show every section of the leaflet. Not shown yet: ",
        Step.WHO: "To go on, fill in ",
        Step.EXPLAINED: "To go on, explain and tick: ",
        Step.SHARE: "To go on, answer Yes or No for every agency. Not answered yet: ",
        Step.APPROACH: "To go on, answer Yes or No for every agency. Not answered yet: ",
        Step.CHOICES: "To go on, answer Yes or No for: ",
        Step.YOUNG_PEOPLE: "To go on, record for each young person: ",
        Step.REVIEW: "Before sealing: ",
    }[step]
    return lead + shown + "."


class VisitPage(QWidget):
    """One consent visit's wizard (built for each visit, dropped when it ends or locks)."""

    leave_requested = Signal()
    hand_over_requested = Signal()
    seal_requested = Signal()

    def __init__(
        self,
        controller: VisitController,
        previous: tuple[dict[Agency, Answer | None], dict[Agency, Answer | None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        c = controller
        family = controller.family
        top = QHBoxLayout()
        title = heading(self.tr("Consent visit — %s family") % family.family_name, self, 1.3)
        top.addWidget(title, 1)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Saving"))
        top.addWidget(self.saved_label)
        self.leave_button = QPushButton(self.tr("&Leave the visit (it is saved)"), self)
        top.addWidget(self.leave_button)
        self.indicator = QLabel(self)
        self.indicator.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.indicator.setAccessibleName(self.tr("Step"))

        self.steps: dict[Step, StepPage] = {
            Step.LEAFLET: LeafletStep(c, self),
            Step.WHO: WhoStep(c, self),
            Step.EXPLAINED: ExplainedStep(c, self),
            Step.SHARE: AgenciesStep(c, "share", previous[0] if previous else None, self),
            Step.APPROACH: AgenciesStep(c, "approach", previous[1] if previous else None, self),
            Step.CHOICES: ChoicesStep(c, self),
            Step.YOUNG_PEOPLE: YoungPeopleStep(c, self),
            Step.REVIEW: ReviewStep(c, self),
        }
        self.stack = QStackedWidget(self)
        for page in self.steps.values():
            self.stack.addWidget(page)
        self.message = message_label(self)
        self.message.setAccessibleName(self.tr("What is missing"))
        self.message.setStyleSheet(TO_DO_STYLE)
        self.back_button = QPushButton(self.tr("‹ &Back"), self)
        self.next_button = QPushButton(self.tr("&Next ›"), self)
        for button in (self.back_button, self.next_button):
            button.setFont(scaled_font(button.font(), 1.2))
            button.setMinimumWidth(em(self, 9))
        self.next_button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.indicator)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.leave_button.clicked.connect(self.leave_requested)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        leaflet_step = self.steps[Step.LEAFLET]
        review_step = self.steps[Step.REVIEW]
        assert isinstance(leaflet_step, LeafletStep)
        assert isinstance(review_step, ReviewStep)
        leaflet_step.hand_over_requested.connect(self.hand_over_requested)
        review_step.hand_over_requested.connect(self.hand_over_requested)
        c.changed.connect(self.refresh)
        c.saved.connect(self._saved)
        c.save_failed.connect(self._save_failed)
        self._step: Step | None = None
        self.refresh()

    def current_step(self) -> StepPage:
        return self.steps[self.controller.state.step]

    def back(self) -> None:
        step = self.controller.state.step
        if step.number > 1:
            self.controller.edit(lambda s: s.with_step(STEPS[step.number - 2]))

    def next(self) -> None:
        step = self.controller.state.step
        if self.controller.missing():
            self.refresh()
            return
        if step is Step.REVIEW:
            self.seal_requested.emit()
        else:
            self.controller.edit(lambda s: s.with_step(STEPS[step.number]))

    def refresh(self) -> None:
        state = self.controller.state
        step = state.step
        self.indicator.setText(
            self.tr("Step %d of %d: %s") % (step.number, len(STEPS), self.tr(step.heading))
        )
        page = self.steps[step]
        if self._step is not step:
            self.stack.setCurrentWidget(page)
            self._step = step
            page.setFocus()
        missing = self.controller.missing()
        self.message.setStyleSheet(TO_DO_STYLE)
        show_message(self.message, missing_message(step, missing))
        self.next_button.setEnabled(not missing)
        self.back_button.setEnabled(step.number > 1)
        self.next_button.setText(
            self.tr("&Seal this record") if step is Step.REVIEW else self.tr("&Next ›")
        )

    def _saved(self, _revision: int) -> None:
        now = self.controller.now().astimezone().strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("Saved at %s") % now)
        self.saved_label.setStyleSheet("")

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %s") % message)
        self.saved_label.setStyleSheet("color: #a4262c; font-weight: bold;")

    def set_sealing(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy and not self.controller.missing())
        self.next_button.setText(self.tr("Sealing…") if busy else self.tr("&Seal this record"))

    def show_problem(self, text: str) -> None:
        """A real problem (e.g. sealing refused): in red, until the next change."""
        self.message.setStyleSheet(PROBLEM_STYLE)
        show_message(self.message, text)
