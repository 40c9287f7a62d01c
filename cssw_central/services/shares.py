"""The sharing register at central: a family's shares in time order, each with the consent as
it stood at that moment, and a team lead's list of the team's shares without consent whose
family has not been told (a decision on telling them is awaited, by its reconsider date).

Read-only; the admin commands in `admin/shares.py` print them. Records returned to the
worker are left out (not accepted); a record central cannot read (erased under retention,
or from another version) is skipped, never an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.tables import Record, Team
from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.share import Share, consent_problem, consent_state_at
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.protocol import Flag, FlagCode

log = logging.getLogger(__name__)
_UNREADABLE = (RecordFormatError, ValueError, TypeError, KeyError, AttributeError)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    share: Share
    state: str  # the record's review state: received, approved, filed
    consent_then: Answer | None  # the family's answer for that agency at the moment
    not_on_form: bool  # the form does not ask about this party


@dataclass(frozen=True, slots=True)
class UntoldRow:
    share: Share
    family_name: str
    state: str
    record: Record | None = None  # the share's row at central (for the lead's laptop)


def _record(record: Record) -> dict[str, object] | None:
    try:
        body = json.loads(record.document).get("record")
    except (ValueError, AttributeError):
        return None
    return body if isinstance(body, dict) else None


def _history(
    session: Session, family_id: str
) -> tuple[list[ConsentRecordDraft], list[Withdrawal], list[tuple[Share, str]]]:
    """The family's accepted consent forms, withdrawals and shares (with their states)."""
    records = session.scalars(
        select(Record).where(Record.family_id == family_id, Record.state != "returned")
    ).all()
    forms: list[ConsentRecordDraft] = []
    withdrawals: list[Withdrawal] = []
    shares: list[tuple[Share, str]] = []
    for record in records:
        body = _record(record)
        try:
            if body is None:
                continue
            if record.kind == "consent":
                forms.append(ConsentRecordDraft.from_json(body))
            elif record.kind == "withdrawal":
                withdrawals.append(Withdrawal.from_json(body))
            elif record.kind == "share":
                shares.append((Share.from_json(body), record.state))
        except _UNREADABLE:
            log.warning("record %s/v%s skipped: not readable", record.record_id, record.version)
    return forms, withdrawals, shares


def consent_flags(session: Session, records: Sequence[Record]) -> dict[int, list[Flag]]:
    """For each share among `records` recorded "with consent" that central's own consent
    records for that moment do not bear out, its flag (by the record's row id). The laptop
    refuses such a share, so it comes from a laptop that skipped that check: kept, as the
    record of a share that happened, and flagged for the lead, never taken on trust.

    Worked out when the records are listed, not stored at arrival: a share may reach
    central before the form it rests on (another laptop's, or later in the same sync), and
    a stored flag would then stay wrong. One read of each family's records."""
    found: dict[int, list[Flag]] = {}
    histories: dict[str, tuple[list[ConsentRecordDraft], list[Withdrawal]]] = {}
    for record in records:
        if record.kind != "share":
            continue
        body = _record(record)
        try:
            share = None if body is None else Share.from_json(body)
        except _UNREADABLE:
            continue
        if share is None or share.without_consent:
            continue
        if record.family_id not in histories:
            forms, withdrawals, _shares = _history(session, record.family_id)
            histories[record.family_id] = (forms, withdrawals)
        forms, withdrawals = histories[record.family_id]
        problem = consent_problem(share, consent_state_at(forms, withdrawals, share.shared_at))
        if problem is not None:
            found[record.id] = [
                Flag(
                    code=FlagCode.SHARE_CONSENT_NOT_HELD,
                    message="Recorded as shared with consent, but central's consent records "
                    "for that moment do not show it: " + problem,
                )
            ]
    return found


def share_register(session: Session, family_id: str) -> list[RegisterRow]:
    """Every share held for the family, oldest first, with the consent at each moment."""
    forms, withdrawals, shares = _history(session, family_id)
    rows = []
    for share, state in sorted(shares, key=lambda s: (s[0].shared_at, str(s[0].id))):
        agency = share.party.agency
        consent = consent_state_at(forms, withdrawals, share.shared_at)
        rows.append(
            RegisterRow(
                share=share,
                state=state,
                consent_then=None if agency is None else consent.share_with[agency],
                not_on_form=agency is None,
            )
        )
    return rows


def untold_without_consent(session: Session, team_name: str) -> list[UntoldRow] | None:
    """The team's shares without consent whose family was not told, soonest reconsider
    date first; None when there is no such team."""
    team = session.scalars(select(Team).where(Team.name == team_name)).one_or_none()
    if team is None:
        return None
    return untold_for_team(session, team.id)


def untold_for_team(session: Session, team_id: str) -> list[UntoldRow]:
    """`untold_without_consent` for a team known by its id (a lead's own team)."""
    records = session.scalars(
        select(Record).where(
            Record.team_id == team_id, Record.kind == "share", Record.state != "returned"
        )
    ).all()
    rows = []
    for record in records:
        body = _record(record)
        try:
            share = None if body is None else Share.from_json(body)
            document = json.loads(record.document)
            family_name = str(document["family"]["family_name"])
        except _UNREADABLE:
            continue
        if share is None or not share.without_consent or share.family_told.told:
            continue
        rows.append(
            UntoldRow(share=share, family_name=family_name, state=record.state, record=record)
        )
    rows.sort(key=lambda r: (r.share.family_told.reconsider_on or date.max, r.share.shared_at))
    return rows
