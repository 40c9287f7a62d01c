"""Step 8 of a visit: review, sign and seal (step 7, young people's own consent, is in
`young_people_step`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import summary_html
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.widgets import StepPage
from cssw_desktop.ui.widgets.layout import FAMILY_TEXT_SCALE, paragraph, scaled_font


class ReviewStep(StepPage):
    """Step 8: the summary, handing the laptop over to confirm and sign, then sealing."""

    hand_over_requested = Signal()

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.status = paragraph("", self)  # its name is what it says: "Not signed yet…"
        self.status.setAccessibleDescription(self.tr("Who has checked and signed so far"))
        self._said = ""  # the status last announced
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._say_status()  # e.g. back from the family, who signed meanwhile

    def _say_status(self) -> None:
        """Announce the signing status when it changed since it was last said."""
        text = self.status.text()
        if text != self._said:
            if self._said:  # the first status comes with the step's own announcement
                announce(self.status, text)
            self._said = text

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
        if self.isVisible():
            self._say_status()
        parent_signed = state.signature_of(SignerRole.PARENT, None) is not None
        self.hand_over_button.setText(
            self.tr("Give the laptop to the &family to check and sign…")
            if not parent_signed or state.unsigned()
            else self.tr("Give the laptop to the family again…")
        )
