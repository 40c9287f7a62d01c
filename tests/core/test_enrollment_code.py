"""Enrollment codes signed by the council's provisioning key, and which keys a laptop trusts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_core.enrollment_code import (
    EnrollmentCode,
    UntrustedEnrollmentCode,
    parse_code,
    sign_code,
    signing_key_of,
)
from cssw_core.provisioning import ENV_TRIAL_KEY, trusted_keys

PIN = "sha256/" + "A" * 43 + "="


def _public(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def test_a_signed_code_reads_back_and_names_the_key_that_signed_it() -> None:
    council, rotated_out = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    code = sign_code(EnrollmentCode("https://central.example", PIN, "s" * 32), council)
    read = parse_code(code.text())
    assert read == code
    keys = [_public(rotated_out), _public(council)]
    assert signing_key_of(read, keys) == _public(council)


@pytest.mark.parametrize("change", ["unsigned", "foreign key", "other server", "other pin"])
def test_an_unsigned_foreign_or_altered_code_is_untrusted(change: str) -> None:
    council = Ed25519PrivateKey.generate()
    code = sign_code(EnrollmentCode("https://central.example", PIN, "s" * 32), council)
    if change == "unsigned":
        code = EnrollmentCode(code.server_url, code.pin, code.secret)
    elif change == "foreign key":
        code = sign_code(code, Ed25519PrivateKey.generate())
    elif change == "other server":  # the signature kept, the address swapped
        code = EnrollmentCode("https://phish.example", code.pin, code.secret, code.signature)
    else:
        code = EnrollmentCode(
            code.server_url, "sha256/" + "B" * 43 + "=", code.secret, code.signature
        )
    with pytest.raises(UntrustedEnrollmentCode) as refused:
        signing_key_of(parse_code(code.text()), [_public(council)])
    assert "not made by your council's IT" in refused.value.message


def test_no_trusted_key_means_no_enrollment() -> None:
    code = sign_code(
        EnrollmentCode("https://c.example", PIN, "s" * 32), Ed25519PrivateKey.generate()
    )
    with pytest.raises(UntrustedEnrollmentCode, match="no council key"):
        signing_key_of(code, [])


def test_trusted_keys_come_from_the_installed_file_and_for_trials_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    council, trial = "ab" * 32, "cd" * 32
    keys_file = tmp_path / "council-keys.txt"
    keys_file.write_text(f"# the council\n{council.upper()}  # 2026\nnot a key\n")
    assert trusted_keys({}, path=keys_file) == (council,)
    assert trusted_keys({ENV_TRIAL_KEY: f"{trial}, junk"}, path=keys_file) == (council, trial)
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # an installed app
    assert trusted_keys({ENV_TRIAL_KEY: trial}, path=keys_file) == (council,)
    assert trusted_keys({}, path=tmp_path / "missing.txt") == ()
