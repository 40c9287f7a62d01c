"""The visit in the worker's workspace: a step indicator, one step at a time, Back and Next.

Next is switched off while the step is incomplete, and a plain message says what is
missing: never a silent grey button. On the last step Next becomes "Seal this record".

What a screen reader is told (docs/worker-guide.md, "What a screen reader says"): the step
indicator is a heading that says "Step 2 of 8: Who is here"; a new step is announced with
what is still missing, and the keyboard goes to its first question. What is missing is
announced (politely) when it grows or when the step becomes complete, not as each answer
shortens the list; the switched-off Next says it in its description too. Saving is said
only when it goes wrong ("Not saved: …", at once) and when it works again; "Saved at …"
stays readable in the header without being spoken after every answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.visit import STEPS, Step
from cssw_desktop.translated import step_heading
from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.assistive import Role, announce, sentences, set_description, set_role
from cssw_desktop.ui.focus import focus_start, focus_starts_at
from cssw_desktop.ui.visit.choice_steps import AgenciesStep, ChoicesStep
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.first_steps import ExplainedStep, LeafletStep, WhoStep
from cssw_desktop.ui.visit.last_steps import ReviewStep
from cssw_desktop.ui.visit.widgets import StepPage
from cssw_desktop.ui.visit.young_people_step import YoungPeopleStep
from cssw_desktop.ui.widgets.layout import em, heading, message_label, scaled_font, show_message

translate = QCoreApplication.translate
MAX_LISTED = 4  # missing items named before "and N more"
TO_DO = "to_do"  # what is left to do is not an error: no alarm red
PROBLEM = "problem"


def missing_message(step: Step, missing: list[str]) -> str:
    """ "To go on, answer Yes or No for every agency. Not answered yet: Police, Housing
    and 3 more." in plain words."""
    if not missing:
        return ""
    shown = ", ".join(missing[:MAX_LISTED])
    if len(missing) > MAX_LISTED:
        more = translate("VisitPage", "%1 and %n more", "", len(missing) - MAX_LISTED)
        shown = more.replace("%1", shown)
    every_agency = translate(
        "VisitPage", "To go on, answer Yes or No for every agency. Not answered yet: %1."
    )
    template = {
        Step.LEAFLET: translate(
            "VisitPage", "To go on, show every section of the leaflet. Not shown yet: %1."
        ),
        Step.WHO: translate("VisitPage", "To go on, fill in %1."),
        Step.EXPLAINED: translate("VisitPage", "To go on, explain and tick: %1."),
        Step.SHARE: every_agency,
        Step.APPROACH: every_agency,
        Step.CHOICES: translate("VisitPage", "To go on, answer Yes or No for: %1."),
        Step.YOUNG_PEOPLE: translate("VisitPage", "To go on, record for each young person: %1."),
        Step.REVIEW: translate("VisitPage", "Before sealing: %1."),
    }[step]
    return template.replace("%1", shown)


