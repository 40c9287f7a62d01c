"""Files written atomically: a temporary file beside the target with its permissions set
before any byte is written, fsync, rename, fsync of the folder. A crash leaves the old
file or the new one, never half of one (filed records, subject access bundles, keys)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

OWNER_ONLY = 0o600
OWNER_ONLY_FOLDER = 0o700


def atomic_write(path: Path, data: bytes, mode: int) -> None:
    """Replace `path` with `data`, readable as `mode` says. OSError when it cannot."""
    # mkstemp creates the file 0600 before a byte is written; widen only to `mode`.
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    fsync_folder(path.parent)


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` readable by the owner only, making the folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, OWNER_ONLY)


def owner_only_folder(folder: Path) -> None:
    """Make `folder` (and any missing parents) and leave it 0700: the owner's alone. A
    folder already there is narrowed to 0700 (the drop folder holds families' records).
    OSError when it cannot be."""
    folder.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, OWNER_ONLY_FOLDER)


def fsync_folder(folder: Path) -> None:
    """Make a rename or removal in `folder` durable (not possible on Windows, where it is
    skipped)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network filesystems refuse fsync on a folder
    finally:
        os.close(fd)
