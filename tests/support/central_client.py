"""A laptop's side of the wire for central's tests: pinned HTTPS, signed requests.

Deliberately small and explicit (not the app's sync engine), so a test can send exactly
the bytes and headers it means to, including wrong ones.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from cssw_core.domain.sealing import DeviceKey
from cssw_core.enrollment_code import parse_code
from cssw_core.pinning import pinned_context
from cssw_core.protocol import EnrollmentRequest, UploadRequest
from cssw_core.signing import enrollment_proof_message, sign_request
from tests.support.central import RunningCentral


class LaptopClient:
    def __init__(self, central: RunningCentral, key: DeviceKey) -> None:
        self.central = central
        self.key = key
        self.http = httpx.Client(
            base_url=central.url, verify=pinned_context(central.pin), timeout=30
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> LaptopClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def enrollment_request(
        self, code: str, password: str, *, proof_key: DeviceKey | None = None
    ) -> EnrollmentRequest:
        secret = parse_code(code).secret
        signer = proof_key or self.key
        proof = signer.sign(
            enrollment_proof_message(secret, self.key.device_id, self.key.public_key)
        )
        return EnrollmentRequest(
            code_secret=secret,
            password=password,
            device_id=self.key.device_id,
            device_public_key=self.key.public_key,
            device_name="Test laptop",
            app_version="test",
            proof=proof.hex(),
        )

    def enroll(self, code: str, password: str, **options: Any) -> httpx.Response:
        request = self.enrollment_request(code, password, **options)
        return self.http.post("/v1/enroll", json=request.model_dump(mode="json"))

    def signed(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        *,
        now: float | None = None,
        nonce: str | None = None,
        signed_path: str | None = None,
        signed_body: bytes | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send a request signed by this laptop (optionally signing other bytes than sent)."""
        headers = sign_request(
            self.key,
            self.key.device_id,
            method,
            signed_path if signed_path is not None else path,
            body if signed_body is None else signed_body,
            now=now,
            nonce=nonce,
        )
        headers["Content-Type"] = "application/json"
        headers.update(extra_headers or {})
        return self.http.request(method, path, content=body, headers=headers)

    def upload(self, upload: UploadRequest, **options: Any) -> httpx.Response:
        return self.signed("POST", "/v1/records", upload.model_dump_json().encode(), **options)

    def heartbeat(self, **fields: Any) -> httpx.Response:
        beat = {
            "pending": 0,
            "failed": 0,
            "synced": 0,
            "oldest_pending_seconds": None,
            "app_version": "test",
            "last_sync_at": None,
        } | fields
        return self.signed("POST", "/v1/heartbeat", json.dumps(beat).encode())


def problem_code(response: httpx.Response) -> str:
    """The ErrorBody's code (asserting the body is one)."""
    body = response.json()
    assert set(body) == {"error"}, body
    return str(body["error"]["code"])
