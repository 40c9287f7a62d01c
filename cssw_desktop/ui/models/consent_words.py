"""A family's consent state in words, each with a mark so it never rests on colour alone.

⚠  something to do now: review overdue, a young person's own consent, a new leaflet
○  never asked
◷  review due soon
✓  consent current (with any refusals or withdrawals said in words)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.consent_status import ConsentReason, FamilyConsentStatus, FamilyFilter
from cssw_core.domain.summary import first_name
from cssw_desktop.translated import and_list
from cssw_desktop.ui.models.children import format_date
from cssw_documents.words import agency_name

_CONTEXT = "ConsentWords"

URGENT = "⚠"
MARKS = {
    ConsentReason.REVIEW_OVERDUE: URGENT,
    ConsentReason.OWN_CONSENT_NEEDED: URGENT,
    ConsentReason.NEW_LEAFLET: URGENT,
    ConsentReason.NEVER_ASKED: "○",
    ConsentReason.REVIEW_DUE_SOON: "◷",
    ConsentReason.REFUSED_SOME: "✓",
    ConsentReason.CURRENT: "✓",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _agencies(count: int) -> str:
    return _tr("1 agency") if count == 1 else _tr("%1 agencies").replace("%1", str(count))


def reason_words(status: FamilyConsentStatus, reason: ConsentReason) -> str:
    """One reason in words, e.g. "Review overdue since 7 Dec 2026"."""
    due = "" if status.review_due is None else format_date(status.review_due)
    if reason is ConsentReason.REVIEW_OVERDUE:
        return _tr("Review overdue since %1").replace("%1", due)
    if reason is ConsentReason.OWN_CONSENT_NEEDED:
        names = and_list([first_name(c.name) for c in status.turned_13])
        return _tr("Own consent needed from %1 (13 or over now)").replace("%1", names)
    if reason is ConsentReason.NEW_LEAFLET:
        return _tr("New leaflet to go through (%1)").replace("%1", status.leaflet_version)
    if reason is ConsentReason.NEVER_ASKED:
        return _tr("Never asked")
    if reason is ConsentReason.REVIEW_DUE_SOON:
        return _tr("Review due %1").replace("%1", due)
    if reason is ConsentReason.REFUSED_SOME:
        parts = []
        if status.refused:
            parts.append(_tr("%1 refused").replace("%1", _agencies(len(status.refused))))
        if status.withdrawn:
            parts.append(_tr("%1 withdrawn").replace("%1", _agencies(len(status.withdrawn))))
        return ", ".join(parts)
    return _tr("Current until %1").replace("%1", due)


def status_words(status: FamilyConsentStatus, lead: ConsentReason | None = None) -> str:
    """The family's most urgent state (or `lead`, when the list is filtered on it), with its
    mark, and how many more reasons there are to act on ("⚠ Review overdue since 7 Dec 2026
    (+1 more)")."""
    primary = lead if lead is not None and status.has(lead) else status.primary
    text = reason_words(status, primary)
    if primary is ConsentReason.REFUSED_SOME:
        text = reason_words(status, ConsentReason.CURRENT) + " — " + text
    more = sum(1 for r in status.reasons if r is not primary and r.needs_new_consent)
    if more:
        text += " " + _tr("(+%1 more)").replace("%1", str(more))
    return f"{MARKS[primary]} {text}"


def status_details(status: FamilyConsentStatus) -> str:
    """Every reason, one a line, for the tooltip and screen readers ("current" only when
    nothing needs doing); refusals and withdrawals name the agencies."""
    lines = []
    for reason in status.reasons:
        if reason is ConsentReason.CURRENT and status.needs_new_consent:
            continue
        if reason is ConsentReason.REFUSED_SOME:
            if status.refused:
                names = and_list([agency_name(a) for a in status.refused])
                lines.append("✓ " + _tr("Refused: %1").replace("%1", names))
            if status.withdrawn:
                names = and_list([agency_name(a) for a in status.withdrawn])
                lines.append("✓ " + _tr("Withdrawn: %1").replace("%1", names))
        else:
            lines.append(f"{MARKS[reason]} {reason_words(status, reason)}")
    return "\n".join(lines)


def filter_words(which: FamilyFilter) -> str:
    """The filter's name in the families list's Show box."""
    return {
        FamilyFilter.ALL: _tr("All families"),
        FamilyFilter.NEEDS_YOU: _tr("Needs you: consent to ask again"),
        FamilyFilter.REVIEW_OVERDUE: _tr("⚠ Review overdue"),
        FamilyFilter.REVIEW_DUE_THIS_WEEK: _tr("◷ Review due this week"),
        FamilyFilter.REVIEW_DUE_SOON: _tr("◷ Review due within 30 days"),
        FamilyFilter.OWN_CONSENT_NEEDED: _tr("⚠ A young person's own consent needed"),
        FamilyFilter.NEW_LEAFLET: _tr("⚠ New leaflet to go through"),
        FamilyFilter.NEVER_ASKED: _tr("○ Never asked"),
        FamilyFilter.REFUSED_SOME: _tr("✓ Refused or withdrawn for some agencies"),
        FamilyFilter.CURRENT: _tr("✓ Consent current"),
    }[which]
