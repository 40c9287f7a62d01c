"""Admin commands for the sharing register:

    cssw-central admin shares --family FAMILY_ID
    cssw-central admin shares-untold --team TEAM_NAME [--today YYYY-MM-DD]

`shares` prints a family's register: every share with and without consent, oldest first,
with the consent as it stood then. `shares-untold` is the team lead's list of the team's
shares without consent whose family has not been told, by the date to reconsider (those
past it are marked DUE).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TextIO

from cssw_central.admin.problem import AdminProblem
from cssw_central.services.shares import share_register, untold_without_consent
from cssw_core.domain.consent import Answer
from cssw_core.domain.fields import shown
from cssw_core.domain.share import Information, Share


def add_share_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    register = action("shares", "a family's sharing register, oldest first")
    register.add_argument("--family", required=True, help="the family's id")
    untold = action("shares-untold", "a team's shares without consent the family was not told of")
    untold.add_argument("--team", required=True, help="the team's name")
    untold.add_argument("--today", type=date.fromisoformat, default=None)


def _when(share: Share) -> str:
    return share.shared_at.strftime("%Y-%m-%d %H:%M UTC")


def _basis(share: Share) -> str:
    if not share.without_consent:
        return "with consent"
    reason = "" if share.reason is None else share.reason.label
    law = f" ({shown(share.law)})" if share.law else ""
    return f"WITHOUT consent: {reason}{law}"


def _consent_words(answer: Answer | None, not_on_form: bool) -> str:
    if not_on_form:
        return "not asked on the form"
    if answer is None:
        return "no signed form then"
    return "Yes" if answer is Answer.YES else "No"


def _told(share: Share) -> str:
    told = share.family_told
    if told.told and told.at is not None and told.how is not None:
        return f"told {told.at:%Y-%m-%d} by {told.how.label.lower()}"
    day = "" if told.reconsider_on is None else f", reconsider by {told.reconsider_on}"
    return f"not told{day}"


def run_share_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    if args.action == "shares":
        with sessions() as session:
            rows = share_register(session, args.family.strip().lower())
        if not rows:
            print("No shares are recorded for this family.", file=out)
            return True
        for row in rows:
            s = row.share
            what = ", ".join(i.label for i in Information if i in s.information)
            print(
                f"{_when(s)} | {shown(s.party_words)} | {_basis(s)} | consent then: "
                f"{_consent_words(row.consent_then, row.not_on_form)} | {what} | "
                f"{s.how.label} | decided by {shown(s.decided_by)} | {_told(s)} | {row.state}",
                file=out,
            )
        return True
    if args.action == "shares-untold":
        today = args.today or datetime.now(UTC).date()
        with sessions() as session:
            untold = untold_without_consent(session, args.team)
        if untold is None:
            raise AdminProblem("There is no team with that name.")
        if not untold:
            print("No shares without consent are waiting on telling the family.", file=out)
            return True
        for item in untold:
            s = item.share
            due = s.family_told.reconsider_on
            mark = "DUE " if due is not None and due <= today else ""
            print(
                f"{mark}{due} | {shown(item.family_name)} ({s.family_id}) | {_when(s)} | "
                f"{shown(s.party_words)} | {_basis(s)} | {item.state}",
                file=out,
            )
        return True
    return False
