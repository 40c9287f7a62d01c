"""The service as a whole: OpenAPI at /v1, error shapes, and the SQLite trial path."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import httpx
import pytest
from starlette.types import Message, Receive, Scope, Send

from cssw_central.api.errors import GuardMiddleware
from cssw_core.pinning import pinned_context
from cssw_core.protocol import UploadResponse
from cssw_core.signing import receipt_holds
from tests.support.central import RunningCentral, start_central
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import WENDY_PASSWORD, add_standard_people
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import new_device_key, seal_consent_document


def test_openapi_document_lists_the_v1_routes(central: RunningCentral) -> None:
    with httpx.Client(verify=pinned_context(central.pin)) as http:
        response = http.get(f"{central.url}/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/v1/enroll", "/v1/records", "/v1/heartbeat", "/v1/policy"} <= set(paths)


def test_unknown_paths_answer_in_the_error_shape(central: RunningCentral) -> None:
    with httpx.Client(verify=pinned_context(central.pin)) as http:
        response = http.get(f"{central.url}/v2/nothing")
        wrong_method = http.delete(f"{central.url}/v1/enroll")
    assert (response.status_code, problem_code(response)) == (404, "not_found")
    assert (wrong_method.status_code, problem_code(wrong_method)) == (405, "malformed")


def test_a_trial_on_sqlite_enrolls_and_receipts(tmp_path: Path) -> None:
    running = start_central(tmp_path, f"sqlite:///{tmp_path / 'trial' / 'central.db'}")
    try:
        add_standard_people(running.database_url)
        with LaptopClient(running, new_device_key()) as laptop:
            assert laptop.enroll(running.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
            family = family_with_teenager()
            upload = seal_consent_document(laptop.key, family, complete_draft(family)).upload()
            first = laptop.upload(upload)
            again = laptop.upload(upload)
        assert (first.status_code, again.status_code) == (201, 200)
        answer = UploadResponse.model_validate(first.json())
        assert receipt_holds(answer.receipt, running.receipt_public_key)
        assert again.json()["receipt"] == first.json()["receipt"]
    finally:
        running.stop()


def test_an_unexpected_error_is_a_bare_500_logged_without_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def failing_app(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("Grace Okafor, 12 Elm Road")  # personal data in a message

    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {"type": "http", "method": "POST", "path": "/v1/x", "headers": []}
    guard = GuardMiddleware(failing_app, max_body_bytes=1000)
    with caplog.at_level(logging.ERROR, logger="cssw_central"):
        asyncio.run(guard(scope, receive, send))
    assert sent[0]["status"] == 500
    body = json.loads(b"".join(m.get("body", b"") for m in sent[1:]))
    assert body["error"]["code"] == "server_error"
    assert "Okafor" not in json.dumps(body)
    assert "RuntimeError" in caplog.text
    assert "Okafor" not in caplog.text
