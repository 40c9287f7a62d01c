"""The laptop's sync engine against raw HTTPS: `sync_1000_ratio`.

A laptop store holds 1,000 sealed consent records (two signatures of 600 ink points each)
queued in its outbox, each with its PDF already made (a real rendering of the form; the
rendering itself is `pdf_render_ms`). The engine's full run is timed: heartbeat, every
record read from SQLCipher, signed, uploaded, checked by central (hash, seal, flags,
PostgreSQL), its signed receipt verified and stored in the encrypted store, then the pull
of returned records, the purge and a last heartbeat. The baseline, in the same run
against the same server process, is raw HTTPS POSTs of exactly the same request bodies,
one after another on one pinned connection, to a bare endpoint that only reads them.
The ratio is engine / baseline per repetition; the median is reported.
"""

from __future__ import annotations

import asyncio
import base64
import time
from datetime import UTC, datetime

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.central_common import BenchCentral, running_central
from bench.common import CHEAP_KDF, PASSPHRASE, Figures, device_secrets, log, median, scratch_dir
from cssw_central.admin.laptops import issue_code
from cssw_central.admin.teams import add_worker, create_team
from cssw_central.infra.receipt_key import public_hex
from cssw_core.pinning import pinned_context
from cssw_core.protocol import UploadRequest
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from tests.support.records import family_with_teenager, seal_consent

RECORDS = 1000
INK_POINTS = 600
PASSWORD = "bench-password-1"


# The bench's own provisioning key: its codes are signed with it, its laptops trust it.
PROVISIONING_KEY = Ed25519PrivateKey.generate()
TRUSTED = [public_hex(PROVISIONING_KEY)]


def _people(central: BenchCentral, rep: int) -> str:
    """A team and a worker for this repetition; an enrollment code for the worker."""
    now = datetime.now(UTC)
    create_team(central.sessions, f"Sync bench {rep}", now)
    add_worker(
        central.sessions,
        team=f"Sync bench {rep}",
        username=f"sync-bench-{rep}",
        display_name="Bench Worker",
        role="worker",
        password=PASSWORD,
        now=now,
    )
    return issue_code(
        central.sessions,
        username=f"sync-bench-{rep}",
        server_url=central.url,
        pin=central.pin,
        hours=1,
        now=now,
        provisioning_key=PROVISIONING_KEY,
    )


def _fill(store: Store, count: int, pdf: bytes | None) -> bytes:
    """Seal `count` records; attach the same real PDF to each (made from the first)."""
    for _ in range(count):
        family = store.families.add(family_with_teenager())
        sealed = seal_consent(store, family, points=INK_POINTS)
        if pdf is None:
            from cssw_documents.pdf import ensure_gui_app, render_pdf

            ensure_gui_app()
            assert sealed.seal is not None
            pdf = render_pdf(sealed.body, sealed.seal, store.audit.entries(sealed.id))
        store.outbox.attach_pdf(sealed.id, sealed.version, pdf)
    assert pdf is not None
    return pdf


def _bodies(store: Store, pdf: bytes) -> list[bytes]:
    """The request bodies the engine sends, built the same way, for the baseline."""
    bodies = []
    encoded = base64.b64encode(pdf).decode("ascii")
    for item in store.outbox.due(datetime.now(UTC), 1_000_000):
        stored = store.records.get(item.record_id, item.version)
        assert stored.seal is not None
        request = UploadRequest(
            record_id=str(item.record_id),
            version=item.version,
            kind="consent",
            content_hash=stored.seal.content_hash,
            seal_signature=stored.seal.signature,
            document=stored.text,
            pdf_base64=encoded,
        )
        bodies.append(request.model_dump_json().encode())
    return bodies


async def _bare_posts(central: BenchCentral, bodies: list[bytes]) -> float:
    async with httpx.AsyncClient(verify=pinned_context(central.pin), timeout=60) as client:
        await client.post(central.bare_url, content=b"warm-up")
        began = time.perf_counter()
        for body in bodies:
            response = await client.post(
                central.bare_url, content=body, headers={"Content-Type": "application/json"}
            )
            response.raise_for_status()
        return time.perf_counter() - began


def _unrendered(*_args: object) -> bytes:
    raise AssertionError("every PDF was made before the timed run")


def run(repetitions: int = 3, quick: bool = False, count: int | None = None) -> Figures:
    count = count or (100 if quick else RECORDS)
    ratios: list[float] = []
    engine_s: list[float] = []
    bare_s: list[float] = []
    pdf: bytes | None = None
    with scratch_dir("sync") as root, running_central(root) as central, device_secrets() as secrets:
        for rep in range(repetitions):
            code = _people(central, rep)
            store = Vault(root / f"laptop-{rep}", secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
            runner = store_on_own_thread(store)
            try:
                asyncio.run(
                    enroll(
                        runner,
                        code,
                        PASSWORD,
                        device_name="bench",
                        app_version="bench",
                        keys=TRUSTED,
                    )
                )
                log(f"sync_upload: sealing {count} records (repetition {rep + 1})")
                pdf = _fill(store, count, pdf)
                bodies = _bodies(store, pdf)
                bare = asyncio.run(_bare_posts(central, bodies))
                engine = SyncEngine(runner, app_version="bench")
                began = time.perf_counter()
                report = asyncio.run(engine.sync())
                took = time.perf_counter() - began
                if report.sent != count or report.failed or report.problem:
                    raise RuntimeError(f"the sync did not send everything: {report}")
            finally:
                runner.thread.shutdown()
                store.close()
            log(f"sync_upload: engine {took:.2f} s, raw posts {bare:.2f} s")
            engine_s.append(took)
            bare_s.append(bare)
            ratios.append(took / bare)
    return {
        "sync_1000_ratio": median(ratios),
        "sync_1000_engine_s": median(engine_s),
        "sync_1000_raw_posts_s": median(bare_s),
        "sync_records": float(count),
    }