class VisitPage(QWidget):
    """One consent visit's wizard (built for each visit, dropped when it ends or locks)."""

    leave_requested = Signal()
    hand_over_requested = Signal()
    seal_requested = Signal()

    def __init__(
        self,
        controller: VisitController,
        previous: ConsentState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        c = controller
        family = controller.family
        # Before any step redraws: a button about to switch itself off under the keyboard
        # hands it on first, straight to where it ends up (see _keep_keyboard).
        c.changed.connect(self._keep_keyboard)
        top = QHBoxLayout()
        title = heading(self.tr("Consent visit — %s family") % family.family_name, self, 1.3)
        top.addWidget(title, 1)
        self.saved_label = QLabel(self)  # its name is what it says: "Saved at 19:15:23"
        self.saved_label.setAccessibleDescription(self.tr("When the visit was last saved"))
        top.addWidget(self.saved_label)
        self.leave_button = QPushButton(self.tr("&Leave the visit (it is saved)"), self)
        self.leave_button.setAccessibleDescription(
            self.tr("Back to the family's page. The visit is saved and can be resumed.")
        )
        top.addWidget(self.leave_button)
        self.indicator = QLabel(self)
        self.indicator.setFont(scaled_font(self.font(), 1.25, bold=True))
        set_role(self.indicator, Role.Heading)  # says "Step 2 of 8: Who is here"
        self.indicator.setAccessibleDescription(self.tr("Which step of the visit this is"))

        self.steps: dict[Step, StepPage] = {
            Step.LEAFLET: LeafletStep(c, self),
            Step.WHO: WhoStep(c, self),
            Step.EXPLAINED: ExplainedStep(c, self),
            Step.SHARE: AgenciesStep(
                c, "share", None if previous is None else previous.share_with, self
            ),
            Step.APPROACH: AgenciesStep(
                c, "approach", None if previous is None else previous.approach, self
            ),
            Step.CHOICES: ChoicesStep(
                c,
                self,
                previous_documents=None if previous is None else previous.documents,
                previous_research=None if previous is None else previous.research_consent,
            ),
            Step.YOUNG_PEOPLE: YoungPeopleStep(c, self),
            Step.REVIEW: ReviewStep(c, self),
        }
        self.stack = QStackedWidget(self)
        for page in self.steps.values():
            self.stack.addWidget(page)
        self.message = message_label(self)
        use_colours(self.message, text=TO_DO)
        self.back_button = QPushButton(self.tr("‹ &Back"), self)
        self.next_button = QPushButton(self.tr("&Next ›"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("To the step before"))
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
        leaflet_step.reader.reached_end.connect(self._focus_next)
        review_step.hand_over_requested.connect(self.hand_over_requested)
        c.changed.connect(self.refresh)
        c.saved.connect(self._saved)
        c.save_failed.connect(self._save_failed)
        self._step: Step | None = None
        self._proxied: QWidget | None = None  # a focus proxy set by _keep_keyboard
        self._sealing_from_keyboard = False  # Seal had the keyboard when it went off
        self._missing: list[str] = []
        self._save_problem = ""
        self._focus_target: QWidget = self
        focus_starts_at(self, lambda: self._focus_target)
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
            announce(self.message, self.message.text())  # why nothing happened
            return
        if step is Step.REVIEW:
            self.seal_requested.emit()
        else:
            self.controller.edit(lambda s: s.with_step(STEPS[step.number]))

    def refresh(self) -> None:
        state = self.controller.state
        step = state.step
        self.indicator.setText(
            self.tr("Step %d of %d: %s") % (step.number, len(STEPS), step_heading(step))
        )
        page = self.steps[step]
        missing = self.controller.missing()
        self.next_button.setEnabled(not missing)
        # Where the keyboard starts on this step (and on coming back to the visit): its
        # first control; Next on a step with nothing to answer; Seal once all have signed.
        target: QWidget = page
        start = focus_start(page) or page.focusProxy()
        if (step is Step.REVIEW and not state.unsigned()) or start is None:
            target = self.next_button if not missing else page
        self._focus_target = target
        message = missing_message(step, missing)
        use_colours(self.message, text=TO_DO)
        show_message(self.message, message, say=False)
        if self._step is not step:
            self.stack.setCurrentWidget(page)
            new_step = self._step is not None
            self._step = step
            target.setFocus()
            if new_step:  # the first step is announced with the page (visit started)
                announce(self.indicator, sentences(self.indicator.text(), message))
        else:
            self._say_missing(missing, message)
        self._missing = missing
        self.back_button.setEnabled(step.number > 1)
        sealing = step is Step.REVIEW
        self.next_button.setText(self.tr("&Seal this record") if sealing else self.tr("&Next ›"))
        self.next_button.setAccessibleName(
            self.tr("Seal this record") if sealing else self.tr("Next")
        )
        purpose = (
            self.tr("Seal the signed record: after that it cannot be changed")
            if sealing
            else self.tr("To the next step, once this one is complete")
        )
        if missing:  # switched off: say why, where a screen reader reads the button
            purpose = self.tr("Switched off. %1").replace("%1", message)
        set_description(self.next_button, purpose)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (the visit starts, resumes, or the laptop comes back from the family):
        the step and what is missing are said, after the control the keyboard is in."""
        super().showEvent(event)
        if not event.spontaneous():
            missing = self.message.text() if self._missing else ""
            announce(self.indicator, sentences(self.indicator.text(), missing))

    def _say_missing(self, missing: list[str], message: str) -> None:
        """Announce what is missing when more is missing than before, and when nothing is
        (the step is complete); a list shrinking as the person answers is not repeated."""
        if missing and any(item not in self._missing for item in missing):
            announce(self.message, message)
        elif not missing and self._missing:
            done = (
                self.tr("Everything is done for sealing.")
                if self._step is Step.REVIEW
                else self.tr("This step is complete: Next is on.")
            )
            announce(self.next_button, done)

    def _focus_next(self) -> None:
        self._drop_proxy()
        if self.next_button.isEnabled():
            self.next_button.setFocus()

    def _keep_keyboard(self) -> None:
        """Next section pressed on the leaflet's last but one section: it is about to be
        switched off with the keyboard in it, and Qt would move the keyboard on by itself
        (to "Leave the visit"), then the reader to Previous section, then to the step's
        Next: three moves, each one spoken. Go to where it ends up first, at once: Next
        once the leaflet is all shown, else Previous section."""
        step = self.steps[Step.LEAFLET]
        assert isinstance(step, LeafletStep)
        reader = step.reader
        state = self.controller.state
        last = len(self.controller.leaflet.sections) - 1
        if state.step is not Step.LEAFLET or state.section < last:
            return
        if not reader.next_button.hasFocus():
            return  # (the worker's reader has no end page: Next section goes off)
        target = reader.previous_button
        if not self.controller.missing():
            self.next_button.setEnabled(True)  # as refresh is about to
            target = self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target is self.next_button:  # the reader's "keep it here" lands on Next too,
            reader.previous_button.setFocusProxy(target)  # until it says it reached the end
            self._proxied = reader.previous_button

    def _drop_proxy(self) -> None:
        if self._proxied is not None:
            self._proxied.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr
            self._proxied = None

    def _saved(self, _revision: int) -> None:
        now = self.controller.now().astimezone().strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("Saved at %s") % now)
        self.saved_label.setFont(self.font())
        use_colours(self.saved_label)  # the theme's plain text again
        if self._save_problem:  # saving works again: said once, not after every answer
            self._save_problem = ""
            announce(self.saved_label, self.saved_label.text())

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %s") % message)
        self.saved_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        use_colours(self.saved_label, text=PROBLEM)
        if message != self._save_problem:  # a new problem: at once
            self._save_problem = message
            announce(self.saved_label, self.saved_label.text(), urgent=True)

    def set_sealing(self, busy: bool) -> None:
        had_keyboard = self.next_button.hasFocus() or self._sealing_from_keyboard
        self._sealing_from_keyboard = busy and had_keyboard
        self.next_button.setEnabled(not busy and not self.controller.missing())
        self.next_button.setText(self.tr("Sealing…") if busy else self.tr("&Seal this record"))
        if busy:
            announce(self.next_button, self.tr("Sealing…"))
        elif had_keyboard and self.next_button.isEnabled():
            self.next_button.setFocus()  # not sealed: the keyboard is back on Seal

    def show_problem(self, text: str) -> None:
        """A real problem (e.g. sealing refused): in red, until the next change."""
        use_colours(self.message, text=PROBLEM)
        show_message(self.message, text)
