"""Every sealed consent form and withdrawal for a family, newest first, in plain words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft, DocumentKind
from cssw_core.domain.own_consent import OwnConsent
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import Withdrawal
from cssw_desktop.storage.consent_overview import HistoryEntry
from cssw_desktop.translated import and_list
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_documents.words import agency_name, communicated_label, document_label

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ID_PREFIX_LENGTH = 8  # enough to tell records apart when talking to support


def agency_list(agencies: Iterable[Agency]) -> str:
    """Agencies in the form's order: "Health, Police and Housing"."""
    chosen = set(agencies)
    return and_list([agency_name(a) for a in AGENCIES if a in chosen])


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentHistoryModel", text)


def withdrawn_words(withdrawal: Withdrawal) -> str:
    """What a withdrawal withdraws, in a line: "no longer share with Police; no longer copy
    Assessments; no research"."""
    parts = []
    if withdrawal.share:
        parts.append(_tr("no longer share with %s") % agency_list(withdrawal.share))
    if withdrawal.approach:
        parts.append(_tr("no longer approach %s") % agency_list(withdrawal.approach))
    if withdrawal.documents:
        labels = [document_label(k) for k in DocumentKind if k in withdrawal.documents]
        parts.append(_tr("no longer copy %s") % and_list(labels))
    if withdrawal.research:
        parts.append(_tr("no research"))
    return "; ".join(parts)


def withdrawn_what(withdrawal: Withdrawal) -> str:
    """What a withdrawal withdraws, as things: "sharing with Police; copies of Assessments;
    research"."""
    parts = []
    if withdrawal.share:
        parts.append(_tr("sharing with %s") % agency_list(withdrawal.share))
    if withdrawal.approach:
        parts.append(_tr("approaching %s for information") % agency_list(withdrawal.approach))
    if withdrawal.documents:
        labels = [document_label(k) for k in DocumentKind if k in withdrawal.documents]
        parts.append(_tr("copies of %s") % and_list(labels))
    if withdrawal.research:
        parts.append(_tr("research"))
    return "; ".join(parts)


def own_withdrawn_words(_owner: QObject, own: OwnConsent) -> str:
    """A young person's own withdrawals since the form, for the consent now paragraph:
    "withdrew on 6 Dec 2026: sharing with Health"."""
    return "; ".join(
        _tr("withdrew on %s: %s")
        % (format_date(w.withdrawn_at.astimezone().date()), withdrawn_what(w))
        for w in own.withdrawals_applied
    )


class ConsentHistoryModel(HeadedTableModel):
    """Read-only rows: date, what happened, who signed or recorded it, the record number."""

    DATE, WHAT, WHO, RECORD = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._corrected: frozenset[tuple[str, int]] = frozenset()
        self._headers = (
            self.tr("Date"),
            self.tr("What"),
            self.tr("Signed or recorded by"),
            self.tr("Record"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column == self.DATE:
                return format_date(entry.day)
            if column == self.WHAT:
                text = self.what(entry, full=role != Qt.ItemDataRole.DisplayRole)
                if (str(entry.record_id), entry.version) in self._corrected:
                    text += " " + self.tr("(corrected since: open the form to read the note)")
                return text
            if column == self.WHO:
                return self.who(entry)
            if column == self.RECORD:
                prefix = str(entry.record_id)[:ID_PREFIX_LENGTH]
                if role == Qt.ItemDataRole.DisplayRole:
                    return prefix
                return self.tr("Record %s, version %d, sealed %s") % (
                    entry.record_id,
                    entry.version,
                    entry.sealed_at.astimezone().strftime("%d %b %Y %H:%M"),
                )
        if role == RECORD_ID_ROLE:
            return str(entry.record_id)
        return None

    def what(self, entry: HistoryEntry, *, full: bool = False) -> str:
        """What the record says, in a line (with the reason given, when `full`)."""
        record = entry.record
        if isinstance(record, ConsentRecordDraft):
            share = sum(a is Answer.YES for a in record.share_with.values())
            approach = sum(a is Answer.YES for a in record.approach.values())
            title = (
                self.tr("Consent form signed")
                if entry.version == 1
                else self.tr("Consent form signed (version %d)") % entry.version
            )
            return self.tr("%s: may share with %d of %d agencies, approach %d of %d") % (
                title,
                share,
                len(AGENCIES),
                approach,
                len(AGENCIES),
            )
        how = communicated_label(record.communicated_by).lower()
        if record.young_person is not None:
            text = self.tr("%s's own withdrawal (%s): %s") % (
                record.young_person.name,
                how,
                withdrawn_words(record),
            )
        else:
            text = self.tr("Withdrawal (%s): %s") % (how, withdrawn_words(record))
        if full and record.reason.strip():
            text += " " + self.tr("Reason given: %s") % record.reason.strip()
        return text

    def who(self, entry: HistoryEntry) -> str:
        record = entry.record
        names = []
        for signer in entry.signers:
            if signer.role is SignerRole.YOUNG_PERSON:
                names.append(self.tr("%s (young person)") % signer.name)
            elif signer.role is SignerRole.INTERPRETER:
                names.append(self.tr("%s (interpreter)") % signer.name)
            elif isinstance(record, ConsentRecordDraft) and signer.role is SignerRole.PARENT:
                names.append(f"{signer.name} ({record.consent_giver_relationship})")
            else:
                names.append(signer.name)
        worker = entry.worker or (record.worker if isinstance(record, Withdrawal) else "")
        if isinstance(record, Withdrawal):
            recorded = (
                self.tr("%s confirmed the family said so") % worker
                if record.young_person is None
                else self.tr("%s confirmed the young person said so") % worker
            )
            if names:
                return self.tr("Signed by %s; %s") % (", ".join(names), recorded)
            return recorded
        if names:
            return self.tr("Signed by %s; recorded by %s") % (", ".join(names), worker)
        return self.tr("Recorded by %s") % worker

    def set_entries(
        self, entries: Iterable[HistoryEntry], corrected: frozenset[tuple[str, int]] = frozenset()
    ) -> None:
        """Show these records, in the order given (newest first); `corrected`: (record id,
        version) of those central holds a correction note beside."""
        self.beginResetModel()
        self._entries = list(entries)
        self._corrected = corrected
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def clear(self) -> None:
        self.set_entries(())
