"""The team dashboard's figures as central sends them, and their CSV export (counts only).

One message for the lead's laptop (`GET /v1/team/dashboard`) and for `cssw-central admin
report`: consent coverage of the team's families, young people who turned 13 since their
family's last consent, refusals and withdrawals by agency, what waits on the team's
laptops and for how long, and shares without consent whose family has not been told.

No family is named anywhere in it: counts, agency codes, and the team's own laptops and
staff names (which the CSV leaves out, so a manager's spreadsheet holds counts only).
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from cssw_core.domain.agencies import Agency
from cssw_core.protocol import Count, Message, UtcText

DUE_SOON_DAYS = 30  # "review due soon": due within this many days from today
# How long the oldest record has waited on a laptop: the bands the dashboard counts in.
AGE_BANDS: tuple[tuple[str, int], ...] = (  # (band, up to this many seconds, exclusive)
    ("under_1_day", 86_400),
    ("1_to_3_days", 3 * 86_400),
    ("3_to_7_days", 7 * 86_400),
    ("over_7_days", 2**62),
)
AgeBand = Literal["under_1_day", "1_to_3_days", "3_to_7_days", "over_7_days"]
DayText = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
StaffName = Annotated[str, StringConstraints(max_length=200)]
Seconds = Annotated[int, Field(ge=0, le=10**12)]


def age_band(seconds: int) -> AgeBand:
    """The band a waiting time falls in."""
    for band, limit in AGE_BANDS:
        if seconds < limit:
            return band  # type: ignore[return-value]  # AGE_BANDS holds AgeBand names
    return "over_7_days"


class ConsentCoverage(Message):
    """The team's families by the state of their consent; each family in one state."""

    families: Count
    current: Count  # review due more than DUE_SOON_DAYS from today
    due_soon: Count  # review due today or within DUE_SOON_DAYS
    overdue: Count  # review date passed
    never_asked: Count  # no consent form held at central
    young_people_turned_13: Count  # children under 13 on the last form, 13 or over today
    families_with_young_people_turned_13: Count


class AgencyFigures(Message):
    """Families whose latest form says No to an agency, and who withdrew it since."""

    agency: Agency
    refused_share: Count
    refused_approach: Count
    withdrawn_share: Count
    withdrawn_approach: Count

    @property
    def total(self) -> int:
        return (
            self.refused_share
            + self.refused_approach
            + self.withdrawn_share
            + (self.withdrawn_approach)
        )


class LaptopWaiting(Message):
    """One of the team's laptops as its last heartbeat told: records signed and not yet
    received, and how long the oldest has waited (its heartbeat's figure plus the time
    since)."""

    device_name: StaffName  # as shown (defused), not re-checked: a row held from before the rules
    worker_name: StaffName
    pending: Count
    failed: Count
    oldest_seconds: Seconds | None  # None: nothing waiting
    last_contact_at: UtcText | None


class WaitingBand(Message):
    band: AgeBand
    laptops: Count
    records: Count


class UntoldShares(Message):
    """Shares without consent whose family has not been told: a decision is awaited."""

    awaiting: Count
    past_reconsider_date: Count  # the date set to look at it again has passed


class TeamDashboard(Message):
    as_of: UtcText
    today: DayText  # central's date the states are counted on
    review_months: Annotated[int, Field(ge=1, le=120)]
    coverage: ConsentCoverage
    agencies: list[AgencyFigures]  # the form's order, every agency
    laptops: list[LaptopWaiting]  # the oldest wait first
    waiting: list[WaitingBand]  # every band, shortest first
    untold_shares: UntoldShares

    @property
    def records_waiting(self) -> int:
        return sum(laptop.pending for laptop in self.laptops)


CSV_HEADER = ("section", "item", "measure", "count")
AGENCY_MEASURES = ("refused_share", "refused_approach", "withdrawn_share", "withdrawn_approach")


def dashboard_csv_rows(dashboard: TeamDashboard) -> list[tuple[str, str, str, str]]:
    """The figures as rows of (section, item, measure, count): codes and numbers only."""
    coverage = dashboard.coverage
    rows: list[tuple[str, str, str, str]] = [
        ("report", "as_of", "date", dashboard.today),
        ("report", "review_interval", "months", str(dashboard.review_months)),
    ]
    for measure in (
        "families", "current", "due_soon", "overdue", "never_asked",
        "families_with_young_people_turned_13",
    ):  # fmt: skip
        rows.append(("consent", measure, "families", str(getattr(coverage, measure))))
    rows.append(
        ("consent", "young_people_turned_13", "young_people", str(coverage.young_people_turned_13))
    )
    for figures in dashboard.agencies:
        for measure in (
            "refused_share",
            "refused_approach",
            "withdrawn_share",
            "withdrawn_approach",
        ):
            rows.append(("agency", figures.agency.value, measure, str(getattr(figures, measure))))
    for band in dashboard.waiting:
        rows.append(("waiting_on_laptops", band.band, "laptops", str(band.laptops)))
        rows.append(("waiting_on_laptops", band.band, "records", str(band.records)))
    untold = dashboard.untold_shares
    rows.append(("shares_without_consent_untold", "all", "shares", str(untold.awaiting)))
    rows.append(
        ("shares_without_consent_untold", "past_reconsider_date", "shares",
         str(untold.past_reconsider_date))
    )  # fmt: skip
    return rows


def dashboard_csv(dashboard: TeamDashboard) -> str:
    """The CSV a manager opens: a header and the rows above, nothing personal."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(dashboard_csv_rows(dashboard))
    return out.getvalue()
