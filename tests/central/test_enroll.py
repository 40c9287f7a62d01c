"""POST /v1/enroll against the real server: good, expired, used, wrong password, bad proof."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from cssw_central.api.enroll import TAKEN_WORDS
from cssw_central.infra.tables import Device, EnrollmentCode
from cssw_core.enrollment_code import parse_code
from cssw_core.protocol import EnrollmentResponse
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.sealed_documents import new_device_key


def _code_row(central: RunningCentral, code: str) -> EnrollmentCode:
    digest = hashlib.sha256(parse_code(code).secret.encode()).hexdigest()
    with central.session() as session:
        return session.scalars(
            select(EnrollmentCode).where(EnrollmentCode.secret_hash == digest)
        ).one()


def test_enrollment_registers_the_key_and_returns_the_profile(central: RunningCentral) -> None:
    code = central.issue_code("tara")
    with LaptopClient(central, new_device_key()) as laptop:
        response = laptop.enroll(code, TARA_PASSWORD)
        assert response.status_code == 201, response.text
        body = EnrollmentResponse.model_validate(response.json())
        assert body.profile.display_name == "Tara Lead"
        assert body.profile.role == "team_lead"
        assert body.profile.team_name == "North"
        assert body.server_signing_key == central.receipt_public_key
        assert body.policy.purge_after_days == 7
        devices = central.admin("list-devices")
        assert laptop.key.device_id in devices
        assert "\ttara\t" in devices
        assert _code_row(central, code).used_at is not None
        # The laptop may now make signed requests.
        assert laptop.signed("GET", "/v1/policy").status_code == 200


def test_a_used_code_is_refused_but_a_retry_by_the_same_laptop_is_answered(
    central: RunningCentral,
) -> None:
    code = central.issue_code("wendy")
    with LaptopClient(central, new_device_key()) as laptop:
        first = laptop.enroll(code, WENDY_PASSWORD)
        assert first.status_code == 201
        again = laptop.enroll(code, WENDY_PASSWORD)  # the answer was lost; the laptop retries
        assert again.status_code == 201
        assert again.json() == first.json()
    with LaptopClient(central, new_device_key()) as other:
        refused = other.enroll(code, WENDY_PASSWORD)
        assert (refused.status_code, problem_code(refused)) == (401, "code_used")
        assert "already been used" in refused.json()["error"]["message"]


def test_an_expired_code_is_refused(central: RunningCentral) -> None:
    code = central.issue_code("wendy")
    with central.session() as session:
        session.execute(
            update(EnrollmentCode).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    with LaptopClient(central, new_device_key()) as laptop:
        response = laptop.enroll(code, WENDY_PASSWORD)
    assert (response.status_code, problem_code(response)) == (401, "code_expired")


def test_an_unknown_code_is_refused(central: RunningCentral) -> None:
    code = central.issue_code("wendy")
    with LaptopClient(central, new_device_key()) as laptop:
        request = laptop.enrollment_request(code, WENDY_PASSWORD)
        body = request.model_dump(mode="json") | {"code_secret": "A" * 32}
        response = laptop.http.post("/v1/enroll", json=body)
    assert (response.status_code, problem_code(response)) == (401, "code_invalid")


def test_five_wrong_passwords_burn_the_code(central: RunningCentral) -> None:
    code = central.issue_code("wendy")
    with LaptopClient(central, new_device_key()) as laptop:
        for attempt in range(1, 6):
            response = laptop.enroll(code, "not-the-password")
            assert (response.status_code, problem_code(response)) == (401, "code_invalid")
            assert WENDY_PASSWORD not in response.text
            assert _code_row(central, code).failed_attempts == attempt
        assert _code_row(central, code).burned
        burned = laptop.enroll(code, WENDY_PASSWORD)  # the right password, too late
        assert (burned.status_code, problem_code(burned)) == (401, "code_invalid")
        assert "too many times" in burned.json()["error"]["message"]
    assert "Test laptop" not in central.admin("list-devices")


def test_a_proof_from_another_key_is_refused(central: RunningCentral) -> None:
    code = central.issue_code("wendy")
    with LaptopClient(central, new_device_key()) as laptop:
        response = laptop.enroll(code, WENDY_PASSWORD, proof_key=new_device_key())
        assert (response.status_code, problem_code(response)) == (401, "bad_signature")
        assert _code_row(central, code).used_at is None  # the code is still good
        assert laptop.enroll(code, WENDY_PASSWORD).status_code == 201


def test_a_device_id_enrolled_with_another_key_is_a_conflict(central: RunningCentral) -> None:
    first_key = new_device_key()
    with LaptopClient(central, first_key) as laptop:
        assert laptop.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
    impostor = new_device_key()
    impostor.device_id = first_key.device_id
    with LaptopClient(central, impostor) as laptop:
        response = laptop.enroll(central.issue_code("wendy"), WENDY_PASSWORD)
    assert (response.status_code, problem_code(response)) == (409, "conflict")
    assert response.json()["error"]["message"] == TAKEN_WORDS  # central's reason
    with central.session() as session:
        device = session.get(Device, first_key.device_id)
        assert device is not None
        assert device.public_key == first_key.public_key


@pytest.mark.parametrize("field", ["device_id", "device_public_key", "proof"])
def test_a_malformed_enrollment_says_which_field_without_echoing_it(
    central: RunningCentral, field: str
) -> None:
    code = central.issue_code("wendy")
    with LaptopClient(central, new_device_key()) as laptop:
        body = laptop.enrollment_request(code, WENDY_PASSWORD).model_dump(mode="json")
        body[field] = "<script>secret-value</script>"
        response = laptop.http.post("/v1/enroll", json=body)
    assert (response.status_code, problem_code(response)) == (422, "malformed")
    assert field in response.json()["error"]["message"]
    assert "secret-value" not in response.text
