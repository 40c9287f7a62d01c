"""Subject access: one bundle with everything central holds about a family, built from real
uploaded, filed and erased records on real PostgreSQL, with the notice's 13+ rule."""

from __future__ import annotations

import json
import stat
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, FamilySnapshot, Record, Team
from cssw_central.services.family_import import import_families
from cssw_central.services.retention_job import run_retention
from cssw_central.services.young_people import CONSENTED, NEEDS_CONSENT, REQUESTER_CHILD, WITHHELD
from cssw_core.domain.family import Family
from tests.faults import tally
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

TODAY = "2026-11-22"  # Chidi (born 2011-05-02) is 15; Ada (born 2019-09-30) is 7


@pytest.fixture
def service_time() -> datetime:
    """Central's clock two months after the records were sealed."""
    return SEALED_AT + timedelta(days=60)


@dataclass
class Held:
    """A family with one record erased, one consent record and one withdrawal held."""

    family: Family
    erased: SealedDocument
    consent: SealedDocument
    withdrawal: SealedDocument


@pytest.fixture
def held(service: Service, tmp_path: Path) -> Held:
    wendy, tara = service.enroll("wendy"), service.enroll("tara")
    family = family_with_teenager()
    erased = file_consent(wendy, tara, family)
    consent = upload_consent(wendy, family)  # in review while the first one is erased
    status, _out, err = run_cli(
        "admin", "case", "set", str(family.id), "--type", "child_protection",
        "--database-url", service.url,
    )  # fmt: skip
    assert status == 0, err
    report = run_retention(
        service.sessions,
        today=date(2061, 3, 20),  # 35 years after sealing have gone by
        erase=True,
        drop_folders=[tmp_path / "drop"],
        actor="admin",
        now=service.clock.now,
    )
    assert [k.record_id for k in report.erased] == [erased.record_id]
    assert approve(tara, consent).state == "filed"
    withdrawal = upload_withdrawal(wendy, family)
    assert approve(tara, withdrawal).state == "filed"
    return Held(family, erased, consent, withdrawal)


def export(service: Service, family: Family, out: Path, *options: str) -> tuple[int, str, str]:
    return run_cli(
        "admin", "subject-access", str(family.id), "--out", str(out), "--by", "Ivy Officer",
        "--today", TODAY, "--database-url", service.url, *options,
    )  # fmt: skip


