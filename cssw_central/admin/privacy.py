"""Admin commands for the privacy notice's duties: case facts, retention, subject access.

    cssw-central admin case set FAMILY_ID [--type TYPE] [--closed-on DATE|none]
                                          [--adoption-order-on DATE|none]
    cssw-central admin case show FAMILY_ID
    cssw-central admin retention [--erase | --report-only] [--today DATE] [--drop-folder DIR]
    cssw-central admin subject-access FAMILY_ID --out BUNDLE.zip --by NAME
        [--requester parent|young-person|other] [--child NAME_OR_ID]
        [--young-person-consented NAME_OR_ID ...] [--today DATE] [--request REQUEST_ID]

`retention` erases only with `--erase`, or when the `retention_erase` setting is on
(`set-policy --retention-erase on`) and `--report-only` is not given; it exits non-zero
when a record past its date could not be erased.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from cssw_central.admin.problem import AdminProblem
from cssw_central.admin.review import DEFAULT_DROP_FOLDER
from cssw_central.infra.database import transaction
from cssw_central.infra.tables import CASE_TYPES, FamilySnapshot, Record
from cssw_central.services.policy import read_retention_erase
from cssw_central.services.retention import (
    CASE_TYPE_WORDS,
    RETENTION_YEARS,
    RUNS_FROM_WORDS,
    CaseFacts,
    CaseFactsRefused,
    facts_of,
    set_case_facts,
)
from cssw_central.services.retention_job import report_lines, run_retention
from cssw_central.services.rights_requests import (
    RightsRefused,
    check_access_request,
    get_request,
    link_access_bundle,
)
from cssw_central.services.subject_access import (
    REQUESTERS,
    AccessRefused,
    AccessRequest,
    export_subject_access,
)

KEEP = object()  # an option left out: the stored value stays


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None


def _day_or_none(text: str) -> date | None:
    return None if text.strip().lower() == "none" else _day(text)


def add_privacy_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register `case`, `retention` and `subject-access` with `admin.command`'s factory."""
    case = action("case", "set or show a family's case facts (what retention runs from)")
    case.add_argument("operation", choices=("set", "show"))
    case.add_argument("family_id")
    case.add_argument("--type", dest="case_type", choices=(*CASE_TYPES, "none"), default=KEEP)
    case.add_argument("--closed-on", type=_day_or_none, default=KEEP, help="YYYY-MM-DD or none")
    case.add_argument(
        "--adoption-order-on", type=_day_or_none, default=KEEP, help="YYYY-MM-DD or none"
    )
    job = action("retention", "report (and erase) filed records past their retention date")
    mode = job.add_mutually_exclusive_group()
    mode.add_argument("--erase", action="store_true", help="erase what is past its date")
    mode.add_argument("--report-only", action="store_true", help="never erase, whatever is set")
    job.add_argument("--today", type=_day, default=None, help="report as on this day")
    job.add_argument("--drop-folder", type=Path, default=DEFAULT_DROP_FOLDER)
    access = action("subject-access", "everything held about a family, as one zip bundle")
    access.add_argument("family_id")
    access.add_argument("--out", type=Path, required=True, help="the bundle to write (.zip)")
    access.add_argument("--by", required=True, help="who is making the export (audited)")
    access.add_argument("--requester", choices=REQUESTERS, default="parent")
    access.add_argument("--child", default=None, help="only records about this child")
    access.add_argument(
        "--young-person-consented", action="append", default=[], metavar="NAME_OR_ID",
        help="a young person (13+) who agreed to release their parts (repeatable)",
    )  # fmt: skip
    access.add_argument(
        "--release-share", action="append", default=[], metavar="RECORD_ID",
        help="include a share the family was not told of, held back by default (audited)",
    )  # fmt: skip
    access.add_argument("--today", type=_day, default=None, help="for the children's ages")
    access.add_argument(
        "--request", default=None, help="the logged access request this bundle answers"
    )


