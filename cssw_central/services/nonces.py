"""A signed request's nonce, spent once: the database's primary key (device, nonce) refuses
a second use, in whichever process or node it arrives.

Most routes spend it in the transaction that checks the device (api/device_auth.py); the
upload route spends it in the transaction that stores the record, so an upload commits
once (services/upload.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cssw_central.infra.database import transaction
from cssw_central.infra.problems import Refused
from cssw_central.infra.tables import Device, Nonce
from cssw_core.protocol import ProblemCode

REPLAYED_WORDS = "This request was already received once, so the copy was refused."
CONTACT_NOTE_SECONDS = 30

_SPEND_NONCE = insert(Nonce)
_NOTE_CONTACT = (
    update(Device)
    .where(Device.id == bindparam("device_id"))
    .values(last_contact_at=bindparam("now", type_=Device.__table__.c.last_contact_at.type))
)


@dataclass(frozen=True, slots=True)
class PendingNonce:
    """A checked request's nonce, not yet spent: the upload route spends it in the
    transaction that stores the record, so an upload is one write transaction, not two."""

    device_id: str
    nonce: str
    seen_at: datetime
    note_contact: bool  # the device's last contact is due to be noted

    def spend(self, conn: Connection) -> None:
        """Spend the nonce (and note the contact) on `conn`, in the caller's transaction;
        Refused (401, replayed) if it was spent before: the caller's transaction then rolls
        back whole."""
        try:
            conn.execute(
                _SPEND_NONCE,
                {"device_id": self.device_id, "nonce": self.nonce, "seen_at": self.seen_at},
            )
        except IntegrityError:
            raise Refused(401, ProblemCode.REPLAYED, REPLAYED_WORDS) from None
        # Noted at most every half minute: a laptop's uploads in flight at once would
        # otherwise queue on its device row until each commits.
        if self.note_contact:
            conn.execute(_NOTE_CONTACT, {"device_id": self.device_id, "now": self.seen_at})

    def spend_alone(self, sessions: sessionmaker[Session]) -> None:
        """Spend it in a transaction of its own (a refused upload's nonce is spent too)."""
        with transaction(sessions) as session:
            self.spend(session.connection())
