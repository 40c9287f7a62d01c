"""Enrollment codes: one text that tells a laptop where central is and how to know it.

A code carries central's HTTPS address, the pin of central's TLS public key and a
single-use secret. The laptop trusts nothing it has not checked against that pin, so a
code is all a worker needs to enroll safely on any network. Format:
`CSSW1-` + base64url (no padding) of compact JSON `{"u": url, "p": pin, "s": secret}`
followed by `-` and the first 6 hex digits of its SHA-256, so a mistyped or cut-off code
is caught before anything is sent.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError

PREFIX = "CSSW1-"
PIN_RE = re.compile(r"^sha256/[A-Za-z0-9+/]{43}=$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


class BadEnrollmentCode(CsswError):
    """The code cannot be read: mistyped, cut off, or not an enrollment code."""


@dataclass(frozen=True, slots=True)
class EnrollmentCode:
    server_url: str  # https://host[:port]
    pin: str  # "sha256/<base64 of SHA-256 of the certificate's SubjectPublicKeyInfo>"
    secret: str

    def text(self) -> str:
        payload = json.dumps(
            {"u": self.server_url, "p": self.pin, "s": self.secret}, separators=(",", ":")
        ).encode()
        body = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
        return f"{PREFIX}{body}-{_check(body)}"


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
    if not isinstance(fields, dict) or set(fields) != {"u", "p", "s"}:
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    url, pin, secret = fields["u"], fields["p"], fields["s"]
    if not all(isinstance(v, str) for v in (url, pin, secret)):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    if not PIN_RE.match(pin) or not SECRET_RE.match(secret):
        raise BadEnrollmentCode(
            QT_TRANSLATE_NOOP("Errors", "The enrollment code cannot be read. Ask IT for a new one.")
        )
    return EnrollmentCode(check_server_url(url), pin, secret)
