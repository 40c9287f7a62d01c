"""Retention per the privacy notice: the rules, dating records as they are filed, the job
that reports and erases, and its schedule. Real PostgreSQL, real uploads and filing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import CASE_TYPES, AuditEntry, FamilySnapshot, Record
from cssw_central.services.retention import CaseFacts, add_years, retention_until
from cssw_central.services.retention_job import KEPT_WITHDRAWAL, is_past, run_retention
from cssw_central.services.retention_schedule import (
    RetentionScheduler,
    scheduled_pass,
    start_scheduled_retention,
)
from tests.support.central import run_cli
from tests.support.filed_records import (
    approve,
    file_consent,
    stored,
    upload_consent,
    upload_withdrawal,
)
from tests.support.records import family_with_teenager
from tests.support.sealed_documents import SEALED_AT, SealedDocument
from tests.support.service import Service

SEALED_ON = SEALED_AT.date()  # 2026-03-14
YOUNGEST_BORN = date(2019, 9, 30)  # Ada, in family_with_teenager()
NAMES = ("Okafor", "Chidi", "Ada", "Elm Road", "Grace")  # nothing of these in any report


# --- the rules (pure) ------------------------------------------------------------------


@pytest.fixture
def service_time() -> datetime:
    """Central's clock two months after the records were sealed."""
    return SEALED_AT + timedelta(days=60)


@pytest.mark.parametrize(
    ("case_type", "expected"),
    [
        ("child_in_need", date(2046, 1, 31)),  # 25 years from closure
        ("child_protection", date(2061, 3, 14)),  # 35 years from sealing
        ("looked_after", date(2119, 9, 30)),  # 100 years from the youngest child's birth
        ("adoption", date(2122, 6, 1)),  # 100 years from the adoption order
        ("adopter_not_approved", date(2031, 1, 31)),  # 10 years from the decision
    ],
)
def test_each_case_type_runs_from_its_own_date(case_type: str, expected: date) -> None:
    assert case_type in CASE_TYPES
    until = retention_until(
        case_type,
        case_closed_on=date(2021, 1, 31),
        adoption_order_on=date(2022, 6, 1),
        sealed_on=SEALED_ON,
        youngest_born=YOUNGEST_BORN,
    )
    assert until == expected


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        (25, date(2045, 2, 28)),
        (35, date(2055, 2, 28)),
        (10, date(2030, 2, 28)),
        (100, date(2120, 2, 29)),  # 2120 is a leap year
        (80, date(2100, 2, 28)),  # 2100 is not
    ],
)
def test_29_february_lands_on_28_february_without_a_leap_day(years: int, expected: date) -> None:
    assert add_years(date(2020, 2, 29), years) == expected


@pytest.mark.parametrize(
    ("case_type", "missing"),
    [
        ("child_in_need", "case_closed_on"),  # still open
        ("adopter_not_approved", "case_closed_on"),
        ("adoption", "adoption_order_on"),  # no order yet
        ("looked_after", "youngest_born"),
        (None, ""),  # no case type at all
    ],
)
def test_no_date_while_what_it_runs_from_is_unknown(case_type: str | None, missing: str) -> None:
    known = {
        "case_closed_on": date(2021, 1, 31),
        "adoption_order_on": date(2022, 6, 1),
        "youngest_born": YOUNGEST_BORN,
    }
    known.pop(missing, None)
    until = retention_until(
        case_type,
        case_closed_on=known.get("case_closed_on"),
        adoption_order_on=known.get("adoption_order_on"),
        sealed_on=SEALED_ON,
        youngest_born=known.get("youngest_born"),
    )
    assert until is None


def test_a_record_is_kept_through_its_last_day() -> None:
    last_day = date(2051, 1, 31)
    assert not is_past(last_day, last_day)
    assert is_past(last_day, last_day + timedelta(days=1))
    assert not is_past(None, date(2999, 1, 1))


