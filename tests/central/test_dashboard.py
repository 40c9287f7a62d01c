"""The team dashboard's figures against a hand-built data set, on real PostgreSQL.

Families of team North are sent by Wendy's laptop with real seals, some with forms dated at
the review boundaries (due today, in 30 days, in 31 days, yesterday), a child who turned 13
since the last form and one who was 13 on the visit day, a refusal, a withdrawal after the
form and one before a newer form, a form the lead returned, a family never asked, shares
without consent (told and not told); team South has its own family. Today is 1 September
2026 at central; the review interval is 12 months.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.tables import (
    Device,
    FamilySnapshot,
    Record,
    RecordFacts,
    Setting,
    Team,
    Worker,
)
from cssw_central.services.dashboard import first_form_due_on_or_after
from cssw_central.services.dashboard_facts import FACTS_COMPLETE, Facts, keep_facts
from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.family import Child, Family
from cssw_core.domain.share import (
    Authorisation,
    Basis,
    FamilyTold,
    Information,
    NotSoughtReason,
    Party,
    Share,
    SharedHow,
    WithoutConsentReason,
)
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.team_dashboard import CSV_HEADER, TeamDashboard
from tests.support.central import admin
from tests.support.records import VISIT_DATE, complete_draft, signatures_for
from tests.support.sealed_documents import (
    seal_consent_document,
    seal_share_document,
    seal_withdrawal_document,
)
from tests.support.service import Laptop, Service

TODAY = date(2026, 9, 1)
NOW = datetime.combine(TODAY, time(12), UTC)


def family(name: str, reference: int, *births: date) -> Family:
    children = tuple(
        Child(f"{name} Child{i}", "Female", born) for i, born in enumerate(births, start=1)
    )
    return Family(
        name, f"{reference} {name} Street, Demoford", f"CSSW-{reference:06d}", "Wendy Worker",
        children,
    )  # fmt: skip


def form_on(fam: Family, day: date, refuse: tuple[Agency, ...] = ()) -> ConsentRecordDraft:
    """A complete form for `fam` dated `day` (every time in it moved with the date)."""
    draft = complete_draft(fam, refuse=refuse)
    shift = day - VISIT_DATE
    assert draft.visit_end is not None
    return dataclasses.replace(
        draft,
        id=uuid.uuid4(),
        visit_date=day,
        visit_start=draft.visit_start + shift,
        visit_end=draft.visit_end + shift,
        explained={k: None if v is None else v + shift for k, v in draft.explained.items()},
        sections_viewed={k: v + shift for k, v in draft.sections_viewed.items()},
    )


def send_form(laptop: Laptop, fam: Family, form: ConsentRecordDraft) -> str:
    shift = form.visit_date - VISIT_DATE
    signatures = [
        dataclasses.replace(s, signed_at=s.signed_at + shift) for s in signatures_for(form)
    ]
    assert form.visit_end is not None
    sealed = seal_consent_document(
        laptop.key,
        fam,
        form,
        signatures=signatures,
        sealed_at=form.visit_end + timedelta(minutes=5),
    )
    laptop.upload(sealed)
    return sealed.record_id


def send_withdrawal(laptop: Laptop, fam: Family, day: date, *agencies: Agency) -> None:
    told = datetime.combine(day, time(11), UTC)
    withdrawal = Withdrawal(
        fam.id, told, CommunicatedBy.PHONE, share=frozenset(agencies),
        worker="Wendy Worker", worker_attested=True,
    )  # fmt: skip
    laptop.upload(
        seal_withdrawal_document(laptop.key, fam, withdrawal, sealed_at=told + timedelta(hours=1))
    )


def send_share(laptop: Laptop, fam: Family, told: FamilyTold) -> None:
    """A share with the police without consent (significant harm), told or not."""
    shared = datetime(2026, 4, 2, 10, tzinfo=UTC)
    share = Share(
        family_id=fam.id,
        party=Party.POLICE,
        party_name="",
        information=frozenset({Information.ASSESSMENTS}),
        how=SharedHow.SECURE_EMAIL,
        shared_at=shared,
        basis=Basis.WITHOUT_CONSENT,
        reason=WithoutConsentReason.SIGNIFICANT_HARM,
        consent_sought=False,
        not_sought_reason=NotSoughtReason.CRIMINAL_INVESTIGATION,
        decided_by="Wendy Worker",
        authorised_by=Authorisation("Maria Lopez", "Team manager", shared - timedelta(hours=1)),
        family_told=told,
        children=tuple((c.id, c.name) for c in fam.children),
        worker="Wendy Worker",
    )
    laptop.upload(
        seal_share_document(laptop.key, fam, share, sealed_at=share.shared_at + timedelta(hours=3))
    )


def untold(reconsider: date) -> FamilyTold:
    return FamilyTold(
        told=False, why_not="A police investigation is open.", reconsider_on=reconsider
    )


FAMILIES = {
    "current": family("Adebayo", 104231, date(2011, 5, 2), date(2019, 9, 30)),
    "due_today": family("Brennan", 104232, date(2018, 1, 1)),
    "due_in_30": family("Czerny", 104233, date(2018, 1, 1)),
    "due_in_31": family("Dlamini", 104234, date(2018, 1, 1)),
    "overdue": family("Eriksen", 104235, date(2013, 6, 1)),  # 12 on the form's day, 13 today
    "thirteen": family(
        "Fontaine", 104236, date(2013, 5, 20), date(2013, 9, 2)
    ),  # 13 on the day; 12
    "superseded": family("Gallagher", 104237, date(2016, 2, 2)),
    "returned": family("Hussain", 104238, date(2017, 3, 3)),
}
NEVER = family("Ivanova", 104239, date(2015, 4, 4))
SOUTH = family("Jablonski", 104240, date(2012, 12, 12))


@pytest.fixture
def data_set(service: Service, wendy: Laptop, tara: Laptop, wes: Laptop) -> None:
    service.clock.now = NOW
    f = FAMILIES
    send_form(wendy, f["current"], form_on(f["current"], date(2026, 3, 14), (Agency.POLICE,)))
    send_form(wendy, f["due_today"], form_on(f["due_today"], date(2025, 9, 1)))
    send_form(wendy, f["due_in_30"], form_on(f["due_in_30"], date(2025, 10, 1)))
    send_form(wendy, f["due_in_31"], form_on(f["due_in_31"], date(2025, 10, 2)))
    send_form(wendy, f["overdue"], form_on(f["overdue"], date(2025, 8, 31)))
    send_withdrawal(wendy, f["overdue"], date(2026, 1, 10), Agency.HOUSING)
    send_form(wendy, f["thirteen"], form_on(f["thirteen"], date(2026, 5, 20)))
    send_form(wendy, f["superseded"], form_on(f["superseded"], date(2025, 1, 10), (Agency.HEALTH,)))
    send_withdrawal(wendy, f["superseded"], date(2025, 6, 1), Agency.EDUCATION)
    send_form(wendy, f["superseded"], form_on(f["superseded"], date(2026, 2, 1)))
    returned = send_form(wendy, f["returned"], form_on(f["returned"], date(2026, 4, 1)))
    answer = tara.post(f"/v1/review/{returned}/1/return", {"comment": "Wrong family."})
    assert answer.status_code == 200, answer.text
    send_share(wendy, f["current"], untold(date(2026, 8, 1)))  # past its reconsider date
    send_share(wendy, f["due_in_31"], untold(date(2026, 12, 1)))
    told = FamilyTold(told=True, at=datetime(2026, 4, 2, 12, tzinfo=UTC), how=SharedHow.PHONE)
    send_share(wendy, f["due_today"], told)
    send_form(wes, SOUTH, form_on(SOUTH, date(2026, 1, 5), (Agency.POLICE, Agency.HOUSING)))
    with service.session() as session, session.begin():
        team_id = tara.profile.profile.team_id
        never = FamilySnapshot(id=str(NEVER.id), team_id=team_id, family_name=NEVER.family_name)
        session.add(never)


def test_review_boundaries_are_worked_out_from_the_form_date() -> None:
    assert first_form_due_on_or_after(TODAY, 12) == date(2025, 9, 1)
    # 29 Feb 2024 + 12 months is 28 Feb 2025; so is 28 Feb 2024's review: both due that day.
    assert first_form_due_on_or_after(date(2025, 2, 28), 12) == date(2024, 2, 28)
    assert first_form_due_on_or_after(date(2025, 3, 1), 12) == date(2024, 3, 1)
    # 31 Jan + 1 month is 28 Feb: forms of 28-31 Jan are all due on 28 Feb.
    assert first_form_due_on_or_after(date(2026, 2, 28), 1) == date(2026, 1, 28)


def test_the_lead_sees_their_teams_figures(data_set: None, tara: Laptop) -> None:
    answer = tara.get("/v1/team/dashboard")
    assert answer.status_code == 200, answer.text
    figures = TeamDashboard.model_validate(answer.json())
    assert (figures.today, figures.review_months) == ("2026-09-01", 12)
    c = figures.coverage
    assert (c.families, c.current, c.due_soon, c.overdue, c.never_asked) == (9, 4, 2, 1, 2)
    assert (c.young_people_turned_13, c.families_with_young_people_turned_13) == (1, 1)
    by_agency = {a.agency: a for a in figures.agencies}
    assert len(by_agency) == 11
    police, housing = by_agency[Agency.POLICE], by_agency[Agency.HOUSING]
    assert (police.refused_share, police.refused_approach) == (1, 1)  # South's not counted
    assert (housing.refused_share, housing.withdrawn_share, housing.withdrawn_approach) == (0, 1, 0)
    assert by_agency[Agency.HEALTH].total == 0  # refused only on a form since replaced
    assert by_agency[Agency.EDUCATION].total == 0  # withdrawn before the newer form
    assert (figures.untold_shares.awaiting, figures.untold_shares.past_reconsider_date) == (2, 1)


def test_what_waits_on_laptops_is_their_last_heartbeat_aged_to_now(
    service: Service, wendy: Laptop, tara: Laptop
) -> None:
    service.clock.now = NOW
    beat = {"pending": 3, "failed": 1, "synced": 9, "oldest_pending_seconds": 2 * 86_400 - 3600,
            "app_version": "test", "last_sync_at": None}  # fmt: skip
    assert wendy.post("/v1/heartbeat", beat).status_code == 200
    service.clock.now = NOW + timedelta(days=1, hours=2)
    figures = TeamDashboard.model_validate(tara.get("/v1/team/dashboard").json())
    (laptop,) = [lap for lap in figures.laptops if lap.pending]
    assert (laptop.device_name, laptop.worker_name) == ("Wendy's laptop", "Wendy Worker")
    assert (laptop.pending, laptop.failed) == (3, 1)
    assert laptop.oldest_seconds == 3 * 86_400 + 3600
    bands = {b.band: (b.laptops, b.records) for b in figures.waiting}
    assert bands == {
        "under_1_day": (0, 0), "1_to_3_days": (0, 0), "3_to_7_days": (1, 3), "over_7_days": (0, 0)
    }  # fmt: skip
    assert figures.records_waiting == 3


def test_only_a_lead_of_the_team_is_answered(data_set: None, wendy: Laptop, sam: Laptop) -> None:
    refused = wendy.get("/v1/team/dashboard")
    assert refused.status_code == 403
    assert "Adebayo" not in refused.text
    south = TeamDashboard.model_validate(sam.get("/v1/team/dashboard").json())
    assert (south.coverage.families, south.coverage.current) == (1, 1)
    by_agency = {a.agency: a for a in south.agencies}
    assert by_agency[Agency.POLICE].refused_share == 1
    assert by_agency[Agency.HOUSING].refused_approach == 1
    assert south.untold_shares.awaiting == 0
    assert not [lap for lap in south.laptops if lap.device_name == "Wendy's laptop" and lap.pending]


def test_records_held_from_before_the_facts_are_read_on_the_first_dashboard(
    data_set: None, service: Service, tara: Laptop
) -> None:
    with service.session() as session, session.begin():
        session.query(RecordFacts).delete()  # as if every record came before the migration
        session.query(Setting).filter(Setting.key == FACTS_COMPLETE).delete()
    figures = TeamDashboard.model_validate(tara.get("/v1/team/dashboard").json())
    c = figures.coverage
    assert (c.families, c.current, c.due_soon, c.overdue, c.never_asked) == (9, 4, 2, 1, 2)
    assert figures.untold_shares.awaiting == 2


def test_admin_report_prints_the_figures_and_a_csv_of_counts_only(
    data_set: None, service: Service
) -> None:
    text = admin(service.url, "report", "--team", "North", "--today", "2026-09-01")
    assert "review overdue                 1" in text
    assert "never asked                    2" in text
    assert "Shares without consent, family not told: 2 (1 past the date to reconsider)" in text
    out = admin(service.url, "report", "--team", "North", "--today", "2026-09-01", "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_HEADER
    counts = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert counts[("consent", "overdue", "families")] == "1"
    assert counts[("consent", "young_people_turned_13", "young_people")] == "1"
    assert counts[("agency", "police", "refused_share")] == "1"
    assert counts[("agency", "housing", "withdrawn_share")] == "1"
    assert counts[("shares_without_consent_untold", "all", "shares")] == "2"
    every_family = [*FAMILIES.values(), NEVER, SOUTH]
    personal = set()
    for fam in every_family:
        personal |= {fam.family_name, fam.address, fam.case_reference}
        for child in fam.children:
            born = child.date_of_birth
            personal |= {child.name, born.isoformat(), born.strftime("%d/%m/%Y")}
    lowered = out.casefold()
    assert [p for p in personal if p.casefold() in lowered] == []
    for word in ("Wendy", "Tara", "Wendy's laptop"):  # nor staff or laptops by name
        assert word.casefold() not in lowered
    with pytest.raises(Exception, match="no team with that name"):
        admin(service.url, "report", "--team", "Nowhere")


def test_the_report_runs_on_a_sqlite_trial_too(tmp_path: Path) -> None:
    """The same SQL on the zero-setup SQLite database (a trial): one family with a form
    saying No to the police, one never asked."""
    url = f"sqlite:///{tmp_path / 'central.db'}"
    upgrade(url)
    engine = make_engine(url, pool_size=1)
    sealed = datetime(2026, 3, 14, 10, 30, tzinfo=UTC)
    try:
        with make_sessions(engine)() as session, session.begin():
            team = Team(name="Trial")
            session.add(team)
            session.flush()
            worker = Worker(team_id=team.id, username="w", display_name="W", role="worker",
                            password_hash="-")  # fmt: skip
            session.add(worker)
            session.flush()
            device = Device(id=str(uuid.uuid4()), worker_id=worker.id, public_key="ab" * 32,
                            name="Trial laptop")  # fmt: skip
            asked, never = str(uuid.uuid4()), str(uuid.uuid4())
            session.add_all(
                [device]
                + [FamilySnapshot(id=i, team_id=team.id, family_name="-") for i in (asked, never)]
            )
            session.flush()
            record_id = str(uuid.uuid4())
            session.add(
                Record(
                    record_id=record_id, version=1, content_hash="cd" * 32, kind="consent",
                    family_id=asked, device_id=device.id, worker_id=worker.id, team_id=team.id,
                    document="{}", seal_signature="ef" * 64, sealed_at=sealed,
                    received_at=sealed, receipt_json="{}", receipt_signature="ef" * 64,
                )
            )  # fmt: skip
            session.flush()
            facts = Facts(
                "consent", effective_at=sealed, signed_on=sealed.date(),
                items=[("refused_share", "police", None)],
            )  # fmt: skip
            keep_facts(session.connection(), record_id, 1, asked, sealed, facts)
    finally:
        engine.dispose()
    out = admin(url, "report", "--team", "Trial", "--today", "2026-09-01", "--csv")
    counts = {(r[0], r[1], r[2]): r[3] for r in csv.reader(io.StringIO(out))}
    assert counts[("consent", "families", "families")] == "2"
    assert counts[("consent", "current", "families")] == "1"
    assert counts[("consent", "never_asked", "families")] == "1"
    assert counts[("agency", "police", "refused_share")] == "1"
