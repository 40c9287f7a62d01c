"""The retention job as a child process for the crash test: imported once by the
forkserver (see `test_crash_retention`), so each round forks in milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.services.retention_job import run_retention


def erase(database_url: str, drop_folder: str) -> None:
    """`cssw-central admin retention --erase`, without the command line's other imports."""
    now = datetime.now(UTC)
    engine = make_engine(database_url, pool_size=1)
    run_retention(
        make_sessions(engine),
        today=now.date(),
        erase=True,
        drop_folders=[Path(drop_folder)],
        actor="admin",
        now=now,
    )
    engine.dispose()
