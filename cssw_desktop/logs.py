"""The app's log: events, ids and counts only, never a family's or child's details.

Log lines are written by our own code with fixed wording; exception messages (which can
quote data) are never logged, only their type and where they happened.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from cssw_desktop.storage.files import OWNER_ONLY_FILE, ensure_private_dir

LOG_DIR = "logs"
LOG_FILE = "cssw-desktop.log"


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to a rotating owner-only file in the data folder; returns its path."""
    ensure_private_dir(data_dir)  # the data folder itself first: parents get default modes
    folder = ensure_private_dir(data_dir / LOG_DIR)
    path = folder / LOG_FILE
    path.touch(mode=OWNER_ONLY_FILE, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
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
