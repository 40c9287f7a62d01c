"""Withdrawals of any consent at central (real app, real PostgreSQL): a young person's own
withdrawal changes only their own consent in the caseload, is flagged for the lead without
naming them, and is theirs under subject access (withheld from a parent's bundle until
they agree); an adult's withdrawal of documents and research changes the family's."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import Record
from cssw_central.services.young_people import WITHHELD
from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, DocumentKind, OwnAnswers
from cssw_core.domain.family import Family
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import Caseload
from tests.support.central import run_cli
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    seal_consent_document,
    seal_withdrawal_document,
)
from tests.support.service import Laptop, Service


@pytest.fixture
def service_time() -> datetime:
    return SEALED_AT + timedelta(days=2)


def _withdraw(laptop: Laptop, withdrawal: Withdrawal, family: Family, hours: int) -> str:
    sealed = seal_withdrawal_document(
        laptop.key, family, withdrawal, sealed_at=SEALED_AT + timedelta(hours=hours)
    )
    laptop.upload(sealed)
    return sealed.record_id


def test_a_young_persons_withdrawal_is_their_own_in_the_caseload_flags_and_subject_access(
    service: Service, tmp_path: Path
) -> None:
    wendy = service.enroll("wendy")
    family = family_with_teenager()
    chidi = family.children[0]
    draft = complete_draft(family)
    same = OwnAnswers.same_as(*draft.giver_answers())  # Chidi: No to Health, unlike Grace
    mine = dataclasses.replace(same, share_with={**same.share_with, Agency.HEALTH: Answer.NO})
    draft = dataclasses.replace(draft, young_person_consents={chidi.id: mine})
    consent_record = seal_consent_document(wendy.key, family, draft)
    wendy.upload(consent_record)
    told = SEALED_AT + timedelta(hours=1)
    adults = Withdrawal(
        family.id, told, CommunicatedBy.PHONE, documents=frozenset({DocumentKind.ASSESSMENTS}),
        research=True, worker="Wendy Walker", worker_attested=True,
    )  # fmt: skip
    own = Withdrawal(
        family.id, told, CommunicatedBy.IN_PERSON, share=frozenset({Agency.POLICE}),
        young_person=chidi, reason="I will talk to them myself.", worker="Wendy Walker",
        worker_attested=True,
    )  # fmt: skip
    _withdraw(wendy, adults, family, 2)
    own_id = _withdraw(wendy, own, family, 3)

    caseload = Caseload.model_validate(wendy.get("/v1/caseload").json())
    (entry,) = caseload.families
    consent = entry.consent
    assert consent.documents["assessments"] == "no"
    assert consent.documents["closing_summary"] == "yes"
    assert consent.research_consent == "no"  # the draft said No anyway; stays No
    assert consent.share_with["police"] == "yes"  # the adult's stands
    theirs = consent.young_people[str(chidi.id)]
    assert (theirs.name, theirs.share_with["police"], theirs.approach["police"]) == (
        "Chidi Okafor",
        "no",
        "yes",
    )
    assert theirs.withdrawn

    with service.session() as session:
        row = session.scalars(select(Record).where(Record.record_id == own_id)).one()
        flags = json.loads(row.flags_json)
        consent_row = session.scalars(
            select(Record).where(Record.record_id == consent_record.record_id)
        ).one()
        assert "young_person_differs" in [f["code"] for f in json.loads(consent_row.flags_json)]
    assert [f["code"] for f in flags] == ["young_person_withdrew"]
    assert flags[0]["message"] == (
        "A young person aged 14 withdrew their own consent (sharing with Police). The adult's "
        "consent is unchanged: check what CSSW shares about them."
    )
    assert "Chidi" not in flags[0]["message"]

    parents = tmp_path / "parent.zip"
    status, _said, err = run_cli(
        "admin", "subject-access", str(family.id), "--out", str(parents), "--by", "Ivy Officer",
        "--today", "2026-11-22", "--database-url", service.url, "--requester", "parent",
    )  # fmt: skip
    assert status == 0, err
    with zipfile.ZipFile(parents) as bundle:
        files = {name: bundle.read(name) for name in bundle.namelist()}
    folder = f"withdrawals/{own_id}-v1"
    assert f"{folder}/sealed.json" not in files
    redacted = json.loads(files[f"{folder}/sealed-redacted.json"])
    record = redacted["record"]
    for part in ("young_person", "share", "approach", "documents", "research", "reason"):
        assert record[part] == WITHHELD
    assert b"I will talk" not in files[f"{folder}/sealed-redacted.json"]
    assert json.loads(files[f"{folder}/review.json"])["flags"] == []
    # The consent record's flag that says how his own answers differ is withheld too.
    consent_folder = f"records/{consent_record.record_id}-v1"
    codes = [f["code"] for f in json.loads(files[f"{consent_folder}/review.json"])["flags"]]
    assert "young_person_differs" not in codes
    assert b"Health" not in files[f"{consent_folder}/review.json"]
    index = json.loads(files["index.json"])
    (listed,) = [r for r in index["records"] if r["record_id"] == own_id]
    assert listed["withheld"][0]["child_id"] == str(chidi.id)

    own_request = tmp_path / "own.zip"
    status, _said, err = run_cli(
        "admin", "subject-access", str(family.id), "--out", str(own_request), "--by", "Ivy",
        "--today", "2026-11-22", "--database-url", service.url, "--requester", "young-person",
        "--child", str(chidi.id),
    )  # fmt: skip
    assert status == 0, err
    with zipfile.ZipFile(own_request) as bundle:
        assert f"{folder}/sealed.json" in bundle.namelist()  # their own, as sealed
