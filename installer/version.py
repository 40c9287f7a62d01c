"""The app's one version number (pyproject.toml's), in the forms the installers need.

Loaded by installer/cssw-desktop.spec (by file path: installer/ is not a package) and by
tests/test_installer.py. The spec writes `windows_iss_include` to ISS_INCLUDE, which
installer/cssw-desktop.iss includes, so Inno Setup gets the version of the very build it
packs.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PUBLISHER = "Camden Council CSSW"
APP_NAME = "CSSW offline consent"
ISS_INCLUDE = Path("build") / "installer-version.iss"  # from the repository's root

_RELEASE = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?")


def project_version(root: Path) -> str:
    """`[project] version` from pyproject.toml: the only place the version is written."""
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows' version fields: the release part of the version, padded
    with zeros ("1.2" → 1.2.0.0; "1.2.3rc1" → 1.2.3.0)."""
    match = _RELEASE.match(version)
    if match is None:
        raise ValueError(f"the version {version!r} does not start with a number")
    numbers = tuple(int(part or 0) for part in match.groups())
    if any(n > 65535 for n in numbers):
        raise ValueError(f"the version {version!r} has a part over 65535")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_iss_include(version: str) -> str:
    """The Inno Setup preprocessor definitions installer/cssw-desktop.iss reads."""
    numeric = ".".join(str(n) for n in numeric_version(version))
    return (
        "; Written by installer/cssw-desktop.spec from pyproject.toml; do not edit.\n"
        f'#define AppVersion "{version}"\n'
        f'#define AppVersionNumeric "{numeric}"\n'
    )
