"""Hostile uploads against the real TLS server: each refused with a 4xx and a plain JSON
error, nothing stored, and central still answering afterwards.

tests/central/test_device_auth.py and test_upload.py already check the status codes of
most of these one by one; here every attack is a real *upload* of a real sealed record
(the thing an attacker wants stored), and what is checked is what matters afterwards:
no record, no family, no audit entry of a receipt, no nonce spent by a forgery, and the
service up.
"""

from __future__ import annotations

import copy
import socket
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from sqlalchemy import func, select

from cssw_central.infra.tables import AuditEntry, FamilySnapshot, Nonce, Record
from cssw_core.pinning import pinned_context
from cssw_core.protocol import MAX_BODY_BYTES, UploadRequest
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import new_device_key, seal_consent_document

SUITE = "attack: hostile requests to central"


@pytest.fixture
def laptops(central: RunningCentral) -> Iterator[tuple[LaptopClient, LaptopClient]]:
    """Two enrolled laptops of the same worker: the victim and the other one."""
    with (
        LaptopClient(central, new_device_key()) as victim,
        LaptopClient(central, new_device_key()) as other,
    ):
        for laptop in (victim, other):
            assert laptop.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        yield victim, other


def _upload(laptop: LaptopClient) -> UploadRequest:
    family = family_with_teenager()
    return seal_consent_document(laptop.key, family, complete_draft(family)).upload()


def _held(central: RunningCentral) -> tuple[int, int, int]:
    with central.session() as session:
        records = session.scalar(select(func.count()).select_from(Record))
        families = session.scalar(select(func.count()).select_from(FamilySnapshot))
        receipts = session.scalar(
            select(func.count()).where(AuditEntry.action == "record_received")
        )
    return int(records or 0), int(families or 0), int(receipts or 0)


def _nonces(central: RunningCentral, device_id: str) -> int:
    with central.session() as session:
        return int(session.scalar(select(func.count()).where(Nonce.device_id == device_id)) or 0)