def test_case_facts_in_the_future_or_of_an_unknown_type_are_refused() -> None:
    today = date(2026, 11, 22)
    assert CaseFacts("child_in_need", date(2026, 11, 22), None).problem(today) is None
    assert "not after today" in (CaseFacts("adoption", None, date(2062, 1, 1)).problem(today) or "")
    assert "case type" in (CaseFacts("foster", None, None).problem(today) or "")


# --- against central -------------------------------------------------------------------


def admin(service: Service, *args: str) -> tuple[int, str, str]:
    return run_cli("admin", args[0], "--database-url", service.url, *args[1:])


def set_case(service: Service, family_id: object, *options: str) -> str:
    status, out, err = admin(service, "case", "set", str(family_id), *options)
    assert status == 0, err
    return out


def audit_entries(service: Service, action: str) -> list[AuditEntry]:
    with service.session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
            )
        )


def dated(service: Service, sealed: SealedDocument) -> tuple[str | None, date | None]:
    record = stored(service, sealed)
    assert record is not None
    return record.case_type, record.retention_until


def test_filing_dates_the_record_and_new_case_facts_redate_it(service, wendy, tara):
    family = family_with_teenager()
    first = upload_consent(wendy, family)  # central now knows the family
    set_case(service, family.id, "--type", "child_in_need")  # open: no date yet
    sealed = upload_consent(wendy, family_with_teenager())  # another family, no type
    assert approve(tara, first).state == "filed"
    assert dated(service, first) == ("child_in_need", None)
    approve(tara, sealed)
    assert dated(service, sealed) == (None, None)

    out = set_case(service, family.id, "--closed-on", "2026-01-31")
    assert "Filed records re-dated: 1." in out
    assert f"{first.record_id} v1\tconsent\tkept until 2051-01-31" in out
    assert dated(service, first) == ("child_in_need", date(2051, 1, 31))
    (redated,) = audit_entries(service, "retention_redated")
    assert redated.subject == first.record_id
    assert json.loads(redated.detail_json)["retention_until"] == "2051-01-31"

    set_case(service, family.id, "--type", "looked_after")
    assert dated(service, first) == ("looked_after", date(2119, 9, 30))  # the youngest child
    out = set_case(service, family.id, "--type", "child_protection", "--closed-on", "none")
    assert dated(service, first) == ("child_protection", date(2061, 3, 14))  # from sealing
    assert "Closed on: not set" in out
    assert not any(name in out for name in NAMES)
    status, _out, err = admin(service, "case", "set", str(family.id), "--closed-on", "2999-01-01")
    assert status == 1
    assert "not after today" in err
    assert dated(service, first) == ("child_protection", date(2061, 3, 14))  # unchanged


def test_the_report_counts_by_case_type_with_ids_and_no_names(service, wendy, tara):
    facts = {
        "past": ("--type", "child_in_need", "--closed-on", "1990-01-01"),
        "due soon": ("--type", "child_in_need", "--closed-on", "2005-07-01"),
        "open": ("--type", "child_in_need"),
        "no order yet": ("--type", "adoption"),
        "later": ("--type", "child_protection"),
    }
    filed = {}
    for what, options in facts.items():
        family = family_with_teenager()
        filed[what] = file_consent(wendy, tara, family)
        set_case(service, family.id, *options)
    file_consent(wendy, tara, family_with_teenager())  # no case type
    upload_consent(wendy, family_with_teenager())  # still in review
    before = audit_entries(service, "retention_checked")

    status, out, err = admin(service, "retention", "--today", "2030-06-01")
    assert status == 0, err
    assert "report only, nothing erased" in out
    rows = {line[:22].strip(): line[22:].split() for line in out.splitlines()[2:7]}
    assert rows["child in need"] == ["1", "1", "0", "1"]  # past, due in 90 days, later, waiting
    assert rows["child protection"] == ["0", "0", "1", "0"]
    assert rows["adoption"] == ["0", "0", "0", "1"]
    assert "No case type — kept until one is set: 1" in out
    assert "Not filed yet (in review, not under retention): 1" in out
    assert f"{filed['past'].record_id} v1 (consent, child in need, kept until 2015-01-01)" in out
    assert filed["due soon"].record_id not in out  # counted, not listed
    assert not any(name in out for name in NAMES)
    assert stored(service, filed["past"]) is not None  # reported, not erased
    (checked,) = audit_entries(service, "retention_checked")[len(before) :]
    assert json.loads(checked.detail_json)["past"] == 1


