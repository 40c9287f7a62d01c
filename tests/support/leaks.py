"""Find canary strings in files: the check behind every "nothing leaked" test."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest

# Unusual strings that appear nowhere else, so any hit is a real leak.
CANARIES = (
    "Zqxvortle-Canary",
    "Brimwhistle Ondraq",
    "42 Yellowfinch Canary Lane",
    "CANARY-REF-8812",
    # tests/faults/test_leaks_flow.py: the consent giver (a typed signature), a second
    # child, a withdrawal's reason and a team lead's comment returning a record.
    "Quenby Marrowglint",
    "Tavistrel Jonquor",
    "Pellandry-Reason-Canary",
    "Glimmerhaw-Return-Note",
)

MAX_SCAN_BYTES = 200 * 1024 * 1024


def canary_forms(canaries: Iterable[str] = CANARIES) -> list[bytes]:
    """Each canary as UTF-8 and UTF-16 (both byte orders), and case-folded variants."""
    forms: set[bytes] = set()
    for text in canaries:
        for variant in (text, text.lower(), text.upper()):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                forms.add(variant.encode(encoding))
    return sorted(forms)


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def leaks_in(paths: Iterable[Path], canaries: Iterable[str] = CANARIES) -> list[str]:
    """Descriptions of every file that holds a canary in any form."""
    forms = canary_forms(canaries)
    found = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_SCAN_BYTES:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        for form in forms:
            if form in data:
                found.append(f"{path}: {form!r}")
                break
    return found


def redirect_temp(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Send every temp file this process (Python, SQLite, Qt) makes into a folder we scan."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
