"""What a crash-test child does until it is killed (run by `tests.faults.kill_children`).

Each task opens the real store in a real data folder with the real keyring, does the
work the app does, and writes one report line after each commit ("family <id> <n>",
"sealed <id> <version> <hash>", ...), so the test can check that everything it was told
was saved is still there after the SIGKILL. Loops are bounded in count and time.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import httpx

import cssw_desktop
from cssw_core.domain.family import Child, Family
from cssw_core.pinning import pinned_context
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from tests.support.records import complete_draft, family_with_teenager, seal_consent
from tests.support.stores import FAST_KDF
from tests.support.sync import fake_pdf

MAX_STEPS = 5_000  # every loop ends by itself even if no kill comes
MAX_SECONDS = 30.0

Task = Callable[[dict[str, Any], TextIO], None]


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


APP_CODE = str(Path(cssw_desktop.__file__).resolve().parent)


class CallCounter:
    """Counts the app's steps: calls of its own functions and the calls they make into C
    (SQLite statements, os.replace, fsync, ...). SIGKILLs this process at step `kill_at`.

    Calls inside libraries are not counted: the keyring's D-Bus parsing alone makes
    nineteen of every twenty calls of a passphrase change, and kills drawn from those
    would hardly ever reach the steps that matter."""

    def __init__(self, kill_at: int | None, watch: frozenset[str] = frozenset()) -> None:
        self.kill_at = kill_at
        self.calls = 0
        self.watch = watch  # qualified names of functions whose first call is noted
        self.marks: dict[str, int] = {}

    def _hook(self, frame: FrameType, event: str, _arg: object) -> None:
        if event in ("call", "c_call") and frame.f_code.co_filename.startswith(APP_CODE):
            self.calls += 1
            if event == "call" and frame.f_code.co_qualname in self.watch:
                self.marks.setdefault(frame.f_code.co_qualname, self.calls)
            if self.kill_at is not None and self.calls >= self.kill_at:
                die()

    def install(self) -> None:
        sys.setprofile(self._hook)
        threading.setprofile(self._hook)

    def uninstall(self) -> None:
        sys.setprofile(None)
        threading.setprofile(None)


def prepare() -> None:
    """Work done once in the fork server, not in every child: find the keyring backend and
    import what the store imports on first use. Otherwise every child would spend most of
    its function calls importing, and a kill chosen by call count would land there."""
    importlib.import_module(
        "jeepney.io.blocking"
    )  # the keyring's D-Bus client, loaded on first use
    import keyring

    from cssw_core import protocol  # noqa: F401 - receipts, loaded on first use
    from cssw_desktop.storage.keys import new_store_key, unwrap_store_key, wrap_store_key

    keyring.get_keyring()
    key, secret = new_store_key(), new_store_key()
    unwrap_store_key(wrap_store_key(key, "warm-up", secret, "warm-up", FAST_KDF), "warm-up", secret)


def _vault(args: dict[str, Any]) -> Vault:
    return Vault(Path(args["data_dir"]), DeviceSecrets(), kdf=FAST_KDF)


def _steps() -> Iterator[int]:
    deadline = time.monotonic() + MAX_SECONDS
    for n in range(MAX_STEPS):
        if time.monotonic() > deadline:
            return
        yield n


def writes(args: dict[str, Any], report: TextIO) -> None:
    """Add families, change addresses and save visit drafts, one commit each."""
    store = _vault(args).unlock(args["passphrase"])
    prefix = args["prefix"]
    families: list[Family] = []
    for n in _steps():
        if n % 4 in (0, 1) or not families:
            children = tuple(Child(f"Kid {n}-{i}", "", date(2012, 1, 1 + i)) for i in range(n % 3))
            family = store.families.add(
                Family(f"{prefix} family {n}", f"Flat {n}", children=children)
            )
            families.append(family)
            report.write(f"family {family.id} {n}\n")
        elif n % 4 == 2:
            index = (n * 7) % len(families)
            families[index] = store.families.update(replace(families[index], address=f"Flat {n}"))
            report.write(f"address {families[index].id} {n}\n")
        else:
            record_id = uuid.uuid4()
            family = families[n % len(families)]
            store.records.save_draft(record_id, 1, family.id, {"n": n}, step="choices")
            report.write(f"draft {record_id} {n}\n")


def seals(args: dict[str, Any], report: TextIO) -> None:
    """Seal consent forms (some over a saved draft, as a visit does) and share records,
    keep each PDF with its outbox entry; report each seal and each PDF kept."""
    store = _vault(args).unlock(args["passphrase"])
    family = replace(family_with_teenager(), id=uuid.uuid4())
    store.families.add(family)
    report.write(f"family {family.id}\n")
    for n in _steps():
        if n % 4 == 1:  # a share record, sealed and queued the same way
            from cssw_desktop.storage.shares import record_share
            from tests.core.domain.test_share import without_consent

            share = replace(without_consent(), family_id=family.id, id=uuid.uuid4())
            sealed = record_share(store, share, family)
            assert sealed.seal is not None
            report.write(f"sealed {sealed.id} {sealed.version} {sealed.seal.content_hash}\n")
            store.outbox.attach_pdf(sealed.id, sealed.version, fake_pdf(sealed, []))
            report.write(f"pdf {sealed.id} {sealed.version}\n")
            continue
        draft = complete_draft(family)
        if n % 3 == 0:  # the visit's draft is there first; sealing turns it into the record
            store.records.save_draft(draft.id, draft.version, family.id, draft.to_json())
            report.write(f"draft {draft.id} {draft.version}\n")
        sealed = seal_consent(store, family, draft=draft, points=60)
        assert sealed.seal is not None
        report.write(f"sealed {sealed.id} {sealed.version} {sealed.seal.content_hash}\n")
        # What documents.outbox_pdf.keep_outbox_pdf does, with the test renderer: the real
        # one needs a Qt application in every child and is tested in tests/documents.
        store.outbox.attach_pdf(sealed.id, sealed.version, fake_pdf(sealed, []))
        report.write(f"pdf {sealed.id} {sealed.version}\n")


def unlock(args: dict[str, Any], report: TextIO) -> None:
    """Open the store (an old one is upgraded to the current schema on the way)."""
    store = _vault(args).unlock(args["passphrase"])
    report.write(f"opened {store.schema_version}\n")
    store.close()
    report.write("closed\n")


def create(args: dict[str, Any], report: TextIO) -> None:
    """The first run: make the store (keyring secret, key file, database)."""
    _vault(args).create(args["passphrase"]).close()
    report.write("created\n")


def change_passphrase(args: dict[str, Any], report: TextIO) -> None:
    _vault(args).change_passphrase(args["old"], args["new"])
    report.write("changed\n")


# -- sync ------------------------------------------------------------------------------

# Fixed points to die at, by the audit entry written inside the transaction concerned.
DIE_IN_AUDIT = {
    "in-receipt": AuditAction.RECEIPT_STORED,
    "in-purge": AuditAction.RECORDS_PURGED,
    "in-returned": AuditAction.RETURNED_RECEIVED,
    "in-caseload": AuditAction.CASELOAD_APPLIED,
}


class KillingTransport(httpx.AsyncBaseTransport):
    """The real pinned transport; dies just before an upload or just after its answer."""

    def __init__(self, pin: str, checkpoint: str | None) -> None:
        self.inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self.checkpoint = checkpoint

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        upload = request.url.path.endswith("/records")
        if upload and self.checkpoint == "before-send":
            die()
        response = await self.inner.handle_async_request(request)
        if upload and self.checkpoint == "after-commit":
            await response.aread()  # central has committed and answered
            die()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def sync(args: dict[str, Any], report: TextIO) -> None:
    """One full sync (send, receipts, returned records, caseload, purge, heartbeat)."""
    checkpoint = args.get("checkpoint")
    action = DIE_IN_AUDIT.get(checkpoint or "")
    if action is not None:
        original = AuditLog.append

        def append(self: AuditLog, conn: Any, what: AuditAction, *a: Any, **k: Any) -> Any:
            if what is action:
                die()
            return original(self, conn, what, *a, **k)

        AuditLog.append = append  # type: ignore[method-assign, assignment]
    store: Store = _vault(args).unlock(args["passphrase"])
    profile = store.profile.get()
    assert profile is not None
    runner = store_on_own_thread(store)
    engine = SyncEngine(
        runner,
        app_version="crash-test",
        transport=KillingTransport(profile.pin, checkpoint),
    )
    result = asyncio.run(engine.sync(caseload=True))
    runner.thread.shutdown()
    report.write(f"synced sent={result.sent} problem={result.problem}\n")
    store.close()


TASKS: dict[str, Task] = {
    "writes": writes,
    "seals": seals,
    "unlock": unlock,
    "create": create,
    "change_passphrase": change_passphrase,
    "sync": sync,
}
