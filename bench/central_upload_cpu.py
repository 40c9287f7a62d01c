"""Central's own work per upload: `central_upload_cpu_ms`, `central_upload_write_commits`.

The upload path in process, on PostgreSQL, without HTTP or TLS: the signed request
checked against the enrolled device (`check_device`), then the upload route itself
(`upload_record`: the document's checks, its flags, storing the record with its receipt,
family details, audit entry and nonce). 200 consent records with three signatures of 600
ink points each, from 10 laptops, one after another after 5 to warm up. CPU time of this
process per upload (PostgreSQL's own work is not counted; CPU time rather than wall time,
which on a shared machine moves with everyone else's load), and how many transactions per
upload wrote to the database (each is a commit PostgreSQL must flush to disk).
No baseline fits (the work is central's own), so both are absolute.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import Response
from sqlalchemy import event

from bench.central_common import enroll_devices
from bench.central_ingest import _bodies
from bench.common import Figures, log, median, scratch_dir
from cssw_central.api.device_auth import check_device
from cssw_central.api.upload import upload_record
from cssw_central.infra.config import CentralConfig
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.receipt_key import load_or_create_receipt_key
from cssw_central.infra.state import CentralState
from cssw_core.protocol import UploadRequest
from cssw_core.signing import read_signed_headers, sign_request
from tests.support.postgres import fresh_database
from tests.support.sealed_documents import FAKE_PDF, new_device_key

UPLOADS = 200
WARM_UP = 5
LAPTOPS = 10
INK_POINTS = 600
PATH = "/v1/records"
WRITES = ("INSERT", "UPDATE", "DELETE")


class _CommitCounter:
    """Commits on an engine, and those whose transaction wrote something."""

    def __init__(self, engine: Any) -> None:
        self.commits = 0
        self.write_commits = 0
        self._wrote: set[int] = set()
        event.listen(engine, "before_cursor_execute", self._executed)
        event.listen(engine, "commit", self._committed)

    def _executed(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip()[:6].upper() in WRITES:
            self._wrote.add(id(conn.connection.dbapi_connection))

    def _committed(self, conn: Any) -> None:
        self.commits += 1
        key = id(conn.connection.dbapi_connection)
        if key in self._wrote:
            self.write_commits += 1
            self._wrote.discard(key)

    def reset(self) -> None:
        self.commits = self.write_commits = 0


def _one_run(uploads: int) -> tuple[float, float]:
    """(CPU ms per upload, write commits per upload) for `uploads` uploads."""
    with scratch_dir("upload-cpu") as root, fresh_database() as url:
        upgrade(url)
        key, _ = load_or_create_receipt_key(root / "receipt-key.pem")
        engine = make_engine(url)
        try:
            config = CentralConfig(database_url=url, receipt_key=key, drop_folder=root / "drop")
            state = CentralState(config=config, engine=engine, sessions=make_sessions(engine))
            keys = [new_device_key() for _ in range(LAPTOPS)]
            enroll_devices(state.sessions, keys)
            each = (uploads + WARM_UP) // LAPTOPS + 1
            bodies = _bodies(keys, each, ink_points=INK_POINTS, pdf=FAKE_PDF)
            jobs = [
                (body, read_signed_headers(sign_request(k, k.device_id, "POST", PATH, body)))
                for k, mine in zip(keys, bodies, strict=True)
                for body in mine
            ][: uploads + WARM_UP]
            counter = _CommitCounter(engine)

            def upload(body: bytes, signed: Any) -> None:
                request = UploadRequest.model_validate_json(body)
                device = check_device(state, signed, "POST", PATH, body)
                upload_record(request, device, state, Response())

            for job in jobs[:WARM_UP]:
                upload(*job)
            counter.reset()
            began = time.process_time()
            for job in jobs[WARM_UP:]:
                upload(*job)
            cpu = time.process_time() - began
            done = len(jobs) - WARM_UP
            return cpu * 1000 / done, counter.write_commits / done
        finally:
            engine.dispose()


def run(repetitions: int = 3, quick: bool = False) -> Figures:
    uploads = 40 if quick else UPLOADS
    runs = []
    for index in range(repetitions):
        runs.append(_one_run(uploads))
        log(f"central_upload_cpu: run {index + 1}: {runs[-1][0]:.2f} ms CPU per upload")
    return {
        "central_upload_cpu_ms": median([cpu for cpu, _ in runs]),
        "central_upload_write_commits": median([commits for _, commits in runs]),
    }
