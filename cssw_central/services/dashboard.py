"""The team dashboard's figures, counted in the database (PostgreSQL; SQLite for a trial).

A family's consent is its latest consent form held at central (received, approved or filed:
a returned record is not accepted) with later withdrawals applied, as on the laptop. Its
review falls due the review interval after the form's date; "due soon" is due today or in
the next `DUE_SOON_DAYS` days, "overdue" is past its due date. A young person needs their
own consent when a child covered by the family's latest form was under 13 on its date and
is 13 or over today. Refusals are the latest form's No answers; withdrawals are an adult's
withdrawals after it (a young person's own are theirs, not the family's).

What waits on laptops is what each of the team's laptops last reported in its heartbeat
(counts only): central cannot see a record before it arrives.

Every figure is an aggregate over `record_facts` (services/dashboard_facts.py), the team's
families and its laptops: no document is parsed here, so the cost grows with the number of
small rows, not with the signatures' ink.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Subquery

from cssw_central.infra.tables import (
    Device,
    FamilySnapshot,
    Record,
    RecordFactItem,
    RecordFacts,
    Setting,
    Worker,
)
from cssw_central.infra.timefmt import optional_utc_text, utc_text
from cssw_central.services.dashboard_facts import catch_up
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.fields import shown
from cssw_core.team_dashboard import (
    AGE_BANDS,
    DUE_SOON_DAYS,
    AgencyFigures,
    ConsentCoverage,
    LaptopWaiting,
    TeamDashboard,
    UntoldShares,
    WaitingBand,
    age_band,
)

REVIEW_MONTHS_KEY = "review_months"  # central's review interval policy, in `settings`
REVIEW_MONTHS_DEFAULT = 12  # the laptop's own default when central sets none


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); the month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def first_form_due_on_or_after(day: date, months: int) -> date:
    """The earliest form date whose review falls due on `day` or later. Review dates only
    grow with the form's date, so `signed_on < this` is exactly "due before `day`"."""
    candidate = add_months(day, -months)
    while add_months(candidate, months) >= day:
        candidate -= timedelta(days=1)
    while add_months(candidate, months) < day:
        candidate += timedelta(days=1)
    return candidate


def review_months(session: Session) -> int:
    """Central's review interval when set (1 to 120 months), else the laptops' default."""
    setting = session.get(Setting, REVIEW_MONTHS_KEY)
    try:
        months = int(setting.value) if setting is not None else REVIEW_MONTHS_DEFAULT
    except ValueError:
        return REVIEW_MONTHS_DEFAULT
    return months if 1 <= months <= 120 else REVIEW_MONTHS_DEFAULT


def _accepted(kind: str) -> Subquery:
    """The team-agnostic accepted records of one kind with their facts."""
    return (
        select(RecordFacts)
        .join(
            Record,
            and_(Record.record_id == RecordFacts.record_id, Record.version == RecordFacts.version),
        )
        .where(
            RecordFacts.kind == kind,
            RecordFacts.effective_at.is_not(None),
            Record.state != "returned",
        )
        .subquery()
    )


def _latest_forms(team_id: str) -> Subquery:
    """Each of the team's families' latest accepted consent form (one row per family)."""
    forms = _accepted("consent")
    ranked = (
        select(
            forms.c.family_id,
            forms.c.record_id,
            forms.c.version,
            forms.c.signed_on,
            forms.c.effective_at,
            func.row_number()
            .over(
                partition_by=forms.c.family_id,
                order_by=(forms.c.effective_at.desc(), forms.c.version.desc()),
            )
            .label("rank"),
        )
        .join(FamilySnapshot, FamilySnapshot.id == forms.c.family_id)
        .where(FamilySnapshot.team_id == team_id)
        .subquery()
    )
    return select(ranked).where(ranked.c.rank == 1).subquery()


