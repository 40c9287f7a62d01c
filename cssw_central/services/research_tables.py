"""The research extract's tables: counts in groups, small cells suppressed, JSON and CSV.

Every table is a list of groups; the counts of one group add up to a total the extract
publishes (the families included, or the children included), so a group is where a hidden
cell could be worked out by subtraction. Suppression, per group:

- primary: a count from 1 to `min_cell - 1` is hidden (zero is shown: it describes no one);
- complementary: when a group then has exactly one hidden cell, its value would follow from
  the total, so the smallest other cell of the group is hidden too (a zero if nothing else
  is left, so that a hidden cell never tells a zero from a small count);
- a rate is shown only when no cell of its group is hidden (a rate and its denominator
  would give the count back).

The report says how many cells were hidden, per table and why, never their values.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

EXTRACT_FORMAT = "cssw.research-extract/1"
DEFAULT_MIN_CELL = 5
SUPPRESSED = "suppressed"


@dataclass
class Group:
    """One row of a table: counts by column that add up to a published total."""

    table: str
    row: str  # "all" in a one-way table; an agency or document in the answers tables
    counts: dict[str, int]
    rate_of: str | None = None  # the column whose share of (yes + no) is given as a rate
    hidden: dict[str, str] = field(default_factory=dict)  # column: "primary"|"complementary"

    def shown(self, column: str) -> int | None:
        return None if column in self.hidden else self.counts[column]

    def rate(self) -> float | None:
        if self.rate_of is None or self.hidden:
            return None
        answered = self.counts.get("yes", 0) + self.counts.get("no", 0)
        return None if answered == 0 else round(self.counts[self.rate_of] / answered, 3)


@dataclass
class SuppressionReport:
    min_cell: int
    primary: int = 0
    complementary: int = 0
    rates: int = 0
    by_table: dict[str, int] = field(default_factory=dict)

    @property
    def cells(self) -> int:
        return self.primary + self.complementary

    def to_json(self) -> dict[str, Any]:
        return {
            "min_cell": self.min_cell,
            "cells_suppressed": self.cells,
            "primary": self.primary,
            "complementary": self.complementary,
            "rates_withheld": self.rates,
            "by_table": dict(sorted(self.by_table.items())),
        }


def suppress(groups: list[Group], min_cell: int) -> SuppressionReport:
    """Hide small cells and the cells that would reveal them (in place); what was hidden."""
    report = SuppressionReport(min_cell)
    for group in groups:
        for column, count in group.counts.items():
            if 0 < count < min_cell:
                group.hidden[column] = "primary"
        if len(group.hidden) == 1 and len(group.counts) > 1:
            others = [c for c in group.counts if c not in group.hidden]
            # The smallest non-zero cell first; a zero only when nothing else is left.
            others.sort(key=lambda c: (group.counts[c] == 0, group.counts[c], c))
            group.hidden[others[0]] = "complementary"
        for reason in group.hidden.values():
            if reason == "primary":
                report.primary += 1
            else:
                report.complementary += 1
        if group.hidden:
            report.by_table[group.table] = report.by_table.get(group.table, 0) + len(group.hidden)
            if group.rate_of is not None:
                report.rates += 1
    return report


def tables_json(groups: list[Group]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for group in groups:
        row: dict[str, Any] = {
            "row": group.row,
            "counts": {column: group.shown(column) for column in group.counts},
        }
        if group.rate_of is not None:
            row["yes_rate"] = group.rate()
        tables.setdefault(group.table, []).append(row)
    return tables


def as_json(summary: dict[str, Any], groups: list[Group], report: SuppressionReport) -> bytes:
    document = {
        "format": EXTRACT_FORMAT,
        **summary,
        "tables": tables_json(groups),
        "suppression": report.to_json(),
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def as_csv(summary: dict[str, Any], groups: list[Group], report: SuppressionReport) -> bytes:
    """One line per value: table, row, column, value ("suppressed" where hidden; the
    summary and the suppression report as tables "extract" and "suppression")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "column", "value"])
    writer.writerow(["extract", "all", "format", EXTRACT_FORMAT])
    for key, value in _flat(summary):
        writer.writerow(["extract", "all", key, "" if value is None else value])
    for group in groups:
        for column in group.counts:
            shown = group.shown(column)
            writer.writerow(
                [group.table, group.row, column, SUPPRESSED if shown is None else shown]
            )
        if group.rate_of is not None:
            rate = group.rate()
            value = SUPPRESSED if group.hidden else ("" if rate is None else rate)
            writer.writerow([group.table, group.row, "yes_rate", value])
    for key, value in _flat(report.to_json()):
        writer.writerow(["suppression", "all", key, value])
    return out.getvalue().encode("utf-8")


def _flat(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    lines: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.extend(_flat(value, f"{prefix}{key}."))
        else:
            lines.append((f"{prefix}{key}", value))
    return lines
