"""Rights requests at central on real PostgreSQL, through the real admin commands and the
team lead's API: the log and its deadlines, the officer's due/overdue report, correction
notes beside a sealed record, and a restricted family refused filing until lifted."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from datetime import date, timedelta

from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, CorrectionNote, Record, RightsRequest
from cssw_central.services.filed_pdf_check import check_filed_pdf
from cssw_central.services.filing import DropFolderFiler
from cssw_central.services.restriction import is_restricted
from cssw_central.services.retention_job import run_retention
from cssw_central.services.review import file_pending
from cssw_core.domain.family import Family
from cssw_core.protocol import Caseload, ErrorBody, ProblemCode, ReviewDetail
from tests.faults import tally
from tests.support.central import run_cli
from tests.support.filed_records import approve, file_consent, stored, upload_consent
from tests.support.records import family_with_teenager
from tests.support.service import Laptop, Service


def rights(service: Service, *args: str) -> tuple[int, str, str]:
    return run_cli("admin", "rights", "--database-url", service.url, *args)


def ok(service: Service, *args: str) -> str:
    status, out, err = rights(service, *args)
    assert status == 0, err
    return out


def logged(service: Service, family: Family, kind: str, received: str) -> str:
    out = ok(
        service, "log", str(family.id), "--kind", kind, "--relationship", "mother",
        "--name", "Grace Okafor", "--received", received, "--by", "Dora Officer",
    )  # fmt: skip
    match = re.search(r"Request logged: ([0-9a-f-]{36}) \(due (\S+)\)", out)
    assert match, out
    return match.group(1)


def actions(service: Service, subject: str) -> list[str]:
    with service.session() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.subject == subject)
                .order_by(AuditEntry.seq)
            )
        )


def known_family(wendy: Laptop) -> Family:
    family = family_with_teenager()
    upload_consent(wendy, family)  # central now knows the family
    return family


# --- the log and its deadlines ------------------------------------------------------------


def test_a_request_received_on_31_january_is_due_at_february_s_end(service, wendy):
    family = known_family(wendy)
    request_id = logged(service, family, "erasure", "2026-01-31")
    with service.session() as session:
        row = session.get(RightsRequest, request_id)
        assert row is not None
        assert (row.due_on, row.state, row.requester_relationship) == (
            date(2026, 2, 28), "open", "mother",
        )  # fmt: skip
    out = ok(service, "extend", request_id, "--reason", "Several requests at once.", "--by", "Dora")
    assert "now due 2026-04-30" in out
    ok(service, "done", request_id, "--outcome", "Erased what the law allows.", "--by", "Dora")
    shown = ok(service, "show", request_id)
    assert "State: done" in shown
    assert "Due: 2026-04-30" in shown
    assert "Extended because: Several requests at once." in shown
    assert actions(service, request_id) == [
        "rights_request_logged", "rights_request_extended", "rights_request_done",
    ]  # fmt: skip
    # Closed stays closed; an extension is given once.
    status, _out, err = rights(service, "refuse", request_id, "--reason", "x", "--by", "Dora")
    assert status == 1
    assert "already done" in err
    assert actions(service, request_id)[-1] == "rights_request_done"


def test_bad_input_changes_nothing(service, wendy):
    family = known_family(wendy)
    cases = [
        ("log", "00000000-0000-4000-8000-000000000000", "--kind", "access",
         "--relationship", "father", "--received", "2026-11-02", "--by", "Dora"),
        ("log", str(family.id), "--kind", "access", "--relationship", "",
         "--received", "2026-11-02", "--by", "Dora"),
        ("log", str(family.id), "--kind", "access", "--relationship", "father",
         "--name", "A" * 101, "--received", "2026-11-02", "--by", "Dora"),
        ("log", str(family.id), "--kind", "access", "--relationship", "father\u202e",
         "--received", "2026-11-02", "--by", "Dora"),
        ("log", str(family.id), "--kind", "access", "--relationship", "father",
         "--received", "2999-01-01", "--by", "Dora"),
        ("extend", "00000000-0000-4000-8000-000000000000", "--reason", "x", "--by", "Dora"),
    ]  # fmt: skip
    for case in cases:
        status, out, err = rights(service, *case)
        assert status == 1, out
        assert err.startswith("cssw-central: ")
        assert "Traceback" not in err
    with service.session() as session:
        assert session.scalars(select(RightsRequest)).all() == []
    tally.add("rights requests: bad input", cases=len(cases), accepted=0, server_errors=0)


def test_the_officer_s_report_lists_what_is_due_within_a_week_or_overdue(service, wendy):
    family = known_family(wendy)
    overdue = logged(service, family, "access", "2026-10-01")  # due 2026-11-01
    due_today = logged(service, family, "objection", "2026-10-20")  # due 2026-11-20
    soon = logged(service, family, "rectification", "2026-10-27")  # due 2026-11-27
    later = logged(service, family, "restriction", "2026-11-10")  # due 2026-12-10
    closed = logged(service, family, "erasure", "2026-09-01")
    ok(service, "refuse", closed, "--reason", "Records the law requires us to keep.", "--by", "D")
    out = ok(service, "report", "--today", "2026-11-20")
    lines = out.splitlines()
    assert [line.rsplit("\t", 1)[1] for line in lines] == [overdue, due_today, soon]
    assert lines[0].startswith("OVERDUE by 19 day(s)\t2026-11-01\taccess")
    assert lines[1].startswith("due TODAY\t2026-11-20\tobjection")
    assert lines[2].startswith("due in 7 day(s)\t2026-11-27\trectification")
    assert later not in out
    assert closed not in out
    assert "No rights request" in ok(service, "report", "--today", "2026-09-01")


def test_an_access_request_is_linked_to_its_subject_access_bundle(service, wendy, tmp_path):
    family = known_family(wendy)
    request_id = logged(service, family, "access", "2026-11-02")
    bundle = tmp_path / "bundle.zip"
    status, _out, err = run_cli(
        "admin", "subject-access", str(family.id), "--out", str(bundle), "--by", "Dora",
        "--request", request_id, "--database-url", service.url,
    )  # fmt: skip
    assert status == 0, err
    assert "Bundle (SHA-256): " in ok(service, "show", request_id)
    assert actions(service, request_id)[-1] == "rights_request_bundle"


# --- rectification ----------------------------------------------------------------------


def test_a_correction_is_shown_beside_the_sealed_record_which_never_changes(
    service, wendy, tara, drop
):
    family = family_with_teenager()
    sealed = file_consent(wendy, tara, family)
    before = stored(service, sealed)
    assert before is not None
    filed_before = sorted(p.name for p in drop.iterdir())
    note = "The mother's surname is Okafor-Bello, not Okafor."
    signing = service.config.signing
    out = ok(
        service, "correct", sealed.record_id, str(sealed.version), "--note", note,
        "--by", "Dora Officer", "--drop-folder", str(drop),
        "--signing-cert", str(signing.cert), "--signing-key", str(signing.key),
    )  # fmt: skip
    assert "sealed record is unchanged" in out
    after = stored(service, sealed)
    assert after is not None
    assert (after.document, after.content_hash, after.filed_pdf) == (
        before.document, before.content_hash, before.filed_pdf,
    )  # fmt: skip
    # The lead's record detail (the laptop's review viewer) carries the note.
    detail = ReviewDetail.model_validate(
        tara.get(f"/v1/review/{sealed.record_id}/{sealed.version}").json()
    )
    assert [(c.corrected_by, c.note) for c in detail.corrections] == [("Dora Officer", note)]
    # The filed pair is untouched; a signed corrections PDF is filed beside it.
    name = f"{sealed.record_id}-v{sealed.version}-corrections-1.pdf"
    assert sorted(p.name for p in drop.iterdir()) == sorted([*filed_before, name])
    pdf = (drop / name).read_bytes()
    check = check_filed_pdf(pdf, signing.cert.read_bytes(), "00" * 32)
    assert check.signed_by
    assert [p for p in check.problems if "does not carry" not in p] == []
    text = subprocess.run(
        ["pdftotext", "-layout", str(drop / name), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Corrections" in text
    assert f"record{sealed.record_id},version{sealed.version}" in "".join(text.split())
    assert "(UTC) by Dora Officer" in " ".join(text.split())
    assert "Okafor-Bello, not Okafor." in " ".join(text.split())
    assert actions(service, sealed.record_id)[-3:] == [
        "record_corrected", "record_corrections_filed", "record_viewed",
    ]  # fmt: skip
    with service.session() as session:
        assert len(session.scalars(select(CorrectionNote)).all()) == 1


NOTE = "The family's telephone number on this form was an old one."


def corrected_family(service: Service, wendy: Laptop) -> tuple[Family, Record]:
    """A family with one consent record at central, corrected by the officer (NOTE)."""
    family = known_family(wendy)
    with service.session() as session:
        record = session.scalars(select(Record).where(Record.family_id == str(family.id))).one()
    ok(
        service, "correct", record.record_id, str(record.version), "--note", NOTE,
        "--by", "Dora Officer",
    )  # fmt: skip
    return family, record


def test_a_correction_reaches_the_worker_s_laptop_with_her_caseload(service, wendy):
    family, record = corrected_family(service, wendy)
    caseload = Caseload.model_validate(wendy.get("/v1/caseload").json())
    (mine,) = [f for f in caseload.families if f.id == str(family.id)]
    assert [(c.record_id, c.version, c.corrected_by, c.note) for c in mine.corrections] == [
        (record.record_id, record.version, "Dora Officer", NOTE)
    ]


def test_a_correction_travels_with_its_record_in_the_family_s_subject_access_bundle(
    service, wendy, tmp_path
):
    family, record = corrected_family(service, wendy)
    bundle = tmp_path / "bundle.zip"
    status, _out, err = run_cli(
        "admin", "subject-access", str(family.id), "--out", str(bundle), "--by", "Dora",
        "--young-person-consented", family.children[0].name,  # Chidi, 14
        "--database-url", service.url,
    )  # fmt: skip
    assert status == 0, err
    with zipfile.ZipFile(bundle) as opened:
        folder = f"records/{record.record_id}-v{record.version}"
        notes = json.loads(opened.read(f"{folder}/corrections.json"))
        index = json.loads(opened.read("index.json"))
        readme = opened.read("README.txt").decode()
        sealed = opened.read(f"{folder}/sealed.json").decode()
    assert [(n["corrected_by"], n["note"]) for n in notes] == [("Dora Officer", NOTE)]
    assert [r.get("corrections") for r in index["records"]] == [1]
    assert "Corrected: 1." in readme
    assert sealed == record.document  # the sealed record as it was, beside its note


def test_a_correction_of_an_unknown_record_or_with_hidden_text_is_refused(service, wendy, tara):
    sealed = file_consent(wendy, tara, family_with_teenager())
    for record_id, note in (
        ("00000000-0000-4000-8000-000000000000", "A note."),
        (sealed.record_id, "Bad\u202etext"),
        (sealed.record_id, " "),
    ):
        status, _out, err = rights(service, "correct", record_id, "1", "--note", note, "--by", "D")
        assert status == 1
        assert "Traceback" not in err
    with service.session() as session:
        assert session.scalars(select(CorrectionNote)).all() == []
    tally.add("rights requests: bad corrections", cases=3, accepted=0, server_errors=0)


# --- restriction --------------------------------------------------------------------------


def test_a_restricted_family_is_refused_approval_until_lifted(service, wendy, tara):
    family = family_with_teenager()
    sealed = upload_consent(wendy, family)
    ok(service, "restrict", str(family.id), "--by", "Dora Officer")
    with service.session() as session:
        assert is_restricted(session, str(family.id))
    response = tara.post(f"/v1/review/{sealed.record_id}/{sealed.version}/approve")
    assert response.status_code == 403
    body = ErrorBody.model_validate(response.json())
    assert body.error.code is ProblemCode.FORBIDDEN
    assert body.error.message.startswith("This family's information is restricted")
    assert f"(since {date.today().isoformat()})" in body.error.message
    assert "Okafor" not in body.error.message
    record = stored(service, sealed)
    assert record is not None
    assert record.state == "received"
    assert record.filed_pdf is None
    status, _out, err = rights(service, "restrict", str(family.id), "--by", "Dora")
    assert status == 1
    assert "already restricted" in err
    ok(service, "lift", str(family.id), "--by", "Dora Officer")
    assert approve(tara, sealed).state == "filed"
    assert actions(service, str(family.id)) == ["family_restricted", "family_restriction_lifted"]
    status, _out, err = rights(service, "lift", str(family.id), "--by", "Dora")
    assert status == 1
    assert "not restricted" in err


def test_a_record_approved_before_the_restriction_is_held_from_filing(service, wendy, tara, drop):
    family = family_with_teenager()
    sealed = upload_consent(wendy, family)
    approve(tara, sealed)  # filed at once; make a second one only approved
    second = upload_consent(wendy, family)
    with service.session() as session, session.begin():
        row = session.scalars(select(Record).where(Record.record_id == second.record_id)).one()
        row.state, row.reviewed_by, row.reviewed_at = (
            "approved",
            service.worker_ids["tara"],
            (service.clock.now),
        )
    ok(service, "restrict", str(family.id), "--by", "Dora")
    with service.session() as session:
        summary = file_pending(
            session, DropFolderFiler(drop), service.config.signing, service.clock.now
        )
    assert (summary.filed, summary.failed) == (0, 1)
    assert actions(service, second.record_id)[-1] == "record_filing_held"
    ok(service, "lift", str(family.id), "--by", "Dora")
    service.clock.now += timedelta(minutes=1)
    with service.session() as session:
        summary = file_pending(
            session, DropFolderFiler(drop), service.config.signing, service.clock.now
        )
    assert summary.filed == 1


def test_a_record_corrected_before_filing_is_filed_with_its_corrections_pdf(
    service, wendy, tara, drop
):
    sealed = upload_consent(wendy, family_with_teenager())
    out = ok(
        service, "correct", sealed.record_id, str(sealed.version),
        "--note", "Freya's date of birth is 15/09/2016.", "--by", "Dora Officer",
    )  # fmt: skip
    assert "not filed yet" in out
    assert approve(tara, sealed).state == "filed"
    name = f"{sealed.record_id}-v{sealed.version}-corrections-1.pdf"
    assert (drop / name).is_file()
    text = subprocess.run(
        ["pdftotext", str(drop / name), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Freya's date of birth is 15/09/2016." in " ".join(text.split())
    assert actions(service, sealed.record_id)[-2:] == ["record_filed", "record_corrections_filed"]


def test_retention_erases_a_record_s_correction_notes_and_their_pdf(service, wendy, tara, drop):
    family = family_with_teenager()
    sealed = file_consent(wendy, tara, family)
    signing = service.config.signing
    ok(
        service, "correct", sealed.record_id, str(sealed.version), "--note", "A correction.",
        "--by", "Dora", "--drop-folder", str(drop),
        "--signing-cert", str(signing.cert), "--signing-key", str(signing.key),
    )  # fmt: skip
    status, _out, err = run_cli(
        "admin", "case", "set", str(family.id), "--type", "child_protection",
        "--database-url", service.url,
    )  # fmt: skip
    assert status == 0, err
    report = run_retention(
        service.sessions, today=date(2061, 3, 20), erase=True, drop_folders=[drop],
        actor="admin", now=service.clock.now,
    )  # fmt: skip
    assert [k.record_id for k in report.erased] == [sealed.record_id]
    assert not list(drop.glob(f"{sealed.record_id}-*"))
    with service.session() as session:
        assert session.scalars(select(CorrectionNote)).all() == []
