"""TLS to central, trusting only the pinned key.

The laptop learns central's public-key pin from the enrollment code and from then on
accepts a TLS connection only when, during the handshake and before a single byte of
the request is written:

- the server's certificate carries exactly the pinned public key (SHA-256 of its
  SubjectPublicKeyInfo, the form HPKP and curl's --pinnedpubkey use),
- the certificate names the host the laptop asked for, and
- the certificate is within its validity dates.

Chain validation against the system's CAs is deliberately not what decides: a CA the
system trusts could issue a certificate for central's name with another key, and the pin
refuses it; a council's own CA or a self-signed trial certificate is accepted only with
the pinned key. The check runs inside `SSLObject.do_handshake` (the object asyncio and
anyio use for TLS), so a refused server never receives the request.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import ssl
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization


class PinMismatch(ssl.SSLError):
    """The server is not the one the laptop enrolled with (the reason in plain words)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def spki_pin(certificate_der: bytes) -> str:
    """The pin of a DER certificate's public key: "sha256/<base64>"."""
    cert = x509.load_der_x509_certificate(certificate_der)
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return "sha256/" + base64.b64encode(hashlib.sha256(spki).digest()).decode()


def pin_of_pem(pem: bytes) -> str:
    """The pin of the first certificate in a PEM file (what `cssw-central` prints)."""
    cert = x509.load_pem_x509_certificate(pem)
    return spki_pin(cert.public_bytes(serialization.Encoding.DER))


def _names(cert: x509.Certificate) -> tuple[list[str], list[str]]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return [], []
    dns = [name.lower() for name in san.get_values_for_type(x509.DNSName)]
    ips = [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    return dns, ips


def _dns_matches(pattern: str, host: str) -> bool:
    if pattern == host:
        return True
    if pattern.startswith("*.") and "." in host:  # one left-most label only
        return host.split(".", 1)[1] == pattern[2:]
    return False


def certificate_problem(
    certificate_der: bytes | None, pin: str, host: str, now: datetime | None = None
) -> str | None:
    """Why this certificate is not the pinned server's, in plain words (None: it is)."""
    if not certificate_der:
        return "The server did not show a certificate."
    if spki_pin(certificate_der) != pin:
        return (
            "The server's security key is not the one this laptop was enrolled with. "
            "Nothing was sent. If you are on a hotel or public network, try another; "
            "otherwise tell IT."
        )
    cert = x509.load_der_x509_certificate(certificate_der)
    dns, ips = _names(cert)
    host = host.lower().strip("[]")
    try:
        address = str(ipaddress.ip_address(host))
    except ValueError:
        address = None
    named = address in ips if address else any(_dns_matches(p, host) for p in dns)
    if not named:
        return "The server's certificate is not for the address this laptop was given."
    moment = now or datetime.now(UTC)
    if not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc:
        return "The server's certificate is out of date. Tell IT."
    return None


def pinned_context(pin: str) -> ssl.SSLContext:
    """An SSL context that accepts only the pinned server (TLS 1.2 or newer)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # The pin, the host name and the dates are checked by hand in the handshake below.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    class PinnedSSLObject(ssl.SSLObject):
        def do_handshake(self) -> None:
            super().do_handshake()
            problem = certificate_problem(
                self.getpeercert(binary_form=True), pin, self.server_hostname or ""
            )
            if problem is not None:
                raise PinMismatch(problem)

    class PinnedSSLSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            problem = certificate_problem(
                self.getpeercert(binary_form=True), pin, self.server_hostname or ""
            )
            if problem is not None:
                raise PinMismatch(problem)

    context.sslobject_class = PinnedSSLObject
    context.sslsocket_class = PinnedSSLSocket
    return context


def pin_failure(error: BaseException) -> PinMismatch | None:
    """The PinMismatch behind an httpx/httpcore connection error, if that is what it was."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, PinMismatch):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
