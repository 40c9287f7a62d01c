"""Central's API fuzzed from its own OpenAPI document (schemathesis), against the real server.

Why the real server and not schemathesis's ASGI mode: the hostile parts are in front of the
app — uvicorn's HTTP parsing, TLS, the body-size guard (an ASGI middleware, but one whose
streaming behaviour only shows on a real socket) — and the database is the real
PostgreSQL, so what is fuzzed is what runs in production.

Every operation is fuzzed with data that fits the schema (positive) and data that does not
(negative), with schemathesis's default checks: no 5xx, status codes, content types,
headers and bodies as documented. Signed endpoints are reached past the signature check:
a schemathesis `before_call` hook signs every request (method, path, the exact body bytes)
with a real enrolled team lead's device key, just as a laptop does. Path parameters that
name a record use a real received record half of the time, so approve/return reach the
review logic too. Afterwards every record central holds must verify: hash and seal.

Bounded: `MAX_EXAMPLES` cases per operation and mode, and `BUDGET_SECONDS` for the whole
run (cases after the budget are not sent and not counted).
"""

from __future__ import annotations

import hashlib
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.result import Ok
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
from sqlalchemy import select

from cssw_central.infra.rate_limits import RateLimit, RateLimiter
from cssw_central.infra.tables import Device, Record
from cssw_core.domain.canonical import NotCanonicalisable, parse_canonical
from cssw_core.domain.sealing import DeviceKey, Seal, canonical_seal_problem
from cssw_core.signing import sign_request
from tests.faults import tally
from tests.support.central import RunningCentral, start_central
from tests.support.central_client import LaptopClient
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD, add_standard_people
from tests.support.postgres import fresh_database
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import new_device_key, seal_consent_document

SUITE = "fuzz: API (schemathesis)"
MAX_EXAMPLES = 50  # per operation and generation mode
BUDGET_SECONDS = 100.0  # the whole run (measured: about 70 s on the 2-core machine)


# Schemathesis's own defaults, except that a schema-valid request may get 422: the schema
# cannot say what only checking can (canonical JSON, the hash, the seal, a real date), so
# central answers those with 422 "malformed" and a plain reason.
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429"]
            }
        }
    }
)


def load_schema(central: RunningCentral) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(
        f"{central.url}/v1/openapi.json", config=CONFIG, verify=str(central.cert_path)
    )


class DeviceSignature(requests.auth.AuthBase):
    """Signs the request exactly as sent, as the laptop's `sign_request` does."""

    def __init__(self, key: DeviceKey) -> None:
        self.key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body
        if body is None:
            raw = b""
        elif isinstance(body, bytes):
            raw = body
        elif isinstance(body, str):
            raw = body.encode("utf-8")
        else:  # schemathesis sends whole bodies; a stream could not be signed up front
            raise TypeError("a streamed body cannot be signed")
        parts = urlsplit(request.path_url)
        # Central signs the path as the server decoded it, with the query as sent.
        path = unquote(parts.path) + ("?" + parts.query if parts.query else "")
        assert request.method is not None
        request.headers.update(
            sign_request(self.key, self.key.device_id, request.method, path, raw)
        )
        return request


