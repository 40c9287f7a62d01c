"""Central's receipt-signing key: Ed25519, kept in a PEM file only its owner can read."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.key_files import KeyFileProblem, new_key_file, public_hex, read_key_file

__all__ = ["KeyFileProblem", "load_or_create_receipt_key", "load_receipt_public_key", "public_hex"]

WHAT = "receipt key"


def load_or_create_receipt_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The key in `path`, creating it (0600) if missing; True when it was created."""
    if not path.exists():
        return new_key_file(path), True
    return read_key_file(path, WHAT), False


def load_receipt_public_key(path: Path) -> str:
    """The public half (hex) of the key in `path`; KeyFileProblem if it is missing."""
    if not path.exists():
        raise KeyFileProblem(
            f"There is no receipt key file at {path}: give central's receipt public key "
            "with --receipt-key (`serve` prints it)."
        )
    return public_hex(read_key_file(path, WHAT))
