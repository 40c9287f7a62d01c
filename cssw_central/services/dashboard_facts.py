"""The few facts the team dashboard counts, read once from each record's sealed document.

Counting over sealed documents would mean parsing every one of a team's records (tens of
kilobytes each, with the signatures' ink) on every look at the dashboard. Instead each
record's facts are written beside it when it arrives (services/upload.py) — when a form
takes effect, its date, the agencies it says No to, covered children's 13th birthdays after
it; a withdrawal's agencies; a share without consent whose family was not told — and the
dashboard (services/dashboard.py) is SQL over those small rows. Records held from before
the facts were kept get theirs on the first dashboard for their team (`catch_up`).

A document central cannot read (from a version it does not know) gets a row with nothing
known, so it is neither counted nor read again.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, select
from sqlalchemy.orm import Session

from cssw_central.infra.database import insert_ignoring
from cssw_central.infra.tables import Record, RecordFactItem, RecordFacts, Setting
from cssw_core.domain.age import YOUNG_PERSON_AGE, needs_young_person_consent
from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.share import Share
from cssw_core.domain.withdrawal import Withdrawal

log = logging.getLogger(__name__)
_UNREADABLE = (RecordFormatError, ValueError, TypeError, KeyError, AttributeError)
CATCH_UP_BATCH = 200
# Set in `settings` once every record held has its facts (`catch_up`).
FACTS_COMPLETE = "dashboard_facts_complete"


@dataclass(slots=True)
class Facts:
    """One record's facts, as rows for `record_facts` and `record_fact_items`."""

    kind: str
    effective_at: datetime | None = None
    signed_on: date | None = None
    by_young_person: bool = False
    untold_without_consent: bool = False
    reconsider_on: date | None = None
    items: list[tuple[str, str | None, date | None]] = field(default_factory=list)


def thirteenth_birthday(date_of_birth: date) -> date:
    """The first day the child counts as 13 (1 March for a 29 February birthday, in a year
    without one), by the same rule the visit uses (cssw_core.domain.age)."""
    year = date_of_birth.year + YOUNG_PERSON_AGE
    try:
        day = date_of_birth.replace(year=year)
    except ValueError:
        day = date(year, 3, 1)
    assert needs_young_person_consent(date_of_birth, day)
    return day


def _consent_facts(body: dict[str, Any]) -> Facts:
    return _form_facts(ConsentRecordDraft.from_json(body))


def _form_facts(form: ConsentRecordDraft) -> Facts:
    facts = Facts("consent", effective_at=form.effective_at, signed_on=form.visit_date)
    for direction, answers in (("share", form.share_with), ("approach", form.approach)):
        for agency, answer in answers.items():
            if answer is Answer.NO:
                facts.items.append((f"refused_{direction}", agency.value, None))
    for child in form.covered_children:
        if not child.needs_own_consent(form.visit_date):
            facts.items.append(("turns_13", None, thirteenth_birthday(child.date_of_birth)))
    return facts


def _withdrawal_facts(body: dict[str, Any]) -> Facts:
    return _withdrawn_facts(Withdrawal.from_json(body))


def _withdrawn_facts(withdrawal: Withdrawal) -> Facts:
    facts = Facts(
        "withdrawal",
        effective_at=withdrawal.withdrawn_at,
        by_young_person=withdrawal.by_young_person,
    )
    for direction, agencies in (("share", withdrawal.share), ("approach", withdrawal.approach)):
        facts.items.extend((f"withdrawn_{direction}", a.value, None) for a in sorted(agencies))
    return facts


def _share_facts(body: dict[str, Any]) -> Facts:
    return _shared_facts(Share.from_json(body))


def _shared_facts(share: Share) -> Facts:
    untold = share.without_consent and not share.family_told.told
    return Facts(
        "share",
        effective_at=share.shared_at,
        untold_without_consent=untold,
        reconsider_on=share.family_told.reconsider_on if untold else None,
    )


