"""Review list rows as central sends them, for the team lead's screens' tests."""

from __future__ import annotations

import uuid

from cssw_core.protocol import Flag, FlagCode, ReviewItem, ReviewState


def review_item(
    received: str = "2026-03-14T11:00:00.000000Z",
    *flags: FlagCode,
    family: str = "Okafor",
    state: ReviewState = "received",
) -> ReviewItem:
    """A consent record of Wendy Walker's, received at `received`, with these flags."""
    return ReviewItem(
        record_id=str(uuid.uuid4()),
        version=1,
        kind="consent",
        family_id=str(uuid.uuid4()),
        family_name=family,
        worker_name="Wendy Walker",
        device_name="wendy-laptop",
        sealed_at="2026-03-14T10:30:00.000000Z",
        received_at=received,
        state=state,
        flags=[Flag(code=code, message=f"central says: {code.value}") for code in flags],
    )
