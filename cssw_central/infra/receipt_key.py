"""Central's receipt-signing key: Ed25519, kept in a PEM file only its owner can read."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.files import write_private_file


class KeyFileProblem(Exception):
    """The receipt key file cannot be used (the reason in plain words)."""


def load_or_create_receipt_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The key in `path`, creating it (0600) if missing; True when it was created."""
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write_private_file(path, pem)
        return key, True
    return _read_key(path), False


def load_receipt_public_key(path: Path) -> str:
    """The public half (hex) of the key in `path`; KeyFileProblem if it is missing."""
    if not path.exists():
        raise KeyFileProblem(
            f"There is no receipt key file at {path}: give central's receipt public key "
            "with --receipt-key (`serve` prints it)."
        )
    return public_hex(_read_key(path))


def _read_key(path: Path) -> Ed25519PrivateKey:
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError):
        raise KeyFileProblem(f"The receipt key file {path} cannot be read.") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise KeyFileProblem(f"The receipt key file {path} does not hold an Ed25519 key.")
    return loaded


def public_hex(key: Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
