"""Central's audit log (privacy duty 3): every view, decision, filing and pull is written
with who, when and the team, never with family data; a team lead reads their own team's
log, and IT prints it with `cssw-central admin audit`.

Against the real app on real PostgreSQL, with laptops enrolled through `/v1/enroll`.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, Team
from cssw_central.infra.timefmt import utc_text
from cssw_central.services.filing import DropFolderFiler
from cssw_central.services.review import file_pending
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.family import Child, Family
from cssw_core.protocol import TeamAuditList
from tests.support.central import run_cli
from tests.support.records import complete_draft
from tests.support.sealed_documents import SEALED_AT, seal_consent_document
from tests.support.service import Laptop, Service

# Canaries: if any of these reach the audit table, family data leaked into the log.
CANARY_FAMILY = "Zqxcanaryfamily"
CANARY_ADDRESS = "9 Zqxcanary Street"
CANARY_CHILD = "Zqxcanarychild Teen"
CANARY_YOUNGER = "Zqxcanarychild Small"
CANARY_GIVER = "Zqxcanarygiver Parent"
CANARY_REFERENCE = "ZQX-CANARY-77"
CANARY_COMMENT = f"Please ask {CANARY_GIVER} about the police answer again."
CANARIES = (
    CANARY_FAMILY,
    CANARY_ADDRESS,
    CANARY_CHILD,
    CANARY_YOUNGER,
    CANARY_GIVER,
    CANARY_REFERENCE,
    "Zqxcanary",
)


def canary_family() -> Family:
    return Family(
        CANARY_FAMILY,
        CANARY_ADDRESS,
        CANARY_REFERENCE,
        "Wendy Worker",
        (
            Child(CANARY_CHILD, "Female", date(2011, 5, 2)),  # 14 on the visit date
            Child(CANARY_YOUNGER, "Male", date(2019, 9, 30)),
        ),
    )


def canary_draft(family: Family) -> ConsentRecordDraft:
    return dataclasses.replace(complete_draft(family), consent_giver_name=CANARY_GIVER)


def team_id(service: Service, name: str) -> str:
    with service.session() as session:
        return session.scalars(select(Team.id).where(Team.name == name)).one()


def all_entries(service: Service) -> list[AuditEntry]:
    with service.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def entry_text(entry: AuditEntry) -> str:
    return " ".join(
        str(v)
        for v in (
            entry.at,
            entry.actor,
            entry.action,
            entry.subject,
            entry.detail_json,
            entry.team_id,
        )
    )


def assert_no_canary(text: str) -> None:
    lowered = text.lower()
    for canary in CANARIES:
        assert canary.lower() not in lowered, canary


def step(service: Service) -> datetime:
    """Move central's clock on a minute: each step of the flow gets its own time."""
    service.clock.now += timedelta(minutes=1)
    return service.clock.now


