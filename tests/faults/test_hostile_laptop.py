"""A hostile enrolled laptop against the real server (TLS, PostgreSQL): writes about another
team's family, records that claim to be signed after they arrived, and a lead approving
their own record.

The attacker holds a real enrolled South laptop (its own device key, correctly sealed
records). Every attack must be refused in plain words (problem JSON, never 5xx), change
nothing the North worker downloads, never put a North family on the South lead's review
list, and show in both teams' activity.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from cssw_central.services.family_team import FOREIGN_FAMILY_WORDS
from cssw_central.services.ingest import FUTURE_WORDS
from cssw_central.services.review import OWN_RECORD_WORDS
from cssw_core.domain.agencies import Agency
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import Caseload, ReviewList, TeamAuditList
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    new_device_key,
    seal_consent_document,
    seal_withdrawal_document,
)

SOUTH_PASSWORD = "south-password-1"


@dataclass
class Teams:
    wendy: LaptopClient  # North worker
    tara: LaptopClient  # North lead
    wes: LaptopClient  # South worker: the hostile laptop
    sam: LaptopClient  # South lead


def laptop(central: RunningCentral, username: str, password: str) -> LaptopClient:
    client = LaptopClient(central, new_device_key())
    answer = client.enroll(central.issue_code(username), password)
    assert answer.status_code == 201, answer.text
    return client


@pytest.fixture
def teams(central: RunningCentral) -> Iterator[Teams]:
    central.admin("create-team", "South")
    for username, name, role in (("wes", "Wes South", "worker"), ("sam", "Sam Lead", "team_lead")):
        central.admin(
            "add-worker", "--team", "South", "--username", username, "--name", name,
            "--role", role, "--password-stdin", stdin=SOUTH_PASSWORD + "\n",
        )  # fmt: skip
    made = Teams(
        laptop(central, "wendy", WENDY_PASSWORD),
        laptop(central, "tara", TARA_PASSWORD),
        laptop(central, "wes", SOUTH_PASSWORD),
        laptop(central, "sam", SOUTH_PASSWORD),
    )
    try:
        yield made
    finally:
        for client in (made.wendy, made.tara, made.wes, made.sam):
            client.close()


def send(client: LaptopClient, sealed: SealedDocument) -> httpx.Response:
    return client.upload(sealed.upload())


def get(client: LaptopClient, path: str) -> httpx.Response:
    answer = client.signed("GET", path)
    assert answer.status_code == 200, answer.text
    return answer


def test_another_team_s_family_cannot_be_written_and_both_teams_see_the_attempt(
    central: RunningCentral, teams: Teams
) -> None:
    family = family_with_teenager()
    genuine = seal_consent_document(teams.wendy.key, family, complete_draft(family))
    assert send(teams.wendy, genuine).status_code == 201
    before = get(teams.wendy, "/v1/caseload").json()["families"]

    forged = replace(family, family_name="Forged", address="1 Attacker Lane", case_reference="X")
    now = datetime.now(UTC)
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=now - timedelta(minutes=5),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.POLICE, Agency.HEALTH}),
        approach=frozenset({Agency.POLICE}),
        worker_attested=True,
        worker="Wes South",
    )
    own_family = replace(family_with_teenager(), family_name="Mensah")
    attacks = [
        seal_consent_document(teams.wes.key, forged, complete_draft(forged)),
        seal_consent_document(
            teams.wes.key, forged, complete_draft(forged), sealed_at=now - timedelta(minutes=1)
        ),
        seal_withdrawal_document(teams.wes.key, family, withdrawal, sealed_at=now),
        # a second version of the North record itself, under its own id
        seal_consent_document(
            teams.wes.key,
            forged,
            replace(complete_draft(forged), id=uuid.UUID(genuine.record_id), version=2),
        ),
    ]
    answers = [send(teams.wes, sealed) for sealed in attacks]
    # ... and the other way round: North writing about a family South brought to central
    south_own = seal_consent_document(teams.wes.key, own_family, complete_draft(own_family))
    assert send(teams.wes, south_own).status_code == 201
    north_forged = replace(own_family, family_name="Forged")
    north_attempt = seal_consent_document(
        teams.wendy.key, north_forged, complete_draft(north_forged)
    )
    answers.append(send(teams.wendy, north_attempt))

    statuses = [a.status_code for a in answers]
    tally.add(
        "attack: cross-team writes",
        cases=len(answers),
        accepted=sum(200 <= s < 300 for s in statuses),
        server_errors=sum(s >= 500 for s in statuses),
    )
    assert statuses == [403] * len(answers)
    assert {problem_code(a) for a in answers} == {"forbidden"}
    assert {a.json()["error"]["message"] for a in answers} == {FOREIGN_FAMILY_WORDS}

    # The North worker's caseload is exactly as it was; the South lead's list has no North family.
    after = Caseload.model_validate(get(teams.wendy, "/v1/caseload").json())
    assert [f.model_dump(mode="json") for f in after.families] == before
    assert after.families[0].family_name == "Okafor"
    assert after.families[0].consent.record_id == genuine.record_id
    south_list = ReviewList.model_validate(get(teams.sam, "/v1/review?state=received").json())
    assert [i.family_id for i in south_list.items] == [str(own_family.id)]
    assert {i.family_name for i in south_list.items} == {"Mensah"}
    north_list = ReviewList.model_validate(get(teams.tara, "/v1/review?state=received").json())
    assert [i.family_id for i in north_list.items] == [str(family.id)]

    # Both teams' leads see every refusal in Team activity, whoever sent it.
    for lead in (teams.tara, teams.sam):
        log = TeamAuditList.model_validate(get(lead, "/v1/team/audit?limit=200").json())
        refused = [e for e in log.entries if e.action == "record_refused_other_team"]
        assert len(refused) == len(answers)
        assert all(e.detail["sender_team"] != e.detail["family_team"] for e in refused)
        sent = {a.record_id for a in attacks} | {north_attempt.record_id}
        assert {e.record_id for e in refused} == sent


def test_a_record_signed_or_sealed_after_it_arrived_is_refused(
    central: RunningCentral, teams: Teams
) -> None:
    family = family_with_teenager()
    genuine = seal_consent_document(teams.wendy.key, family, complete_draft(family))
    assert send(teams.wendy, genuine).status_code == 201
    now = datetime.now(UTC)
    pinned = replace(family, family_name="Pinned", address="1 Future Road")
    draft = complete_draft(pinned)
    later_draft = replace(draft, visit_start=now + timedelta(hours=2), visit_end=None)
    south_new = family_with_teenager()
    attacks = [
        # "latest" for ever: sealed in 2030
        seal_consent_document(
            teams.wendy.key, pinned, draft, sealed_at=datetime(2030, 1, 1, tzinfo=UTC)
        ),
        # sealed an hour from now
        seal_consent_document(teams.wendy.key, pinned, draft, sealed_at=now + timedelta(hours=1)),
        # sealed now, but its visit "starts" in two hours
        seal_consent_document(teams.wendy.key, pinned, later_draft, sealed_at=now),
        # a new family of the laptop's own team, sealed next week
        seal_consent_document(
            teams.wes.key,
            south_new,
            complete_draft(south_new),
            sealed_at=now + timedelta(days=7),
        ),
    ]
    answers = [send(teams.wendy if n < 3 else teams.wes, a) for n, a in enumerate(attacks)]
    statuses = [a.status_code for a in answers]
    tally.add(
        "attack: future-sealed records",
        cases=len(answers),
        accepted=sum(200 <= s < 300 for s in statuses),
        server_errors=sum(s >= 500 for s in statuses),
    )
    assert statuses == [422] * len(answers)
    assert [a.json()["error"]["message"] for a in answers] == [FUTURE_WORDS] * len(answers)
    caseload = Caseload.model_validate(get(teams.wendy, "/v1/caseload").json())
    assert [(f.family_name, f.address) for f in caseload.families] == [("Okafor", family.address)]
    # A genuine later record still replaces the details.
    moved = replace(family, address="4 New Street, Demoford")
    later = seal_consent_document(
        teams.wendy.key,
        moved,
        replace(complete_draft(moved), id=uuid.uuid4()),
        sealed_at=SEALED_AT + timedelta(days=2),
    )
    assert send(teams.wendy, later).status_code == 201
    caseload = Caseload.model_validate(get(teams.wendy, "/v1/caseload").json())
    assert caseload.families[0].address == "4 New Street, Demoford"
    assert caseload.families[0].consent.record_id == later.record_id


def test_a_lead_cannot_approve_their_own_record(central: RunningCentral, teams: Teams) -> None:
    family = family_with_teenager()
    own = seal_consent_document(teams.tara.key, family, complete_draft(family))
    assert send(teams.tara, own).status_code == 201
    path = f"/v1/review/{own.record_id}/1/approve"
    answers = [teams.tara.signed("POST", path) for _ in range(2)]  # and once more
    statuses = [a.status_code for a in answers]
    tally.add(
        "attack: lead approves own record",
        cases=len(answers),
        accepted=sum(200 <= s < 300 for s in statuses),
        server_errors=sum(s >= 500 for s in statuses),
    )
    assert statuses == [403, 403]
    assert {a.json()["error"]["message"] for a in answers} == {OWN_RECORD_WORDS}
    assert list(central.drop_folder.iterdir()) == []
    listed = ReviewList.model_validate(get(teams.tara, "/v1/review?state=received").json())
    assert [i.record_id for i in listed.items] == [own.record_id]
