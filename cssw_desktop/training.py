"""Training mode: a store of fictional families to practise on, kept apart from real work.

The training store lives in its own data folder beside the real one
(`paths.resolve_training_dir`), with its own store id and so its own device secret in the
keyring. It is marked as training for good when it is made (storage/store_kind.py); every
record sealed in it says so inside the sealed document, its PDFs say "TRAINING — not a
real record" on every page, and it is never enrolled or synced (the sync layer refuses,
the database refuses an enrollment, and central refuses a record marked training).

A new training store starts with fictional families (demo.py) and records in every state
(demo_records.py), so a worker can practise a whole visit at once. No Qt: the command
line uses this as the GUI does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cssw_desktop.demo import demo_families
from cssw_desktop.demo_records import DemoRecords, demo_records, save_demo_records
from cssw_desktop.storage.audit import AuditAction
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault

TRAINING_FAMILIES = 12
"""How many fictional families a new training store starts with."""
MAX_FAMILIES = 10_000


def add_fictional_families(
    store: Store, count: int, today: date, now: datetime | None = None
) -> DemoRecords:
    """Add `count` fictional families and their records (sealed forms with synthetic
    signatures, a withdrawal, an unfinished visit); what was made, for the telling."""
    if not 1 <= count <= MAX_FAMILIES:
        raise ValueError(f"the number of families must be from 1 to {MAX_FAMILIES}")
    families = demo_families(count, today, seed=store.families.count())
    store.families.add_many(families)
    plan = demo_records(families, today, now or utc_now())
    save_demo_records(store, plan)
    store.audit.record(
        AuditAction.DEMO_LOADED,
        None,
        families=count,
        sealed=len(plan.consents) + len(plan.withdrawals),
        drafts=len(plan.drafts),
    )
    return plan


class TrainingVault(Vault):
    """The training folder's vault: it makes and opens training stores only, and a store it
    makes starts with `families` fictional families."""

    def __init__(
        self,
        data_dir: Path,
        device_secrets: DeviceSecrets,
        *,
        families: int = TRAINING_FAMILIES,
        today: Callable[[], date] = date.today,
        **options: Any,
    ) -> None:
        super().__init__(data_dir, device_secrets, training=True, **options)
        self.families = families
        self._today = today

    def create(self, passphrase: str) -> Store:
        """A new training store, filled. Filling that fails leaves the store (a training
        store with fewer families is still one) and says why."""
        store = super().create(passphrase)
        if self.families:
            try:
                add_fictional_families(store, self.families, self._today())
            except BaseException:
                store.close()
                raise
        return store
