"""The family's sharing register on the family page: every share recorded on this laptop,
with and without consent, oldest first, each with what the family had agreed to then."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.consent import Answer
from cssw_core.domain.fields import shown
from cssw_core.domain.share import Information
from cssw_desktop.storage.shares import RegisterEntry
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.widgets.layout import em, heading, paragraph


def _tr(text: str) -> str:
    return QCoreApplication.translate("Share", text)


def entry_words(entry: RegisterEntry) -> str:
    """One share in plain words: when, with whom, the basis, consent then, what, told."""
    translate = QCoreApplication.translate
    s = entry.share
    day = format_date(s.shared_at.astimezone().date())
    whom = shown(s.party_name) if s.party_name else _tr(s.party.label)
    if s.party_name and s.party.agency is not None:
        whom = f"{_tr(s.party.label)} ({shown(s.party_name)})"
    if s.without_consent:
        basis = translate("SharingRegister", "WITHOUT consent: %s") % (
            _tr(s.reason.label) if s.reason is not None else ""
        )
    else:
        basis = translate("SharingRegister", "with consent")
    if entry.not_on_form:
        then = translate("SharingRegister", "the form does not ask about them")
    elif entry.consent_then is None:
        then = translate("SharingRegister", "no signed form at the time")
    elif entry.consent_then is Answer.YES:
        then = translate("SharingRegister", "the family had said Yes")
    else:
        then = translate("SharingRegister", "the family had said No")
    told = s.family_told
    if told.told and told.at is not None:
        told_words = translate("SharingRegister", "family told %s") % format_date(
            told.at.astimezone().date()
        )
    else:
        day_again = "" if told.reconsider_on is None else format_date(told.reconsider_on)
        told_words = translate("SharingRegister", "family not told; look again by %s") % day_again
    what = ", ".join(_tr(k.label) for k in Information if k in s.information)
    return f"{day} — {whom} — {basis} ({then}). {what}. {_tr(s.how.label)}; {told_words}."


class SharingRegister(QWidget):
    """The heading, a note, "Record a share…" and the list of shares."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Sharing register"), self, scale=1.25))
        top = QHBoxLayout()
        self.note = paragraph("", self)
        top.addWidget(self.note, 1)
        self.record_button = QPushButton(self.tr("Record a &share…"), self)
        self.record_button.setAccessibleDescription(
            self.tr("Record information CSSW shared about this family, with or without consent")
        )
        top.addWidget(self.record_button)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(max(2, em(self, 0.3)))
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Sharing register"))
        self.list.setMinimumHeight(em(self, 6))
        layout.addWidget(self.list)
        self.show_entries(())

    def show_entries(self, entries: Sequence[RegisterEntry]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry_words(entry))
            self.list.addItem(item)
        self.list.setVisible(bool(entries))
        self.note.setText(
            self.tr("Every share recorded on this laptop, oldest first.")
            if entries
            else self.tr("No shares recorded on this laptop.")
        )
