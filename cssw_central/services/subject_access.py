"""Subject access: everything central holds about a family, as one zip for the officer who
answers the request (`cssw-central admin subject-access FAMILY_ID --out BUNDLE.zip ...`).

The bundle holds, per record (consent records and withdrawals): the sealed JSON exactly as
received, the PDF, central's signed receipt and the review state with its history; the
family's details as central holds them; every audit entry about the family and its
records; a tombstone (ids and erase date) for each record already erased; and `index.json`
and `README.txt` saying in plain words what is in it.

The privacy notice (section 10): "Parental access to a child's data is not automatic ...
Where the child is aged 13 and over they must consent to a parent having access." So a
child aged 13 or over today (or of unknown age), other than a young person asking for
their own data, is listed as "needs the young person's consent before release", and their
own parts of a record (their answer, their signature, their confirmation) are withheld
until `--young-person-consented CHILD` names them. Ages come from the case system's dates
of birth and the records' own, never from the caseload's family details; where they
disagree, the older age (services/young_people.py), with a note in the bundle. A record
with withheld parts is given as a redacted copy, without the sealed original or the PDF
(both show those parts); the index says what was withheld and why. The same caution
applies to any requester who is not the young person: the officer can release with the
young person's consent.

A share made without telling the family (its record says "not told", why, and when to
reconsider) is held back from the bundle with everything about it, since the bundle would
tell them; the officer is shown it ("withheld: telling the family may put the child at risk
(review by ...)") and may release it by name (`--release-share`, audited).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.database import audit, transaction
from cssw_central.infra.files import OWNER_ONLY, atomic_write
from cssw_central.infra.tables import AuditEntry, CorrectionNote, FamilySnapshot, Record, Worker
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_central.services.young_people import (
    NEEDS_CONSENT,
    KnownChild,
    child_entry,
    covered_ids,
    known_children,
    redact,
)
from cssw_core.domain.age import YOUNG_PERSON_AGE

BUNDLE_FORMAT = "cssw.subject-access/1"
REQUESTERS = ("parent", "young-person", "other")
MAX_BUNDLE_RECORDS = 10_000  # far above any family; a bound on one export's size


class AccessRefused(ValueError):
    """The bundle cannot be made; the message is one plain line with no personal data."""


@dataclass(frozen=True, slots=True)
class AccessRequest:
    family_id: str
    requester: str  # one of REQUESTERS
    by: str  # the officer making the export (audited)
    today: date  # for the children's ages
    child: str | None = None  # name or id: only records about this child
    consented: tuple[str, ...] = ()  # names or ids of young people who agreed to release
    released_shares: tuple[str, ...] = ()  # record ids of untold shares the officer releases


@dataclass
class BundleSummary:
    records: int = 0
    withdrawals: int = 0
    erased: int = 0
    audit_entries: int = 0
    withheld_children: list[str] = field(default_factory=list)  # child ids
    withheld_shares: list[WithheldShare] = field(default_factory=list)  # for the officer only
    released_shares: list[str] = field(default_factory=list)  # record ids
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class WithheldShare:
    """A share made without telling the family, held back from their bundle: listed for
    the officer (never in the bundle, which would tell them), released only by name."""

    record_id: str
    review_by: str  # the date to reconsider telling the family, as recorded

    def words(self) -> str:
        return (
            f"{self.record_id}: withheld: telling the family may put the child at risk "
            f"(review by {self.review_by or 'no date recorded'})"
        )


def _untold_share(record: Record) -> WithheldShare | None:
    """The share's withholding when the family has not been told of it, else None."""
    if record.kind != "share":
        return None
    try:
        told = json.loads(record.document)["record"]["family_told"]
        if told["told"] is True:
            return None
        review_by = str(told.get("reconsider_on") or "")
    except (ValueError, TypeError, KeyError):
        review_by = ""  # unreadable: held back, as the careful choice
    return WithheldShare(record.record_id, review_by)


_YOUNG_PERSONS_OWN_FLAGS = ("young_person_withdrew", "young_person_differs")


