"""Who withdraws and what, in the withdraw dialog: the adult or a young person (13+) for
their own consent; a tick box for each consent that one still gives now, none ticked; and
what the ticks mean in plain words."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import DocumentKind
from cssw_desktop.storage.consent_overview import ConsentOverview, Direction, Given
from cssw_desktop.translated import and_list
from cssw_desktop.ui.models.consent_history import agency_list
from cssw_desktop.ui.widgets.layout import paragraph
from cssw_documents.words import agency_name, document_label


class WhoBox(QGroupBox):
    """One round button for the adult and each young person with consent standing now; the
    first chosen. Hidden when there is only one to choose."""

    def __init__(self, overview: ConsentOverview, today: date, parent: QWidget) -> None:
        super().__init__(self.tr("Who is withdrawing"), parent)
        column = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[uuid.UUID | None, QRadioButton] = {}
        for own in overview.who_can_withdraw():
            if own is None:
                text = self.tr("The adult, for the family (parental consent)")
                key: uuid.UUID | None = None
            else:
                text = self.tr("%s (aged %d), for their own consent") % (
                    own.child.name,
                    own.child.age_on(today),
                )
                key = own.child.id
            button = QRadioButton(text, self)
            button.setAccessibleDescription(self.tr("Who is withdrawing consent"))
            self.group.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
        if not self.buttons:
            column.addWidget(paragraph(self.tr("No consent is given now."), self))
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setChecked(True)
        self.setVisible(len(self.buttons) > 1)  # nothing to choose with one

    def who(self) -> uuid.UUID | None:
        """The young person withdrawing their own consent, or None for the adult."""
        return next((key for key, b in self.buttons.items() if b.isChecked()), None)


class WhatPanel(QWidget):
    """Agencies (share, approach) side by side or one under the other, then documents and
    research; only what `given` holds."""

    changed = Signal()

    def __init__(self, given: Given, young_person: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if young_person:
            share_title = self.tr("Stop sharing their information with")
            approach_title = self.tr("Stop approaching for their information")
        else:
            share_title = self.tr("Stop sharing information with")
            approach_title = self.tr("Stop approaching for information")
        self.agency_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        column.addLayout(self.agency_row)
        self.share_boxes = self._agency_group(share_title, given.share)
        self.approach_boxes = self._agency_group(approach_title, given.approach)
        self.document_boxes: dict[DocumentKind, QCheckBox] = {}
        self.research_box: QCheckBox | None = None
        if given.documents or given.research:
            more = QGroupBox(self.tr("Copies of documents and research"), self)
            more_column = QVBoxLayout(more)
            for kind in given.documents:
                words = self.tr("Stop copying to agencies: %s") % document_label(kind)
                box = QCheckBox(words, more)
                box.setAccessibleDescription(
                    self.tr("Tick if they no longer agree to copies of this document")
                )
                more_column.addWidget(box)
                self.document_boxes[kind] = box
            if given.research:
                self.research_box = QCheckBox(
                    self.tr("Stop using anonymised information for research"), more
                )
                self.research_box.setAccessibleDescription(
                    self.tr("Tick if they no longer agree to research")
                )
                more_column.addWidget(self.research_box)
            column.addWidget(more)
        for box in self.boxes():
            box.toggled.connect(self.changed)

    def _agency_group(self, title: str, agencies: Sequence[Agency]) -> dict[Agency, QCheckBox]:
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        boxes: dict[Agency, QCheckBox] = {}
        for agency in agencies:
            box = QCheckBox(agency_name(agency), group)
            box.setAccessibleName(f"{title}: {agency_name(agency)}")
            box.setAccessibleDescription(
                self.tr("Tick if the family no longer agrees to this for %s") % agency_name(agency)
            )
            column.addWidget(box)
            boxes[agency] = box
        if not agencies:
            column.addWidget(paragraph(self.tr("None: nothing agreed to here."), group))
        column.addStretch(1)
        self.agency_row.addWidget(group, 1)
        return boxes

    def boxes(self) -> list[QCheckBox]:
        boxes = [
            *self.share_boxes.values(),
            *self.approach_boxes.values(),
            *self.document_boxes.values(),
        ]
        return boxes + ([self.research_box] if self.research_box is not None else [])

    def chosen(self, direction: Direction) -> frozenset[Agency]:
        boxes = self.share_boxes if direction is Direction.SHARE else self.approach_boxes
        return frozenset(a for a, box in boxes.items() if box.isChecked())

    def chosen_documents(self) -> frozenset[DocumentKind]:
        return frozenset(k for k, box in self.document_boxes.items() if box.isChecked())

    def chosen_research(self) -> bool:
        return self.research_box is not None and self.research_box.isChecked()

    def chosen_any(self) -> bool:
        return any(box.isChecked() for box in self.boxes())


class _Words(QObject):
    """The summary's words (a QObject for tr())."""


def summary_text(panel: WhatPanel, young_name: str | None) -> str:
    """What the ticks mean, a line each; `young_name` when a young person withdraws."""
    tr = _Words().tr
    share, approach = panel.chosen(Direction.SHARE), panel.chosen(Direction.APPROACH)
    documents, research = panel.chosen_documents(), panel.chosen_research()
    if not panel.chosen_any():
        return tr("Nothing chosen yet. Tick what they no longer agree to.")
    lines = []
    if young_name is not None:
        lines.append(
            tr("%s withdraws their own consent; the adult's consent is unchanged.") % young_name
        )
        if share:
            lines.append(
                tr("CSSW will no longer share their information with %s.") % agency_list(share)
            )
        if approach:
            lines.append(
                tr("CSSW will no longer approach %s for their information.") % agency_list(approach)
            )
    else:
        if share:
            lines.append(tr("CSSW will no longer share information with %s.") % agency_list(share))
        if approach:
            lines.append(
                tr("CSSW will no longer approach %s for information.") % agency_list(approach)
            )
    if documents:
        lines.append(
            tr("CSSW will no longer copy these documents to agencies: %s.")
            % and_list([document_label(k) for k in DocumentKind if k in documents])
        )
    if research:
        lines.append(tr("CSSW will no longer use anonymised information for research."))
    return "\n".join(lines)