def _chunks(total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        piece = b" " * min(65536, total - sent)
        sent += len(piece)
        yield piece


Attack = Callable[[RunningCentral, LaptopClient, LaptopClient], httpx.Response]


def oversized_signed(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    return victim.signed("POST", "/v1/records", b" " * (MAX_BODY_BYTES + 1))


def oversized_chunked(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    """No Content-Length at all: the guard counts the streamed bytes."""
    return victim.http.post(
        "/v1/records",
        content=_chunks(MAX_BODY_BYTES + 65536),
        headers={"Content-Type": "application/json"},
    )


def lying_content_length(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    """A Content-Length far above the limit, with a small body: refused before reading
    (sent over a raw TLS socket: HTTP clients will not send a body that lies)."""
    port = int(central.url.rsplit(":", 1)[1])
    request = (
        b"POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n{}"
    )
    context = pinned_context(central.pin)
    with (
        socket.create_connection(("127.0.0.1", port), timeout=30) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        tls.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            piece = tls.recv(65536)
            if not piece:
                break
            answer += piece
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = dict(
        line.decode().split(": ", 1) for line in head.split(b"\r\n")[1:] if b": " in line
    )
    return httpx.Response(status, headers=headers, content=body)


def bad_utf8(central: RunningCentral, victim: LaptopClient, _o: LaptopClient) -> httpx.Response:
    body = _upload(victim).model_dump_json().encode().replace(b"Okafor", b"Ok\xff\xfefor")
    return victim.signed("POST", "/v1/records", body)


def deep_json(central: RunningCentral, victim: LaptopClient, _o: LaptopClient) -> httpx.Response:
    return victim.signed("POST", "/v1/records", b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def forged_seal(central: RunningCentral, victim: LaptopClient, _o: LaptopClient) -> httpx.Response:
    upload = _upload(victim)
    flipped = ("0" if upload.seal_signature[0] != "0" else "1") + upload.seal_signature[1:]
    return victim.upload(upload.model_copy(update={"seal_signature": flipped}))


def signed_with_another_devices_key(
    central: RunningCentral, victim: LaptopClient, other: LaptopClient
) -> httpx.Response:
    """The other laptop's key signs a request that names the victim's device."""
    key = copy.copy(other.key)
    key.device_id = victim.key.device_id
    with LaptopClient(central, key) as impostor:
        return impostor.upload(_upload(victim))


def another_devices_record(
    central: RunningCentral, victim: LaptopClient, other: LaptopClient
) -> httpx.Response:
    """Correctly signed by the other laptop, carrying a record sealed by the victim."""
    return other.upload(_upload(victim))


def old_timestamp(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    return victim.upload(_upload(victim), now=time.time() - 6 * 60)


def future_timestamp(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    return victim.upload(_upload(victim), now=time.time() + 6 * 60)


def revoked_device(
    central: RunningCentral, victim: LaptopClient, _o: LaptopClient
) -> httpx.Response:
    central.admin("revoke-device", victim.key.device_id)
    return victim.upload(_upload(victim))


ATTACKS: dict[str, tuple[Attack, int, str]] = {
    "oversized-signed": (oversized_signed, 413, "too_large"),
    "oversized-chunked": (oversized_chunked, 413, "too_large"),
    "lying-content-length": (lying_content_length, 413, "too_large"),
    "bad-utf8": (bad_utf8, 400, "malformed"),
    "deep-json": (deep_json, 400, "malformed"),
    "forged-seal": (forged_seal, 422, "seal_invalid"),
    "another-devices-key": (signed_with_another_devices_key, 401, "bad_signature"),
    "another-devices-record": (another_devices_record, 422, "wrong_device"),
    "old-timestamp": (old_timestamp, 401, "clock_skew"),
    "future-timestamp": (future_timestamp, 401, "clock_skew"),
    "revoked-device": (revoked_device, 401, "device_revoked"),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_a_hostile_upload_is_refused_and_stores_nothing(
    central: RunningCentral, laptops: tuple[LaptopClient, LaptopClient], name: str
) -> None:
    victim, other = laptops
    attack, status, code = ATTACKS[name]
    nonces_before = _nonces(central, victim.key.device_id)
    response = attack(central, victim, other)
    assert (response.status_code, problem_code(response)) == (status, code), response.text
    assert response.headers["content-type"] == "application/json"
    message = response.json()["error"]["message"]
    assert message
    assert "Okafor" not in message
    assert "Traceback" not in message
    assert _held(central) == (0, 0, 0)
    if code in {"bad_signature", "clock_skew", "device_revoked"}:  # refused before the nonce
        assert _nonces(central, victim.key.device_id) == nonces_before
    # Central is still up and answers the other laptop.
    assert other.signed("GET", "/v1/policy").status_code == 200
    tally.add(SUITE, cases=1, failures=0)


def test_a_replayed_upload_is_refused_and_stored_once(
    central: RunningCentral, laptops: tuple[LaptopClient, LaptopClient]
) -> None:
    victim, _other = laptops
    upload = _upload(victim)
    first = victim.upload(upload, nonce="c" * 32)
    replay = victim.upload(upload, nonce="c" * 32)
    assert first.status_code == 201
    assert (replay.status_code, problem_code(replay)) == (401, "replayed")
    assert _held(central) == (1, 1, 1)
    tally.add(SUITE, cases=1, failures=0)


def test_requests_arriving_out_of_order_within_the_window_are_each_taken_once(
    central: RunningCentral, laptops: tuple[LaptopClient, LaptopClient]
) -> None:
    """A laptop's retries can arrive out of order: an older timestamp inside the five
    minutes is fine (the nonce, not the order, stops a replay)."""
    victim, _other = laptops
    now = time.time()
    newer = victim.upload(_upload(victim), now=now)
    older = victim.upload(_upload(victim), now=now - 120)
    assert (newer.status_code, older.status_code) == (201, 201)
    assert _held(central)[0] == 2
    tally.add(SUITE, cases=2, failures=0)
