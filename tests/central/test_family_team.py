"""A family's team and its facts at central, against the real app on PostgreSQL with real
enrolled laptops: the case system's facts are kept and a disagreeing record flagged,
details follow the order records were sealed in, times are bounded by arrival, and a lead
never approves their own record."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, Record
from cssw_central.services.family_import import import_families
from cssw_central.services.ingest import FUTURE_WORDS
from cssw_central.services.review import OWN_RECORD_WORDS
from cssw_core.domain.family import Child
from cssw_core.protocol import Caseload, FlagCode, ReviewDetail, ReviewList
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SEALED_AT, seal_consent_document
from tests.support.service import Laptop, Service


def caseload_of(laptop: Laptop) -> Caseload:
    response = laptop.get("/v1/caseload")
    assert response.status_code == 200, response.text
    return Caseload.model_validate(response.json())


def import_file(tmp_path: Path, families: list[dict[str, Any]]) -> Path:
    path = tmp_path / "families.json"
    path.write_text(json.dumps({"families": families}), "utf-8")
    return path


def test_case_system_facts_are_kept_and_a_record_that_disagrees_is_flagged(
    service: Service, wendy: Laptop, tara: Laptop, tmp_path: Path
) -> None:
    family = family_with_teenager()
    chidi, ada = family.children
    entry = {
        "id": str(family.id),
        "family_name": "Okafor",
        "address": "12 Elm Road, Demoford DM1 4AB",
        "case_reference": "CSSW-104233",
        "allocated_worker": "wendy",
        "children": [
            {"id": str(c.id), "name": c.name, "gender": c.gender,
             "date_of_birth": c.date_of_birth.isoformat()}
            for c in family.children
        ],
    }  # fmt: skip
    with service.session() as session:
        import_families(session, import_file(tmp_path, [entry]), now=SEALED_AT - timedelta(days=1))
    # The laptop's record gives another name, a younger Chidi (12, not 14) and a new address.
    younger = Child(chidi.name, chidi.gender, chidi.date_of_birth.replace(year=2013), id=chidi.id)
    differing = replace(
        family, family_name="Okafor-Smith", address="4 New Street", children=(younger, ada)
    )
    sealed = seal_consent_document(wendy.key, differing, complete_draft(differing))
    wendy.upload(sealed)

    (held,) = caseload_of(wendy).families
    assert held.family_name == "Okafor"  # the case system's, not the laptop's
    assert [(c.id, c.date_of_birth) for c in held.children] == [
        (str(chidi.id), "2011-05-02"),
        (str(ada.id), "2019-09-30"),
    ]
    assert held.address == "4 New Street"  # not a case-system fact the record may not touch

    listed = ReviewList.model_validate(tara.get("/v1/review?state=received").json()).items
    (item,) = listed
    differs = [f.message for f in item.flags if f.code is FlagCode.CASE_SYSTEM_DIFFERS]
    assert differs == [
        "The family name on this record differs from the case system's; central keeps the "
        "case system's.",
        "A child's date of birth on this record differs from the case system's (aged 12 by "
        "the record, 14 by the case system); central keeps the case system's.",
    ]
    detail = ReviewDetail.model_validate(tara.get(f"/v1/review/{sealed.record_id}/1").json())
    assert FlagCode.CASE_SYSTEM_DIFFERS in {f.code for f in detail.item.flags}
    assert json.loads(detail.document)["family"]["family_name"] == "Okafor-Smith"  # both kept


def test_family_details_follow_the_order_records_were_sealed_in(
    service: Service, wendy: Laptop
) -> None:
    family = family_with_teenager()
    newer = seal_consent_document(
        wendy.key, replace(family, address="2 Newer Road"), complete_draft(family),
        sealed_at=SEALED_AT + timedelta(minutes=30),
    )  # fmt: skip
    older = seal_consent_document(
        wendy.key, replace(family, address="1 Older Road"),
        replace(complete_draft(family), id=uuid.uuid4()), sealed_at=SEALED_AT,
    )  # fmt: skip
    wendy.upload(newer)
    wendy.upload(older)  # arrives later, was sealed earlier: it does not win
    (held,) = caseload_of(wendy).families
    assert held.address == "2 Newer Road"
    assert held.consent.record_id == newer.record_id


def test_times_within_the_clock_allowance_pass_and_beyond_it_are_refused(
    service: Service, wendy: Laptop
) -> None:
    now = service.clock.now
    family = family_with_teenager()
    near = seal_consent_document(
        wendy.key, family, complete_draft(family), sealed_at=now + timedelta(minutes=4)
    )
    wendy.upload(near)  # a laptop clock four minutes fast is believable
    beyond = seal_consent_document(
        wendy.key, family, replace(complete_draft(family), id=uuid.uuid4()),
        sealed_at=now + timedelta(minutes=6),
    )  # fmt: skip
    refused = wendy.post("/v1/records", beyond.upload().model_dump(mode="json"))
    assert refused.status_code == 422
    assert refused.json()["error"]["message"] == FUTURE_WORDS
    with service.session() as session:
        held = session.scalars(select(Record.record_id)).all()
    assert held == [near.record_id]


def test_a_retry_after_the_family_moved_team_gets_its_original_receipt(
    service: Service, wendy: Laptop, tmp_path: Path
) -> None:
    family = family_with_teenager()
    sealed = seal_consent_document(wendy.key, family, complete_draft(family))
    first = wendy.upload(sealed).json()
    entry = {"id": str(family.id), "family_name": "Okafor", "allocated_worker": "wes"}
    with service.session() as session:
        import_families(session, import_file(tmp_path, [entry]))
    again = wendy.post("/v1/records", sealed.upload().model_dump(mode="json"))
    assert again.status_code == 200
    assert again.json()["receipt"] == first["receipt"]
    assert again.json()["duplicate"] is True
    newer = seal_consent_document(
        wendy.key, family, replace(complete_draft(family), id=uuid.uuid4())
    )
    assert wendy.post("/v1/records", newer.upload().model_dump(mode="json")).status_code == 403


def test_a_lead_cannot_approve_a_record_they_made(
    service: Service, tara: Laptop, drop: Path
) -> None:
    family = family_with_teenager()
    own = seal_consent_document(tara.key, family, complete_draft(family))
    tara.upload(own)
    refused = tara.post(f"/v1/review/{own.record_id}/1/approve")
    assert refused.status_code == 403
    assert refused.json()["error"] == {
        "code": "forbidden",
        "message": OWN_RECORD_WORDS,
        "skew_seconds": None,
    }
    with service.session() as session:
        record = session.scalars(select(Record)).one()
        assert (record.state, record.reviewed_by, record.filed_pdf) == ("received", None, None)
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "record_approved" not in actions
    assert list(drop.iterdir()) == []
    # The same lead on another laptop: still refused.
    other = service.enroll("tara", "Tara's second laptop")
    assert other.post(f"/v1/review/{own.record_id}/1/approve").status_code == 403


def test_a_child_is_another_familys_only_while_that_family_lists_them(
    service: Service, wendy: Laptop
) -> None:
    first = family_with_teenager()
    chidi, ada = first.children
    wendy.upload(seal_consent_document(wendy.key, first, complete_draft(first)))
    # Another family's record listing Ada is refused, with nothing stored.
    other = replace(family_with_teenager(), id=uuid.uuid4(), family_name="Mensah")
    other = replace(other, children=(other.children[0], ada))
    refused = wendy.post(
        "/v1/records",
        seal_consent_document(wendy.key, other, complete_draft(other))
        .upload()
        .model_dump(mode="json"),
    )
    assert refused.status_code == 422
    assert "another family" in refused.json()["error"]["message"]
    # A later record of the first family lists only Chidi: Ada is no longer its child...
    fewer = replace(first, children=(chidi,))
    wendy.upload(
        seal_consent_document(
            wendy.key, fewer, replace(complete_draft(fewer), id=uuid.uuid4()),
            sealed_at=SEALED_AT + timedelta(minutes=30),
        )
    )  # fmt: skip
    # ...so the other family's record may now list her.
    wendy.upload(
        seal_consent_document(
            wendy.key, other, replace(complete_draft(other), id=uuid.uuid4()),
            sealed_at=SEALED_AT + timedelta(minutes=40),
        )
    )  # fmt: skip
    assert sorted(f.family_name for f in caseload_of(wendy).families) == ["Mensah", "Okafor"]


def test_a_child_the_case_system_lists_cannot_come_in_another_family(
    service: Service, wendy: Laptop, tmp_path: Path
) -> None:
    imported = family_with_teenager()
    entry = {
        "id": str(imported.id), "family_name": "Okafor", "allocated_worker": "wendy",
        "children": [
            {"id": str(c.id), "name": c.name, "gender": c.gender,
             "date_of_birth": c.date_of_birth.isoformat()}
            for c in imported.children
        ],
    }  # fmt: skip
    with service.session() as session:
        import_families(session, import_file(tmp_path, [entry]), now=SEALED_AT - timedelta(days=1))
    other = replace(family_with_teenager(), id=uuid.uuid4(), family_name="Mensah")
    other = replace(other, children=(imported.children[0],))
    refused = wendy.post(
        "/v1/records",
        seal_consent_document(wendy.key, other, complete_draft(other))
        .upload()
        .model_dump(mode="json"),
    )
    assert refused.status_code == 422
    assert "another family" in refused.json()["error"]["message"]
