"""Child process for the backup journal's kill test: unlock, seal records (keeping a PDF
with every third, as the app does after sealing), then seal one more and die by SIGKILL
half way through appending its frame to the backup of unsent records.

Prints each record's id as its seal returns; the last one's seal has committed but the
process dies inside the backup write that follows it, so its id is never printed.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from cssw_desktop.storage import backup
from cssw_desktop.storage.backup_changes import Tracked
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from tests.support.records import family_with_teenager, seal_consent


def die_half_way(path: Path, tracked: Tracked, frame: bytes) -> bool:
    """What a kill mid-append leaves: half the frame on disk, then nothing more."""
    with open(path, "r+b") as handle:
        handle.seek(tracked.size)
        handle.write(frame[: len(frame) // 2])
        handle.flush()
        os.fsync(handle.fileno())
    os.kill(os.getpid(), signal.SIGKILL)
    return True  # never reached


def main(data_dir: str, count: int, passphrase: str) -> None:
    store = Vault(Path(data_dir), DeviceSecrets()).unlock(passphrase)
    for number in range(count):
        record = seal_consent(store, store.families.add(family_with_teenager()))
        if number % 3 == 0:
            store.outbox.attach_pdf(record.id, record.version, b"%PDF-1.7\n% kept\n%%EOF\n")
        print(record.id, flush=True)
    backup.append_frame = die_half_way  # type: ignore[attr-defined]
    seal_consent(store, store.families.add(family_with_teenager()))
    sys.exit("the backup write after the last seal did not happen")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.stdin.readline().rstrip("\n"))
