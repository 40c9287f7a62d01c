"""A team dashboard as central might send it, with fictional laptops and staff: for the
dashboard page's tests and screenshots (scripts/dashboard_screenshots.py)."""

from __future__ import annotations

from cssw_core.domain.agencies import AGENCIES
from cssw_core.team_dashboard import (
    AgencyFigures,
    ConsentCoverage,
    LaptopWaiting,
    TeamDashboard,
    UntoldShares,
    WaitingBand,
)

REFUSED_SHARE = (3, 9, 21, 2, 6, 4, 5, 7, 3, 1, 2)  # by agency, in the form's order


def laptop(name: str, worker: str, pending: int, oldest: int | None, seen: str) -> LaptopWaiting:
    return LaptopWaiting(
        device_name=name,
        worker_name=worker,
        pending=pending,
        failed=1 if pending > 3 else 0,
        oldest_seconds=oldest,
        last_contact_at=f"{seen}.000000Z",
    )


def sample_dashboard() -> TeamDashboard:
    return TeamDashboard(
        as_of="2026-09-01T09:30:00.000000Z",
        today="2026-09-01",
        review_months=12,
        coverage=ConsentCoverage(
            families=214,
            current=151,
            due_soon=27,
            overdue=19,
            never_asked=17,
            young_people_turned_13=8,
            families_with_young_people_turned_13=7,
        ),
        agencies=[
            AgencyFigures(
                agency=agency,
                refused_share=refused,
                refused_approach=refused // 2,
                withdrawn_share=i % 3,
                withdrawn_approach=i % 2,
            )
            for i, (agency, refused) in enumerate(zip(AGENCIES, REFUSED_SHARE, strict=True))
        ],
        laptops=[
            laptop("Laptop CSSW-0412", "Jaspreet Patel", 4, 5 * 86_400, "2026-09-01T08:10:00"),
            laptop("Laptop CSSW-0388", "Grace Obi", 2, 30 * 3600, "2026-08-31T16:40:00"),
            laptop("Laptop CSSW-0290", "Tom Reilly", 0, None, "2026-09-01T07:55:00"),
        ],
        waiting=[
            WaitingBand(band="under_1_day", laptops=0, records=0),
            WaitingBand(band="1_to_3_days", laptops=1, records=2),
            WaitingBand(band="3_to_7_days", laptops=1, records=4),
            WaitingBand(band="over_7_days", laptops=0, records=0),
        ],
        untold_shares=UntoldShares(awaiting=3, past_reconsider_date=1),
    )
