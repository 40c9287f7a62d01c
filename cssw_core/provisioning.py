"""Which provisioning keys this installation accepts enrollment codes from.

The council's IT signs every enrollment code with its provisioning key (Ed25519); the
public halves the app trusts are part of the installed app: `resources/provisioning/
council-keys.txt`, bundled by the installer (64 hex digits a line, `#` comments; two keys
while one is being rotated out). An unsigned code, or one signed by any other key, is
refused before the worker is asked for a password.

For a trial from a source checkout, `CSSW_TRIAL_PROVISIONING_KEY` adds keys (hex,
separated by commas or spaces: `cssw-central dev-cert` prints one). An installed
(frozen) app ignores it: only the keys it was built with count.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from cssw_core.resources import resources_dir

ENV_TRIAL_KEY = "CSSW_TRIAL_PROVISIONING_KEY"
KEY_RE = re.compile(r"^[0-9a-f]{64}$")


def keys_file() -> Path:
    return resources_dir() / "provisioning" / "council-keys.txt"


def read_keys(text: str) -> list[str]:
    """The keys in a keys file's text (lines that are not a 64-hex-digit key are skipped)."""
    found = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if KEY_RE.match(word):
            found.append(word)
    return found


def trusted_keys(
    environ: Mapping[str, str] = os.environ, *, path: Path | None = None
) -> tuple[str, ...]:
    """The provisioning public keys (hex) enrollment codes must be signed by."""
    try:
        keys = read_keys((path or keys_file()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        keys = []
    if not getattr(sys, "frozen", False):
        for word in re.split(r"[\s,]+", environ.get(ENV_TRIAL_KEY, "").strip().lower()):
            if KEY_RE.match(word):
                keys.append(word)
    return tuple(dict.fromkeys(keys))
