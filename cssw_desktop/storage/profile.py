"""Who this laptop is enrolled for: the worker's profile, central's address, pin and key.

Kept only inside the encrypted store. The pin and central's receipt-signing key are what
the laptop trusts from then on; the policy is what central last said about auto-lock,
purge delay and sync interval.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.database import Database

# The protocol's models load pydantic (slow to import): only the sync path needs them.
if TYPE_CHECKING:
    from cssw_core.protocol import Policy, Role


_COLUMNS = (
    "worker_id, display_name, role, team_id, team_name, server_url, pin, "
    "server_signing_key, enrolled_at, policy_json"
)


@dataclass(frozen=True, slots=True)
class EnrolledProfile:
    """The enrolled worker and the central service this laptop talks to."""

    worker_id: str
    display_name: str
    role: Role
    team_id: str
    team_name: str
    server_url: str
    pin: str  # "sha256/<base64>" of central's TLS public key
    server_signing_key: str  # hex Ed25519 key that signs receipts
    enrolled_at: str  # UTC text, as central gave it
    policy: Policy

    @property
    def is_team_lead(self) -> bool:
        return self.role == "team_lead"


class ProfileRepository:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def get(self) -> EnrolledProfile | None:
        """The profile, or None when this laptop has not been enrolled."""
        from cssw_core.protocol import Policy

        rows = self._db.query(f"SELECT {_COLUMNS} FROM profile WHERE singleton = 1")
        if not rows:
            return None
        r = rows[0]
        return EnrolledProfile(
            worker_id=r[0],
            display_name=r[1],
            role=r[2],
            team_id=r[3],
            team_name=r[4],
            server_url=r[5],
            pin=r[6],
            server_signing_key=r[7],
            enrolled_at=r[8],
            policy=Policy.model_validate_json(r[9]),
        )

    def save(self, profile: EnrolledProfile) -> None:
        """Save (or replace, on re-enrollment) the profile, audited in one transaction."""
        values = (
            profile.worker_id,
            profile.display_name,
            profile.role,
            profile.team_id,
            profile.team_name,
            profile.server_url,
            profile.pin,
            profile.server_signing_key,
            profile.enrolled_at,
            profile.policy.model_dump_json(),
        )
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM profile")
            conn.execute(
                f"INSERT INTO profile (singleton, {_COLUMNS}) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                values,
            )
            self._audit.append(conn, AuditAction.DEVICE_ENROLLED, profile.worker_id)

    def save_policy(self, policy: Policy) -> None:
        """Keep central's latest policy (no-op when unchanged or not enrolled)."""
        text = policy.model_dump_json()
        with self._db.transaction() as conn:
            changed = conn.execute(
                "UPDATE profile SET policy_json = ? WHERE singleton = 1 AND policy_json <> ?",
                (text, text),
            ).rowcount
            if changed:
                review = (
                    {} if policy.review_months is None else {"review_months": policy.review_months}
                )
                self._audit.append(
                    conn,
                    AuditAction.POLICY_UPDATED,
                    None,
                    auto_lock_minutes=policy.auto_lock_minutes,
                    purge_after_days=policy.purge_after_days,
                    **review,
                )

    def review_months(self) -> int | None:
        """The review period central's policy sets (None: not enrolled, or not set).

        Read from the stored policy's JSON without the protocol models (pydantic is slow to
        import, and the families list asks for this on every unlock); a value outside the
        policy's bounds reads as not set."""
        text = self._db.scalar("SELECT policy_json FROM profile WHERE singleton = 1")
        if text is None:
            return None
        try:
            value = json.loads(str(text)).get("review_months")
        except (ValueError, AttributeError):
            return None
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 36:
            return value
        return None

    def note_synced(self, at: str) -> None:
        """Remember when a sync last reached central (reported in the heartbeat)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE profile SET last_sync_at = ? WHERE singleton = 1", (at,))

    def last_sync_at(self) -> str | None:
        value = self._db.scalar("SELECT last_sync_at FROM profile WHERE singleton = 1")
        return None if value is None else str(value)
