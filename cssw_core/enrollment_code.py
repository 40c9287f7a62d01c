"""Enrollment codes: one text that tells a laptop where central is and how to know it.

A code carries central's HTTPS address, the pin of central's TLS public key and a
single-use secret, signed by the council's provisioning key (Ed25519). The laptop trusts
nothing it has not checked against that pin, and no code that a key in its installed
configuration did not sign (`cssw_core.provisioning`), so a code made by anyone else (a
phishing code pointing at their own server) is refused before any password is asked.
Format: `CSSW1-` + base64url (no padding) of compact JSON
`{"u": url, "p": pin, "s": secret, "g": signature}` followed by `-` and the first 6 hex
digits of its SHA-256, so a mistyped or cut-off code is caught before anything is sent.
The signature (base64url, no padding) covers `code_message(url, pin, secret)`. A code
without "g" can still be read, and is then refused as unsigned.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError

PREFIX = "CSSW1-"
CODE_SIGNATURE_FORMAT = "cssw-enrollment-code/1"
SIGNATURE_RE = re.compile(r"^[A-Za-z0-9_-]{86}$")
PIN_RE = re.compile(r"^sha256/[A-Za-z0-9+/]{43}=$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


class BadEnrollmentCode(CsswError):
    """The code cannot be read: mistyped, cut off, or not an enrollment code."""


class UntrustedEnrollmentCode(BadEnrollmentCode):
    """The code reads, but the council's provisioning key did not sign it."""


class Signer(Protocol):
    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True, slots=True)
class EnrollmentCode:
    server_url: str  # https://host[:port]
    pin: str  # "sha256/<base64 of SHA-256 of the certificate's SubjectPublicKeyInfo>"
    secret: str
    signature: str = ""  # base64url of the provisioning key's Ed25519 signature; "" unsigned

    def text(self) -> str:
        fields = {"u": self.server_url, "p": self.pin, "s": self.secret}
        if self.signature:
            fields["g"] = self.signature
        payload = json.dumps(fields, separators=(",", ":")).encode()
        body = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
        return f"{PREFIX}{body}-{_check(body)}"


def code_message(server_url: str, pin: str, secret: str) -> bytes:
    """The exact bytes the provisioning key signs for one code."""
    return "\n".join((CODE_SIGNATURE_FORMAT, server_url, pin, secret)).encode("utf-8")


def sign_code(code: EnrollmentCode, key: Signer) -> EnrollmentCode:
    """The code with the provisioning key's signature."""
    raw = key.sign(code_message(code.server_url, code.pin, code.secret))
    return replace(code, signature=base64.urlsafe_b64encode(raw).rstrip(b"=").decode())


UNSIGNED_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "This enrollment code was not made by your council's IT, so this laptop will not use "
    "it. Do not type your password for it anywhere. Tell IT who gave you the code.",
)
NO_KEYS_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "This laptop has no council key to check enrollment codes with, so it cannot enroll. Ask IT.",
)


def signing_key_of(code: EnrollmentCode, trusted_keys: Sequence[str]) -> str:
    """The trusted provisioning key (hex) that signed `code`, else UntrustedEnrollmentCode.

    Checked before any password is asked for: an unsigned code, or one signed by any key
    not in `trusted_keys` (a phishing code), is refused here."""
    if not trusted_keys:
        raise UntrustedEnrollmentCode(NO_KEYS_WORDS)
    if not SIGNATURE_RE.match(code.signature):
        raise UntrustedEnrollmentCode(UNSIGNED_WORDS)
    raw = base64.urlsafe_b64decode(code.signature + "==")
    message = code_message(code.server_url, code.pin, code.secret)
    for key_hex in trusted_keys:
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex)).verify(raw, message)
        except (ValueError, InvalidSignature):
            continue
        return key_hex
    raise UntrustedEnrollmentCode(UNSIGNED_WORDS)


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def _check(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:6]


def check_server_url(url: str) -> str:
    """The URL if it is an https origin with no path, query or credentials."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The code's server address is not an https:// address.")
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP(
                "Errors", "The code's server address is not a plain https:// address."
            )
        )
    if parts.path not in ("", "/"):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The code's server address must not have a path.")
        )
    return f"https://{parts.netloc}"


def parse_code(text: str) -> EnrollmentCode:
    """Read a code as typed or pasted (spaces and line breaks are ignored)."""
    compact = "".join(text.split())
    if not compact.startswith(PREFIX):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That is not an enrollment code: it should start with CSSW1-. Check it with IT.",
            )
        )
    body, _, check = compact[len(PREFIX) :].rpartition("-")
    if not body or check.lower() != _check(body):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP(
                "Errors", "The enrollment code is incomplete or mistyped. Copy it again, all of it."
            )
        )
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        fields = json.loads(raw)
    except (binascii.Error, ValueError):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        ) from None
    if not isinstance(fields, dict) or set(fields) - {"g"} != {"u", "p", "s"}:
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    url, pin, secret = fields["u"], fields["p"], fields["s"]
    signature = fields.get("g", "")
    if not all(isinstance(v, str) for v in (url, pin, secret, signature)):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    if not PIN_RE.match(pin) or not SECRET_RE.match(secret):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    if signature and not SIGNATURE_RE.match(signature):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    return EnrollmentCode(check_server_url(url), pin, secret, signature)
