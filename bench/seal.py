"""Sealing and saving a finished visit: `seal_and_save_ms`.

Each repetition seals one complete consent record with two signatures of about 2,000 ink
points each (the consent giver's and a young person's) through `store.sealing.seal`, as
the app does when the worker presses "Seal this record": completeness checks, the
canonical JSON of the whole document, SHA-256, the Ed25519 signature, and the write in
one transaction with its audit entry. The record builders are the test suite's
(tests/support/records.py), so the bench seals exactly what the tests check.
"""

from __future__ import annotations

import time

from bench.common import (
    CHEAP_KDF,
    PASSPHRASE,
    Figures,
    device_secrets,
    elapsed_ms,
    median,
    repeat,
    scratch_dir,
)
from cssw_core.domain.sealing import RecordKind
from cssw_desktop.storage.vault import Vault
from tests.support.records import complete_draft, family_with_teenager, signatures_for

POINTS_PER_SIGNATURE = 2000


def run(repetitions: int = 7, budget_s: float = 60.0) -> tuple[Figures, int]:
    with scratch_dir("seal") as root, device_secrets() as secrets:
        store = Vault(root / "data", secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
        try:
            store.sealing.check_all()  # makes the device key before timing

            def seal_once(_i: int) -> float:
                family = store.families.add(family_with_teenager())
                draft = complete_draft(family)
                signatures = signatures_for(draft, points=POINTS_PER_SIGNATURE)
                start = time.perf_counter()
                store.sealing.seal(
                    RecordKind.CONSENT,
                    draft.to_json(),
                    family,
                    signatures,
                    confirmed_at=None,
                    worker="Bench Worker",
                )
                return elapsed_ms(start)

            times = repeat(seal_once, repetitions, budget_s)
        finally:
            store.close()
    return {"seal_and_save_ms": median(times)}, len(times)
