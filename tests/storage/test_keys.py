"""Key wrapping: both halves are needed, and the key file cannot be weakened."""

from __future__ import annotations

import json
import os

import pytest

from cssw_desktop.storage.errors import StoreDamaged
from cssw_desktop.storage.keys import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    UnwrapFailed,
    new_store_key,
    unwrap_store_key,
    wrap_store_key,
)
from tests.support.stores import FAST_KDF


@pytest.fixture
def secret() -> bytes:
    return os.urandom(32)


def test_store_key_comes_back_with_the_right_passphrase_and_secret(secret: bytes) -> None:
    key = new_store_key()
    keyfile = wrap_store_key(key, "plum kettle orbit lantern", secret, "s1", FAST_KDF)
    assert unwrap_store_key(keyfile, "plum kettle orbit lantern", secret) == key


def test_production_cost_round_trips(secret: bytes) -> None:
    """The real Argon2id cost (256 MiB) works on this machine, not only the test cost."""
    key = new_store_key()
    keyfile = wrap_store_key(key, "plum kettle orbit lantern", secret, "s1", DEFAULT_KDF)
    assert keyfile.kdf.memory_kib == 256 * 1024
    assert (
        unwrap_store_key(
            KeyFile.from_bytes(keyfile.to_bytes()), "plum kettle orbit lantern", secret
        )
        == key
    )


def test_wrong_passphrase_fails(secret: bytes) -> None:
    keyfile = wrap_store_key(new_store_key(), "plum kettle orbit lantern", secret, "s1", FAST_KDF)
    with pytest.raises(UnwrapFailed):
        unwrap_store_key(keyfile, "plum kettle orbit lanterns", secret)


def test_passphrase_without_the_device_secret_fails(secret: bytes) -> None:
    """A copied disk (key file) plus the passphrase is not enough without this keyring."""
    keyfile = wrap_store_key(new_store_key(), "plum kettle orbit lantern", secret, "s1", FAST_KDF)
    with pytest.raises(UnwrapFailed):
        unwrap_store_key(keyfile, "plum kettle orbit lantern", os.urandom(32))


def test_the_same_passphrase_typed_in_another_unicode_form_still_unlocks(secret: bytes) -> None:
    key = new_store_key()
    composed = "caf\u00e9 kettle orbit lantern"
    decomposed = "cafe\u0301 kettle orbit lantern"
    keyfile = wrap_store_key(key, composed, secret, "s1", FAST_KDF)
    assert unwrap_store_key(keyfile, decomposed, secret) == key


def test_key_file_holds_no_key_in_the_clear(secret: bytes) -> None:
    key = new_store_key()
    data = wrap_store_key(key, "plum kettle orbit lantern", secret, "s1", FAST_KDF).to_bytes()
    assert key not in data
    assert key.hex().encode() not in data
    assert secret not in data


def test_raising_or_lowering_the_cost_in_the_file_breaks_the_unwrap(secret: bytes) -> None:
    keyfile = wrap_store_key(
        new_store_key(), "plum kettle orbit lantern", secret, "s1", KdfParams(16 * 1024, 1, 1)
    )
    doc = json.loads(keyfile.to_bytes())
    doc["kdf"]["memory_kib"] = 8 * 1024
    tampered = KeyFile.from_bytes(json.dumps(doc).encode())
    with pytest.raises(UnwrapFailed):
        unwrap_store_key(tampered, "plum kettle orbit lantern", secret)


def test_a_key_file_asking_for_a_trivial_cost_is_refused(secret: bytes) -> None:
    keyfile = wrap_store_key(new_store_key(), "plum kettle orbit lantern", secret, "s1", FAST_KDF)
    doc = json.loads(keyfile.to_bytes())
    doc["kdf"]["memory_kib"] = 64
    with pytest.raises(StoreDamaged, match="weaker protection"):
        KeyFile.from_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize("junk", [b"", b"{", b"[]", b'{"format": 1}', b"\xff\xfe"])
def test_damaged_key_file_is_reported_plainly(junk: bytes) -> None:
    with pytest.raises(StoreDamaged, match="key file"):
        KeyFile.from_bytes(junk)