@dataclass
class FuzzTarget:
    central: RunningCentral
    lead: DeviceKey
    record_id: str
    version: int
    deadline: float = 0.0
    cases: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzTarget]:
    with fresh_database() as url:
        running = start_central(tmp_path_factory.mktemp("fuzz-api"), url)
        try:
            add_standard_people(running.database_url)
            # The fuzz sends thousands of enrollments from one address: the rate limit (tested
            # in test_rate_limits.py) would answer them all with 429 before any were checked.
            running.app.state.central.enroll_limiter = RateLimiter(
                RateLimit("enroll", per_address=10**9, window_seconds=60)
            )
            with LaptopClient(running, new_device_key()) as worker:
                assert worker.enroll(running.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
                family = family_with_teenager()
                sealed = seal_consent_document(worker.key, family, complete_draft(family))
                assert worker.upload(sealed.upload()).status_code == 201
            lead = new_device_key()
            with LaptopClient(running, lead) as laptop:
                assert laptop.enroll(running.issue_code("tara"), TARA_PASSWORD).status_code == 201
            yield FuzzTarget(running, lead, sealed.record_id, sealed.version)
        finally:
            running.stop()


@pytest.fixture
def signing_hook(target: FuzzTarget) -> Iterator[None]:
    """A schemathesis hook: every call it makes is signed by the team lead's laptop."""
    signature = DeviceSignature(target.lead)

    def before_call(context: schemathesis.HookContext, case: Any, kwargs: dict[str, Any]) -> None:
        kwargs["auth"] = signature

    GLOBAL_HOOK_DISPATCHER.register_hook_with_name(before_call, "before_call")
    try:
        yield
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(before_call)


def _fuzz_operation(target: FuzzTarget, operation: Any, mode: GenerationMode) -> None:
    """Up to MAX_EXAMPLES cases of one operation; raises the (shrunk) first failure."""
    central = target.central
    names = {p.name for p in operation.path_parameters}
    strategy = operation.as_strategy(generation_mode=mode)

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink],
    )
    @hypothesis.given(case=strategy, real_record=st.booleans())
    def run(case: Any, real_record: bool) -> None:
        if time.monotonic() > target.deadline:
            return
        if real_record and {"record_id", "version"} <= names:
            case.path_parameters = {"record_id": target.record_id, "version": target.version}
        response = case.call(base_url=central.url, verify=str(central.cert_path), timeout=60)
        target.cases += 1
        target.statuses[response.status_code] = target.statuses.get(response.status_code, 0) + 1
        case.validate_response(response)

    run()


def _stored_records_verify(central: RunningCentral) -> list[tuple[str, int]]:
    """Every record central holds, each checked: hash, canonical form, seal by its device."""
    held = []
    with central.session() as session:
        for record in session.scalars(select(Record)):
            raw = record.document.encode("utf-8")
            assert hashlib.sha256(raw).hexdigest() == record.content_hash
            try:
                document = parse_canonical(raw)
            except NotCanonicalisable:
                pytest.fail(f"record {record.record_id} is not canonical JSON")
            device = session.get(Device, record.device_id)
            assert device is not None
            seal = Seal(record.content_hash, record.seal_signature, device.id, device.public_key)
            assert canonical_seal_problem(raw, document, seal) is None
            held.append((record.record_id, record.version))
    return held


def test_the_api_survives_its_own_schema_fuzzed(target: FuzzTarget, signing_hook: None) -> None:
    central = target.central
    schema = load_schema(central)
    results = list(schema.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results)  # every operation in the document was understood
    assert len(operations) >= 10
    target.deadline = time.monotonic() + BUDGET_SECONDS
    failures: list[str] = []
    for operation in operations:
        # An operation that takes no input at all has nothing to make invalid.
        takes_input = bool(list(operation.iter_parameters())) or bool(operation.body)
        modes = [GenerationMode.POSITIVE] + [GenerationMode.NEGATIVE] * takes_input
        for mode in modes:
            if time.monotonic() > target.deadline:
                break
            try:
                _fuzz_operation(target, operation, mode)
            except Exception as exc:  # one operation's failure must not hide the others'
                failures.append(
                    f"{operation.label} ({mode.value}): "
                    + "".join(traceback.format_exception_only(exc)).strip()[:2000]
                )
    answered = sum(n for status, n in target.statuses.items() if 200 <= status < 300)
    tally.add(SUITE, cases=target.cases, failures=len(failures), answered_2xx=answered)
    assert failures == [], "\n\n".join(failures)
    assert target.cases >= len(operations)  # every operation was reached in the budget
    assert not any(status >= 500 for status in target.statuses)
    assert answered > 0  # signed requests got past the signature check and were served
    # Nothing the fuzz sent was accepted as a record: only the seeded one, and it verifies.
    assert _stored_records_verify(central) == [(target.record_id, target.version)]
    with LaptopClient(central, target.lead) as laptop:  # and central still answers
        assert laptop.signed("GET", "/v1/policy").status_code == 200


def test_the_signing_hook_reaches_past_the_signature_check(
    target: FuzzTarget, signing_hook: None, tmp_path: Path
) -> None:
    """The fuzz means something only if its requests are accepted as signed."""
    central = target.central
    schema = load_schema(central)
    operation = schema["/v1/team/devices"]["GET"]
    case = operation.Case()
    response = case.call(base_url=central.url, verify=str(central.cert_path))
    assert response.status_code == 200, response.text
    assert len(response.json()["devices"]) == 2
