"""Approve and Return inside the received-record viewer, so a lead decides while reading.

A bar under the pages: what central flagged, in full words with what to do, then "Approve"
(Alt+A) and "Return to worker…" (Alt+T). The buttons wake only
once the pages are drawn from a record whose seal checked out here, so nothing is approved
unseen. Approving closes the viewer; returning opens the comment box over it and closes
the viewer once the record is back with the worker. The keyboard stays on the pages
(arrows, Page Down) until the lead presses a button's keys or tabs to it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cssw_core.protocol import ReviewItem
from cssw_desktop.ui.models.review import flags_text
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.widgets.layout import message_label, show_message
from cssw_desktop.ui.workspace import alive


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the desk does: approve (None once approved, else why not in words), or ask for
    a return comment over `parent` and call `then` once the record is returned."""

    approve: Callable[[ReviewItem], Awaitable[str | None]]
    ask_return: Callable[[ReviewItem, QWidget, Callable[[], None]], None]


class DecisionBar(QObject):
    """The two buttons in the dialog, and what happens when they are pressed."""

    def __init__(self, dialog: RecordPreviewDialog, item: ReviewItem, decisions: Decisions) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._item = item
        self._decisions = decisions
        translate = QCoreApplication.translate
        self.bar = QWidget(dialog)
        self.bar.setObjectName("review-decisions")
        column = QVBoxLayout(self.bar)
        column.setContentsMargins(0, 0, 0, 0)
        self.flags = QLabel(self.bar)
        self.flags.setWordWrap(True)
        self.flags.setAccessibleDescription(translate("ReviewViewer", "Needs a closer look"))
        self.flags.setText(
            translate("ReviewViewer", "Needs a closer look:") + "\n" + flags_text(item)
            if item.flags
            else translate("ReviewViewer", "Central flagged nothing on this record.")
        )
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.flags)
        self.problem = message_label(self.bar)
        self.problem.setAccessibleDescription(translate("ReviewViewer", "Problem"))
        column.addWidget(self.problem)
        row = QHBoxLayout()
        self.words = QLabel(translate("ReviewViewer", "Read the form, then decide:"), self.bar)
        self.approve_button = QPushButton(translate("ReviewViewer", "&Approve"), self.bar)
        self.approve_button.setAccessibleDescription(
            translate("ReviewViewer", "Approve this record: it is filed, and the viewer closes")
        )
        self.return_button = QPushButton(translate("ReviewViewer", "Re&turn to worker…"), self.bar)
        self.return_button.setAccessibleDescription(
            translate("ReviewViewer", "Send this record back to its worker, with a comment")
        )
        row.addStretch(1)
        row.addWidget(self.words)
        for button in (self.approve_button, self.return_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            row.addWidget(button)
        column.addLayout(row)
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.count() - 1, self.bar)  # just above Save and Close
        self.approve_button.clicked.connect(lambda: spawn(self._approve()))
        self.return_button.clicked.connect(self._return)

    def ready(self) -> None:
        """The pages are shown and the seal held: the lead may decide."""
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        for button in (self.approve_button, self.return_button):
            button.setEnabled(not busy)

    async def _approve(self) -> None:
        show_message(self.problem, "")
        self.set_busy(True)
        problem = await self._decisions.approve(self._item)
        if not alive(self._dialog):
            return
        if problem is None:
            self._dialog.close_now()
            return
        self.set_busy(False)
        show_message(self.problem, problem)

    def _return(self) -> None:
        show_message(self.problem, "")
        self._decisions.ask_return(self._item, self._dialog, self._returned)

    def _returned(self) -> None:
        if alive(self._dialog):
            self._dialog.close_now()
