""" "Resume the visit with the Okafor family?" — offered after unlocking and when the
worker opens a family with a visit under way. Discarding asks again first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.family import Family
from cssw_core.domain.i18n import fill
from cssw_core.domain.visit import STEPS, Step
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.translated import step_heading
from cssw_desktop.ui.assistive import Role, announce, set_role
from cssw_desktop.ui.widgets.layout import em, heading, paragraph


def _saved_when(stored: StoredRecord) -> str:
    try:
        moment = datetime.fromisoformat(stored.updated_at).astimezone()
    except ValueError:
        return QCoreApplication.translate("ResumeDialog", "earlier")
    return fill(
        QCoreApplication.translate("ResumeDialog", "%1 on %2", "a time on a day"),
        moment.strftime("%H:%M"),
        moment.strftime("%-d %B"),
    )


def _step_of(stored: StoredRecord) -> str:
    try:
        step = Step(str(stored.body.get("step")))
    except ValueError:
        return ""
    return fill(
        QCoreApplication.translate("ResumeDialog", "step %1 of %2: %3"),
        step.number,
        len(STEPS),
        step_heading(step),
    )


class ResumeDialog(QDialog):
    resume_requested = Signal()
    discard_requested = Signal()

    def __init__(self, family: Family, stored: StoredRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished consent visit"))
        # Window-modal (the workspace opens it with open()), and said so: a screen reader
        # hears a modal dialog, and that the rest of the window waits for it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        set_role(self, Role.Dialog)
        self.setMinimumWidth(em(self, 34))
        self.stack = QStackedWidget(self)

        offer = QWidget(self)
        column = QVBoxLayout(offer)
        column.addWidget(heading(self.tr("Resume the visit?"), offer, 1.3))
        self.text = paragraph(
            self.tr(
                "A consent visit with the %s family is not finished (%s, last saved at %s). "
                "Everything recorded so far is kept."
            )
            % (family.family_name, _step_of(stored), _saved_when(stored)),
            offer,
        )
        column.addWidget(self.text)
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("&Discard it…"), offer)
        self.later_button = QPushButton(self.tr("Not &now"), offer)
        self.resume_button = QPushButton(
            self.tr("&Resume the visit with the %s family") % family.family_name, offer
        )
        self.resume_button.setDefault(True)
        self.discard_button.setAccessibleDescription(
            self.tr("Throw the unfinished visit away (you are asked to be sure first)")
        )
        self.later_button.setAccessibleDescription(self.tr("Keep the visit for later"))
        self.resume_button.setAccessibleDescription(self.tr("Carry on the visit where it stopped"))
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.resume_button)
        column.addLayout(buttons)

        confirm = QWidget(self)
        column = QVBoxLayout(confirm)
        self.confirm_heading = heading(self.tr("Discard the unfinished visit?"), confirm, 1.3)
        column.addWidget(self.confirm_heading)
        column.addWidget(
            paragraph(
                self.tr(
                    "Everything recorded in the visit with the %s family, including any "
                    "signatures, will be lost. This cannot be undone."
                )
                % family.family_name,
                confirm,
            )
        )
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep it"), confirm)
        self.confirm_discard_button = QPushButton(self.tr("D&iscard the visit"), confirm)
        self.keep_button.setAccessibleDescription(self.tr("Do not discard: keep the visit"))
        self.confirm_discard_button.setAccessibleDescription(
            self.tr("Lose everything recorded in the visit, signatures included")
        )
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_discard_button)
        column.addLayout(buttons)

        self.stack.addWidget(offer)
        self.stack.addWidget(confirm)
        QVBoxLayout(self).addWidget(self.stack)

        self.resume_button.clicked.connect(self._resume)
        self.later_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self._ask_discard)
        self.keep_button.clicked.connect(self._keep)
        self.confirm_discard_button.clicked.connect(self._discard)
        self.resume_button.setFocus()

    def _resume(self) -> None:
        self.accept()
        self.resume_requested.emit()

    def _ask_discard(self) -> None:
        self.stack.setCurrentIndex(1)
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()
        announce(self.confirm_heading, self.confirm_heading.text())

    def _keep(self) -> None:
        self.stack.setCurrentIndex(0)
        self.resume_button.setFocus()

    def _discard(self) -> None:
        self.reject()
        self.discard_requested.emit()
