"""Child process for the write-ahead-log tests: unlock, seal records, then die by SIGKILL.

The records are committed (synchronous=FULL) but never checkpointed: they live only in
`store.db-wal`, as after a crash or a power cut. Prints each sealed record's id.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from tests.support.records import family_with_teenager, seal_consent


def main(data_dir: str, count: int, passphrase: str) -> None:
    store = Vault(Path(data_dir), DeviceSecrets()).unlock(passphrase)
    for _ in range(count):
        family = store.families.add(family_with_teenager())
        print(seal_consent(store, family).id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.stdin.readline().rstrip("\n"))
