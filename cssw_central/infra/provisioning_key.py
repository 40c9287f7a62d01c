"""The council's provisioning key: Ed25519, it signs every enrollment code IT issues.

Laptops accept only codes signed by a key in their installed configuration
(`resources/provisioning/council-keys.txt`, see `cssw_core.provisioning`), so whoever
does not hold this key cannot make a code that sends a laptop (and a worker's password)
to a server of their own. The private half is kept where `admin issue-code` runs, in a
PEM file only its owner can read; it is never given to `serve` (central does not need it
to check an enrollment: the code's secret does that).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.key_files import KeyFileProblem, new_key_file, public_hex, read_key_file

ENV_PROVISIONING_KEY = "CSSW_PROVISIONING_KEY"
TRIAL_NAME = "provisioning-key.pem"
TRIAL_PUBLIC_NAME = "provisioning-key.pub"


def make_provisioning_key(path: Path) -> tuple[str, bool]:
    """The public half (hex) of the key in `path`, making it (0600) if missing; True when
    it was made."""
    if path.exists():
        return public_hex(load_provisioning_key(path)), False
    return public_hex(new_key_file(path)), True


def make_trial_provisioning_key(out_dir: Path) -> tuple[Path, str]:
    """A trial's provisioning key in `out_dir` (kept if already there), with its public
    half beside it in provisioning-key.pub: what CSSW_TRIAL_PROVISIONING_KEY is set to."""
    path = out_dir / TRIAL_NAME
    public, _made = make_provisioning_key(path)
    (out_dir / TRIAL_PUBLIC_NAME).write_text(public + "\n", encoding="utf-8")
    return path, public


def load_provisioning_key(path: Path) -> Ed25519PrivateKey:
    """The key in `path`, or KeyFileProblem in plain words."""
    if not path.exists():
        raise KeyFileProblem(
            f"There is no provisioning key file at {path}: give the council's key with "
            f"--provisioning-key (or {ENV_PROVISIONING_KEY}); `cssw-central provisioning-key` "
            "makes one."
        )
    return read_key_file(path, "provisioning key")
