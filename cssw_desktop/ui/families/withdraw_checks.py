"""Why a withdrawal cannot be recorded yet, each with the field to fix: nothing ticked,
a date in the future or before the form, how they told you, who recorded it, a signature
without a name (or a name without one), the confirmation, and the shared field rules as
central checks them (heard now, not at sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cssw_core.domain import fields
from cssw_core.domain.withdrawal import CommunicatedBy
from cssw_desktop.ui.models.children import format_date

if TYPE_CHECKING:
    from cssw_desktop.ui.families.withdraw_dialog import WithdrawDialog


class _Words(QObject):
    """The problems' words (a QObject for tr())."""


def withdrawal_problems(dialog: WithdrawDialog) -> list[tuple[QWidget, str]]:
    """Every reason the withdrawal cannot be recorded yet, with the field to fix."""
    tr = _Words().tr
    found: list[tuple[QWidget, str]] = []
    boxes = dialog.boxes()
    if not dialog.chosen_any():
        found.append(
            (
                boxes[0] if boxes else dialog.day,
                tr("Tick at least one agency, document or research they no longer agree to."),
            )
        )
    day = dialog.chosen_day()
    signed = dialog.overview.signed_on
    if day > dialog.today:
        found.append(
            (
                dialog.day,
                tr("The date the family told you cannot be in the future (today is %s).")
                % format_date(dialog.today),
            )
        )
    elif signed is not None and day < signed:
        found.append(
            (
                dialog.day,
                tr("The date cannot be before %s, when the family signed the current consent form.")
                % format_date(signed),
            )
        )
    if dialog.communicated_by() is None:
        found.append(
            (dialog.how_buttons[CommunicatedBy.IN_PERSON], tr("Choose how they told you."))
        )
    if not dialog.worker.text().strip():
        found.append((dialog.worker, tr("Enter your name under “Recorded by”.")))
    has_ink = not dialog.signature.is_empty()  # drawn, or a name typed as a signature
    if has_ink:
        problem = dialog.signature.problem(dialog.signer_name.text().strip() or None)
        if problem is not None:
            found.append((dialog.signature, problem))
        if not dialog.signer_name.text().strip():
            found.append((dialog.signer_name, tr("Enter the name of the person who signed.")))
    elif (
        dialog.signer_name.text().strip()
        and dialog.signer_name.isEnabled()
        and not dialog.signer_name.isReadOnly()
    ):
        found.append(
            (
                dialog.signer_name,
                tr("Ask the person named to sign, or clear their name."),
            )
        )
    if not dialog.attested.isChecked():
        found.append(
            (dialog.attested, tr("Tick “I confirm the family told me this” to record it."))
        )
    found += _rule_problems(dialog)
    return found


def _rule_problems(dialog: WithdrawDialog) -> list[tuple[QWidget, str]]:
    """The shared field rules, as central checks them: heard now, not at sync."""
    tr = _Words().tr
    found: list[tuple[QWidget, str]] = []
    for widget, text, limit, multiline, what in (
        (
            dialog.reason, dialog.reason.toPlainText().strip(), fields.MAX_REASON, True,
            tr("The reason"),
        ),
        (
            dialog.worker, dialog.worker.text().strip(), fields.MAX_WORKER_NAME, False,
            tr("Your name"),
        ),
        (
            dialog.signer_name, dialog.signer_name.text().strip(), fields.MAX_NAME, False,
            tr("The signer's name"),
        ),
    ):  # fmt: skip
        problem = fields.text_problem(text, limit, multiline=multiline)
        if problem is fields.TextProblem.TOO_LONG:
            words = tr("%1 is too long: keep it to %2 characters.")
            found.append((widget, words.replace("%1", what).replace("%2", str(limit))))
        elif problem is fields.TextProblem.HIDDEN:
            words = tr("%1 contains hidden or control characters. Please type it again.")
            found.append((widget, words.replace("%1", what)))
    return found
