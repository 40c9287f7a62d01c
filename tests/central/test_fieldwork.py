"""Returned records, the caseload and the team's laptops, against the real app on PostgreSQL."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, Device, FamilySnapshot, Worker
from cssw_central.services.family_import import ImportRefused, import_families
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.family import Family
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import (
    Caseload,
    DeviceList,
    ErrorBody,
    Heartbeat,
    ProblemCode,
    ReturnedList,
)
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    seal_consent_document,
    seal_withdrawal_document,
)
from tests.support.service import Laptop


def consent_upload(laptop: Laptop, family: Family, **kwargs: Any) -> SealedDocument:
    sealed_at = kwargs.pop("sealed_at", SEALED_AT)
    sealed = seal_consent_document(
        laptop.key, family, complete_draft(family, **kwargs), sealed_at=sealed_at
    )
    laptop.upload(sealed)
    return sealed


# --- returned records ------------------------------------------------------------------


def test_the_worker_sees_records_a_lead_returned_with_the_comment(service, wendy, tara, wes):
    family = family_with_teenager()
    returned = consent_upload(wendy, family)
    consent_upload(wendy, family_with_teenager())  # still waiting: not in the list
    service.clock.now += timedelta(hours=3)
    comment = {"comment": "The interpreter's language is missing."}
    assert tara.post(f"/v1/review/{returned.record_id}/1/return", comment).status_code == 200

    listing = ReturnedList.model_validate(wendy.get("/v1/returned").json())
    assert len(listing.returned) == 1
    item = listing.returned[0]
    assert (item.record_id, item.version, item.kind) == (returned.record_id, 1, "consent")
    assert item.family_id == str(family.id)
    assert item.comment == "The interpreter's language is missing."
    assert item.returned_at == "2026-03-14T14:30:00.000000Z"
    assert item.returned_by == "Tara Lead"
    assert ReturnedList.model_validate(wes.get("/v1/returned").json()).returned == []
    assert ReturnedList.model_validate(tara.get("/v1/returned").json()).returned == []


def test_returned_records_follow_the_worker_to_a_new_laptop(service, wendy, tara):
    sealed = consent_upload(wendy, family_with_teenager())
    tara.post(f"/v1/review/{sealed.record_id}/1/return", {"comment": "Please redo."})
    new_laptop = service.enroll("wendy", "Wendy's new laptop")
    listing = ReturnedList.model_validate(new_laptop.get("/v1/returned").json())
    assert [r.record_id for r in listing.returned] == [sealed.record_id]


# --- caseload --------------------------------------------------------------------------


def caseload_of(laptop: Laptop) -> Caseload:
    response = laptop.get("/v1/caseload")
    assert response.status_code == 200, response.text
    return Caseload.model_validate(response.json())


def test_a_worker_with_no_families_gets_an_empty_caseload(service, wendy):
    caseload = caseload_of(wendy)
    assert caseload.families == []
    assert caseload.as_of == "2026-03-14T11:30:00.000000Z"


def test_the_caseload_holds_the_family_and_the_consent_of_its_latest_record(service, wendy, wes):
    family = family_with_teenager()
    sealed = consent_upload(wendy, family, refuse=(Agency.POLICE,))
    caseload = caseload_of(wendy)
    assert len(caseload.families) == 1
    entry = caseload.families[0]
    assert (entry.id, entry.family_name, entry.address, entry.case_reference) == (
        str(family.id),
        family.family_name,
        family.address,
        family.case_reference,
    )
    assert entry.allocated_worker == "Wendy Worker"
    assert [(c.id, c.name, c.date_of_birth) for c in entry.children] == [
        (str(c.id), c.name, c.date_of_birth.isoformat()) for c in family.children
    ]
    consent = entry.consent
    assert (consent.record_id, consent.record_version) == (sealed.record_id, 1)
    assert consent.signed_at == "2026-03-14T10:30:00.000000Z"
    assert consent.share_with["police"] == consent.approach["police"] == "no"
    assert consent.share_with["health"] == "yes"
    assert set(consent.share_with) == {a.value for a in AGENCIES}
    assert consent.documents == dict.fromkeys(
        ("assessments", "record_of_reviews", "closing_summary"), "yes"
    )
    assert consent.research_consent == "no"
    assert caseload_of(wes).families == []  # another worker's family is not in wes's list


def test_a_later_withdrawal_is_applied_and_a_returned_record_is_not_used(service, wendy, tara):
    family = family_with_teenager()
    first = consent_upload(wendy, family)
    later_draft = replace(
        complete_draft(family, refuse=(Agency.HOUSING,)), id=uuid.uuid4(), version=1
    )
    later = seal_consent_document(
        wendy.key, family, later_draft, sealed_at=SEALED_AT + timedelta(days=1)
    )
    service.clock.now += timedelta(days=7)  # it arrives after it was sealed
    wendy.upload(later)
    assert caseload_of(wendy).families[0].consent.record_id == later.record_id
    tara.post(f"/v1/review/{later.record_id}/1/return", {"comment": "Wrong family."})
    assert caseload_of(wendy).families[0].consent.record_id == first.record_id

    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.EDUCATION}),
        approach=frozenset({Agency.HEALTH}),
        worker_attested=True,
        worker="Wendy Worker",
    )
    wendy.upload(seal_withdrawal_document(wendy.key, family, withdrawal))
    consent = caseload_of(wendy).families[0].consent
    assert consent.record_id == first.record_id
    assert consent.share_with["education"] == "no"
    assert consent.approach["education"] == "yes"
    assert consent.approach["health"] == "no"
    assert consent.share_with["health"] == "yes"


# --- importing families ----------------------------------------------------------------


def import_file(tmp_path: Path, families: list[dict[str, Any]]) -> Path:
    path = tmp_path / "families.json"
    path.write_text(json.dumps({"families": families}), "utf-8")
    return path


def _imported_child() -> dict[str, str]:
    return {"id": str(uuid.uuid4()), "name": "Tobi", "gender": "", "date_of_birth": "2015-06-01"}


def case_family(worker: str, **overrides: Any) -> dict[str, Any]:
    entry = {
        "id": str(uuid.uuid4()),
        "family_name": "Adeyemi",
        "address": "3 Birch Close, Demoford",
        "case_reference": "CSSW-200001",
        "allocated_worker": worker,
        "children": [
            {
                "id": str(uuid.uuid4()),
                "name": "Tobi Adeyemi",
                "gender": "Female",
                "date_of_birth": "2015-06-01",
            }
        ],
    }
    return entry | overrides


def test_imported_families_appear_in_the_allocated_worker_s_caseload(service, wendy, tmp_path):
    family = case_family("wendy")
    bare = case_family("wendy", family_name="Zed", children=[])
    del bare["address"], bare["case_reference"]
    with service.session() as session:
        summary = import_families(session, import_file(tmp_path, [family, bare]))
    assert (summary.created, summary.updated) == (2, 0)
    with service.session() as session:  # the import is in the team's audit log, counts only
        team = session.scalars(select(Worker.team_id).where(Worker.username == "wendy")).one()
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "families_imported")
        ).all()
        assert entry.team_id == team
        assert json.loads(entry.detail_json) == {"created": 2, "records_redated": 0, "updated": 0}
    caseload = caseload_of(wendy)
    assert [f.family_name for f in caseload.families] == ["Adeyemi", "Zed"]
    entry = caseload.families[0]
    assert entry.id == family["id"]
    assert entry.case_reference == "CSSW-200001"
    assert [c.model_dump() for c in entry.children] == family["children"]
    assert entry.consent.record_id is None  # no consent recorded yet
    assert set(entry.consent.share_with.values()) == {None}


def test_reimporting_moves_a_family_to_another_worker(service, wendy, wes, tmp_path):
    family = case_family("wendy")
    with service.session() as session:
        import_families(session, import_file(tmp_path, [family]))
    family["allocated_worker"] = "wes"
    with service.session() as session:
        summary = import_families(session, import_file(tmp_path, [family]))
    assert (summary.created, summary.updated) == (0, 1)
    assert caseload_of(wendy).families == []
    assert [f.id for f in caseload_of(wes).families] == [family["id"]]


def test_an_import_adopts_a_family_first_met_on_a_visit(service, wendy, wes, tmp_path):
    family = family_with_teenager()
    consent_upload(wendy, family)
    entry = case_family("wes", id=str(family.id), family_name="Okafor")
    with service.session() as session:
        assert import_families(session, import_file(tmp_path, [entry])).updated == 1
    moved = caseload_of(wes).families
    assert [f.id for f in moved] == [str(family.id)]
    assert moved[0].consent.record_id is not None  # the visit's consent comes along


@pytest.mark.parametrize(
    ("families", "words"),
    [
        ([case_family("nobody")], "no active worker with the username “nobody”"),
        ([case_family("wendy", family_name="")], "families.0.family_name"),
        ([case_family("wendy", id="not-a-uuid")], "families.0.id"),
        ([case_family("wendy", surname="extra")], "families.0.surname"),
        ([case_family("wendy", family_name="Ade\u202eyemi")], "families.0.family_name"),
        ([case_family("wendy", address="3 Birch\x00 Close")], "families.0.address"),
        (
            [
                case_family("wendy", children=[shared := _imported_child()]),
                case_family("wendy", children=[shared]),
            ],
            "the same child id in more than one family",
        ),
        (
            [
                case_family("wendy"),
                case_family(
                    "wendy",
                    children=[
                        {
                            "id": str(uuid.uuid4()),
                            "name": "A",
                            "gender": "",
                            "date_of_birth": "2015-02-30",
                        }
                    ],
                ),
            ],
            "families.1.children.0.date_of_birth is not a real date",
        ),
    ],
)
def test_a_bad_import_is_refused_whole_without_quoting_family_details(
    service, tmp_path, families, words
):
    good = case_family("wendy", family_name="Goodchild")
    with service.session() as session, pytest.raises(ImportRefused) as refused:
        import_families(session, import_file(tmp_path, [*families, good]))
    message = str(refused.value)
    assert words in message
    assert "Goodchild" not in message
    assert "Adeyemi" not in message
    with service.session() as session:
        assert session.scalars(select(FamilySnapshot)).all() == []


def test_an_unreadable_import_file_is_refused(service, tmp_path):
    path = tmp_path / "families.json"
    path.write_text("{not json", "utf-8")
    with service.session() as session, pytest.raises(ImportRefused, match="not readable JSON"):
        import_families(session, path)
    with service.session() as session, pytest.raises(ImportRefused, match="could not be read"):
        import_families(session, tmp_path / "absent.json")


# --- the team's laptops ----------------------------------------------------------------


def test_the_lead_sees_the_team_s_laptops_with_their_heartbeats(service, wendy, tara, wes):
    beat = Heartbeat(
        pending=3,
        failed=1,
        synced=12,
        oldest_pending_seconds=7200,
        app_version="1.2.0",
        last_sync_at="2026-03-14T09:00:00.000000Z",
    )
    assert wendy.post("/v1/heartbeat", beat.model_dump(mode="json")).status_code == 200
    with service.session() as session, session.begin():
        device = session.get(Device, tara.device_id)
        assert device is not None
        device.revoked_at = service.clock.now
    service.clock.now += timedelta(minutes=1)
    response = tara.get("/v1/team/devices")
    # tara's laptop was just revoked: she is refused, as every revoked laptop is
    assert response.status_code == 401
    other_lead_laptop = service.enroll("tara", "Tara's desktop")
    listing = DeviceList.model_validate(other_lead_laptop.get("/v1/team/devices").json())
    by_name = {d.device_name: d for d in listing.devices}
    assert set(by_name) == {"Wendy's laptop", "Tara's laptop", "Tara's desktop"}  # not wes's
    wendys = by_name["Wendy's laptop"]
    assert (wendys.worker_name, wendys.pending, wendys.failed) == ("Wendy Worker", 3, 1)
    assert wendys.oldest_pending_seconds == 7200
    assert wendys.app_version == "1.2.0"
    assert wendys.last_sync_at == "2026-03-14T09:00:00.000000Z"
    assert wendys.last_contact_at == "2026-03-14T11:30:00.000000Z"
    assert wendys.revoked is False
    taras = by_name["Tara's laptop"]
    assert taras.revoked is True
    assert (taras.pending, taras.oldest_pending_seconds) == (None, None)  # no heartbeat yet


def test_a_worker_cannot_see_the_team_s_laptops(service, wendy):
    response = wendy.get("/v1/team/devices")
    assert response.status_code == 403
    assert ErrorBody.model_validate(response.json()).error.code is ProblemCode.FORBIDDEN
