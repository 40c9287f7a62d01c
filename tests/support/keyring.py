"""The real OS keyring, remembering what it wrote so a test or benchmark can remove it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cssw_desktop.storage.device_secret import DeviceSecrets


class TidyDeviceSecrets(DeviceSecrets):
    """The real keyring (no double), plus a list of the secrets this run put there."""

    def __init__(self) -> None:
        super().__init__()
        self.written: set[str] = set()

    def put(self, store_id: str, secret: bytes) -> None:
        super().put(store_id, secret)
        self.written.add(store_id)

    def forget_all(self) -> None:
        for store_id in sorted(self.written):
            self.delete(store_id)
        self.written.clear()


@contextmanager
def tidy_device_secrets() -> Iterator[TidyDeviceSecrets]:
    """The real keyring (refused if it is not a secure one); cleaned up afterwards."""
    secrets = TidyDeviceSecrets()
    secrets.check_backend()
    try:
        yield secrets
    finally:
        secrets.forget_all()
