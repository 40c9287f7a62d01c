"""The retention job: report filed records by retention date and, when enabled, erase those
past it, each leaving a tombstone in the audit log.

Run it with `cssw-central admin retention [--erase] [--today YYYY-MM-DD]`, from cron or a
systemd timer, or let `cssw-central serve` run it every `--retention-every-hours` (report
only, unless the `retention_erase` setting is on; see `services.retention_schedule`). Only
filed records are under retention; a record still in review, or with no case type, or
whose date is not known yet, is kept.

Erasing one record is one database transaction: the tombstone is written and the row
deleted, its drop-folder files are removed, then the transaction commits. A crash before
the commit leaves the row (and the tombstone unwritten), so the next run erases it again;
files already removed are no error. A withdrawal is erased only when past its own date and
when no consent record it changes (same family, sealed no later) is still held, so the
family's consent never looks wider than it was.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.tables import CASE_TYPES, FamilySnapshot, Record
from cssw_central.services.correction_pdf import erase_corrections
from cssw_central.services.filing import remove_filed
from cssw_central.services.retention import CASE_TYPE_WORDS

log = logging.getLogger("cssw_central.retention")

DUE_SOON_DAYS = 90
MAX_LISTED = 200  # record ids printed per list; the counts are always complete
KEPT_WITHDRAWAL = "an earlier consent record it changes is still held"


@dataclass(frozen=True, slots=True)
class RecordKey:
    """A filed record as the report names it: ids and dates only, never names."""

    record_id: str
    version: int
    kind: str
    case_type: str | None
    retention_until: date | None

    def text(self) -> str:
        kept = self.retention_until.isoformat() if self.retention_until else "no date"
        words = CASE_TYPE_WORDS.get(self.case_type or "", "no case type")
        return f"{self.record_id} v{self.version} ({self.kind}, {words}, kept until {kept})"


@dataclass
class TypeCounts:
    past: int = 0
    due_soon: int = 0
    later: int = 0
    waiting: int = 0


@dataclass
class RetentionReport:
    today: date
    erasing: bool
    counts: dict[str, TypeCounts] = field(
        default_factory=lambda: {name: TypeCounts() for name in CASE_TYPES}
    )
    no_case_type: int = 0
    not_filed: int = 0
    past: list[RecordKey] = field(default_factory=list)
    erased: list[RecordKey] = field(default_factory=list)
    kept: list[tuple[RecordKey, str]] = field(default_factory=list)
    failed: list[tuple[RecordKey, str]] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        """Counts only (no ids): what the audit entry and the log carry."""
        return {
            "past": len(self.past),
            "due_soon": sum(c.due_soon for c in self.counts.values()),
            "waiting": sum(c.waiting for c in self.counts.values()),
            "no_case_type": self.no_case_type,
            "erased": len(self.erased),
            "kept": len(self.kept),
            "failed": len(self.failed),
        }


def is_past(retention_until: date | None, today: date) -> bool:
    """True once the last day a record is kept has gone by."""
    return retention_until is not None and retention_until < today


def survey(session: Session, today: date) -> RetentionReport:
    """Where every filed record stands on `today` (nothing is changed)."""
    report = RetentionReport(today=today, erasing=False)
    report.not_filed = (
        session.scalar(select(func.count()).select_from(Record).where(Record.state != "filed")) or 0
    )
    soon = today + timedelta(days=DUE_SOON_DAYS)
    rows = session.execute(
        select(
            Record.record_id, Record.version, Record.kind, Record.case_type, Record.retention_until
        )
        .where(Record.state == "filed")
        .order_by(Record.retention_until, Record.id)
    ).all()
    for record_id, version, kind, case_type, until in rows:
        if case_type is None:
            report.no_case_type += 1
            continue
        counts = report.counts[case_type]
        if until is None:
            counts.waiting += 1
        elif is_past(until, today):
            counts.past += 1
            report.past.append(RecordKey(record_id, version, kind, case_type, until))
        elif until <= soon:
            counts.due_soon += 1
        else:
            counts.later += 1
    return report


def run_retention(
    sessions: sessionmaker[Session],
    *,
    today: date,
    erase: bool,
    drop_folders: Iterable[Path],
    actor: str,
    now: datetime,
) -> RetentionReport:
    """Survey, then (when `erase`) erase each record past its date, one transaction each;
    consent records before withdrawals. One audit entry with the counts closes the run."""
    with transaction(sessions) as session:
        report = survey(session, today)
    report.erasing = erase
    if erase:
        folders = list(drop_folders)
        for key in sorted(report.past, key=lambda k: k.kind != "consent"):
            try:
                kept = erase_record(
                    sessions, key, today=today, drop_folders=folders, actor=actor, now=now
                )
            except OSError as error:
                report.failed.append((key, f"a filed file could not be removed ({error.strerror})"))
                continue
            if kept is None:
                report.erased.append(key)
            else:
                report.kept.append((key, kept))
    with transaction(sessions) as session:
        totals: dict[str, str | int | bool | None] = dict(report.totals())
        audit(session, now, actor, "retention_checked", today.isoformat(), team_id=None, **totals)
    log.info("retention on %s: %s", today.isoformat(), report.totals())
    return report


def erase_record(
    sessions: sessionmaker[Session],
    key: RecordKey,
    *,
    today: date,
    drop_folders: list[Path],
    actor: str,
    now: datetime,
) -> str | None:
    """Erase one record past its date in one transaction; None when erased, else why not.

    OSError (a file that would not go) rolls the whole record back: nothing half-erased.
    """
    with transaction(sessions) as session:
        record = session.scalars(
            select(Record)
            .where(Record.record_id == key.record_id, Record.version == key.version)
            .with_for_update()
        ).one_or_none()
        if record is None:
            return "it was already erased"
        if record.state != "filed" or not is_past(record.retention_until, today):
            return "it is no longer past its date"
        if record.kind == "withdrawal" and _earlier_consent_held(session, record):
            return KEPT_WITHDRAWAL
        base = _base_name(record)
        folders = _folders(record, drop_folders)
        family_id, team_id = record.family_id, record.team_id
        audit(
            session,
            now,
            actor,
            "record_erased",
            record.record_id,
            team_id=team_id,
            version=record.version,
            kind=record.kind,
            family_id=family_id,
            case_type=record.case_type,
            retention_until=record.retention_until.isoformat() if record.retention_until else None,
            erased_on=today.isoformat(),
        )
        session.delete(record)
        session.flush()
        for folder in folders:
            remove_filed(folder, base)
        erase_corrections(session, key.record_id, key.version, folders)  # notes and their PDFs
        _erase_family_if_empty(session, family_id, team_id, actor, now, today)
    return None


def _earlier_consent_held(session: Session, withdrawal: Record) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    Record.family_id == withdrawal.family_id,
                    Record.kind == "consent",
                    Record.sealed_at <= withdrawal.sealed_at,
                )
            )
        )
    )


def _base_name(record: Record) -> str:
    """`<record id>-v<version>`, the filed files' name; refuses anything but a UUID id."""
    if str(uuid.UUID(record.record_id)) != record.record_id or record.version < 1:
        raise OSError(0, "the record's id is not in the expected form")
    return f"{record.record_id}-v{record.version}"


