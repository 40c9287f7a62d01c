"""`set-policy`: what laptops must do (auto-lock, purge delay, sync interval, review
period) and whether central's scheduled retention job may erase (`--retention-erase on|off`).

With no option it prints the policy in force. Every change is audited.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy.orm import Session, sessionmaker

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.database import audit, transaction
from cssw_central.services.policy import (
    read_policy,
    read_retention_erase,
    write_policy,
    write_retention_erase,
)
from cssw_core.protocol import Policy

ACTOR = "admin"


def set_policy(
    sessions: sessionmaker[Session], defaults: Policy, changes: dict[str, int], now: datetime
) -> Policy:
    try:
        with transaction(sessions) as session:
            policy = write_policy(session, defaults, **changes)
            audit(session, now, ACTOR, "policy_set", "", team_id=None, **changes)
            return policy
    except ValueError:
        raise AdminProblem(
            "That policy is out of range: auto-lock 1 to 60 minutes, purge 0 to 365 days, "
            "sync interval 30 to 86400 seconds, review 1 to 36 months."
        ) from None


def set_retention_erase(sessions: sessionmaker[Session], enabled: bool, now: datetime) -> None:
    """Let the scheduled retention job erase records past their date (on), or only report."""
    with transaction(sessions) as session:
        write_retention_erase(session, enabled)
        audit(session, now, ACTOR, "retention_erase_set", "", team_id=None, enabled=enabled)


def add_policy_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register `set-policy` with `admin.command`'s `action(name, help)` factory."""
    policy = action("set-policy", "set what laptops must do")
    policy.add_argument("--auto-lock-minutes", type=int)
    policy.add_argument("--purge-after-days", type=int)
    policy.add_argument("--sync-interval-seconds", type=int)
    policy.add_argument(
        "--review-months",
        type=int,
        help="months after consent is signed before it is reviewed with the family "
        "(laptops use their own setting until this is set)",
    )
    policy.add_argument(
        "--retention-erase",
        choices=("on", "off"),
        help="central only: let the scheduled retention job erase records past their date",
    )


def run_policy_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run `set-policy` (True), or leave the command to the caller (False)."""
    if args.action != "set-policy":
        return False
    now = datetime.now(UTC)
    changes = {
        key: value
        for key, value in (
            ("auto_lock_minutes", args.auto_lock_minutes),
            ("purge_after_days", args.purge_after_days),
            ("sync_interval_seconds", args.sync_interval_seconds),
            ("review_months", args.review_months),
        )
        if value is not None
    }
    if args.retention_erase is not None:
        set_retention_erase(sessions, args.retention_erase == "on", now)
    if changes or args.retention_erase is None:
        policy = set_policy(sessions, Policy(), changes, now)
    else:
        with sessions() as session:
            policy = read_policy(session, Policy())
    for key, value in policy.model_dump().items():
        shown = "each laptop's own setting" if value is None else value
        print(f"{key}: {shown}", file=out)
    with sessions() as session:
        print(f"retention_erase: {'on' if read_retention_erase(session) else 'off'}", file=out)
    return True
