"""Signed requests: unsigned, unknown, revoked, replayed, skewed or tampered → refused."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import Device
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.sealed_documents import new_device_key


@pytest.fixture
def laptop(central: RunningCentral) -> Iterator[LaptopClient]:
    with LaptopClient(central, new_device_key()) as client:
        assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        yield client


def test_a_signed_request_is_answered_and_marks_contact(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    response = laptop.signed("GET", "/v1/policy")
    assert response.status_code == 200, response.text
    assert response.json()["auto_lock_minutes"] == 5
    with central.session() as session:
        device = session.get(Device, laptop.key.device_id)
        assert device is not None
        assert device.last_contact_at is not None


def test_an_unsigned_request_is_refused(central: RunningCentral, laptop: LaptopClient) -> None:
    response = laptop.http.get("/v1/policy")
    assert (response.status_code, problem_code(response)) == (401, "unsigned")


def test_an_unknown_laptop_is_refused(central: RunningCentral) -> None:
    with LaptopClient(central, new_device_key()) as stranger:
        response = stranger.signed("GET", "/v1/policy")
    assert (response.status_code, problem_code(response)) == (401, "unknown_device")


def test_a_revoked_laptop_is_told_in_plain_words(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    central.admin("revoke-device", laptop.key.device_id)
    response = laptop.signed("GET", "/v1/policy")
    assert (response.status_code, problem_code(response)) == (401, "device_revoked")
    assert "IT has withdrawn this laptop's access" in response.json()["error"]["message"]
    assert "revoked" in central.admin("list-devices")


def test_a_replayed_request_is_refused(laptop: LaptopClient) -> None:
    first = laptop.signed("GET", "/v1/policy", nonce="a" * 32)
    assert first.status_code == 200
    replay = laptop.signed("GET", "/v1/policy", nonce="a" * 32)
    assert (replay.status_code, problem_code(replay)) == (401, "replayed")


@pytest.mark.parametrize(("offset", "direction"), [(12 * 60, "fast"), (-12 * 60, "slow")])
def test_a_clock_out_by_more_than_five_minutes_is_refused_with_the_minutes(
    laptop: LaptopClient, offset: int, direction: str
) -> None:
    response = laptop.signed("GET", "/v1/policy", now=time.time() + offset)
    assert (response.status_code, problem_code(response)) == (401, "clock_skew")
    error = response.json()["error"]
    assert "12 minutes out" in error["message"]
    assert direction in error["message"]
    assert abs(error["skew_seconds"] - offset) <= 5


def test_a_clock_within_five_minutes_is_accepted(laptop: LaptopClient) -> None:
    assert laptop.signed("GET", "/v1/policy", now=time.time() - 4 * 60).status_code == 200


def test_a_tampered_body_is_refused(laptop: LaptopClient) -> None:
    beat = {
        "pending": 1,
        "failed": 0,
        "synced": 0,
        "oldest_pending_seconds": 5,
        "app_version": "t",
        "last_sync_at": None,
    }
    body = json.dumps(beat).encode()
    tampered = json.dumps(beat | {"pending": 9}).encode()
    response = laptop.signed("POST", "/v1/heartbeat", tampered, signed_body=body)
    assert (response.status_code, problem_code(response)) == (401, "bad_signature")


def test_a_signature_for_another_path_is_refused(laptop: LaptopClient) -> None:
    response = laptop.signed("GET", "/v1/policy", signed_path="/v1/policy?x=1")
    assert (response.status_code, problem_code(response)) == (401, "bad_signature")
    with_query = laptop.signed("GET", "/v1/policy?x=1")
    assert with_query.status_code == 200  # the query is part of what is signed


def test_a_forged_signature_does_not_spend_the_laptops_nonce(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    forger = LaptopClient(central, new_device_key())
    forger.key.device_id = laptop.key.device_id
    with forger:
        forged = forger.signed("GET", "/v1/policy", nonce="b" * 32)
    assert (forged.status_code, problem_code(forged)) == (401, "bad_signature")
    assert laptop.signed("GET", "/v1/policy", nonce="b" * 32).status_code == 200


def test_unreadable_signature_headers_are_refused(laptop: LaptopClient) -> None:
    response = laptop.signed("GET", "/v1/policy", extra_headers={"X-CSSW-Signature": "zz"})
    assert (response.status_code, problem_code(response)) == (401, "malformed")


def test_heartbeat_stores_counts_and_answers_policy(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    central.admin("set-policy", "--purge-after-days", "3")
    response = laptop.heartbeat(
        pending=2, failed=1, synced=7, oldest_pending_seconds=90,
        last_sync_at="2026-03-14T10:00:00.000000Z",
    )  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.json()["policy"]["purge_after_days"] == 3
    with central.session() as session:
        device = session.scalars(select(Device)).one()
        assert (device.pending, device.failed, device.synced) == (2, 1, 7)
        assert device.oldest_pending_seconds == 90
        assert device.last_sync_at is not None
        assert device.last_sync_at.isoformat() == "2026-03-14T10:00:00+00:00"


def test_team_lead_routes_refuse_a_worker(central: RunningCentral, laptop: LaptopClient) -> None:
    from cssw_central.api.device_auth import team_lead
    from cssw_central.infra.problems import Refused
    from cssw_central.services.identity import AuthenticatedDevice

    worker = AuthenticatedDevice(
        "d", "n", "k", "w", "Wendy Walker", "wendy", "worker", "t", "North"
    )
    with pytest.raises(Refused) as refused:
        team_lead(worker)
    assert refused.value.status == 403
    with LaptopClient(central, new_device_key()) as lead:
        assert lead.enroll(central.issue_code("tara"), TARA_PASSWORD).status_code == 201
        lead_device = team_lead(
            AuthenticatedDevice("d", "n", "k", "w", "Tara", "tara", "team_lead", "t", "North")
        )
        assert lead_device.is_team_lead
