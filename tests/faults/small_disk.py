"""A real small disk for the disk-trouble tests: a size-limited tmpfs mounted as the data
folder, filled up with a real file, remounted read-only.

Mounting needs root (the test machine and CI run as root). Where mounting is not allowed
the tests are skipped with that reason: a size-limited process (RLIMIT_FSIZE) would fail
writes with EFBIG rather than ENOSPC, which is not the full disk a worker meets.
"""

from __future__ import annotations

import errno
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHUNK = 64 * 1024
FILL_SECONDS = 30.0


@contextmanager
def small_disk(mount_point: Path, size_mib: int = 24) -> Iterator[Path]:
    """A tmpfs of `size_mib` MiB at `mount_point`, unmounted afterwards."""
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def fill(disk: Path) -> Path:
    """Fill the disk with a real file until the kernel says ENOSPC (bounded in size and
    time); the file, to delete when space should come back."""
    filler = disk / "filler"
    deadline = time.monotonic() + FILL_SECONDS
    refusal: int | None = None
    with filler.open("wb", buffering=0) as out:
        for _ in range(1 << 16):  # at most 4 GiB in 64 KiB chunks, far above any test disk
            if time.monotonic() > deadline:
                raise AssertionError("filling the disk took too long")
            try:
                out.write(b"\0" * CHUNK)
            except OSError as full:
                refusal = full.errno
                break
    assert refusal == errno.ENOSPC, f"the disk did not fill up (errno {refusal})"
    # The last partial pages too, byte-sized, so nothing at all is left.
    with filler.open("ab", buffering=0) as out:
        for _ in range(CHUNK):
            try:
                out.write(b"\0" * 512)
            except OSError:
                break
    return filler


def remount(disk: Path, mode: str) -> None:
    """`mode` "ro" or "rw" (read-only needs every file on it closed)."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True, capture_output=True)
