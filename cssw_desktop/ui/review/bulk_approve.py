"""Approving several records at once: only records with nothing flagged, after one
confirmation that names them.

A flagged record needs the lead to read it and decide on its own, so choosing any flagged
record refuses the whole batch in plain words and approves nothing. Records are approved
one after another; if central refuses one, the rest are left waiting and the lead is told
which and why.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from cssw_core.protocol import ReviewItem
from cssw_desktop.ui.sync.words import count_words, kind_words
from cssw_desktop.ui.tasks import spawn

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def flagged_among(items: Sequence[ReviewItem]) -> list[ReviewItem]:
    return [item for item in items if item.flags]


def refusal_words(items: Sequence[ReviewItem]) -> str | None:
    """Why these cannot be approved together (any is flagged), or None when they can."""
    flagged = flagged_among(items)
    if not flagged:
        return None
    families = ", ".join(
        translate("BulkApprove", "%s family · %s") % (item.family_name, item.record_id[:8])
        for item in flagged
    )
    return (
        translate(
            "BulkApprove",
            "Nothing was approved: %1 of the %2 records you chose need a closer look (%3). "
            "Open each flagged record, read it, and approve or return it on its own; "
            "approve the others together.",
        )
        .replace("%3", families)
        .replace("%2", str(len(items)))
        .replace("%1", str(len(flagged)))
    )


def confirmation_words(items: Sequence[ReviewItem]) -> str:
    lines = [
        translate("BulkApprove", "%s family — %s · %s, from %s")
        % (item.family_name, kind_words(item.kind).lower(), item.record_id[:8], item.worker_name)
        for item in items
    ]
    return (
        translate(
            "BulkApprove",
            "Nothing is flagged on these records. Each will be approved and filed with the "
            "case system:",
        )
        + "\n\n"
        + "\n".join(lines)
    )


class ApproveSeveral(QObject):
    """Asks once, then approves each record in turn through `approve_one` (None: done;
    else the words for why not), reporting through `tell(message, is_problem)`."""

    def __init__(
        self,
        parent: QWidget,
        track: Callable[[QMessageBox], None],
        approve_one: Callable[[ReviewItem], Awaitable[str | None]],
        tell: Callable[[str, bool], None],
        set_busy: Callable[[bool], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._track = track
        self._approve_one = approve_one
        self._tell = tell
        self._set_busy = set_busy
        self.box: QMessageBox | None = None

    def ask(self, items: Sequence[ReviewItem]) -> None:
        chosen = list(items)
        refusal = refusal_words(chosen)
        if refusal is not None:
            self._tell(refusal, True)
            return
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("BulkApprove", "Approve several records"))
        box.setText(
            count_words(
                len(chosen),
                translate("BulkApprove", "Approve 1 record?"),
                translate("BulkApprove", "Approve %n records?"),
            )
        )
        box.setInformativeText(confirmation_words(chosen))
        approve: QPushButton = box.addButton(
            count_words(
                len(chosen),
                translate("BulkApprove", "&Approve 1 record"),
                translate("BulkApprove", "&Approve %n records"),
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(
            translate("BulkApprove", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)  # Enter alone never approves a batch
        box.setEscapeButton(cancel)
        box.finished.connect(
            lambda _result: (
                spawn(self._approve_all(chosen)) if box.clickedButton() is approve else None
            )
        )
        self.box = box
        self._track(box)

    async def _approve_all(self, items: list[ReviewItem]) -> None:
        self._set_busy(True)
        done = 0
        try:
            for item in items:
                problem = await self._approve_one(item)
                if problem is not None:
                    self._tell(
                        translate(
                            "BulkApprove",
                            "%1 approved; stopped at the %2 family's record, which is still "
                            "waiting: %3",
                        )
                        .replace("%3", problem)
                        .replace("%2", item.family_name)
                        .replace("%1", str(done)),
                        True,
                    )
                    return
                done += 1
        finally:
            self._set_busy(False)
        self._tell(
            count_words(
                done,
                translate("BulkApprove", "Approved 1 record."),
                translate("BulkApprove", "Approved %n records."),
            ),
            False,
        )
