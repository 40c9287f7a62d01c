"""Sealing and saving a finished visit: `seal_and_save_ms`.

Each repetition seals one complete consent record with two signatures of about 2,000 ink
points each (the consent giver's and a young person's) through `store.sealing.seal`, as
the app does when the worker presses "Seal this record": completeness checks, the
canonical JSON of the whole document, SHA-256, the Ed25519 signature, and the write in
one transaction with its audit entry, then the encrypted backup of unsent records brought
up to date (appended to: storage/backup_journal.py).

`seal_outbox_ratio`: the same seal on a store with 1,000 records already waiting unsent
against a new store (the first seals: 0 to 6 waiting), in the same run: the backup used to
be written whole after each seal, so sealing grew with the outbox (15 ms with 1 waiting,
110 ms with 300). The 1,000 records are sealed for real first (smaller signatures; not
timed). The two stores' seals alternate, one of each per repetition (which goes first
alternates too), so a busy moment on the machine falls on both sides alike: measured one
store after the other, the ratio moved between 0.6 and 1.8 from run to run on a quiet
machine. The record builders are the test suite's (tests/support/records.py), so the
bench seals exactly what the tests check.
"""

from __future__ import annotations

import time

from bench.common import (
    CHEAP_KDF,
    PASSPHRASE,
    Figures,
    device_secrets,
    elapsed_ms,
    log,
    median,
    repeat,
    scratch_dir,
)
from cssw_core.domain.sealing import RecordKind
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.records import (
    complete_draft,
    family_with_teenager,
    seal_consent,
    signatures_for,
)

POINTS_PER_SIGNATURE = 2000


def _seal_once(store: Store) -> float:
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


def run(repetitions: int = 7, budget_s: float = 60.0, waiting: int = 1000) -> tuple[Figures, int]:
    with scratch_dir("seal") as root, device_secrets() as secrets:
        new = Vault(root / "new", secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
        full = Vault(root / "full", secrets, kdf=CHEAP_KDF).create(PASSPHRASE)
        try:
            for store in (new, full):
                store.sealing.check_all()  # makes the device key before timing
            started = time.perf_counter()
            while full.outbox.unsent_count() < waiting:
                seal_consent(full, full.families.add(family_with_teenager()))
            log(f"seal: {waiting} records waiting unsent after {elapsed_ms(started):.0f} ms")

            def pair(i: int) -> tuple[float, float]:
                if i % 2:
                    at_full = _seal_once(full)
                    return _seal_once(new), at_full
                at_new = _seal_once(new)
                return at_new, _seal_once(full)

            pairs = repeat(pair, repetitions, budget_s)
        finally:
            new.close()
            full.close()
    first = median([p[0] for p in pairs])
    waited = median([p[1] for p in pairs])
    figures = {
        "seal_and_save_ms": first,
        f"seal_{waiting}_unsent_ms": waited,
        "seal_outbox_ratio": waited / first,
    }
    return figures, len(pairs)
