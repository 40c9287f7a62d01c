"""What a running central service is given: its database, keys, drop folder and clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cssw_central.infra.admission import MAX_WAIT_SECONDS, RETRY_AFTER_SECONDS
from cssw_central.infra.connections import ConnectionLimits
from cssw_central.infra.database import POOL_SIZE
from cssw_central.infra.document_signing import DEFAULT_SIGNING, SigningFiles
from cssw_central.infra.rate_limits import ENROLL_LIMIT, RateLimit
from cssw_core.protocol import Policy


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CentralConfig:
    database_url: str
    receipt_key: Ed25519PrivateKey  # signs every receipt; its public half goes to laptops
    drop_folder: Path  # where approved records are filed (the default export adapter)
    signing: SigningFiles = DEFAULT_SIGNING  # the document-signing certificate for filed PDFs
    clock: Callable[[], datetime] = system_clock  # timezone-aware UTC "now"
    policy_defaults: Policy = field(default_factory=Policy)  # until set-policy overrides
    pool_size: int = POOL_SIZE  # PostgreSQL connections kept open = request threads
    enroll_limit: RateLimit = ENROLL_LIMIT  # refused enrollment attempts allowed
    # Admission control (cssw_central/infra/admission.py), per process; None: sized to the pool.
    max_inflight: int | None = None  # requests in flight at once (default pool_size * 8)
    max_queued: int | None = None  # waiting for a place (default pool_size * 128)
    queue_wait_seconds: float = MAX_WAIT_SECONDS  # a waiting request gets 503 after this
    retry_after_seconds: int = RETRY_AFTER_SECONDS  # the least Retry-After sent with a 503
    # Slow and idle clients (cssw_central/infra/connections.py), per process: header and
    # body deadlines, header size, connections per address and in all, trusted proxies.
    connections: ConnectionLimits = field(default_factory=ConnectionLimits)

    @property
    def receipt_public_key(self) -> str:
        """Hex raw Ed25519 public key: what laptops verify receipts against."""
        return (
            self.receipt_key.public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            .hex()
        )
