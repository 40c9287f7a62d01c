"""The team's activity (central's audit log for the team) as a read-only table model.

Central sends action names ("record_viewed"); this says them in a team lead's words.
Central's audit holds ids only: the family a record is about is named here, from what the
lead's laptop already holds (the records listed for review this session, its own outbox),
never from central's audit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from cssw_core.protocol import TeamAuditEntry
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import count_words, day_time

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def action_words(entry: TeamAuditEntry) -> str:
    """What happened, in plain words (an unknown action is shown by its own name)."""
    words = {
        "record_received": translate("TeamActivity", "Received from the laptop"),
        "record_refused_other_team": translate(
            "TeamActivity", "Refused: a record about another team's family"
        ),
        "review_list_viewed": translate("TeamActivity", "Looked at the records waiting for review"),
        "record_viewed": translate("TeamActivity", "Viewed record"),
        "untold_shares_viewed": translate(
            "TeamActivity", "Looked at the shares the family was not told of"
        ),
        "record_approved": translate("TeamActivity", "Approved"),
        "record_returned": translate("TeamActivity", "Returned to the worker"),
        "record_filed": translate("TeamActivity", "Filed"),
        "record_filing_failed": translate(
            "TeamActivity", "Could not be filed yet (central will try again)"
        ),
        "returned_delivered": translate(
            "TeamActivity", "The returned record reached the worker's laptop"
        ),
        "caseload_pulled": translate("TeamActivity", "Caseload downloaded to a laptop"),
        "record_erased": translate("TeamActivity", "Erased (retention)"),
        "subject_access_export": translate("TeamActivity", "Subject access export"),
        "device_enrolled": translate("TeamActivity", "Laptop connected to central"),
        "enroll_refused": translate("TeamActivity", "Laptop connection refused (wrong password)"),
        "device_revoked": translate("TeamActivity", "Laptop access withdrawn"),
        "worker_added": translate("TeamActivity", "Worker added"),
        "code_issued": translate("TeamActivity", "Enrollment code issued"),
        "team_created": translate("TeamActivity", "Team created"),
        "families_imported": translate("TeamActivity", "Families imported from the case system"),
        "case_facts_set": translate("TeamActivity", "Case type or case dates changed"),
        "retention_redated": translate("TeamActivity", "Keep-until date changed"),
        "family_erased": translate("TeamActivity", "Family details erased (retention)"),
        "enroll_rate_limited": translate(
            "TeamActivity", "Too many laptop connection attempts: refused for a while"
        ),
    }
    text = words.get(entry.action)
    if text is None:
        return entry.action.replace("_", " ").capitalize()
    count = _count(entry)
    if entry.action == "caseload_pulled" and count is not None:
        return (
            text
            + " "
            + count_words(
                count,
                translate("TeamActivity", "(1 family)"),
                translate("TeamActivity", "(%n families)"),
            )
        )
    if entry.action == "untold_shares_viewed" and count is not None:
        return (
            text
            + " "
            + count_words(
                count,
                translate("TeamActivity", "(1 share)"),
                translate("TeamActivity", "(%n shares)"),
            )
        )
    if entry.action == "review_list_viewed" and count is not None:
        return (
            text
            + " "
            + count_words(
                count,
                translate("TeamActivity", "(1 record)"),
                translate("TeamActivity", "(%n records)"),
            )
        )
    return text


def _count(entry: TeamAuditEntry) -> int | None:
    for key in ("families", "records", "shares"):
        value = entry.detail.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def who_words(entry: TeamAuditEntry) -> str:
    """Who did it: the worker, the worker's laptop, or IT at central."""
    if entry.actor_kind == "laptop":
        if entry.actor_name and entry.device_name:
            return translate("TeamActivity", "%s's laptop (%s)") % (
                entry.actor_name,
                entry.device_name,
            )
        return entry.actor_name or entry.device_name or translate("TeamActivity", "A laptop")
    if entry.actor_kind == "central":
        return entry.actor_name or translate("TeamActivity", "IT (central)")
    return entry.actor_name or translate("TeamActivity", "A worker no longer at central")


def record_words(entry: TeamAuditEntry) -> str:
    """Which record: its id's first part and version ("" when about no record)."""
    if entry.record_id is None:
        return ""
    short = entry.record_id[:8]
    if entry.version is None:
        return translate("TeamActivity", "Record %s") % short
    return translate("TeamActivity", "Record %s, version %d") % (short, entry.version)


class TeamActivityModel(HeadedTableModel):
    """Entries newest first: when (local time), who, what, which family, which record."""

    WHEN, WHO, WHAT, FAMILY, RECORD = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TeamAuditEntry] = []
        self._families: dict[str, str] = {}
        self._headers = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Family"),
            self.tr("Record"),
        )

    def set_family_names(self, names: Mapping[str, str]) -> None:
        """Family names by record id, from what this laptop holds (kept in memory only)."""
        self.beginResetModel()
        self._families = dict(names)
        self.endResetModel()

    def family_words(self, entry: TeamAuditEntry) -> str:
        if entry.record_id is None:
            return ""
        name = self._families.get(entry.record_id)
        if name:
            return self.tr("%s family") % name
        return self.tr("Not known on this laptop")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return day_time(entry.at)
            if column == self.WHO:
                return who_words(entry)
            if column == self.WHAT:
                return action_words(entry)
            if column == self.FAMILY:
                return self.family_words(entry)
            if column == self.RECORD:
                return record_words(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.RECORD and entry.record_id is not None:
                return entry.record_id  # the whole id, to match against the case system
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_entries(self, entries: Iterable[TeamAuditEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.seq, reverse=True)
        self.endResetModel()

    def add_older(self, entries: Iterable[TeamAuditEntry]) -> None:
        """Append an older page below what is shown (entries already shown are skipped)."""
        seen = {e.seq for e in self._entries}
        older = sorted((e for e in entries if e.seq not in seen), key=lambda e: -e.seq)
        if not older:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(older) - 1)
        self._entries.extend(older)
        self.endInsertRows()

    def entry_at(self, row: int) -> TeamAuditEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def oldest_seq(self) -> int | None:
        return self._entries[-1].seq if self._entries else None

    def clear(self) -> None:
        self.set_entries(())
        self.set_family_names({})
