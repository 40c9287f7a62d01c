"""The app's log: events, ids and counts only, never a family's or child's details.

Log lines are written by our own code with fixed wording; exception messages (which can
quote data) are never logged, only their type and where they happened.
"""

from __future__ import annotations

import logging
import os
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from cssw_desktop.storage.files import OWNER_ONLY_FILE, ensure_private_dir

LOG_DIR = "logs"
LOG_FILE = "cssw-desktop.log"
LOG_BYTES = 1_000_000  # a file rolls over past this size
LOG_BACKUPS = 3  # cssw-desktop.log.1 (the newest) to .3


class RotatingLog(logging.FileHandler):
    """A log file that rolls over into `.1`, `.2` … `.N` (the oldest dropped) before a
    line would take it past `max_bytes`, each file made owner-only when it is created.

    The standard library's RotatingFileHandler is in `logging.handlers`, which imports
    sockets, pickle and queues for its other handlers: about 13 ms before the unlock page
    could paint. Its files after the first were also made with the process's umask."""

    def __init__(self, path: Path, max_bytes: int = LOG_BYTES, backups: int = LOG_BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, OWNER_ONLY_FILE
        )
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        # Called with the handler's lock held (Handler.handle), as the rollover needs.
        try:
            if self.stream is not None and self.max_bytes > 0:
                line = f"{self.format(record)}{self.terminator}"
                # The end, not where this process last wrote: the command line may log too.
                size = self.stream.seek(0, os.SEEK_END)
                if size + len(line.encode("utf-8")) > self.max_bytes:
                    self._roll_over()
        except Exception:
            self.handleError(record)  # said on stderr; the line is still written below
        super().emit(record)

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # if a rename below fails, the next line reopens the file
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.truncate(base, 0)
        self.stream = self._open()


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to a rotating owner-only file in the data folder; returns its path."""
    ensure_private_dir(data_dir)  # the data folder itself first: parents get default modes
    folder = ensure_private_dir(data_dir / LOG_DIR)
    path = folder / LOG_FILE
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("cssw_desktop")
    root.setLevel(level)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.propagate = False
    return path


def describe_exception(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and innermost code location of an exception, without its message."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{exc_type.__module__}.{exc_type.__qualname__}{where}"
