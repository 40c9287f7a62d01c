"""The `cssw-central admin ...` subcommands: parse, run one admin operation, print.

Each topic module registers its commands with `action(name, help)` and runs them with
`run_*_admin(args, sessions, ...)`, answering False for a command that is not its own.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from cssw_central.admin.audit import add_audit_admin_actions, run_audit_admin
from cssw_central.admin.laptops import add_laptop_actions, run_laptop_admin
from cssw_central.admin.policy import add_policy_actions, run_policy_admin
from cssw_central.admin.privacy import add_privacy_admin_actions, run_privacy_admin
from cssw_central.admin.report import add_report_admin_actions, run_report_admin
from cssw_central.admin.research import add_research_admin_actions, run_research_admin
from cssw_central.admin.review import add_review_admin_actions, run_review_admin
from cssw_central.admin.rights import add_rights_actions, run_rights_admin
from cssw_central.admin.shares import add_share_admin_actions, run_share_admin
from cssw_central.admin.teams import add_team_actions, run_team_admin
from cssw_central.infra.database import default_database_url, make_engine, make_sessions
from cssw_central.infra.migrate import upgrade

# Topics that need only the parsed arguments, the sessions and standard output.
_RUNNERS = (
    run_laptop_admin,
    run_policy_admin,
    run_review_admin,
    run_audit_admin,
    run_privacy_admin,
    run_research_admin,
    run_rights_admin,
    run_share_admin,
    run_report_admin,
)


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

    add_team_actions(action)
    add_laptop_actions(action)
    add_policy_actions(action)
    add_review_admin_actions(action)
    add_audit_admin_actions(action)
    add_privacy_admin_actions(action)
    add_research_admin_actions(action)
    add_rights_actions(action)
    add_share_admin_actions(action)
    add_report_admin_actions(action)


def run_admin(args: argparse.Namespace, *, stdin: TextIO, out: TextIO) -> None:
    database_url = args.database_url or default_database_url()
    upgrade(database_url)
    engine = make_engine(database_url, pool_size=1)
    try:
        _dispatch(args, make_sessions(engine), stdin, out)
    finally:
        engine.dispose()


def _dispatch(args: argparse.Namespace, sessions: Any, stdin: TextIO, out: TextIO) -> None:
    if run_team_admin(args, sessions, stdin, out):
        return
    for run in _RUNNERS:
        if run(args, sessions, out):
            return
    raise AssertionError(f"no runner for admin {args.action}")  # argparse allows no other
