"""Workers' central passwords, hashed with Argon2id (argon2-cffi's defaults, RFC 9106)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # Argon2id by default
# Verified against when a code names no worker, so a wrong code costs the same time.
_DUMMY_HASH = _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


def password_matches(password_hash: str | None, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash or _DUMMY_HASH, password)) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False