def test_erasing_removes_the_row_and_its_files_and_leaves_a_tombstone(service, wendy, tara, drop):
    family = family_with_teenager()
    consent = file_consent(wendy, tara, family)
    withdrawal = upload_withdrawal(wendy, family)
    assert approve(tara, withdrawal).state == "filed"
    set_case(service, family.id, "--type", "child_in_need", "--closed-on", "1990-01-01")
    files = sorted(p.name for p in drop.iterdir())
    assert files == sorted(
        f"{s.record_id}-v1.{ext}" for s in (consent, withdrawal) for ext in ("json", "pdf")
    )

    status, out, err = admin(service, "retention", "--erase")
    assert status == 0, err
    assert "Erased: 2" in out
    assert stored(service, consent) is None
    assert stored(service, withdrawal) is None
    assert list(drop.iterdir()) == []
    tombstones = {e.subject: e for e in audit_entries(service, "record_erased")}
    assert set(tombstones) == {consent.record_id, withdrawal.record_id}
    detail = json.loads(tombstones[consent.record_id].detail_json)
    assert detail == {
        "case_type": "child_in_need",
        "erased_on": detail["erased_on"],
        "family_id": str(family.id),
        "kind": "consent",
        "retention_until": "2015-01-01",
        "version": 1,
    }
    assert date.fromisoformat(detail["erased_on"]) >= date(2026, 11, 22)
    with service.session() as session:
        north = session.get(FamilySnapshot, str(family.id))
        assert north is None  # its last record went, so its details went too
        team = session.scalars(select(Record.team_id)).first()
    assert team is None  # no records left at all
    assert tombstones[consent.record_id].team_id is not None
    (family_gone,) = audit_entries(service, "family_erased")
    assert family_gone.subject == str(family.id)
    for entry in [*tombstones.values(), family_gone]:
        assert not any(name in entry.detail_json for name in NAMES)


def test_nothing_is_erased_without_a_date_a_case_type_or_while_its_consent_is_held(
    service, wendy, tara, drop
):
    no_order = family_with_teenager()
    waiting = file_consent(wendy, tara, no_order)
    set_case(service, no_order.id, "--type", "adoption")  # no adoption order yet
    untyped = file_consent(wendy, tara, family_with_teenager())
    family = family_with_teenager()
    in_review = upload_consent(wendy, family)  # held at central, never approved
    set_case(service, family.id, "--type", "child_in_need", "--closed-on", "1990-01-01")
    withdrawal = upload_withdrawal(wendy, family)
    assert approve(tara, withdrawal).state == "filed"

    report = run_retention(
        service.sessions,
        today=date(2999, 1, 1),  # every known date long past
        erase=True,
        drop_folders=[drop],
        actor="admin",
        now=service.clock.now,
    )
    assert (report.erased, report.failed, report.no_case_type) == ([], [], 1)
    assert report.counts["adoption"].waiting == 1
    assert [(key.record_id, why) for key, why in report.kept] == [
        (withdrawal.record_id, KEPT_WITHDRAWAL)
    ]
    for sealed in (waiting, untyped, in_review, withdrawal):
        assert stored(service, sealed) is not None
    assert len(list(drop.iterdir())) == 6
    assert audit_entries(service, "record_erased") == []
    status, out, _err = admin(service, "retention", "--erase")
    assert status == 0
    assert f"{withdrawal.record_id} v1 (withdrawal, child in need, kept until 2015-01-01): " in out


