"""A sync run without the GUI (the `cssw-desktop sync` command): no Qt at all."""

from __future__ import annotations

import cssw_desktop
from cssw_desktop.storage.errors import training_refused
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.report import SyncReport


async def run_headless_sync(
    vault: Vault,
    passphrase: str,
    *,
    caseload: bool = False,
) -> SyncReport:
    """Unlock, sync once, lock (or wipe, if central says this laptop was revoked).
    A training store is refused (TrainingStoreRefused): nothing in it is ever sent."""
    store = vault.unlock(passphrase)
    if store.training:
        store.close()
        raise training_refused()
    runner = store_on_own_thread(store)

    async def wipe() -> None:
        await runner(lambda s: vault.wipe(s))

    try:
        engine = SyncEngine(
            runner,
            app_version=cssw_desktop.__version__,
            on_revoked=wipe,
        )
        # Someone ran the command: records waiting out a backoff go now too.
        return await engine.sync(caseload=caseload, retry_waiting=True)
    finally:
        await runner(lambda s: s.close())
        runner.thread.shutdown()
