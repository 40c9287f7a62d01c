"""The anonymised research extract as an admin command.

    cssw-central admin research-extract --out FILE [--min-cell N] [--format json|csv]
                                        [--month-from YYYY-MM] [--month-to YYYY-MM]

Counts and rates only, from families whose consent now says Yes to research; small cells
suppressed (services/research_extract.py, services/research_tables.py). The format is
--format, else the file's ending (.csv: CSV), else JSON.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from cssw_central.admin.problem import AdminProblem
from cssw_central.services.research_extract import (
    EXCLUSION_REASONS,
    FORMATS,
    ExtractRefused,
    ExtractRequest,
    make_extract,
)
from cssw_central.services.research_tables import DEFAULT_MIN_CELL


def add_research_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    extract = action(
        "research-extract",
        "anonymised counts and rates from families who said Yes to research",
    )
    extract.add_argument("--out", type=Path, required=True, help="the file to write")
    extract.add_argument(
        "--min-cell",
        type=int,
        default=DEFAULT_MIN_CELL,
        help=f"counts below this are suppressed (default {DEFAULT_MIN_CELL})",
    )
    extract.add_argument("--month-from", default=None, help="first month of consent, YYYY-MM")
    extract.add_argument("--month-to", default=None, help="last month of consent, YYYY-MM")
    extract.add_argument(
        "--format",
        dest="output_format",
        choices=FORMATS,
        default=None,
        help="json or csv (default: csv for a .csv file, else json)",
    )


def run_research_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run the command if it is this one (True), else leave it to the caller (False)."""
    if args.action != "research-extract":
        return False
    output_format = args.output_format or ("csv" if args.out.suffix.lower() == ".csv" else "json")
    request = ExtractRequest(
        out=args.out,
        min_cell=args.min_cell,
        month_from=args.month_from,
        month_to=args.month_to,
        output_format=output_format,
    )
    try:
        summary = make_extract(sessions, request, datetime.now(UTC))
    except ExtractRefused as refused:
        raise AdminProblem(str(refused)) from None
    report = summary.suppression
    print(f"Extract written: {args.out} ({output_format}).", file=out)
    reasons = ", ".join(
        f"{reason.replace('_', ' ')} {summary.excluded[reason]}"
        for reason in EXCLUSION_REASONS
        if summary.excluded[reason]
    )
    print(
        f"Families included: {summary.families_included}; left out: "
        f"{summary.families_excluded}" + (f" ({reasons})." if reasons else "."),
        file=out,
    )
    print(
        f"Children counted: {summary.children_included}; young people left out for their "
        f"own No: {summary.young_people_left_out}. (These are exact, for you; in the "
        "file, small counts of those left out are suppressed like every other cell.)",
        file=out,
    )
    if report is not None:
        print(
            f"Cells suppressed (counts below {report.min_cell}): {report.cells} "
            f"({report.primary} small, {report.complementary} that would reveal them); "
            f"rates withheld: {report.rates}.",
            file=out,
        )
    return True
