"""The app's log file: owner-only, rolling over at its size into three older files."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cssw_desktop.logs import LOG_DIR, LOG_FILE, RotatingLog, configure_logging


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would make new files readable by everyone."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_app_logs_to_an_owner_only_file_in_the_data_folder(
    tmp_path: Path, loose_umask: None
) -> None:
    path = configure_logging(tmp_path / "data")
    logging.getLogger("cssw_desktop.test").info("unlocked")
    for handler in logging.getLogger("cssw_desktop").handlers:
        handler.flush()
    assert path == tmp_path / "data" / LOG_DIR / LOG_FILE
    assert "INFO cssw_desktop.test: unlocked" in path.read_text(encoding="utf-8")
    assert _mode(path) == 0o600


def _small_log(path: Path) -> tuple[logging.Logger, RotatingLog]:
    """A logger writing bare messages to a log that rolls over past 300 bytes."""
    handler = RotatingLog(path, max_bytes=300)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger(path.name)
    logger.addHandler(handler)
    return logger, handler


def test_the_log_rolls_over_keeping_three_older_files_all_owner_only(
    tmp_path: Path, loose_umask: None
) -> None:
    path = tmp_path / "app.log"
    logger, handler = _small_log(path)
    lines = [f"line {n:03d} of the log" for n in range(100)]
    for line in lines:
        logger.info(line)
    handler.close()

    files = [Path(f"{path}.{n}") for n in (3, 2, 1)] + [path]
    assert all(f.exists() for f in files)
    assert not Path(f"{path}.4").exists()
    assert all(f.stat().st_size <= 300 for f in files)
    assert all(_mode(f) == 0o600 for f in files)
    kept = "".join(f.read_text(encoding="utf-8") for f in files).splitlines()
    assert kept == lines[-len(kept) :]  # oldest to newest, nothing lost in between
    assert len(kept) > 3 * 300 // 24  # the older files are full, not near-empty


def test_another_process_writing_the_same_log_is_counted_before_rolling_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.log"
    logger, handler = _small_log(path)
    logger.info("from the app")
    with open(path, "a", encoding="utf-8") as other:  # the command line, say
        other.write("x" * 280 + "\n")
    logger.info("from the app again")
    handler.close()
    assert path.read_text(encoding="utf-8") == "from the app again\n"
    assert Path(f"{path}.1").read_text(encoding="utf-8").startswith("from the app\nxxx")


def test_a_rollover_that_fails_leaves_the_log_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Say the older files cannot be moved (here: folders in their place): the failure is
    reported once on standard error, and the app goes on logging to its file."""
    path = tmp_path / "app.log"
    for number in (1, 2, 3):
        (tmp_path / f"app.log.{number}" / "in-the-way").mkdir(parents=True)
    logger, handler = _small_log(path)
    logger.info("x" * 250)
    logger.info("this line takes the log past its size, and the rollover fails")
    logger.info("the next line is written too")
    handler.close()
    written = path.read_text(encoding="utf-8").splitlines()
    assert written[1:] == [
        "this line takes the log past its size, and the rollover fails",
        "the next line is written too",
    ]
    assert "Logging error" in capsys.readouterr().err


def test_the_log_module_loads_no_sockets() -> None:
    """The log is set up before the unlock page paints: it must stay light."""
    probe = (
        "import sys, cssw_desktop.logs\n"
        "print(sorted({'logging.handlers', 'socket'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