def read_bundle(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


def test_a_parent_s_bundle_holds_everything_but_a_teenager_s_own_parts(service, held, tmp_path):
    out = tmp_path / "requests" / "bundle.zip"
    out.parent.mkdir()
    status, said, err = export(service, held.family, out, "--requester", "parent")
    assert status == 0, err
    assert "1 record(s), 1 withdrawal(s), 1 erased" in said
    assert "Withheld until the young person consents: 1 child(ren)" in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["bundle.zip"]  # no temporary left
    files = read_bundle(out)
    consent_dir = f"records/{held.consent.record_id}-v1"
    withdrawal_dir = f"withdrawals/{held.withdrawal.record_id}-v1"
    assert sorted(files) == sorted(
        [
            "README.txt", "index.json", "family.json", "audit.json", "erased.json",
            f"{consent_dir}/sealed-redacted.json", f"{consent_dir}/receipt.json",
            f"{consent_dir}/review.json",
            f"{withdrawal_dir}/sealed.json", f"{withdrawal_dir}/record.pdf",
            f"{withdrawal_dir}/receipt.json", f"{withdrawal_dir}/review.json",
        ]
    )  # fmt: skip

    index = json.loads(files["index.json"])
    chidi, ada = held.family.children
    status_of = {c["id"]: c["status"] for c in index["children"]}
    assert status_of[str(chidi.id)] == NEEDS_CONSENT
    assert status_of[str(ada.id)].startswith("under 13")
    (withheld_record,) = [r for r in index["records"] if r["kind"] == "consent"]
    assert withheld_record["withheld"][0]["child_id"] == str(chidi.id)
    assert f"{chidi.name} (id {chidi.id}): {NEEDS_CONSENT}" in files["README.txt"].decode()

    redacted = json.loads(files[f"{consent_dir}/sealed-redacted.json"])
    assert redacted["record"]["young_person_consents"][str(chidi.id)] == WITHHELD
    roles = {s["role"]: s for s in redacted["signatures"]}
    assert roles["young_person"] == {
        "role": "young_person",
        "child_id": str(chidi.id),
        "withheld": WITHHELD,
    }
    assert roles["parent"]["strokes"]  # the parent's own signature is theirs to see
    assert redacted["record"]["consent_giver_name"] == "Grace Okafor"

    assert files[f"{withdrawal_dir}/sealed.json"] == held.withdrawal.text.encode()
    assert files[f"{withdrawal_dir}/record.pdf"] == filed_pdf(service, held.withdrawal)
    with service.session() as session:
        stored = session.scalars(
            select(Record).where(Record.record_id == held.withdrawal.record_id)
        ).one()
        north = session.scalars(select(Team.id).where(Team.name == "North")).one()
    assert files[f"{withdrawal_dir}/receipt.json"] == stored.receipt_json.encode()
    review = json.loads(files[f"{consent_dir}/review.json"])
    assert review["state"] == "filed"
    assert review["reviewed_by"] == "Tara Lead"
    assert [h["action"] for h in review["history"]] == [
        "record_received", "record_approved", "record_filed",
    ]  # fmt: skip

    erased = json.loads(files["erased.json"])
    assert erased == [
        {"record_id": held.erased.record_id, "version": 1, "kind": "consent",
         "erased_on": "2061-03-20"},
    ]  # fmt: skip
    assert not any(held.erased.record_id in name for name in files)
    audit = json.loads(files["audit.json"])
    about_erased = [e["action"] for e in audit if e["subject"] == held.erased.record_id]
    assert about_erased[0] == "record_received"
    assert about_erased[-1] == "record_erased"
    assert b"Okafor" not in files["audit.json"]

    with service.session() as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "subject_access_export")
        ).all()
    assert (entry.actor, entry.subject, entry.team_id) == (
        "admin:Ivy Officer",
        str(held.family.id),
        north,
    )
    assert json.loads(entry.detail_json) == {
        "erased": 1,
        "records": 1,
        "requester": "parent",
        "withdrawals": 1,
        "withheld_children": 1,
        "withheld_shares": 0,
        "released_shares": 0,
    }


def test_the_young_person_s_consent_or_own_request_releases_their_parts(service, held, tmp_path):
    chidi = held.family.children[0]
    consent_dir = f"records/{held.consent.record_id}-v1"
    consented = tmp_path / "consented.zip"
    status, said, err = export(
        service, held.family, consented, "--young-person-consented", chidi.name.upper()
    )
    assert status == 0, err
    assert "Withheld" not in said
    files = read_bundle(consented)
    assert files[f"{consent_dir}/sealed.json"] == held.consent.text.encode()  # exactly as sealed
    assert files[f"{consent_dir}/record.pdf"] == filed_pdf(service, held.consent)
    index = json.loads(files["index.json"])
    assert {c["id"]: c["status"] for c in index["children"]}[str(chidi.id)] == CONSENTED

    own = tmp_path / "own.zip"
    status, _said, err = export(
        service, held.family, own, "--requester", "young-person", "--child", str(chidi.id)
    )
    assert status == 0, err
    index = json.loads(read_bundle(own)["index.json"])
    assert index["about_child"] == str(chidi.id)
    assert {c["id"]: c["status"] for c in index["children"]}[str(chidi.id)] == REQUESTER_CHILD

    for out, options, words in (
        (own, (), "already there"),  # never overwrites an earlier bundle
        (tmp_path / "a.zip", ("--child", "Nobody"), "No child of this family"),
        (tmp_path / "b.zip", ("--requester", "young-person"), "names them with --child"),
    ):
        status, _said, err = export(service, held.family, out, *options)
        assert status == 1
        assert words in err
    assert not (tmp_path / "a.zip").exists()
    status, _said, err = export(service, family_with_teenager(), tmp_path / "none.zip")
    assert status == 1
    assert "holds nothing about a family with that id" in err
    assert not (tmp_path / "none.zip").exists()


