"""Central's document-signing certificate: what signs every PDF central files (PAdES).

A real one comes from the council's certificate provider (a document-signing or
"AATL" certificate, so that any PDF reader trusts it); `cssw-central dev-cert` makes a
self-signed trial one. Either is two PEM files: the certificate (any intermediate
certificates after it) and its private key (encrypted or not; the passphrase from
$CSSW_SIGNING_KEY_PASSPHRASE). docs/it-and-central.md says how to set one up.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from cssw_central.infra.certs import private_pem, self_signed
from cssw_central.infra.files import write_private_file

TRIAL_VALID_DAYS = 3 * 366
TRIAL_NAME = "CSSW central (trial document signing)"
PASSPHRASE_VARIABLE = "CSSW_SIGNING_KEY_PASSPHRASE"  # noqa: S105 - its name, not its value
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # RFC 9336 id-kp-documentSigning


class SigningSetupProblem(Exception):
    """The document-signing certificate or key cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class SigningFiles:
    """Where central's document-signing certificate and key are."""

    cert: Path
    key: Path

    def pem(self) -> tuple[bytes, bytes]:
        """(certificate chain, private key) as PEM, or SigningSetupProblem in plain words."""
        try:
            return self.cert.read_bytes(), self.key.read_bytes()
        except FileNotFoundError as missing:
            raise SigningSetupProblem(
                f"central's document-signing certificate is not set up ({missing.filename} "
                "is missing); make a trial one with `cssw-central dev-cert`, or see "
                "docs/it-and-central.md"
            ) from None
        except OSError as error:
            raise SigningSetupProblem(
                "central's document-signing certificate could not be read "
                f"({error.strerror or type(error).__name__})"
            ) from None


DATA_DIR = Path("cssw-central-data")  # the same default folder as `serve`'s other files
DEFAULT_SIGNING = SigningFiles(DATA_DIR / "signing-cert.pem", DATA_DIR / "signing-key.pem")


def quiet_pyhanko() -> None:
    """Import pyhanko's signing parts once, without the deprecation warning its import of
    DSA support raises with current `cryptography` (central never uses DSA)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="DSA is deprecated", category=Warning)
        import pyhanko.sign.signers  # noqa: F401


def key_passphrase() -> bytes | None:
    """The signing key's passphrase, when the key is encrypted."""
    value = os.environ.get(PASSPHRASE_VARIABLE)
    return value.encode("utf-8") if value else None


def make_trial_signing_cert(
    out_dir: Path, *, now: datetime | None = None, name: str = TRIAL_NAME
) -> SigningFiles:
    """Write signing-cert.pem and signing-key.pem (ECDSA P-256, key 0600): a self-signed
    document-signing certificate for a trial. PDF readers show it as not trusted until
    it is trusted by hand; `cssw-central verify-pdf` trusts it when given it."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CSSW (trial)"),
        ]
    )
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation: what a signed record needs
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = self_signed(
        subject,
        key,
        now or datetime.now(UTC),
        TRIAL_VALID_DAYS,
        [
            (x509.BasicConstraints(ca=False, path_length=None), True),
            (usage, True),
            (
                x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                False,
            ),
            (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False),
        ],
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    files = SigningFiles(out_dir / "signing-cert.pem", out_dir / "signing-key.pem")
    write_private_file(files.key, private_pem(key))
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return files
