"""The outbox: what waits to be sent to central, what could not be, what central has.

A view: `show_outbox` fills it with rows the caller read on the store thread; the
worker's requests go out as signals. Below the outbox, the records a team lead returned
to the worker with their comment.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.storage.outbox import OutboxRow
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.returned import ReturnedRow
from cssw_desktop.ui.models.outbox import OutboxTableModel
from cssw_desktop.ui.models.returned import ReturnedTableModel
from cssw_desktop.ui.sync.words import count_words, role_words
from cssw_desktop.ui.widgets.layout import em, heading, paragraph, scaled_font


def read_only_table(table: QTableView, name: str, stretch: int) -> None:
    """A table of whole rows, read only, the `stretch` column taking the spare width."""
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)


class OutboxPage(QWidget):
    """Counts, Sync now, the outbox table and the returned records."""

    sync_requested = Signal()
    enroll_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutboxTableModel(self)
        self.returned_model = ReturnedTableModel(self)
        self._training = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Outbox"), self), 1)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send what is waiting to central now (Ctrl+Shift+S)"))
        self.enroll_button = QPushButton(self.tr("&Connect this laptop to central…"), self)
        self.enroll_button.setAccessibleDescription(
            self.tr("Connect with the enrollment code from IT, so signed forms can be sent")
        )
        self.back_button = QPushButton(self.tr("&Back to families"), self)
        self.back_button.setToolTip(self.tr("Back to the families list (Esc)"))
        for button in (self.sync_button, self.enroll_button, self.back_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.connection = paragraph("", self)
        self.connection.setAccessibleName(self.tr("Connection to central"))
        layout.addWidget(self.connection)
        self.counts = QLabel(self)
        self.counts.setFont(scaled_font(self.counts.font(), 1.15, bold=True))
        self.counts.setAccessibleName(self.tr("Counts"))
        layout.addWidget(self.counts)
        self.notice = paragraph("", self)
        self.notice.setAccessibleName(self.tr("News from the last sync"))
        self.notice.setFrameShape(QLabel.Shape.StyledPanel)
        self.notice.setMargin(em(self, 0.5))
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_table(self.table, self.tr("Outbox"), OutboxTableModel.DETAILS)
        self.table.setAccessibleDescription(
            self.tr("Each signed form and withdrawal on this laptop, and whether it was sent")
        )
        self.empty = paragraph(self.tr("Nothing has been signed on this laptop yet."), self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)

        layout.addWidget(heading(self.tr("Returned to you"), self, scale=1.25))
        self.returned_note = paragraph("", self)
        layout.addWidget(self.returned_note)
        self.returned_table = QTableView(self)
        self.returned_table.setModel(self.returned_model)
        read_only_table(self.returned_table, self.tr("Returned to you"), ReturnedTableModel.COMMENT)
        self.returned_table.setAccessibleDescription(
            self.tr("Records your team lead sent back, with their comment")
        )
        self.returned_table.setMinimumHeight(em(self, 6))
        layout.addWidget(self.returned_table, 2)
        self._layout = layout

        self.sync_button.clicked.connect(self.sync_requested)
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.setFocusProxy(self.sync_button)
        self.show_profile(None)
        self.show_outbox((), ())

    # --- filling -------------------------------------------------------------------------

    def show_profile(self, profile: EnrolledProfile | None, *, training: bool = False) -> None:
        """Who the laptop sends for, or how to connect it; on a training store, that its
        records are never sent (and no way to connect or send)."""
        self._training = training
        if training:
            self.connection.setText(
                self.tr(
                    "This is the training store: everything signed here is fictional, is "
                    "marked TRAINING and is never sent to central."
                )
            )
        elif profile is None:
            self.connection.setText(
                self.tr(
                    "This laptop is not connected to central yet. Everything you sign is kept "
                    "safe here and will be sent once it is connected. To connect it you need "
                    "an enrollment code from IT."
                )
            )
        else:
            self.connection.setText(
                self.tr("Connected to central for %s (%s, team: %s).")
                % (profile.display_name, role_words(profile.role), profile.team_name)
            )
        self.model.set_connected(profile is not None, training=training)
        self.enroll_button.setVisible(profile is None and not training)
        self.sync_button.setVisible(not training)
        self.sync_button.setEnabled(profile is not None)

    def show_outbox(self, rows: Sequence[OutboxRow], returned: Sequence[ReturnedRow]) -> None:
        self.model.set_rows(rows)
        self.returned_model.set_rows(returned)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.returned_table.setVisible(bool(returned))
        # Without returned records the outbox takes the room.
        self._layout.setStretchFactor(self.returned_table, 2 if returned else 0)
        self.returned_note.setText(
            self.tr(
                "Your team lead sent these back. Read what they ask, then record the visit "
                "again or talk to them."
            )
            if returned
            else self.tr("Nothing has been returned to you.")
        )
        self._show_counts(rows)
        self.table.resizeRowsToContents()
        self.returned_table.resizeRowsToContents()

    def _show_counts(self, rows: Sequence[OutboxRow]) -> None:
        """The same counts as the status bar: waiting, had a problem, sent."""
        waiting = sum(1 for r in rows if r.state == "pending")
        problems = sum(1 for r in rows if r.state == "failed")
        sent = sum(1 for r in rows if r.state in ("synced", "purged"))
        if self._training:
            self.counts.setText(
                count_words(
                    len(rows),
                    self.tr("1 signed in training, never sent"),
                    self.tr("%n signed in training, never sent"),
                )
            )
            return
        parts = [count_words(waiting, self.tr("1 waiting to send"), self.tr("%n waiting to send"))]
        if problems:
            parts.append(
                count_words(
                    problems,
                    self.tr("1 had a problem sending"),
                    self.tr("%n had a problem sending"),
                )
            )
        parts.append(count_words(sent, self.tr("1 sent"), self.tr("%n sent")))
        self.counts.setText(" · ".join(parts))

    def show_notice(self, text: str) -> None:
        """A note from the last sync (e.g. new returned records); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.sync_button.setText(self.tr("Sending…") if busy else self.tr("&Sync now"))
        self.sync_button.setEnabled(not busy and not self.enroll_button.isVisibleTo(self))

    def clear(self) -> None:
        """Remove every detail (on lock)."""
        self.model.clear()
        self.returned_model.clear()
        self.show_notice("")
        self.show_profile(None)
        self.counts.setText("")