def _coverage(
    session: Session, team_id: str, latest: Subquery, today: date, months: int
) -> ConsentCoverage:
    overdue_before = first_form_due_on_or_after(today, months)
    soon_before = first_form_due_on_or_after(today + timedelta(days=DUE_SOON_DAYS + 1), months)
    signed = latest.c.signed_on

    def count_when(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = session.execute(
        select(
            func.count(),
            count_when(signed >= soon_before),
            count_when(and_(signed >= overdue_before, signed < soon_before)),
            count_when(signed < overdue_before),
            count_when(signed.is_(None)),
        )
        .select_from(FamilySnapshot)
        .outerjoin(latest, latest.c.family_id == FamilySnapshot.id)
        .where(FamilySnapshot.team_id == team_id)
    ).one()
    young = session.execute(
        select(func.count(), func.count(func.distinct(latest.c.family_id)))
        .select_from(latest)
        .join(
            RecordFactItem,
            and_(
                RecordFactItem.record_id == latest.c.record_id,
                RecordFactItem.version == latest.c.version,
            ),
        )
        .where(RecordFactItem.what == "turns_13", RecordFactItem.on_date <= today)
    ).one()
    return ConsentCoverage(
        families=int(row[0]),
        current=int(row[1]),
        due_soon=int(row[2]),
        overdue=int(row[3]),
        never_asked=int(row[4]),
        young_people_turned_13=int(young[0]),
        families_with_young_people_turned_13=int(young[1]),
    )


def _agencies(session: Session, latest: Subquery) -> list[AgencyFigures]:
    refused = (
        select(RecordFactItem.agency, RecordFactItem.what, func.count())
        .join(
            latest,
            and_(
                RecordFactItem.record_id == latest.c.record_id,
                RecordFactItem.version == latest.c.version,
            ),
        )
        .where(RecordFactItem.what.in_(("refused_share", "refused_approach")))
        .group_by(RecordFactItem.agency, RecordFactItem.what)
    )
    withdrawals = _accepted("withdrawal")
    withdrawn = (
        select(
            RecordFactItem.agency,
            RecordFactItem.what,
            func.count(func.distinct(withdrawals.c.family_id)),
        )
        .select_from(withdrawals)
        .join(
            latest,
            and_(
                latest.c.family_id == withdrawals.c.family_id,
                withdrawals.c.effective_at > latest.c.effective_at,
            ),
        )
        .join(
            RecordFactItem,
            and_(
                RecordFactItem.record_id == withdrawals.c.record_id,
                RecordFactItem.version == withdrawals.c.version,
            ),
        )
        .where(
            withdrawals.c.by_young_person.is_(False),
            RecordFactItem.what.in_(("withdrawn_share", "withdrawn_approach")),
        )
        .group_by(RecordFactItem.agency, RecordFactItem.what)
    )
    counts: dict[tuple[str | None, str], int] = {}
    for query in (refused, withdrawn):
        for agency, what, count in session.execute(query):
            counts[(agency, what)] = int(count)
    return [
        AgencyFigures(
            agency=agency,
            refused_share=counts.get((agency.value, "refused_share"), 0),
            refused_approach=counts.get((agency.value, "refused_approach"), 0),
            withdrawn_share=counts.get((agency.value, "withdrawn_share"), 0),
            withdrawn_approach=counts.get((agency.value, "withdrawn_approach"), 0),
        )
        for agency in AGENCIES
    ]


def _laptops(session: Session, team_id: str, now: datetime) -> list[LaptopWaiting]:
    rows = session.execute(
        select(Device, Worker.display_name)
        .join(Worker, Worker.id == Device.worker_id)
        .where(Worker.team_id == team_id, Device.revoked_at.is_(None), Device.pending.is_not(None))
        .order_by(Device.name, Device.id)
    ).all()
    laptops = []
    for device, worker_name in rows:
        pending = max(device.pending or 0, 0)
        oldest = None
        if pending and device.oldest_pending_seconds is not None:
            since = 0
            if device.last_contact_at is not None:
                since = max(int((now - device.last_contact_at).total_seconds()), 0)
            oldest = max(device.oldest_pending_seconds, 0) + since
        laptops.append(
            LaptopWaiting(
                device_name=shown(device.name) or "?",
                worker_name=shown(worker_name)[:200],
                pending=pending,
                failed=max(device.failed or 0, 0),
                oldest_seconds=oldest,
                last_contact_at=optional_utc_text(device.last_contact_at),
            )
        )
    laptops.sort(key=lambda laptop: -(laptop.oldest_seconds or -1))
    return laptops


def _waiting(laptops: list[LaptopWaiting]) -> list[WaitingBand]:
    bands = {band: [0, 0] for band, _limit in AGE_BANDS}
    for laptop in laptops:
        if laptop.pending and laptop.oldest_seconds is not None:
            counts = bands[age_band(laptop.oldest_seconds)]
            counts[0] += 1
            counts[1] += laptop.pending
    return [
        WaitingBand(band=band, laptops=laptops_, records=records)  # type: ignore[arg-type]
        for band, (laptops_, records) in bands.items()
    ]


def _untold(session: Session, team_id: str, today: date) -> UntoldShares:
    shares = _accepted("share")
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((shares.c.reconsider_on < today, 1), else_=0)), literal(0)),
        )
        .select_from(shares)
        .join(FamilySnapshot, FamilySnapshot.id == shares.c.family_id)
        .where(FamilySnapshot.team_id == team_id, shares.c.untold_without_consent.is_(True))
    ).one()
    return UntoldShares(awaiting=int(row[0]), past_reconsider_date=int(row[1]))


def team_dashboard(session: Session, team_id: str, now: datetime) -> TeamDashboard:
    """The team's figures as of `now` (central's clock; its UTC date is "today")."""
    catch_up(session, team_id)
    today = now.date()
    months = review_months(session)
    latest = _latest_forms(team_id)
    laptops = _laptops(session, team_id, now)
    return TeamDashboard(
        as_of=utc_text(now),
        today=today.isoformat(),
        review_months=months,
        coverage=_coverage(session, team_id, latest, today, months),
        agencies=_agencies(session, latest),
        laptops=laptops,
        waiting=_waiting(laptops),
        untold_shares=_untold(session, team_id, today),
    )
