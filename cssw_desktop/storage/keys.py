"""The store key and how it is wrapped.

The SQLCipher store is encrypted with a random 256-bit key. That key is kept in
`keyfile.json` wrapped with AES-256-GCM under a key-encryption key (KEK) made from two
halves, both needed:

- Argon2id of the worker's passphrase (memory-hard, so guessing is slow), and
- a random 256-bit device secret held in the OS keyring (so a copied disk is not enough).

KEK = HKDF-SHA256(Argon2id(passphrase) || device secret). The keyfile's header (format,
store id, Argon2 parameters and salt) is the AES-GCM associated data, so nobody can lower
the Argon2 cost in the file without the unwrap failing. Changing the passphrase re-wraps
the same store key; the database is not rewritten. A training store's header also says
`"training": true` (store_kind.py), readable before unlocking and, being authenticated,
impossible to add or remove without the unwrap failing; a real store's header has no such
key, so key files made before training existed are unchanged.

Argon2id cost: 256 MiB, 2 passes, 2 lanes. On this project's 2-core reference machine
that takes about 0.45 s, which a worker barely notices once per unlock, while each guess
needs a quarter of a gigabyte of memory, ruling out cheap GPU guessing. The parameters
are stored per keyfile, so they can be raised later without breaking existing stores.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_desktop.storage.errors import StoreDamaged
from cssw_desktop.storage.files import atomic_write

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
KEYFILE_FORMAT = 1
_HKDF_INFO = b"cssw-desktop store key wrap v1"
# argon2 and cryptography are imported where they are used: the app's start-up (up to the
# unlock page) does not need them, and importing them costs tens of milliseconds.


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int = 256 * 1024
    iterations: int = 2
    parallelism: int = 2


DEFAULT_KDF = KdfParams()
# Refuse keyfiles whose cost is below this: a tampered or careless file must not make
# guessing cheap. (Tests use 8 MiB; anything real uses DEFAULT_KDF.)
MINIMUM_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)


class UnwrapFailed(Exception):
    """The passphrase or device secret is not the one the key was wrapped with."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, device_secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key from passphrase and device secret (about 0.5 s by design)."""
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    stretched = hash_secret_raw(
        secret=passphrase_bytes(passphrase),
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_HKDF_INFO)
    return hkdf.derive(stretched + device_secret)


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What `keyfile.json` holds: nothing secret in the clear."""

    store_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    training: bool = False  # the store holds fictional families for practice

    def header(self) -> dict[str, Any]:
        training: dict[str, Any] = {"training": True} if self.training else {}
        return training | {
            "format": KEYFILE_FORMAT,
            "store_id": self.store_id,
            "kdf": {
                "algorithm": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
        }

    def to_bytes(self) -> bytes:
        document = self.header() | {
            "wrap": {
                "algorithm": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            }
        }
        return json.dumps(document, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            doc = json.loads(data)
            if doc["format"] != KEYFILE_FORMAT or doc["kdf"]["algorithm"] != "argon2id":
                raise ValueError("unknown key file format")
            if doc.get("training", True) is not True:  # present only as true
                raise ValueError("the training mark is not true")
            kdf = KdfParams(
                memory_kib=int(doc["kdf"]["memory_kib"]),
                iterations=int(doc["kdf"]["iterations"]),
                parallelism=int(doc["kdf"]["parallelism"]),
            )
            keyfile = cls(
                store_id=str(doc["store_id"]),
                kdf=kdf,
                salt=_unb64(doc["kdf"]["salt"]),
                nonce=_unb64(doc["wrap"]["nonce"]),
                wrapped_key=_unb64(doc["wrap"]["ciphertext"]),
                training="training" in doc,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file in the data folder is damaged, so the store cannot be opened. "
                    "Contact IT support; do not delete anything.",
                )
            ) from exc
        if (
            kdf.memory_kib < MINIMUM_KDF.memory_kib
            or kdf.iterations < MINIMUM_KDF.iterations
            or kdf.parallelism < MINIMUM_KDF.parallelism
        ):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file asks for a weaker protection than this app allows. "
                    "Contact IT support; do not delete anything.",
                )
            )
        return keyfile

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.from_bytes(path.read_bytes())


def wrap_store_key(
    store_key: bytes,
    passphrase: str,
    device_secret: bytes,
    store_id: str,
    params: KdfParams,
    *,
    training: bool = False,
) -> KeyFile:
    """A new keyfile for the store key under this passphrase (fresh salt and nonce)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    unsealed = KeyFile(store_id, params, salt, nonce, b"", training)
    kek = derive_kek(passphrase, device_secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, store_key, canonical_json(unsealed.header()))
    return KeyFile(store_id, params, salt, nonce, wrapped, training)


def unwrap_store_key(keyfile: KeyFile, passphrase: str, device_secret: bytes) -> bytes:
    """The store key, or UnwrapFailed if the passphrase or device secret is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_kek(passphrase, device_secret, keyfile.salt, keyfile.kdf)
    try:
        return AESGCM(kek).decrypt(
            keyfile.nonce, keyfile.wrapped_key, canonical_json(keyfile.header())
        )
    except InvalidTag:
        raise UnwrapFailed from None


def new_store_key() -> bytes:
    return os.urandom(KEY_BYTES)