def _folders(record: Record, drop_folders: list[Path]) -> list[Path]:
    """Where the record's files may be: where it was filed, and the drop folder(s) now."""
    folders = list(drop_folders)
    if record.filed_path and Path(record.filed_path).name == f"{_base_name(record)}.json":
        folders.insert(0, Path(record.filed_path).parent)
    unique: list[Path] = []
    for folder in folders:
        if folder.resolve() not in {f.resolve() for f in unique}:
            unique.append(folder)
    return unique


def _erase_family_if_empty(
    session: Session, family_id: str, team_id: str, actor: str, now: datetime, today: date
) -> None:
    """With the family's last record erased, its details (names, address) go too."""
    if session.scalar(select(exists().where(Record.family_id == family_id))):
        return
    snapshot = session.get(FamilySnapshot, family_id, with_for_update=True)
    if snapshot is None:
        return
    session.delete(snapshot)
    audit(
        session, now, actor, "family_erased", family_id,
        team_id=snapshot.team_id or team_id, erased_on=today.isoformat(),
    )  # fmt: skip


def report_lines(report: RetentionReport) -> list[str]:
    """The report in plain words: counts by case type, then record ids (never names)."""
    lines = [
        f"Retention on {report.today.isoformat()} (filed records; "
        f"{'erasing what is past its date' if report.erasing else 'report only, nothing erased'})",
        f"{'case type':<22}{'past date':>10}{'due in 90 days':>16}{'later':>8}"
        f"{'waiting for a date':>20}",
    ]
    for name in CASE_TYPES:
        c = report.counts[name]
        lines.append(
            f"{CASE_TYPE_WORDS[name]:<22}{c.past:>10}{c.due_soon:>16}{c.later:>8}{c.waiting:>20}"
        )
    lines.append(f"No case type — kept until one is set: {report.no_case_type}")
    lines.append(f"Not filed yet (in review, not under retention): {report.not_filed}")
    lines += _listed("Past their date", [k.text() for k in report.past])
    if report.erasing:
        lines += _listed("Erased", [k.text() for k in report.erased])
        lines += _listed("Kept", [f"{k.text()}: {why}" for k, why in report.kept])
        lines += _listed("Could not erase", [f"{k.text()}: {why}" for k, why in report.failed])
    return lines


def _listed(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    lines = [f"{title}: {len(items)}"] + [f"  {item}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(f"  … and {len(items) - MAX_LISTED} more")
    return lines
