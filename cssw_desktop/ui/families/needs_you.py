"""The "needs you" line above the families list: what to act on, each a button that filters.

E.g. "Needs you: [3 reviews overdue] [1 review due this week] [1 young person turned 13]".
Counts come from the families model (the core's `needs_you`); a click asks the page to
show just those families.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cssw_core.domain.consent_status import FamilyFilter, NeedsYou
from cssw_desktop.ui.widgets.layout import scaled_font


class NeedsYouBar(QFrame):
    """A heading and one button per kind of thing that needs the worker."""

    filter_requested = Signal(object)  # FamilyFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What needs you"))
        layout = QHBoxLayout(self)
        self.heading = QLabel(self.tr("Needs you:"), self)
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(self.heading)
        self.nothing = QLabel(self.tr("✓ Nothing today: every family's consent is current."), self)
        layout.addWidget(self.nothing)
        self.buttons: dict[FamilyFilter, QPushButton] = {}
        for which in (
            FamilyFilter.REVIEW_OVERDUE,
            FamilyFilter.REVIEW_DUE_THIS_WEEK,
            FamilyFilter.OWN_CONSENT_NEEDED,
            FamilyFilter.NEW_LEAFLET,
            FamilyFilter.NEVER_ASKED,
        ):
            button = QPushButton(self)
            button.setVisible(False)
            button.clicked.connect(lambda _=False, w=which: self.filter_requested.emit(w))
            layout.addWidget(button)
            self.buttons[which] = button
        layout.addStretch(1)
        self.setVisible(False)

    def _count(self, count: int, one: str, many: str) -> str:
        return one if count == 1 else many.replace("%n", str(count))

    def show_counts(self, counts: NeedsYou) -> None:
        """Show the counts (a button only for what there is); the bar appears."""
        words = {
            FamilyFilter.REVIEW_OVERDUE: (
                counts.reviews_overdue,
                self.tr("⚠ 1 review overdue"),
                self.tr("⚠ %n reviews overdue"),
            ),
            FamilyFilter.REVIEW_DUE_THIS_WEEK: (
                counts.reviews_due_this_week,
                self.tr("◷ 1 review due this week"),
                self.tr("◷ %n reviews due this week"),
            ),
            FamilyFilter.OWN_CONSENT_NEEDED: (
                counts.young_people_turned_13,
                self.tr("⚠ 1 young person turned 13"),
                self.tr("⚠ %n young people turned 13"),
            ),
            FamilyFilter.NEW_LEAFLET: (
                counts.new_leaflet,
                self.tr("⚠ 1 family to go through the new leaflet"),
                self.tr("⚠ %n families to go through the new leaflet"),
            ),
            FamilyFilter.NEVER_ASKED: (
                counts.never_asked,
                self.tr("○ 1 family never asked"),
                self.tr("○ %n families never asked"),
            ),
        }
        for which, (count, one, many) in words.items():
            button = self.buttons[which]
            button.setText(self._count(count, one, many))
            button.setAccessibleName(button.text().lstrip("⚠◷○ "))
            button.setToolTip(self.tr("Show only these families"))
            button.setVisible(count > 0)
        self.nothing.setVisible(not counts.anything)
        self.setVisible(True)

    def summary_text(self) -> str:
        """What the bar says, as one line (tests and screen readers)."""
        shown = [b.text() for b in self.buttons.values() if b.isVisibleTo(self)]
        if not shown:
            return self.nothing.text()
        return ", ".join(shown)
