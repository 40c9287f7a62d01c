"""The review period is central's policy: sent only once set, so older laptops still sync."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import pytest
from pydantic import BaseModel, ConfigDict, Field

from cssw_core.protocol import HeartbeatResponse, Policy
from tests.support.central import AdminFailed, RunningCentral
from tests.support.central_client import LaptopClient
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.sealed_documents import new_device_key


class PolicyBeforeReviewMonths(BaseModel):
    """The policy as a laptop from before `review_months` reads it (unknown fields refused)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    auto_lock_minutes: Annotated[int, Field(ge=1, le=60)] = 5
    purge_after_days: Annotated[int, Field(ge=0, le=365)] = 7
    sync_interval_seconds: Annotated[int, Field(ge=30, le=86_400)] = 300


@pytest.fixture
def laptop(central: RunningCentral) -> Iterator[LaptopClient]:
    with LaptopClient(central, new_device_key()) as client:
        assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        yield client


def heartbeat_policy(laptop: LaptopClient) -> dict[str, object]:
    response = laptop.heartbeat(pending=0, failed=0, synced=0, oldest_pending_seconds=None)
    assert response.status_code == 200, response.text
    HeartbeatResponse.model_validate_json(response.text)  # today's laptop reads it
    policy = response.json()["policy"]
    assert isinstance(policy, dict)
    return policy


def test_unset_it_is_left_out_and_an_older_laptop_still_reads_the_policy(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    policy = heartbeat_policy(laptop)
    assert "review_months" not in policy
    PolicyBeforeReviewMonths.model_validate(policy)
    assert Policy.model_validate(policy).review_months is None  # the laptop's own applies
    fetched = laptop.signed("GET", "/v1/policy")
    assert fetched.status_code == 200
    assert "review_months" not in fetched.json()


def test_once_set_every_laptop_is_told_the_review_period(
    central: RunningCentral, laptop: LaptopClient
) -> None:
    out = central.admin("set-policy", "--review-months", "6")
    assert "review_months: 6" in out.splitlines()
    assert heartbeat_policy(laptop)["review_months"] == 6
    assert Policy.model_validate(laptop.signed("GET", "/v1/policy").json()).review_months == 6


@pytest.mark.parametrize("months", ["0", "37"])
def test_a_review_period_out_of_range_is_refused(central: RunningCentral, months: str) -> None:
    with pytest.raises(AdminFailed, match="review 1 to 36 months"):
        central.admin("set-policy", "--review-months", months)
    assert "review_months: each laptop's own setting" in central.admin("set-policy").splitlines()


def test_a_policy_stored_before_the_field_still_loads() -> None:
    old = '{"auto_lock_minutes": 5, "purge_after_days": 7, "sync_interval_seconds": 300}'
    assert Policy.model_validate_json(old).review_months is None