def ok(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    return response


def test_the_whole_flow_is_audited_in_order_with_who_when_and_team_and_no_family_data(
    service: Service,
) -> None:
    north = team_id(service, "North")
    wendy = service.enroll("wendy", "Wendy's laptop")
    tara = service.enroll("tara", "Tara's laptop")
    wendy_actor, tara_actor = f"device:{wendy.device_id}", f"worker:{service.worker_ids['tara']}"
    family = canary_family()
    draft = canary_draft(family)
    first = seal_consent_document(wendy.key, family, draft)
    record = first.record_id
    expected: list[tuple[datetime, str, str, str, int | None]] = []  # at, actor, action, subject

    def expect(at: datetime, actor: str, action: str, subject: str, version: int | None) -> None:
        expected.append((at, actor, action, subject, version))

    at = step(service)
    wendy.upload(first)
    expect(at, wendy_actor, "record_received", record, 1)
    at = step(service)
    ok(tara.get("/v1/review"))
    expect(at, tara_actor, "review_list_viewed", "", None)
    at = step(service)
    ok(tara.get(f"/v1/review/{record}/1"))
    expect(at, tara_actor, "record_viewed", record, 1)
    at = step(service)
    ok(tara.post(f"/v1/review/{record}/1/return", {"comment": CANARY_COMMENT}))
    expect(at, tara_actor, "record_returned", record, 1)
    at = step(service)
    returned = ok(wendy.get("/v1/returned")).json()["returned"]
    assert [r["record_id"] for r in returned] == [record]
    expect(at, wendy_actor, "returned_delivered", record, 1)
    step(service)
    ok(wendy.get("/v1/returned"))  # asked again at the next sync: delivered once, audited once

    second = seal_consent_document(wendy.key, family, dataclasses.replace(draft, version=2))
    at = step(service)
    wendy.upload(second)
    expect(at, wendy_actor, "record_received", record, 2)
    at = step(service)
    ok(tara.get(f"/v1/review/{record}/2"))
    expect(at, tara_actor, "record_viewed", record, 2)
    at = step(service)
    ok(tara.post(f"/v1/review/{record}/2/approve"))
    expect(at, tara_actor, "record_approved", record, 2)
    expect(at, tara_actor, "record_filed", record, 2)
    at = step(service)
    caseload = ok(wendy.get("/v1/caseload")).json()
    assert [f["family_name"] for f in caseload["families"]] == [CANARY_FAMILY]
    expect(at, wendy_actor, "caseload_pulled", service.worker_ids["wendy"], None)

    entries = all_entries(service)
    enrolled = [e for e in entries if e.action == "device_enrolled"]
    assert {e.subject for e in enrolled} == {wendy.device_id, tara.device_id}
    assert {e.team_id for e in enrolled} == {north}
    flow = [e for e in entries if e.action != "device_enrolled"]
    assert [
        (e.at, e.actor, e.action, e.subject, json.loads(e.detail_json).get("version")) for e in flow
    ] == expected
    assert {e.team_id for e in flow} == {north}  # every step names the team
    filed = next(e for e in flow if e.action == "record_filed")
    assert json.loads(filed.detail_json)["file"] == f"{record}-v2.json"
    assert (service.config.drop_folder / f"{record}-v2.json").exists()
    returned_entry = next(e for e in flow if e.action == "record_returned")
    assert json.loads(returned_entry.detail_json) == {
        "comment_chars": len(CANARY_COMMENT),
        "version": 1,
    }

    # Nothing of the family reached the audit table: not the names, address, reference,
    # nor the lead's comment (which names the parent), in any column.
    for entry in entries:
        assert_no_canary(entry_text(entry))
    # ...nor the lead's view of the log.
    assert_no_canary(ok(tara.get("/v1/team/audit")).text)


def test_filing_by_admin_file_pending_is_audited_as_admin_with_the_team(
    service: Service, drop: Path
) -> None:
    wendy = service.enroll("wendy")
    tara = service.enroll("tara")
    family = canary_family()
    sealed = seal_consent_document(wendy.key, family, canary_draft(family))
    wendy.upload(sealed)
    shutil.rmtree(drop)  # the drop folder is gone: the approval stands, filing fails
    step(service)
    item = ok(tara.post(f"/v1/review/{sealed.record_id}/1/approve")).json()
    assert item["state"] == "approved"
    drop.mkdir()
    with service.session() as session:
        summary = file_pending(
            session, DropFolderFiler(drop), service.config.signing, step(service)
        )
    assert summary.filed == 1
    record_entries = [e for e in all_entries(service) if e.subject == sealed.record_id]
    assert [(e.actor, e.action) for e in record_entries] == [
        (f"device:{wendy.device_id}", "record_received"),
        (f"worker:{service.worker_ids['tara']}", "record_approved"),
        (f"worker:{service.worker_ids['tara']}", "record_filing_failed"),
        ("admin", "record_filed"),
    ]
    assert {e.team_id for e in record_entries} == {team_id(service, "North")}
    for entry in record_entries:
        assert_no_canary(entry_text(entry))


def north_and_south_activity(service: Service) -> tuple[Laptop, Laptop, Laptop, Laptop]:
    wendy = service.enroll("wendy", "Wendy's laptop")
    tara = service.enroll("tara", "Tara's laptop")
    wes = service.enroll("wes", "Wes's laptop")
    sam = service.enroll("sam", "Sam's laptop")
    for laptop, lead in ((wendy, tara), (wes, sam)):
        family = canary_family()
        sealed = seal_consent_document(laptop.key, family, canary_draft(family))
        step(service)
        laptop.upload(sealed)
        step(service)
        ok(lead.get(f"/v1/review/{sealed.record_id}/1"))
    return wendy, tara, wes, sam


def log_of(laptop: Laptop, query: str = "") -> TeamAuditList:
    return TeamAuditList.model_validate(ok(laptop.get(f"/v1/team/audit{query}")).json())


def test_a_team_lead_reads_only_their_own_team_s_log_newest_first_with_names(
    service: Service,
) -> None:
    wendy, tara, _wes, sam = north_and_south_activity(service)
    north = log_of(tara)
    assert not north.more
    assert [e.action for e in north.entries] == [
        "record_viewed",
        "record_received",
        "device_enrolled",
        "device_enrolled",
    ]
    viewed, received = north.entries[0], north.entries[1]
    assert (viewed.actor_kind, viewed.actor_name) == ("worker", "Tara Lead")
    assert (received.actor_kind, received.actor_name, received.device_name) == (
        "laptop",
        "Wendy Worker",
        "Wendy's laptop",
    )
    assert received.record_id == viewed.record_id
    assert received.version == 1
    # North's upload and view were the first two steps after the clock was set.
    assert received.at == utc_text(SEALED_AT + timedelta(hours=1, minutes=1))
    assert viewed.at == utc_text(SEALED_AT + timedelta(hours=1, minutes=2))
    south = log_of(sam)
    assert [e.action for e in south.entries] == [e.action for e in north.entries]
    south_records = {e.record_id for e in south.entries if e.record_id}
    assert south_records
    assert south_records.isdisjoint(e.record_id for e in north.entries)
    # Nothing of South's in North's log, and the reverse: only North's people act in it.
    assert {(e.actor_name, e.device_name) for e in north.entries} == {
        ("Tara Lead", ""),
        ("Wendy Worker", ""),  # enrolling her laptop, with her own password
        ("Wendy Worker", "Wendy's laptop"),
    }
    assert {e.actor_name for e in south.entries} == {"Wes South", "Sam Southlead"}

    # Paged: two at a time, newest first, then the older ones.
    page = log_of(tara, "?limit=2")
    assert page.more
    assert [e.seq for e in page.entries] == [e.seq for e in north.entries[:2]]
    older = log_of(tara, f"?limit=2&before_seq={page.entries[-1].seq}")
    assert [e.seq for e in older.entries] == [e.seq for e in north.entries[2:4]]
    newer = log_of(tara, f"?after_seq={north.entries[1].seq}")
    assert [e.seq for e in newer.entries] == [north.entries[0].seq]

    # Reading the log is audited, but never shows in the lead's own view (no feedback).
    reads = [e for e in all_entries(service) if e.action == "audit_read"]
    assert len(reads) == 5  # one for each read above
    assert {e.actor for e in reads} == {
        f"worker:{service.worker_ids['tara']}",
        f"worker:{service.worker_ids['sam']}",
    }
    assert [e.seq for e in log_of(tara).entries] == [e.seq for e in north.entries]

    # A worker who is not a team lead cannot read it.
    assert wendy.get("/v1/team/audit").status_code == 403


def test_it_prints_the_log_of_one_team_since_a_day(service: Service) -> None:
    north_and_south_activity(service)
    status, out, err = run_cli("admin", "audit", "--database-url", service.url, "--team", "North")
    assert status == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[4] for line in lines] == [
        "device_enrolled",
        "device_enrolled",
        "record_received",
        "record_viewed",
    ]
    assert {line[2] for line in lines} == {"North"}
    assert lines[3][3] == f"worker:{service.worker_ids['tara']} (Tara Lead)"
    assert lines[2][3].endswith("(Wendy Worker, Wendy's laptop)")
    assert_no_canary(out)

    status, everything, _ = run_cli("admin", "audit", "--database-url", service.url)
    assert status == 0
    teams = {line.split("\t")[2] for line in everything.splitlines()}
    assert {"North", "South"} <= teams
    # The first print was itself audited (IT read North's log).
    assert any("\taudit_read\t" in line and "\tNorth\t" in line for line in everything.splitlines())

    # South's activity was all on the central clock's day; after it, only IT's own reads
    # (which are stamped with the real time) remain.
    day = service.clock.now.date()
    since = ("--database-url", service.url, "--team", "South", "--since")
    status, out, _ = run_cli("admin", "audit", *since, day.isoformat())
    assert status == 0
    assert [line.split("\t")[4] for line in out.splitlines()] == [
        "device_enrolled",
        "device_enrolled",
        "record_received",
        "record_viewed",
    ]
    status, out, _ = run_cli("admin", "audit", *since, (day + timedelta(days=1)).isoformat())
    assert status == 0
    assert {line.split("\t")[4] for line in out.splitlines()} == {"audit_read"}
    status, _, err = run_cli("admin", "audit", "--database-url", service.url, "--team", "Nowhere")
    assert status != 0
    assert "There is no team with that name." in err
