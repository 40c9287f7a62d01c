"""The status bar's part about central: what waits to send, progress, and problems.

"3 waiting to send · last sent 10:42", a progress bar reading "Sending 3 of 10" while a
sync runs, and after a sync that went wrong a short reason with a button to the outbox.

Each label says what it shows (its purpose is its description). A screen reader hears a
sync's news when it ends: politely what was sent or returned, at once why something was
not sent (once: a sync every few minutes that meets the same problem says it only once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.sync.words import count_words
from cssw_desktop.ui.widgets.layout import em

if TYPE_CHECKING:
    from cssw_desktop.sync.engine import SyncReport
    from cssw_desktop.ui.sync.controller import SyncController


class SyncStatus(QWidget):
    """Follows a SyncController; `outbox_requested` when the worker wants the details."""

    outbox_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._said = ""  # the last news announced
        self._opening = False  # the next status is the sync's "Sending to central…"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setAccessibleDescription(self.tr("Sending to central"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Sending progress"))
        self.bar.setAccessibleDescription(self.tr("How many records have been sent so far"))
        self.bar.setFixedWidth(em(self, 14))
        self.bar.setTextVisible(True)
        self.bar.setVisible(False)
        self.problem = QLabel(self)
        self.problem.setAccessibleDescription(self.tr("Sending problem"))
        self.problem.setVisible(False)
        self.returned = QLabel(self)
        self.returned.setAccessibleDescription(self.tr("Returned to you"))
        self.returned.setVisible(False)
        self.outbox_button = QPushButton(self.tr("Open the outbox"), self)
        self.outbox_button.setFlat(True)
        self.outbox_button.setToolTip(self.tr("What is waiting to send, and why (Ctrl+Shift+O)"))
        self.outbox_button.setVisible(False)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.returned)
        layout.addWidget(self.outbox_button)

        controller.status_changed.connect(self._show_text)
        controller.started.connect(self._started)
        controller.progress.connect(self._progress)
        controller.ended.connect(lambda: self.bar.setVisible(False))
        controller.finished.connect(self._finished)
        controller.summary_changed.connect(lambda _summary: self._show_failures())
        self.outbox_button.clicked.connect(self.outbox_requested)
        self._show_text(controller.status_text())

    def _show_text(self, text: str) -> None:
        if self.bar.isVisible() and not self._opening:
            self._say(text, urgent=True)  # the sync could not start ("Could not send: …")
        self._opening = False
        self.text.setText(text)
        self.text.setVisible(bool(text))

    def _started(self) -> None:
        # Empty, reading "Connecting…", until the engine knows how many there are.
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("Connecting…"))
        self.bar.setVisible(True)
        self._opening = True

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(
            self.tr("Sending %d of %d") % (min(done + 1, total), total)
            if done < total
            else self.tr("Sent %d of %d") % (done, total)
        )

    def _finished(self, report: SyncReport) -> None:
        self._show_failures(report.problem)
        if report.problem:
            self._say(self.problem.toolTip() or self.problem.text(), urgent=True)
        if report.returned_new:
            self.returned.setText(
                count_words(
                    report.returned_new,
                    self.tr("· 1 record returned to you"),
                    self.tr("· %n records returned to you"),
                )
            )
            self.returned.setVisible(True)
        if not report.problem:
            news = [self.text.text(), self.returned.text() if report.returned_new else ""]
            happened = report.sent or report.returned_new or report.failed
            self._said = ""  # a problem met again later is news again
            if happened:
                self._say(" ".join(word for word in news if word), urgent=bool(report.failed))
        self._update_button()

    def _show_failures(self, problem: str | None = None) -> None:
        """Why the last sync stopped short, if it did (its first sentence; all as a tip)."""
        report = self._controller.last_report
        if problem is None and report is not None:
            problem = report.problem
        words = ""
        if problem:
            words = self.tr("· Not sent: %s.") % problem.split(". ")[0].rstrip(".")
        self.problem.setText(words)
        self.problem.setToolTip(problem or "")
        self.problem.setVisible(bool(words))
        self._update_button()

    def _say(self, news: str, *, urgent: bool) -> None:
        if news and news != self._said:
            self._said = news
            announce(self, news, urgent=urgent)

    def _update_button(self) -> None:
        summary = self._controller.summary
        self.outbox_button.setVisible(
            self.problem.isVisibleTo(self)
            or self.returned.isVisibleTo(self)
            or bool(summary is not None and summary.failed)
        )

    def clear(self) -> None:
        """On lock: nothing about what waits on the laptop is left showing."""
        self.bar.setVisible(False)
        self.problem.setVisible(False)
        self.returned.setVisible(False)
        self.outbox_button.setVisible(False)
        self._show_text("")

    def seen_returned(self) -> None:
        """The worker opened the outbox: the returned records are in front of them."""
        self.returned.setVisible(False)
        self._update_button()
