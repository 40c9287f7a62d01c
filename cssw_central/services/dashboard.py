"""The team dashboard's figures, counted in the database (PostgreSQL; SQLite for a trial).

A family's consent is its latest consent form held at central (the last sealed, as in its
caseload; received, approved or filed: a returned record is not accepted) with withdrawals
made after the form's visit applied, as on the laptop. Its
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
from typing import Any

from sqlalchemy import (
    CTE,
    CompoundSelect,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)
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
    """Accepted records of one kind (not returned to the worker) with their facts. A
    returned record is rare: an anti-join on the small partial index of returned ones."""
    returned = (
        select(Record.id)
        .where(
            Record.record_id == RecordFacts.record_id,
            Record.version == RecordFacts.version,
            Record.state == "returned",
        )
        .exists()
    )
    return (
        select(RecordFacts)
        .where(RecordFacts.kind == kind, RecordFacts.effective_at.is_not(None), ~returned)
        .subquery()
    )


def _team_families(team_id: str) -> Subquery:
    return select(FamilySnapshot.id).where(FamilySnapshot.team_id == team_id).subquery()


def _latest_forms(team_id: str) -> CTE:
    """Each of the team's families' latest accepted consent form (one row per family)."""
    forms = _accepted("consent")
    families = _team_families(team_id)
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
                order_by=(
                    forms.c.sealed_at.desc(),
                    forms.c.version.desc(),
                    forms.c.record_id.desc(),
                ),
            )
            .label("rank"),
        )
        .join(families, families.c.id == forms.c.family_id)
        .subquery()
    )
    return select(ranked).where(ranked.c.rank == 1).cte("latest_forms")


def _label(text: str) -> ColumnElement[str]:
    return cast(literal(text), String)


def _figure_rows(team_id: str, today: date, months: int) -> CompoundSelect[Any]:
    """Every count in one statement, as (figure, item, count) rows: the families' states,
    young people turned 13, agencies refused and withdrawn, untold shares. The latest
    forms are worked out once (a CTE the parts share)."""
    latest = _latest_forms(team_id)
    overdue_before = first_form_due_on_or_after(today, months)
    soon_before = first_form_due_on_or_after(today + timedelta(days=DUE_SOON_DAYS + 1), months)
    signed = latest.c.signed_on
    state = case(
        (signed.is_(None), "never_asked"),
        (signed < overdue_before, "overdue"),
        (signed < soon_before, "due_soon"),
        else_="current",
    )
    states = (
        select(_label("state"), cast(state, String), func.count())
        .select_from(FamilySnapshot)
        .outerjoin(latest, latest.c.family_id == FamilySnapshot.id)
        .where(FamilySnapshot.team_id == team_id)
        .group_by(state)
    )
    on_latest = and_(
        RecordFactItem.record_id == latest.c.record_id, RecordFactItem.version == latest.c.version
    )
    young = (
        select(_label("turns_13"), cast(func.count(func.distinct(latest.c.family_id)), String),
               func.count())
        .select_from(latest)
        .join(RecordFactItem, on_latest)
        .where(RecordFactItem.what == "turns_13", RecordFactItem.on_date <= today)
    )  # fmt: skip
    refused = (
        select(RecordFactItem.what, RecordFactItem.agency, func.count())
        .select_from(latest)
        .join(RecordFactItem, on_latest)
        .where(RecordFactItem.what.in_(("refused_share", "refused_approach")))
        .group_by(RecordFactItem.what, RecordFactItem.agency)
    )
    withdrawals = _accepted("withdrawal")
    withdrawn = (
        select(
            RecordFactItem.what,
            RecordFactItem.agency,
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
        .group_by(RecordFactItem.what, RecordFactItem.agency)
    )
    shares = _accepted("share")
    families = _team_families(team_id)
    untold = (
        select(
            _label("untold"),
            cast(func.coalesce(func.sum(case((shares.c.reconsider_on < today, 1), else_=0)), 0),
                 String),
            func.count(),
        )
        .select_from(shares)
        .join(families, families.c.id == shares.c.family_id)
        .where(shares.c.untold_without_consent.is_(True))
    )  # fmt: skip
    return union_all(states, young, refused, withdrawn, untold)


def _read_figures(
    session: Session, team_id: str, today: date, months: int
) -> tuple[ConsentCoverage, list[AgencyFigures], UntoldShares]:
    states: dict[str, int] = {}
    agencies: dict[tuple[str, str], int] = {}
    young = young_families = untold = untold_past = 0
    rows: list[tuple[str, str | None, int]] = [
        (str(row[0]), row[1], int(row[2]))
        for row in session.execute(_figure_rows(team_id, today, months))
    ]
    for figure, item, count in rows:
        if figure == "state":
            states[str(item)] = int(count)
        elif figure == "turns_13":
            young, young_families = int(count), int(item or 0)
        elif figure == "untold":
            untold, untold_past = int(count), int(item or 0)
        else:
            agencies[(str(item), figure)] = int(count)
    coverage = ConsentCoverage(
        families=sum(states.values()),
        current=states.get("current", 0),
        due_soon=states.get("due_soon", 0),
        overdue=states.get("overdue", 0),
        never_asked=states.get("never_asked", 0),
        young_people_turned_13=young,
        families_with_young_people_turned_13=young_families,
    )
    by_agency = [
        AgencyFigures(
            agency=agency,
            refused_share=agencies.get((agency.value, "refused_share"), 0),
            refused_approach=agencies.get((agency.value, "refused_approach"), 0),
            withdrawn_share=agencies.get((agency.value, "withdrawn_share"), 0),
            withdrawn_approach=agencies.get((agency.value, "withdrawn_approach"), 0),
        )
        for agency in AGENCIES
    ]
    return coverage, by_agency, UntoldShares(awaiting=untold, past_reconsider_date=untold_past)


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
                device_name=shown(device.name)[:200],
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


def team_dashboard(session: Session, team_id: str, now: datetime) -> TeamDashboard:
    """The team's figures as of `now` (central's clock; its UTC date is "today")."""
    catch_up(session)
    today = now.date()
    months = review_months(session)
    coverage, agencies, untold = _read_figures(session, team_id, today, months)
    laptops = _laptops(session, team_id, now)
    return TeamDashboard(
        as_of=utc_text(now),
        today=today.isoformat(),
        review_months=months,
        coverage=coverage,
        agencies=agencies,
        laptops=laptops,
        waiting=_waiting(laptops),
        untold_shares=untold,
    )
