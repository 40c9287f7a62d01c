"""Ed25519 private keys in PEM files only their owner can read: central's receipt key and
the council's provisioning key are both kept so."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.files import write_private_file


class KeyFileProblem(Exception):
    """A key file cannot be used (the reason in plain words)."""


def new_key_file(path: Path) -> Ed25519PrivateKey:
    """A new key, written to `path` (0600, atomically)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_private_file(path, pem)
    return key


def read_key_file(path: Path, what: str) -> Ed25519PrivateKey:
    """The key in `path`; KeyFileProblem naming `what` (e.g. "receipt key") if it is not
    a readable Ed25519 key."""
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError):
        raise KeyFileProblem(f"The {what} file {path} cannot be read.") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise KeyFileProblem(f"The {what} file {path} does not hold an Ed25519 key.")
    return loaded


def public_hex(key: Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