def export_subject_access(
    sessions: sessionmaker[Session], request: AccessRequest, out: Path, now: datetime
) -> BundleSummary:
    """Write the bundle to `out` (atomically, owner-only) and audit the export."""
    if request.requester not in REQUESTERS:
        raise AccessRefused("The requester must be one of: " + ", ".join(REQUESTERS) + ".")
    if not request.by.strip():
        raise AccessRefused("Say who is making the export (--by).")
    if out.exists():
        raise AccessRefused("A file with that name is already there; choose another name.")
    with transaction(sessions) as session:
        files, summary, team_id = gather(session, request, now)
        write_bundle(out, files)
        try:
            audit(
                session, now, f"admin:{request.by.strip()[:100]}", "subject_access_export",
                request.family_id, team_id=team_id, requester=request.requester,
                records=summary.records, withdrawals=summary.withdrawals,
                erased=summary.erased, withheld_children=len(summary.withheld_children),
                withheld_shares=len(summary.withheld_shares),
                released_shares=len(set(summary.released_shares)),
            )  # fmt: skip
            for record_id in sorted(set(summary.released_shares)):
                audit(
                    session, now, f"admin:{request.by.strip()[:100]}",
                    "subject_access_share_released", record_id, team_id=team_id,
                    family_id=request.family_id, requester=request.requester,
                )  # fmt: skip
            session.flush()
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    return summary


def gather(
    session: Session, request: AccessRequest, now: datetime
) -> tuple[dict[str, bytes], BundleSummary, str | None]:
    """The bundle's files by name, what it holds, and the family's team."""
    snapshot = session.get(FamilySnapshot, request.family_id)
    records = session.scalars(
        select(Record)
        .where(Record.family_id == request.family_id)
        .order_by(Record.sealed_at, Record.record_id, Record.version)
        .limit(MAX_BUNDLE_RECORDS)
    ).all()
    tombstones = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.action == "record_erased",
            AuditEntry.detail_json.contains(json.dumps({"family_id": request.family_id})[1:-1]),
        )
        .order_by(AuditEntry.seq)
    ).all()
    if snapshot is None and not records and not tombstones:
        raise AccessRefused("Central holds nothing about a family with that id.")
    children = known_children(snapshot, records)
    about = _find(children, request.child, "--child") if request.child else None
    consented = {_find(children, c, "--young-person-consented").id for c in request.consented}
    if request.requester == "young-person" and about is None:
        raise AccessRefused("A young person's request names them with --child.")
    asking = about.id if request.requester == "young-person" and about else None
    withheld = {
        c.id
        for c in children
        if c.id != asking
        and c.id not in consented
        and ((age := c.age(request.today)) is None or age >= YOUNG_PERSON_AGE)
    }
    if about is not None:
        records = [r for r in records if r.kind != "consent" or about.id in covered_ids(r)]
    summary = BundleSummary(withheld_children=sorted(withheld))
    released = {r.strip().lower() for r in request.released_shares}
    kept = []
    for record in records:  # untold shares leave before anything (audit entries too) is read
        untold = _untold_share(record)
        if untold is not None and record.record_id not in released:
            if untold not in summary.withheld_shares:
                summary.withheld_shares.append(untold)
            continue
        if untold is not None:
            summary.released_shares.append(record.record_id)
        kept.append(record)
    unknown = (
        released
        - {w.record_id for w in summary.withheld_shares}
        - {r for r in summary.released_shares}
    )
    if unknown:
        raise AccessRefused("--release-share names no share of this family held back.")
    records = kept
    files: dict[str, bytes] = {}
    erased = [_tombstone(t) for t in tombstones]
    subjects = {request.family_id} | {r.record_id for r in records}
    subjects |= {t["record_id"] for t in erased}
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.subject.in_(subjects)).order_by(AuditEntry.seq)
    ).all()
    names = _worker_names(session, entries, records)
    history = [_entry(e, names) for e in entries]
    notes = _corrections(session, request.family_id)
    listed = []
    for record in records:
        entry = _record_files(record, withheld, history, names, files)
        corrected = notes.get((record.record_id, record.version), [])
        if corrected:  # shown with the record, as on every screen central has
            files[f"{entry['folder']}/corrections.json"] = _json(corrected)
            entry["corrections"] = len(corrected)
        listed.append(entry)
        if record.kind == "consent":
            summary.records += 1
        elif record.kind == "withdrawal":
            summary.withdrawals += 1
    if snapshot is not None:
        files["family.json"] = _json(_family(snapshot))
    files["audit.json"] = _json(history)
    files["erased.json"] = _json(erased)
    summary.erased, summary.audit_entries = len(erased), len(history)
    index: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "family_id": request.family_id,
        "made_at": utc_text(now),
        "made_by": request.by.strip(),
        "requester": request.requester,
        "about_child": about.id if about else None,
        "children": [child_entry(c, request.today, withheld, consented, asking) for c in children],
        "records": listed,
        "erased": erased,
        "audit_entries": len(history),
    }
    files["README.txt"] = _readme(index).encode()
    index["files"] = sorted([*files, "index.json"])
    files["index.json"] = _json(index)
    summary.files = sorted(files)
    team_id = snapshot.team_id if snapshot is not None and snapshot.team_id else None
    if team_id is None and records:
        team_id = records[0].team_id
    return files, summary, team_id


