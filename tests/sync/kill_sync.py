"""Child process for the kill tests: syncs once and SIGKILLs itself at a chosen moment.

Modes: `before-send` (the upload is about to be written), `after-commit` (central has
answered, so it committed, but the receipt is not stored), `in-receipt` (inside the
transaction that stores the receipt, after its UPDATE).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import httpx

from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.pinning import pinned_context
from cssw_desktop.sync.runner import ThreadStoreRunner
from tests.sync.conftest import fake_pdf


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class KillingTransport(httpx.AsyncBaseTransport):
    def __init__(self, pin: str, mode: str) -> None:
        self.inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self.mode = mode

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        upload = request.url.path == "/v1/records"
        if upload and self.mode == "before-send":
            die()
        response = await self.inner.handle_async_request(request)
        if upload and self.mode == "after-commit":
            await response.aread()
            die()
        return response


def main(data_dir: str, mode: str, passphrase: str) -> None:
    vault = Vault(Path(data_dir), DeviceSecrets())
    store = vault.unlock(passphrase)
    profile = store.profile.get()
    assert profile is not None
    if mode == "in-receipt":
        original = AuditLog.append

        def append(self: AuditLog, conn: Any, action: AuditAction, *a: Any, **k: Any) -> Any:
            if action is AuditAction.RECEIPT_STORED:
                die()
            return original(self, conn, action, *a, **k)

        AuditLog.append = append  # type: ignore[method-assign]
    runner = ThreadStoreRunner(store)
    engine = SyncEngine(
        runner,
        render_pdf=fake_pdf,
        app_version="test",
        transport=KillingTransport(profile.pin, mode),
    )
    asyncio.run(engine.sync())
    print("finished without being killed", flush=True)
    sys.exit(3)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.stdin.readline().rstrip("\n"))
