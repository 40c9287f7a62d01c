"""Admin command for a team's dashboard figures, for managers:

    cssw-central admin report --team TEAM_NAME [--csv] [--today YYYY-MM-DD]

Prints the same figures a team lead's dashboard shows (services/dashboard.py): consent
coverage, young people who turned 13, refusals and withdrawals by agency, what waits on the
team's laptops, and shares without consent the family was not told of. `--csv` prints
counts only (no family, laptop or staff names) for a spreadsheet.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any, TextIO

from sqlalchemy import select

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.tables import Team
from cssw_central.services.dashboard import team_dashboard
from cssw_core.team_dashboard import TeamDashboard, dashboard_csv

BAND_WORDS = {
    "under_1_day": "under a day",
    "1_to_3_days": "1 to 3 days",
    "3_to_7_days": "3 to 7 days",
    "over_7_days": "over 7 days",
}


def add_report_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    report = action("report", "a team's dashboard figures (counts only with --csv)")
    report.add_argument("--team", required=True, help="the team's name")
    report.add_argument("--csv", action="store_true", help="counts only, as CSV")
    report.add_argument(
        "--today", type=_day, default=None, help="count as on this day (YYYY-MM-DD)"
    )


def _day(text: str) -> datetime:
    try:
        return datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time(12), UTC)
    except ValueError:
        raise argparse.ArgumentTypeError("give the day as YYYY-MM-DD, e.g. 2026-03-14") from None


def _days(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 86_400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86_400} d"


def report_text(figures: TeamDashboard, team: str) -> str:
    c = figures.coverage
    lines = [
        f"Team {team}: consent as on {figures.today} (review every {figures.review_months} months)",
        f"  families                       {c.families}",
        f"  consent current                {c.current}",
        f"  review due in the next 30 days {c.due_soon}",
        f"  review overdue                 {c.overdue}",
        f"  never asked                    {c.never_asked}",
        f"  young people turned 13 since their family's last consent: "
        f"{c.young_people_turned_13} (in {c.families_with_young_people_turned_13} families)",
        "Families who said No, by agency (on the latest form / withdrawn since):",
        f"  {'':<36}         share  ask             share  ask",
    ]
    for a in figures.agencies:
        lines.append(
            f"  {a.agency.label:<36} refused {a.refused_share:>4} {a.refused_approach:>4}   "
            f"withdrawn {a.withdrawn_share:>4} {a.withdrawn_approach:>4}"
        )
    lines.append(f"Signed, not yet received from laptops: {figures.records_waiting} records")
    for band in figures.waiting:
        lines.append(
            f"  oldest waiting {BAND_WORDS[band.band]:<12} {band.laptops:>4} laptops "
            f"{band.records:>6} records"
        )
    for laptop in figures.laptops:
        if laptop.pending or laptop.failed:
            lines.append(
                f"  {laptop.device_name} ({laptop.worker_name}): {laptop.pending} waiting, "
                f"{laptop.failed} failed, oldest {_days(laptop.oldest_seconds)}"
            )
    u = figures.untold_shares
    lines.append(
        f"Shares without consent, family not told: {u.awaiting} "
        f"({u.past_reconsider_date} past the date to reconsider)"
    )
    return "\n".join(lines)


def run_report_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    if args.action != "report":
        return False
    now = args.today or datetime.now(UTC)
    with transaction(sessions) as session:
        team = session.scalars(select(Team).where(Team.name == args.team)).one_or_none()
        if team is None:
            raise AdminProblem("There is no team with that name.")
        figures = team_dashboard(session, team.id, now)
        audit(
            session, datetime.now(UTC), "admin", "dashboard_reported", team.id,
            team_id=team.id, csv=bool(args.csv),
        )  # fmt: skip
    if args.csv:
        out.write(dashboard_csv(figures))
    else:
        print(report_text(figures, team.name), file=out)
    return True
