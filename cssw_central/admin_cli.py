"""The `cssw-central admin ...` subcommands: parse, run one admin operation, print."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from cssw_central import admin
from cssw_central.audit_log import add_audit_admin_actions, run_audit_admin
from cssw_central.database import default_database_url, make_engine, make_sessions
from cssw_central.migrate import upgrade
from cssw_central.policy import read_policy, read_retention_erase
from cssw_central.privacy_admin import add_privacy_admin_actions, run_privacy_admin
from cssw_central.review_admin import add_review_admin_actions, run_review_admin
from cssw_central.timefmt import optional_utc_text, utc_text
from cssw_core.pinning import pin_of_pem
from cssw_core.protocol import Policy


def add_admin_parser(commands: Any) -> None:
    parser = commands.add_parser("admin", help="manage teams, workers, codes and laptops")
    actions = parser.add_subparsers(dest="action", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        sub.add_argument(
            "--database-url",
            default=None,
            help="default: $CSSW_CENTRAL_DATABASE_URL, else ./cssw-central-data/central.db",
        )
        return sub

    action("create-team", "add a team").add_argument("name")
    worker = action("add-worker", "add a worker (password read from standard input)")
    worker.add_argument("--team", required=True)
    worker.add_argument("--username", required=True)
    worker.add_argument("--name", required=True, help="display name")
    worker.add_argument("--role", choices=("worker", "team_lead"), default="worker")
    worker.add_argument("--password-stdin", action="store_true", required=True)
    action("list-workers", "list workers")
    code = action("issue-code", "issue a single-use enrollment code for a worker")
    code.add_argument("--username", required=True)
    code.add_argument("--server-url", required=True, help="https://host:port laptops will use")
    code.add_argument("--tls-cert", type=Path, required=True, help="central's certificate")
    code.add_argument("--hours", type=float, default=24.0)
    action("list-devices", "list enrolled laptops")
    action("revoke-device", "withdraw a laptop's access").add_argument("device_id")
    policy = action("set-policy", "set what laptops must do")
    policy.add_argument("--auto-lock-minutes", type=int)
    policy.add_argument("--purge-after-days", type=int)
    policy.add_argument("--sync-interval-seconds", type=int)
    policy.add_argument(
        "--retention-erase",
        choices=("on", "off"),
        help="central only: let the scheduled retention job erase records past their date",
    )
    add_review_admin_actions(action)
    add_audit_admin_actions(action)
    add_privacy_admin_actions(action)


def run_admin(args: argparse.Namespace, *, stdin: TextIO, out: TextIO) -> None:
    database_url = args.database_url or default_database_url()
    upgrade(database_url)
    engine = make_engine(database_url, pool_size=1)
    try:
        _dispatch(args, make_sessions(engine), stdin, out)
    finally:
        engine.dispose()


def _dispatch(args: argparse.Namespace, sessions: Any, stdin: TextIO, out: TextIO) -> None:
    now = datetime.now(UTC)
    if run_review_admin(args, sessions, out) or run_audit_admin(args, sessions, out):
        return
    if run_privacy_admin(args, sessions, out):
        return
    if args.action == "create-team":
        admin.create_team(sessions, args.name, now)
        print("Team created.", file=out)
    elif args.action == "add-worker":
        password = stdin.readline().rstrip("\r\n")
        admin.add_worker(
            sessions,
            team=args.team,
            username=args.username,
            display_name=args.name,
            role=args.role,
            password=password,
            now=now,
        )
        print("Worker added.", file=out)
    elif args.action == "list-workers":
        for w in admin.list_workers(sessions):
            status = "active" if w.active else "inactive"
            print(f"{w.username}\t{w.display_name}\t{w.role}\t{w.team}\t{status}", file=out)
    elif args.action == "issue-code":
        try:
            pin = pin_of_pem(args.tls_cert.read_bytes())
        except ValueError:
            raise admin.AdminProblem("The --tls-cert file is not a PEM certificate.") from None
        text = admin.issue_code(
            sessions,
            username=args.username,
            server_url=args.server_url,
            pin=pin,
            hours=args.hours,
            now=now,
        )
        print(text, file=out)
    elif args.action == "list-devices":
        for d in admin.list_devices(sessions):
            state = "revoked" if d.revoked_at else "active"
            last = optional_utc_text(d.last_contact_at) or "never"
            print(
                f"{d.device_id}\t{d.name}\t{d.username}\t{utc_text(d.enrolled_at)}\t{last}\t{state}",
                file=out,
            )
    elif args.action == "revoke-device":
        admin.revoke_device(sessions, args.device_id, now)
        print("Laptop access withdrawn.", file=out)
    elif args.action == "set-policy":
        changes = {
            key: value
            for key, value in (
                ("auto_lock_minutes", args.auto_lock_minutes),
                ("purge_after_days", args.purge_after_days),
                ("sync_interval_seconds", args.sync_interval_seconds),
            )
            if value is not None
        }
        if args.retention_erase is not None:
            admin.set_retention_erase(sessions, args.retention_erase == "on", now)
        if changes or args.retention_erase is None:
            policy = admin.set_policy(sessions, Policy(), changes, now)
        else:
            with sessions() as session:
                policy = read_policy(session, Policy())
        for key, value in policy.model_dump().items():
            print(f"{key}: {value}", file=out)
        with sessions() as session:
            print(f"retention_erase: {'on' if read_retention_erase(session) else 'off'}", file=out)
