"""The test run's provisioning key: what every test's enrollment codes are signed with.

`use_test_provisioning_key()` (called once per test process from tests/conftest.py) makes
an Ed25519 key in a private temporary folder and points both sides at it through the
environment, so in-process and child-process laptops and `admin issue-code` agree:
CSSW_PROVISIONING_KEY (central signs with it) and CSSW_TRIAL_PROVISIONING_KEY (laptops
trust it). A test that needs a foreign key makes its own with `foreign_code`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.provisioning_key import (
    ENV_PROVISIONING_KEY,
    load_provisioning_key,
    make_provisioning_key,
)
from cssw_core.enrollment_code import EnrollmentCode, parse_code, sign_code
from cssw_core.provisioning import ENV_TRIAL_KEY

_FOLDER: list[Path] = []


def use_test_provisioning_key() -> None:
    folder = Path(tempfile.mkdtemp(prefix="cssw-provisioning-"))
    _FOLDER.append(folder)
    path = folder / "provisioning-key.pem"
    public, _made = make_provisioning_key(path)
    os.environ[ENV_PROVISIONING_KEY] = str(path)
    os.environ[ENV_TRIAL_KEY] = public


def forget_test_provisioning_key() -> None:
    for folder in _FOLDER:
        shutil.rmtree(folder, ignore_errors=True)
    _FOLDER.clear()


def run_provisioning_key() -> Ed25519PrivateKey:
    """The key the test run's codes are signed with (trusted by the test laptops)."""
    return load_provisioning_key(Path(os.environ[ENV_PROVISIONING_KEY]))


def signed(code: EnrollmentCode) -> str:
    """`code` signed with the test run's key, as text."""
    return sign_code(code, run_provisioning_key()).text()


def foreign_code(genuine: str, *, server_url: str | None = None, pin: str | None = None) -> str:
    """A phishing code: `genuine`'s secret (or another server's address and pin), signed
    by a key no laptop trusts."""
    code = parse_code(genuine)
    unsigned = EnrollmentCode(server_url or code.server_url, pin or code.pin, code.secret)
    return sign_code(unsigned, Ed25519PrivateKey.generate()).text()
