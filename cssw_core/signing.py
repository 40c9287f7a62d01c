"""Signatures on the wire: the device signs every request, central signs every receipt.

A request's signature covers its method, path (with query), the SHA-256 of its body, a
timestamp, a random nonce and the device id, so a captured request cannot be replayed,
redirected to another path, or given another body. Central refuses a timestamp more than
five minutes out and a nonce it has seen. Both sides use these functions, so they cannot
disagree about what was signed.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PublicKey,
)

from cssw_core.domain.canonical import canonical_json
from cssw_core.protocol import (
    CLOCK_SKEW_SECONDS,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    Receipt,
    SignedReceipt,
)


class Signer(Protocol):
    """Anything that signs bytes with Ed25519 (the device key, central's receipt key)."""

    def sign(self, data: bytes) -> bytes: ...


REQUEST_FORMAT = "cssw-request/1"
RECEIPT_FORMAT = "cssw-receipt-signature/1"
ENROLLMENT_FORMAT = "cssw-enroll/1"


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def request_message(
    method: str, path: str, body: bytes, timestamp: int, nonce: str, device_id: str
) -> bytes:
    """The exact bytes a device signs for one request."""
    return "\n".join(
        (REQUEST_FORMAT, method.upper(), path, body_hash(body), str(timestamp), nonce, device_id)
    ).encode("utf-8")


def sign_request(
    key: Signer,
    device_id: str,
    method: str,
    path: str,
    body: bytes,
    *,
    now: float | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The headers that authenticate one request from this device."""
    timestamp = int(time.time() if now is None else now)
    nonce = nonce or secrets.token_hex(16)
    signature = key.sign(request_message(method, path, body, timestamp, nonce, device_id))
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: str(timestamp),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: signature.hex(),
    }


@dataclass(frozen=True, slots=True)
class SignedHeaders:
    device_id: str
    timestamp: int
    nonce: str
    signature: bytes


class RequestRefused(Exception):
    """A signed request that does not hold; `code` is a `ProblemCode` value."""

    def __init__(self, code: str, message: str, skew_seconds: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.skew_seconds = skew_seconds


def read_signed_headers(headers: Mapping[str, str]) -> SignedHeaders:
    """The signature headers, or RequestRefused("unsigned"/"malformed")."""
    lowered = {k.lower(): v for k, v in headers.items()}
    names = (HEADER_DEVICE, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)
    values = [lowered.get(name.lower()) for name in names]
    if any(v is None for v in values):
        raise RequestRefused(
            "unsigned", "This request was not signed by an enrolled laptop, so it was refused."
        )
    device_id, timestamp, nonce, signature = (str(v) for v in values)
    try:
        parsed_time = int(timestamp)
        raw_signature = bytes.fromhex(signature)
    except ValueError:
        raise RequestRefused("malformed", "The request's signature is not readable.") from None
    if len(raw_signature) != 64 or not 16 <= len(nonce) <= 64 or not nonce.isalnum():
        raise RequestRefused("malformed", "The request's signature is not readable.")
    return SignedHeaders(device_id, parsed_time, nonce, raw_signature)


def skew_words(skew_seconds: int) -> str:
    """'This laptop's clock is 12 minutes out' — what to tell a worker about a clock."""
    minutes = round(abs(skew_seconds) / 60)
    if minutes >= 120:
        amount = f"{round(minutes / 60)} hours"
    elif minutes == 1:
        amount = "1 minute"
    else:
        amount = f"{minutes} minutes"
    direction = "fast" if skew_seconds > 0 else "slow"
    return (
        f"This laptop's clock is {amount} out ({direction}). Set the date and time "
        "correctly (or ask IT), then sync again."
    )


def check_request(
    signed: SignedHeaders,
    public_key_hex: str,
    method: str,
    path: str,
    body: bytes,
    *,
    now: float | None = None,
) -> None:
    """Raise RequestRefused unless the signature holds and the time is within 5 minutes.

    The nonce is not checked here: central records it, and refuses it if seen before.
    """
    message = request_message(method, path, body, signed.timestamp, signed.nonce, signed.device_id)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            signed.signature, message
        )
    except (ValueError, InvalidSignature):
        raise RequestRefused(
            "bad_signature", "The request's signature does not match this laptop's key."
        ) from None
    skew = signed.timestamp - int(time.time() if now is None else now)
    if abs(skew) > CLOCK_SKEW_SECONDS:
        raise RequestRefused("clock_skew", skew_words(skew), skew_seconds=skew)


# --- receipts ---------------------------------------------------------------------------


def receipt_digest(receipt: Receipt) -> bytes:
    payload = {"format": RECEIPT_FORMAT, "receipt": receipt.model_dump(mode="json")}
    return hashlib.sha256(canonical_json(payload)).digest()


def sign_receipt(key: Signer, receipt: Receipt) -> SignedReceipt:
    return SignedReceipt(receipt=receipt, signature=key.sign(receipt_digest(receipt)).hex())


def receipt_holds(signed: SignedReceipt, server_key_hex: str) -> bool:
    """True when central's key signed exactly this receipt."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(server_key_hex)).verify(
            bytes.fromhex(signed.signature), receipt_digest(signed.receipt)
        )
    except (ValueError, InvalidSignature):
        return False
    return True


# --- enrollment -------------------------------------------------------------------------


def enrollment_proof_message(code_secret: str, device_id: str, device_public_key: str) -> bytes:
    """What a laptop signs at enrollment, proving it holds the key it registers."""
    return "\n".join((ENROLLMENT_FORMAT, code_secret, device_id, device_public_key)).encode()


def enrollment_proof_holds(
    code_secret: str, device_id: str, device_public_key: str, proof_hex: str
) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(device_public_key)).verify(
            bytes.fromhex(proof_hex),
            enrollment_proof_message(code_secret, device_id, device_public_key),
        )
    except (ValueError, InvalidSignature):
        return False
    return True