def _corrections(session: Session, family_id: str) -> dict[tuple[str, int], list[dict[str, str]]]:
    """The family's correction notes by (record id, version), oldest first."""
    found: dict[tuple[str, int], list[dict[str, str]]] = {}
    for note in session.scalars(
        select(CorrectionNote)
        .where(CorrectionNote.family_id == family_id)
        .order_by(CorrectionNote.corrected_at, CorrectionNote.id)
    ):
        found.setdefault((note.record_id, note.version), []).append(
            {
                "corrected_at": utc_text(note.corrected_at),
                "corrected_by": note.corrected_by,
                "note": note.note,
            }
        )
    return found


def _find(children: list[KnownChild], wanted: str, option: str) -> KnownChild:
    key = wanted.strip().casefold()
    matches = [c for c in children if key in (c.id.casefold(), c.name.strip().casefold())]
    if not matches:
        raise AccessRefused(f"No child of this family has the name or id given with {option}.")
    if len(matches) > 1:
        raise AccessRefused(f"More than one child has that name; give the child's id to {option}.")
    return matches[0]


def _record_files(
    record: Record,
    withheld: set[str],
    history: list[dict[str, Any]],
    names: dict[str, str],
    files: dict[str, bytes],
) -> dict[str, Any]:
    folders = {"consent": "records", "share": "shares"}
    folder = folders.get(record.kind, "withdrawals") + (f"/{record.record_id}-v{record.version}")
    try:
        document = json.loads(record.document)
    except ValueError:
        document = {}
    redacted, found = redact(document, withheld) if isinstance(document, dict) else ({}, set())
    entry: dict[str, Any] = {
        "record_id": record.record_id,
        "version": record.version,
        "kind": record.kind,
        "state": record.state,
        "sealed_at": utc_text(record.sealed_at),
        "folder": folder,
    }
    if found:
        files[f"{folder}/sealed-redacted.json"] = _json(redacted)
        parts = (
            "their answer, signature and confirmation"
            if record.kind == "consent"
            else "their own withdrawal: who, what, why, and their signature"
        )
        entry["withheld"] = [
            {"child_id": child_id, "parts": parts, "why": NEEDS_CONSENT}
            for child_id in sorted(found)
        ]
        entry["not_included"] = (
            "The sealed original and the PDF are not included: they show the withheld parts."
        )
    else:
        files[f"{folder}/sealed.json"] = record.document.encode("utf-8")
        if record.filed_pdf is not None:  # central's signed PDF, once approved
            files[f"{folder}/record.pdf"] = record.filed_pdf
    files[f"{folder}/receipt.json"] = record.receipt_json.encode("utf-8")
    files[f"{folder}/review.json"] = _json(
        {
            "state": record.state,
            "received_at": utc_text(record.received_at),
            "flags": [  # a withheld young person's part is not told by a flag either: their
                # own withdrawal, nor how their own answers differ from the adult's
                f
                for f in json.loads(record.flags_json or "[]")
                if not (found and f.get("code") in _YOUNG_PERSONS_OWN_FLAGS)
            ],
            "comment": record.comment,
            "reviewed_by": names.get(record.reviewed_by or "", record.reviewed_by),
            "reviewed_at": optional_utc_text(record.reviewed_at),
            "filed_at": optional_utc_text(record.filed_at),
            "case_type": record.case_type,
            "kept_until": record.retention_until.isoformat() if record.retention_until else None,
            "history": [h for h in history if h["subject"] == record.record_id],
        }
    )
    return entry


def _tombstone(entry: AuditEntry) -> dict[str, Any]:
    detail = json.loads(entry.detail_json)
    return {
        "record_id": entry.subject,
        "version": detail.get("version"),
        "kind": detail.get("kind"),
        "erased_on": detail.get("erased_on") or entry.at.date().isoformat(),
    }