def run_privacy_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run the command if it is one of these (True), else leave it to the caller (False)."""
    now = datetime.now(UTC)
    if args.action == "case":
        family_id = args.family_id.strip().lower()
        if args.operation == "set":
            _set_case(sessions, family_id, args, now, out)
        _show_case(sessions, family_id, now.date(), out)
        return True
    if args.action == "retention":
        _retention(sessions, args, now, out)
        return True
    if args.action == "subject-access":
        request = AccessRequest(
            family_id=args.family_id.strip().lower(),
            requester=args.requester,
            by=args.by,
            today=args.today or now.date(),
            child=args.child,
            consented=tuple(args.young_person_consented),
            released_shares=tuple(args.release_share),
        )
        try:
            if args.request is not None:
                with transaction(sessions) as session:
                    check_access_request(session, args.request, request.family_id)
            summary = export_subject_access(sessions, request, args.out, now)
            if args.request is not None:
                with transaction(sessions) as session:
                    logged = get_request(session, args.request, lock=True)
                    link_access_bundle(session, logged, args.out, args.by, now)
        except (AccessRefused, RightsRefused) as refused:
            raise AdminProblem(str(refused)) from None
        print(
            f"Bundle written: {args.out} ({summary.records} record(s), {summary.withdrawals} "
            f"withdrawal(s), {summary.erased} erased, {summary.audit_entries} audit entries).",
            file=out,
        )
        if summary.withheld_children:
            print(
                f"Withheld until the young person consents: {len(summary.withheld_children)} "
                "child(ren) aged 13 or over (see README.txt in the bundle).",
                file=out,
            )
        if summary.withheld_shares:
            print(
                "Held back from the bundle (for you, not the family; the bundle does not "
                "mention them; release one with --release-share RECORD_ID):",
                file=out,
            )
            for share in summary.withheld_shares:
                print(f"  {share.words()}", file=out)
        for record_id in sorted(set(summary.released_shares)):
            print(f"Released on your decision (audited): share {record_id}", file=out)
        return True
    return False


def _set_case(
    sessions: Any, family_id: str, args: argparse.Namespace, now: datetime, out: TextIO
) -> None:
    try:
        with transaction(sessions) as session:
            before = facts_of(session.get(FamilySnapshot, family_id))
            facts = CaseFacts(
                before.case_type if args.case_type is KEEP else _none(args.case_type),
                before.case_closed_on if args.closed_on is KEEP else args.closed_on,
                before.adoption_order_on
                if args.adoption_order_on is KEEP
                else args.adoption_order_on,
            )
            changed = set_case_facts(session, family_id, facts, "admin", now)
    except CaseFactsRefused as refused:
        raise AdminProblem(str(refused)) from None
    print(f"Case facts saved. Filed records re-dated: {changed}.", file=out)


def _none(value: str) -> str | None:
    return None if value == "none" else value


def _show_case(sessions: Any, family_id: str, today: date, out: TextIO) -> None:
    with transaction(sessions) as session:
        snapshot = session.get(FamilySnapshot, family_id)
        if snapshot is None:
            raise AdminProblem("Central knows no family with that id.")
        facts = facts_of(snapshot)
        if facts.case_type is None:
            print("Case type: not set (its records are kept until one is set).", file=out)
        else:
            print(
                f"Case type: {CASE_TYPE_WORDS[facts.case_type]} (kept "
                f"{RETENTION_YEARS[facts.case_type]} years from "
                f"{RUNS_FROM_WORDS[facts.case_type]}).",
                file=out,
            )
        print(f"Closed on: {_text(facts.case_closed_on)}", file=out)
        print(f"Adoption order on: {_text(facts.adoption_order_on)}", file=out)
        for child in json.loads(snapshot.children_json or "[]"):
            print(f"Child: {child.get('id')}\tborn {child.get('date_of_birth')}", file=out)
        rows = session.execute(
            select(
                Record.record_id, Record.version, Record.kind, Record.state, Record.retention_until
            )
            .where(Record.family_id == family_id)
            .order_by(Record.sealed_at, Record.id)
        ).all()
        for record_id, version, kind, state, until in rows:
            kept = (
                "not filed yet" if state != "filed" else f"kept until {_text(until, 'no date yet')}"
            )
            print(f"{record_id} v{version}\t{kind}\t{kept}", file=out)


def _text(value: date | None, missing: str = "not set") -> str:
    return missing if value is None else value.isoformat()


def _retention(sessions: Any, args: argparse.Namespace, now: datetime, out: TextIO) -> None:
    today = args.today or now.date()
    with transaction(sessions) as session:
        erase = args.erase or (not args.report_only and read_retention_erase(session))
    if erase and today > now.date():
        raise AdminProblem("--today cannot be after today when erasing.")
    report = run_retention(
        sessions,
        today=today,
        erase=erase,
        drop_folders=[args.drop_folder],
        actor="admin",
        now=now,
    )
    for line in report_lines(report):
        print(line, file=out)
    if report.failed:
        raise AdminProblem(
            f"{len(report.failed)} record(s) past their date could not be erased; see above."
        )
