"""A self-signed TLS certificate for a trial (production uses the council's certificate)."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from cssw_central.infra.files import write_private_file
from cssw_core.pinning import pin_of_pem

VALID_DAYS = 397


def _san_for(names: list[str]) -> list[x509.GeneralName]:
    entries: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):
        try:
            entries.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            entries.append(x509.DNSName(name))
    return entries


def self_signed(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    moment: datetime,
    days: int,
    extensions: list[tuple[x509.ExtensionType, bool]],
) -> x509.Certificate:
    """A self-signed certificate for `key`, valid from five minutes before `moment` for
    `days` days, with these (extension, critical) pairs: the trial TLS and document-signing
    certificates."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(moment - timedelta(minutes=5))
        .not_valid_after(moment + timedelta(days=days))
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(key, hashes.SHA256())


def private_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """The key as unencrypted PKCS#8 PEM (written 0600 by `write_private_file`)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_dev_cert(
    host: str, out_dir: Path, *, now: datetime | None = None
) -> tuple[Path, Path, str]:
    """Write cert.pem and key.pem (ECDSA P-256, key 0600) for `host`; return paths and pin."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]),
        key,
        now or datetime.now(UTC),
        VALID_DAYS,
        [
            (x509.SubjectAlternativeName(_san_for([host, "localhost", "127.0.0.1", "::1"])), False),
            (x509.BasicConstraints(ca=False, path_length=None), True),
            (x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False),
        ],
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    out_dir.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = out_dir / "cert.pem", out_dir / "key.pem"
    write_private_file(key_path, private_pem(key))
    cert_path.write_bytes(cert_pem)
    return cert_path, key_path, pin_of_pem(cert_pem)