def _worker_names(
    session: Session, entries: list[AuditEntry] | Any, records: list[Record] | Any
) -> dict[str, str]:
    ids = {e.actor.split(":", 1)[1] for e in entries if e.actor.startswith("worker:")}
    ids |= {r.reviewed_by for r in records if r.reviewed_by}
    if not ids:
        return {}
    rows = session.execute(select(Worker.id, Worker.display_name).where(Worker.id.in_(ids)))
    return {worker_id: name for worker_id, name in rows}


def _entry(entry: AuditEntry, names: dict[str, str]) -> dict[str, Any]:
    kind, _, actor_id = entry.actor.partition(":")
    return {
        "at": utc_text(entry.at),
        "who": entry.actor,
        "who_name": names.get(actor_id) if kind == "worker" else None,
        "action": entry.action,
        "subject": entry.subject,
        "detail": json.loads(entry.detail_json or "{}"),
    }


def _family(snapshot: FamilySnapshot) -> dict[str, Any]:
    return {
        "id": snapshot.id,
        "family_name": snapshot.family_name,
        "address": snapshot.address,
        "case_reference": snapshot.case_reference,
        "children": json.loads(snapshot.children_json or "[]"),
        "case_type": snapshot.case_type,
        "case_closed_on": snapshot.case_closed_on.isoformat() if snapshot.case_closed_on else None,
        "adoption_order_on": (
            snapshot.adoption_order_on.isoformat() if snapshot.adoption_order_on else None
        ),
        "updated_at": utc_text(snapshot.updated_at),
    }


def _readme(index: dict[str, Any]) -> str:
    lines = [
        "Everything CSSW's central service holds about one family",
        "",
        f"Made on {index['made_at']} by {index['made_by']}, for a request by: "
        f"{index['requester']}.",
        "This is for the officer answering the request to check before anything is released.",
        "",
        "What is in this bundle:",
        "- index.json: the list below, for a computer.",
        "- family.json: the family's details as central holds them.",
        "- records/<id>-v<version>/: each consent form: sealed.json (the signed record exactly",
        "  as the laptop sent it; its seal can be checked), record.pdf (the form as central",
        "  filed it, signed by central; only once a team lead has approved it),",
        "  receipt.json (central's signed receipt) and review.json (what the team lead decided,",
        "  when, and the record's history), and corrections.json where a record was",
        "  corrected: the sealed record is never changed; each correction note says what is",
        "  corrected, by whom and when.",
        "- withdrawals/<id>-v1/: each withdrawal of consent, the same way.",
        "- shares/<id>-v1/: each record of information CSSW shared, the same way.",
        "- audit.json: every entry in central's audit log about the family and its records.",
        "- erased.json: records central has already erased (their ids and the date only).",
        "",
    ]
    withheld = [c for c in index["children"] if c["status"] == NEEDS_CONSENT]
    if withheld:
        lines += [
            "Children aged 13 or over: the privacy notice says a young person aged 13 or over",
            "must consent before a parent sees their information. Their own answers,",
            "signatures and confirmations are withheld from this bundle (records with withheld",
            "parts come as sealed-redacted.json, without the original or the PDF):",
        ]
        lines += [f"- {c['name']} (id {c['id']}): {NEEDS_CONSENT}." for c in withheld]
        lines += [
            "Once the young person agrees, make the bundle again with",
            "--young-person-consented <their id>.",
            "",
        ]
    disagreeing = [c for c in index["children"] if c.get("date_of_birth_note")]
    if disagreeing:
        lines += ["Children whose dates of birth differ between sources:"]
        lines += [f"- {c['name']} (id {c['id']}): {c['date_of_birth_note']}" for c in disagreeing]
        lines.append("")
    lines.append(
        f"Records: {sum(1 for r in index['records'] if r['kind'] == 'consent')}. "
        f"Withdrawals: {sum(1 for r in index['records'] if r['kind'] == 'withdrawal')}. "
        f"Shares: {sum(1 for r in index['records'] if r['kind'] == 'share')}. "
        f"Corrected: {sum(1 for r in index['records'] if r.get('corrections'))}. "
        f"Erased: {len(index['erased'])}. Audit entries: {index['audit_entries']}."
    )
    return "\n".join(lines) + "\n"


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def write_bundle(out: Path, files: dict[str, bytes]) -> None:
    """The zip at `out`, written atomically: a 0600 temporary file beside it, fsync, rename."""
    folder = out.parent
    if not folder.is_dir():
        raise AccessRefused("The folder for the bundle does not exist.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name in sorted(files):
            bundle.writestr(name, files[name])
    atomic_write(out, buffer.getvalue(), OWNER_ONLY)
