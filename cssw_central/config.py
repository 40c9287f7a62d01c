"""What a running central service is given: its database, keys, drop folder and clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.database import POOL_SIZE
from cssw_desktop.sync.protocol import Policy


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CentralConfig:
    database_url: str
    receipt_key: Ed25519PrivateKey  # signs every receipt; its public half goes to laptops
    drop_folder: Path  # where approved records are filed (the default export adapter)
    clock: Callable[[], datetime] = system_clock  # timezone-aware UTC "now"
    policy_defaults: Policy = field(default_factory=Policy)  # until set-policy overrides
    pool_size: int = POOL_SIZE  # PostgreSQL connections kept open = request threads

    @property
    def receipt_public_key(self) -> str:
        """Hex raw Ed25519 public key: what laptops verify receipts against."""
        return (
            self.receipt_key.public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            .hex()
        )