def filed_pdf(service: Service, sealed: SealedDocument) -> bytes:
    """The PDF central made and filed for the record (the bundle's copy must be it)."""
    record = stored(service, sealed)
    assert record is not None
    assert record.filed_pdf is not None
    assert record.filed_pdf.startswith(b"%PDF-")
    return record.filed_pdf


def test_a_younger_age_in_the_caseload_details_does_not_release_a_teenager_s_parts(
    service, tmp_path
):
    """The bypass: the family's caseload details (which laptops' records update) said
    Chidi was 10, and his own answer and signature went to a parent's request."""
    wendy = service.enroll("wendy")
    family = family_with_teenager()
    sealed = upload_consent(wendy, family)
    chidi = family.children[0]
    with service.session() as session, session.begin():
        snapshot = session.get(FamilySnapshot, str(family.id))
        children = json.loads(snapshot.children_json)
        for child in children:
            if child["id"] == str(chidi.id):
                child["date_of_birth"] = "2016-05-02"  # 10 today
        snapshot.children_json = json.dumps(children)
    out = tmp_path / "parent.zip"
    status, said, err = export(service, family, out, "--requester", "parent")
    assert status == 0, err
    assert "Withheld until the young person consents: 1 child(ren)" in said
    files = read_bundle(out)
    folder = f"records/{sealed.record_id}-v1"
    released = f"{folder}/sealed.json" in files
    tally.add(
        "attack: age bypass in subject access", cases=1, accepted=int(released), server_errors=0
    )
    assert not released
    redacted = json.loads(files[f"{folder}/sealed-redacted.json"])
    assert redacted["record"]["young_person_consents"][str(chidi.id)] == WITHHELD
    index = json.loads(files["index.json"])
    (entry,) = [c for c in index["children"] if c["id"] == str(chidi.id)]
    assert (entry["date_of_birth"], entry["status"]) == ("2011-05-02", NEEDS_CONSENT)


def test_when_the_case_system_and_a_record_disagree_the_older_age_decides(service, tmp_path):
    wendy = service.enroll("wendy")
    family = family_with_teenager()
    chidi, ada = family.children
    # The case system says Ada is 14; the record (and the laptop) say 7.
    entry = {
        "id": str(family.id), "family_name": "Okafor", "allocated_worker": "wendy",
        "children": [
            {"id": str(chidi.id), "name": chidi.name, "gender": chidi.gender,
             "date_of_birth": "2011-05-02"},
            {"id": str(ada.id), "name": ada.name, "gender": ada.gender,
             "date_of_birth": "2012-09-30"},
        ],
    }  # fmt: skip
    path = tmp_path / "families.json"
    path.write_text(json.dumps({"families": [entry]}), "utf-8")
    with service.session() as session:
        import_families(session, path, now=SEALED_AT - timedelta(days=1))
    upload_consent(wendy, family)
    out = tmp_path / "parent.zip"
    status, _said, err = export(service, family, out, "--requester", "parent")
    assert status == 0, err
    files = read_bundle(out)
    index = json.loads(files["index.json"])
    (held_ada,) = [c for c in index["children"] if c["id"] == str(ada.id)]
    assert held_ada["date_of_birth"] == "2012-09-30"
    assert held_ada["age_today"] == 14
    assert held_ada["status"] == NEEDS_CONSENT
    assert "2012-09-30, 2019-09-30" in held_ada["date_of_birth_note"]
    assert "older age" in held_ada["date_of_birth_note"]
    (held_chidi,) = [c for c in index["children"] if c["id"] == str(chidi.id)]
    assert "date_of_birth_note" not in held_chidi  # the sources agree
    readme = files["README.txt"].decode()
    assert "dates of birth differ between sources" in readme
    assert f"{ada.name} (id {ada.id})" in readme
