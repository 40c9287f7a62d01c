"""Owner-only folders and atomic file writes (temp file, permissions first, fsync, replace)."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

OWNER_ONLY_DIR = 0o700
OWNER_ONLY_FILE = 0o600
STORE_FILE = "store.db"
"""The encrypted store's file in the data folder (the vault's; named here so the start
can see whether there is a store without importing the vault)."""


def ensure_private_dir(path: Path) -> Path:
    """Create the folder readable only by this user; tighten it if it exists.

    Missing parents are created with the default mode (only the folder itself is ours).
    """
    path.mkdir(mode=OWNER_ONLY_DIR, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != OWNER_ONLY_DIR:
        path.chmod(OWNER_ONLY_DIR)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or creation in this folder durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a whole file so a crash leaves either the old or the new content, never half."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file, so SQLite's own files inherit those permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    os.close(fd)


def sqlite_sidecars(path: Path) -> tuple[Path, Path]:
    """A database file's write-ahead log and shared-memory files."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def fresh_private_file(path: Path) -> None:
    """An empty private file at `path`, with any earlier one and its sidecars removed
    (a staging file left behind by an interrupted create or restore)."""
    for leftover in (path, *sqlite_sidecars(path)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    create_private_file(path)


def moment_suffix() -> str:
    """Now, in UTC, for the names of files kept aside (`damaged-20261122T023800Z`): IT can
    read when it happened, and the names sort in time order."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
