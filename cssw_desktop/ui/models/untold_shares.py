"""The team's shares without consent whose family has not been told, as a table: which
family, with whom, when, why the family was not told, and the date to decide by, an
overdue one said so in words (not by colour alone)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from cssw_core.domain.share import Party, WithoutConsentReason
from cssw_core.protocol import UntoldShare
from cssw_desktop.ui.models.children import format_date
from cssw_desktop.ui.models.table_model import AnyIndex, HeadedTableModel
from cssw_desktop.ui.sync.words import count_words, local_day


def _share_words(text: str) -> str:
    return QCoreApplication.translate("Share", text)


def party_words(share: UntoldShare) -> str:
    """Whom it was shared with, in the form's words, with the party's own name if given."""
    try:
        label = _share_words(Party(share.party).label)
    except ValueError:  # a party a newer central knows: its own name, or the value
        label = share.party_name or share.party
    if not share.party_name or label == share.party_name:
        return label
    return f"{label} ({share.party_name})"


def reason_words(share: UntoldShare) -> str:
    try:
        reason = _share_words(WithoutConsentReason(share.reason).label)
    except ValueError:
        return ""
    return f"{reason} ({share.law})" if share.law else reason


def decide_by(share: UntoldShare) -> date | None:
    try:
        return date.fromisoformat(share.reconsider_on) if share.reconsider_on else None
    except ValueError:
        return None


def decide_words(share: UntoldShare, today: date) -> str:
    """ "1 May 2026 — overdue by 3 days", "… — due today", "… — in 5 days"."""
    translate = QCoreApplication.translate
    day = decide_by(share)
    if day is None:
        return translate("UntoldShares", "No date recorded — decide now")
    shown_day = format_date(day)
    days = (day - today).days
    if days < 0:
        return translate("UntoldShares", "%s — overdue by %s") % (
            shown_day,
            count_words(
                -days,
                translate("UntoldShares", "1 day"),
                translate("UntoldShares", "%n days"),
            ),
        )
    if days == 0:
        return translate("UntoldShares", "%s — due today") % shown_day
    return translate("UntoldShares", "%s — in %s") % (
        shown_day,
        count_words(days, translate("UntoldShares", "1 day"), translate("UntoldShares", "%n days")),
    )


def is_overdue(share: UntoldShare, today: date) -> bool:
    day = decide_by(share)
    return day is None or day <= today


class UntoldSharesModel(HeadedTableModel):
    """Soonest date to decide by first (as central sends them)."""

    FAMILY, DECIDE_BY, REFERENCE, WORKER, PARTY, SHARED, WHY_NOT = range(7)

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._shares: list[UntoldShare] = []
        self._today = today or date.today()
        self._headers = (
            self.tr("Family"),
            self.tr("Decide about telling them by"),
            self.tr("Case reference"),
            self.tr("Worker"),
            self.tr("Shared with"),
            self.tr("Shared on"),
            self.tr("Why without consent, and why the family was not told"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shares)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shares):
            return None
        share = self._shares[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FAMILY:
                return self.tr("%s family") % share.family_name
            if column == self.REFERENCE:
                return share.case_reference or self.tr("None")
            if column == self.WORKER:
                return share.worker_name
            if column == self.PARTY:
                return party_words(share)
            if column == self.SHARED:
                return local_day(share.shared_at)
            if column == self.WHY_NOT:
                return self.tr("Shared without consent: %s\nNot told: %s") % (
                    reason_words(share) or self.tr("no reason recorded"),
                    share.why_not or self.tr("no reason recorded"),
                )
            if column == self.DECIDE_BY:
                return decide_words(share, self._today)
        if role == Qt.ItemDataRole.FontRole and is_overdue(share, self._today):
            font = QFont()
            font.setBold(True)  # overdue stands out by weight as well as by its words
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or self.tr("none")
        return None

    def set_shares(self, shares: Iterable[UntoldShare], today: date | None = None) -> None:
        self.beginResetModel()
        self._shares = list(shares)
        self._today = today or self._today
        self.endResetModel()

    def share_at(self, row: int) -> UntoldShare | None:
        return self._shares[row] if 0 <= row < len(self._shares) else None

    def overdue(self) -> int:
        return sum(1 for s in self._shares if is_overdue(s, self._today))

    def clear(self) -> None:
        self.set_shares(())
