"""Rights requests for the data protection officer (services/rights_requests.py,
corrections.py, restriction.py):

    cssw-central admin rights log FAMILY_ID --kind KIND --relationship WORDS [--name NAME]
                                  --received YYYY-MM-DD --by NAME
    cssw-central admin rights extend REQUEST_ID --reason WORDS --by NAME
    cssw-central admin rights done REQUEST_ID --outcome WORDS --by NAME
    cssw-central admin rights refuse REQUEST_ID --reason WORDS --by NAME
    cssw-central admin rights show REQUEST_ID
    cssw-central admin rights report [--today YYYY-MM-DD]
    cssw-central admin rights correct RECORD_ID VERSION --note WORDS --by NAME [--request ID]
    cssw-central admin rights restrict FAMILY_ID --by NAME [--request ID]
    cssw-central admin rights lift FAMILY_ID --by NAME
    cssw-central admin rights demo --team TEAM --by NAME   (a trial central's demo families)

`report` lists open requests due within 7 days or overdue, soonest first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from cssw_central.admin.problem import AdminProblem
from cssw_central.admin.review import DEFAULT_DROP_FOLDER
from cssw_central.infra.database import transaction
from cssw_central.infra.document_signing import DEFAULT_SIGNING, SigningFiles
from cssw_central.infra.tables import RIGHTS_KINDS, Record
from cssw_central.services.correction_pdf import CorrectionsNotFiled, file_corrections
from cssw_central.services.corrections import add_correction
from cssw_central.services.restriction import lift, restrict
from cssw_central.services.rights_deadlines import DUE_SOON_DAYS
from cssw_central.services.rights_demo import add_demo_rights
from cssw_central.services.rights_requests import (
    KIND_WORDS,
    RightsRefused,
    actor_of,
    close,
    due_report,
    extend,
    get_request,
    log_request,
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None


def add_rights_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    rights = action("rights", "rights requests: log, deadlines, corrections, restriction")
    ops = rights.add_subparsers(dest="operation", required=True)
    log = ops.add_parser("log", help="log a request received (its deadline is worked out)")
    log.add_argument("family_id")
    log.add_argument("--kind", choices=RIGHTS_KINDS, required=True)
    log.add_argument("--relationship", required=True, help="who asked, e.g. mother, young person")
    log.add_argument("--name", default="", help="the requester's name (optional)")
    log.add_argument("--received", type=_day, required=True, help="the day it was received")
    for name, words, help_text in (
        ("extend", "--reason", "extend by two months (complex or many requests)"),
        ("done", "--outcome", "close as done, saying what was done"),
        ("refuse", "--reason", "close as refused, saying why"),
    ):
        sub = ops.add_parser(name, help=help_text)
        sub.add_argument("request_id")
        sub.add_argument(words, dest="words", required=True)
    ops.add_parser("show", help="one request").add_argument("request_id")
    report = ops.add_parser("report", help=f"requests due within {DUE_SOON_DAYS} days or overdue")
    report.add_argument("--today", type=_day, default=None)
    correct = ops.add_parser("correct", help="add a correction note beside a sealed record")
    correct.add_argument("record_id")
    correct.add_argument("version", type=int)
    correct.add_argument("--note", required=True, help="what is corrected, in plain words")
    correct.add_argument(
        "--drop-folder", type=Path, default=DEFAULT_DROP_FOLDER,
        help="where a filed record's signed corrections PDF is written",
    )  # fmt: skip
    correct.add_argument("--signing-cert", type=Path, default=DEFAULT_SIGNING.cert)
    correct.add_argument("--signing-key", type=Path, default=DEFAULT_SIGNING.key)
    for name, help_text in (
        ("restrict", "restrict a family: nothing filed or shared onward"),
        ("lift", "lift a family's restriction"),
    ):
        ops.add_parser(name, help=help_text).add_argument("family_id")
    demo = ops.add_parser(
        "demo", help="a trial's demo families: one corrected record, one restricted family"
    )
    demo.add_argument("--team", required=True)
    for sub in (log, correct, ops.choices["restrict"]):
        sub.add_argument("--request", default=None, help="the rights request this answers")
    for name in ("log", "extend", "done", "refuse", "correct", "restrict", "lift", "demo"):
        ops.choices[name].add_argument("--by", required=True, help="who is doing this (audited)")


def run_rights_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    if args.action != "rights":
        return False
    now = datetime.now(UTC)
    try:
        with transaction(sessions) as session:
            _run(session, args, now, out)
    except RightsRefused as refused:
        raise AdminProblem(str(refused)) from None
    return True


def _run(session: Any, args: argparse.Namespace, now: datetime, out: TextIO) -> None:
    op = args.operation
    if op == "log":
        request = log_request(
            session, family_id=args.family_id.strip().lower(), kind=args.kind,
            relationship=args.relationship, name=args.name, received_on=args.received,
            by=args.by, now=now,
        )  # fmt: skip
        print(f"Request logged: {request.id} (due {request.due_on.isoformat()}).", file=out)
    elif op in ("extend", "done", "refuse"):
        request = get_request(session, args.request_id, lock=True)
        if op == "extend":
            extend(session, request, args.words, args.by, now)
            print(f"Extended: now due {request.due_on.isoformat()}.", file=out)
        else:
            close(session, request, "done" if op == "done" else "refused", args.words, args.by, now)
            print(f"Closed: {request.state}.", file=out)
    elif op == "show":
        r = get_request(session, args.request_id)
        for label, value in (
            ("Request", r.id), ("Family", r.family_id), ("Kind", KIND_WORDS[r.kind]),
            ("Asked by", f"{r.requester_relationship} {r.requester_name}".strip()),
            ("Received", r.received_on.isoformat()), ("Due", r.due_on.isoformat()),
            ("State", r.state), ("Extended because", r.extension_reason),
            ("Outcome", r.outcome), ("Closed on", r.closed_on.isoformat() if r.closed_on else ""),
            ("Bundle (SHA-256)", r.bundle_sha256 or ""),
        ):  # fmt: skip
            if value:
                print(f"{label}: {value}", file=out)
    elif op == "report":
        _report(session, args.today or now.date(), out)
    elif op == "correct":
        note = add_correction(
            session, record_id=args.record_id.strip().lower(), version=args.version,
            note=args.note, by=args.by, now=now, request_id=args.request,
        )  # fmt: skip
        print("Correction note added beside the record (the sealed record is unchanged).", file=out)
        record = session.scalars(
            select(Record).where(Record.record_id == note.record_id, Record.version == note.version)
        ).one()
        signing = SigningFiles(args.signing_cert, args.signing_key)
        try:
            filed = file_corrections(
                session, record, args.drop_folder, signing, actor_of(args.by), now
            )
        except CorrectionsNotFiled as failure:
            raise RightsRefused(
                f"The correction was not saved: its signed PDF could not be filed ({failure})."
            ) from None
        if filed is None:
            print("The record is not filed yet; the note is shown with it at central.", file=out)
        else:
            print(f"Signed corrections PDF filed beside it: {filed.name}", file=out)
    elif op == "restrict":
        restrict(session, args.family_id.strip().lower(), args.by, now, args.request)
        print("Family restricted: nothing of it is filed or shared until lifted.", file=out)
    elif op == "demo":
        added = add_demo_rights(session, args.team, args.by, now)
        record_id, version = added.corrected_record
        print(f"Correction note added beside record {record_id} version {version}.", file=out)
        print(f"Family {added.restricted_family} restricted.", file=out)
    else:
        lift(session, args.family_id.strip().lower(), args.by, now)
        print("Restriction lifted.", file=out)


def _report(session: Any, today: date, out: TextIO) -> None:
    rows = due_report(session, today)
    if not rows:
        print(f"No rights request is due within {DUE_SOON_DAYS} days or overdue.", file=out)
        return
    for row in rows:
        if row.days_left < 0:
            when = f"OVERDUE by {-row.days_left} day(s)"
        elif row.days_left == 0:
            when = "due TODAY"
        else:
            when = f"due in {row.days_left} day(s)"
        print(
            f"{when}\t{row.due_on.isoformat()}\t{row.kind}\t{row.state}\t"
            f"received {row.received_on.isoformat()}\tfamily {row.family_id}\t{row.request_id}",
            file=out,
        )