def test_a_file_that_will_not_go_leaves_the_record_whole_until_the_next_run(
    service, wendy, tara, drop
):
    family = family_with_teenager()
    sealed = file_consent(wendy, tara, family)
    set_case(service, family.id, "--type", "adopter_not_approved", "--closed-on", "2000-05-05")
    pdf = drop / f"{sealed.record_id}-v1.pdf"
    pdf.unlink()
    pdf.mkdir()  # a folder where the PDF was: it cannot be unlinked, even by root
    (pdf / "keep").write_bytes(b"x")

    status, out, err = admin(service, "retention", "--erase")
    assert status == 1
    assert "1 record(s) past their date could not be erased" in err
    assert "Could not erase: 1" in out
    assert stored(service, sealed) is not None  # the row, its document and PDF: all there
    assert audit_entries(service, "record_erased") == []

    (pdf / "keep").unlink()
    pdf.rmdir()
    status, out, err = admin(service, "retention", "--erase")
    assert status == 0, err
    assert stored(service, sealed) is None
    assert len(audit_entries(service, "record_erased")) == 1


def test_erasing_is_off_by_default_and_the_scheduled_run_erases_once_it_is_on(
    service, wendy, tara, drop
):
    family = family_with_teenager()
    sealed = file_consent(wendy, tara, family)
    set_case(service, family.id, "--type", "child_in_need", "--closed-on", "1990-01-01")
    scheduler = RetentionScheduler(
        lambda: scheduled_pass(service.sessions, [drop], lambda: service.clock.now),
        every=0.05,
        first_after=0,
    )
    scheduler.start()
    try:
        _wait(lambda: scheduler.runs >= 2)
        assert stored(service, sealed) is not None  # report only: erasing is off by default
        runs = audit_entries(service, "retention_checked")
        assert len(runs) >= 2
        assert {e.actor for e in runs} == {"system:retention"}

        status, out, _err = admin(service, "set-policy", "--retention-erase", "on")
        assert status == 0
        assert "retention_erase: on" in out
        _wait(lambda: stored(service, sealed) is None)
    finally:
        scheduler.stop()
    (tombstone,) = audit_entries(service, "record_erased")
    assert tombstone.actor == "system:retention"
    assert list(drop.iterdir()) == []


def _wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the scheduled retention job did not run"
        time.sleep(0.05)


def test_serve_schedules_the_job_and_refuses_a_bad_interval(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert start_scheduled_retention(url, tmp_path, 0) is None  # 0: never
    status, _out, err = run_cli(
        "serve", "--database-url", url, "--insecure-dev-http",
        "--drop-folder", str(tmp_path / "drop"), "--receipt-key", str(tmp_path / "key.pem"),
        "--retention-every-hours", "-1",
    )  # fmt: skip
    assert status == 1
    assert "--retention-every-hours must be from 0 (never)" in err


def test_import_families_brings_the_case_facts_and_redates_filed_records(
    service, wendy, tara, tmp_path
):
    family = family_with_teenager()
    sealed = file_consent(wendy, tara, family)
    assert dated(service, sealed) == (None, None)

    def imported(**facts: object) -> tuple[int, str, str]:
        entry = {"id": str(family.id), "family_name": "Okafor", "allocated_worker": "wendy"}
        path = tmp_path / "families.json"
        path.write_text(json.dumps({"families": [{**entry, **facts}]}))
        return admin(service, "import-families", str(path))

    assert imported(case_type="child_in_need", case_closed_on="2020-02-29")[0] == 0
    assert dated(service, sealed) == ("child_in_need", date(2045, 2, 28))
    assert imported()[0] == 0  # facts left out: unchanged
    assert dated(service, sealed) == ("child_in_need", date(2045, 2, 28))
    assert imported(case_closed_on=None)[0] == 0  # null: cleared (the case reopened)
    assert dated(service, sealed) == ("child_in_need", None)
    status, _out, err = imported(case_type="adoption", adoption_order_on="2100-01-01")
    assert status == 1
    assert "families.0" in err
    assert "not after today" in err
    status, _out, err = imported(case_type="fostering")
    assert status == 1
    assert "families.0.case_type" in err
    assert dated(service, sealed) == ("child_in_need", None)
