"""The retention job on a timer inside `cssw-central serve`: every
`--retention-every-hours` (0: never), on a database connection of its own, erasing only
when the `retention_erase` setting is on (`set-policy --retention-erase on`).
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.config import system_clock
from cssw_central.infra.database import make_engine, make_sessions, transaction
from cssw_central.services.policy import read_retention_erase
from cssw_central.services.retention_job import RetentionReport, run_retention

log = logging.getLogger("cssw_central.retention")


def scheduled_pass(
    sessions: sessionmaker[Session], drop_folders: list[Path], clock: Callable[[], datetime]
) -> RetentionReport:
    """One scheduled run: erases only when the `retention_erase` setting is on."""
    with transaction(sessions) as session:
        erase = read_retention_erase(session)
    now = clock()
    return run_retention(
        sessions,
        today=now.date(),
        erase=erase,
        drop_folders=drop_folders,
        actor="system:retention",
        now=now,
    )


class RetentionScheduler:
    """Runs `job` on a background thread: first after `first_after` seconds, then every
    `every` seconds, until `stop()`. A failing run is logged and the next one still runs."""

    def __init__(
        self, job: Callable[[], object], *, every: float, first_after: float = 60.0
    ) -> None:
        if every <= 0:
            raise ValueError("the retention job needs a positive interval")
        self._job = job
        self._every = every
        self._first_after = first_after
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)
        self.runs = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        wait = self._first_after
        while not self._stopping.wait(wait):
            try:
                self._job()
            except Exception as error:  # the service keeps serving; the next run retries
                log.error("the retention job failed (%s); it runs again", type(error).__name__)
            self.runs += 1
            wait = self._every


DEFAULT_EVERY_HOURS = 24.0
FIRST_RUN_AFTER_SECONDS = 300.0  # after start-up, not during it


def start_scheduled_retention(
    database_url: str,
    drop_folder: Path,
    every_hours: float,
    *,
    clock: Callable[[], datetime] | None = None,
    first_after: float = FIRST_RUN_AFTER_SECONDS,
) -> RetentionScheduler | None:
    """For `cssw-central serve`: run the job every `every_hours` (0: never) in this process,
    on a database connection of its own; stopped cleanly when the process exits."""
    if every_hours == 0:
        return None
    if not 0 < every_hours <= 24 * 366:
        raise ValueError("--retention-every-hours must be from 0 (never) to 8784.")
    engine = make_engine(database_url, pool_size=1)
    sessions = make_sessions(engine)
    scheduler = RetentionScheduler(
        lambda: scheduled_pass(sessions, [drop_folder], clock or system_clock),
        every=every_hours * 3600,
        first_after=first_after,
    )

    def stop() -> None:
        scheduler.stop()
        engine.dispose()

    scheduler.start()
    atexit.register(stop)
    return scheduler
