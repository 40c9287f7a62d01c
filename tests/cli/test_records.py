"""`cssw-desktop records`: the signed records on this laptop, by id, with no personal data."""

from __future__ import annotations

import re
import subprocess
import uuid
from pathlib import Path

from cssw_desktop.record_list import record_lines
from cssw_desktop.storage.records import SealedEntry
from tests.support.cli import run_cssw
from tests.support.stores import PASSPHRASE

LINE = re.compile(
    r"^(?P<id>[0-9a-f-]{36})  version (?P<version>\d+)  "
    r"(?P<kind>consent |withdrawal|share     )\s*  "
    r"sealed \d{4}-\d\d-\d\d \d\d:\d\d UTC  (?P<sent>.+)$"
)


def cssw(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cssw(data_dir, *args, stdin=PASSPHRASE + "\n")


def test_records_lists_ids_kinds_and_states_but_no_names(data_dir: Path, tmp_path: Path) -> None:
    assert cssw(data_dir, "init", "--passphrase-stdin").returncode == 0
    empty = cssw(data_dir, "records", "--passphrase-stdin")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout == "No signed records on this laptop.\n"

    demo = cssw(data_dir, "demo", "--families", "12", "--passphrase-stdin")
    assert demo.returncode == 0, demo.stderr
    family_names = set(re.findall(r"^  (\S+) family:", demo.stdout, re.MULTILINE))
    assert family_names
    done = cssw(data_dir, "records", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    *lines, last = done.stdout.splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    found = [m for m in matches if m is not None]
    assert {m["kind"].strip() for m in found} == {"consent", "withdrawal", "share"}
    assert {m["sent"] for m in found} == {"not sent yet"}
    assert last == f"{len(lines)} signed record(s) on this laptop."
    assert not any(name in done.stdout for name in family_names)
    verified = cssw(data_dir, "verify", "--passphrase-stdin")
    assert {m["id"] for m in found} == set(re.findall(r"^record (\S+) ", verified.stdout, re.M))

    # the first field of the first line is an id export-pdf takes
    first = done.stdout.split(" ", 1)[0]
    out = tmp_path / "first.pdf"
    exported = cssw(data_dir, "export-pdf", first, str(out), "--passphrase-stdin")
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_each_outbox_state_in_words() -> None:
    ids = [uuid.UUID(int=n) for n in range(4)]
    entries = [
        SealedEntry(ids[0], 1, "consent", "2026-03-14T10:05:09.000001+00:00", "pending"),
        SealedEntry(ids[1], 2, "consent", "2026-03-14T10:06:00.000000+00:00", "failed"),
        SealedEntry(ids[2], 1, "withdrawal", "2026-03-15T09:00:00.000000+00:00", "synced"),
        SealedEntry(ids[3], 1, "consent", "2026-03-16T09:00:00.000000+00:00", None),
    ]
    assert record_lines(entries) == [
        f"{ids[0]}  version 1  consent     sealed 2026-03-14 10:05 UTC  not sent yet",
        f"{ids[1]}  version 2  consent     sealed 2026-03-14 10:06 UTC  "
        "not sent yet (the last try had a problem)",
        f"{ids[2]}  version 1  withdrawal  sealed 2026-03-15 09:00 UTC  sent to central",
        f"{ids[3]}  version 1  consent     sealed 2026-03-16 09:00 UTC  not in the outbox",
        "4 signed record(s) on this laptop.",
    ]