_READERS = {"consent": _consent_facts, "withdrawal": _withdrawal_facts, "share": _share_facts}


def facts_of(kind: str, document: dict[str, Any]) -> Facts:
    """The facts of a sealed document; nothing known when it cannot be read."""
    reader = _READERS.get(kind)
    body = document.get("record") if isinstance(document, dict) else None
    if reader is None or not isinstance(body, dict):
        return Facts(kind[:20])
    try:
        return reader(body)
    except _UNREADABLE:
        return Facts(kind[:20])


def facts_of_record(kind: str, record: object) -> Facts:
    """`facts_of` for a document already read into its typed record (the consent record,
    withdrawal or share `read_document` gave): the same facts, without reading it again."""
    try:
        if kind == "consent" and isinstance(record, ConsentRecordDraft):
            return _form_facts(record)
        if kind == "withdrawal" and isinstance(record, Withdrawal):
            return _withdrawn_facts(record)
        if kind == "share" and isinstance(record, Share):
            return _shared_facts(record)
    except _UNREADABLE:
        pass
    return Facts(kind[:20])


# A second writer of the same facts (or of the "complete" setting) changes nothing.
_INSERT_FACTS = insert_ignoring(RecordFacts.__table__, "record_id", "version")
_INSERT_SETTING_ONCE = insert_ignoring(Setting.__table__, "key")
_INSERT_ITEMS = insert(RecordFactItem)


def keep_facts(
    conn: Connection,
    record_id: str,
    version: int,
    family_id: str,
    sealed_at: datetime,
    facts: Facts,
) -> None:
    """Write one record's facts (in the caller's transaction). A second writer of the same
    record's facts (two dashboards catching up at once) changes nothing."""
    written = conn.execute(
        _INSERT_FACTS[conn.dialect.name],
        {
            "record_id": record_id,
            "version": version,
            "family_id": family_id,
            "kind": facts.kind,
            "effective_at": facts.effective_at,
            "sealed_at": sealed_at,
            "signed_on": facts.signed_on,
            "by_young_person": facts.by_young_person,
            "untold_without_consent": facts.untold_without_consent,
            "reconsider_on": facts.reconsider_on,
        },
    )
    if written.rowcount and facts.items:
        conn.execute(
            _INSERT_ITEMS,
            [
                {
                    "record_id": record_id,
                    "version": version,
                    "what": what,
                    "agency": agency,
                    "on_date": on_date,
                }
                for what, agency, on_date in facts.items
            ],
        )


def catch_up(session: Session) -> int:
    """Read the facts of every record that has none yet (held from before facts were kept);
    how many were read. Reads their documents once, a batch at a time, then notes in
    `settings` that every record has its facts: upload writes them with each new record,
    so later calls cost one lookup."""
    if session.get(Setting, FACTS_COMPLETE) is not None:
        return 0
    missing = (
        select(
            Record.record_id,
            Record.version,
            Record.kind,
            Record.family_id,
            Record.sealed_at,
            Record.document,
        )
        .outerjoin(
            RecordFacts,
            and_(RecordFacts.record_id == Record.record_id, RecordFacts.version == Record.version),
        )
        .where(RecordFacts.record_id.is_(None))
        .limit(CATCH_UP_BATCH)
    )
    read = 0
    while True:
        rows = session.execute(missing).all()
        for record_id, version, kind, family_id, sealed_at, text in rows:
            try:
                document = json.loads(text)
            except ValueError:
                document = {}
            facts = facts_of(kind, document)
            keep_facts(session.connection(), record_id, version, family_id, sealed_at, facts)
        read += len(rows)
        if len(rows) < CATCH_UP_BATCH:
            break
    conn = session.connection()
    conn.execute(_INSERT_SETTING_ONCE[conn.dialect.name], {"key": FACTS_COMPLETE, "value": "yes"})
    if read:
        log.info("dashboard facts read for %d records held from before", read)
    return read
