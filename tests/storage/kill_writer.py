"""Child process for the kill test: unlocks the store and adds families until killed.

After each commit it prints the family's id, so the parent knows what was reported saved.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cssw_desktop.domain.family import Child, Family
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault


def main(data_dir: str, passphrase: str) -> None:
    store = Vault(Path(data_dir), DeviceSecrets()).unlock(passphrase)
    n = 0
    while True:
        n += 1
        children = tuple(Child(f"Kid {n}-{i}", "", date(2012, 1, 1 + i)) for i in range(n % 4))
        family = store.families.add(Family(f"Family {n}", "Somewhere", children=children))
        print(family.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.stdin.readline().rstrip("\n"))
