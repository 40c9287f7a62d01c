"""The sealed record's PDF, made right after sealing and kept with its outbox entry: the
laptop's own copy, with the visit's audit trail, until central's receipt.

It is never sent: central draws the PDF it files from the sealed document it verified,
with the same renderer (cssw_documents). If making it fails here nothing is lost; the
worker's "Save as PDF…" draws the form again from the sealed record.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.signature import Signature
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_documents.pdf import render_pdf

log = logging.getLogger(__name__)


def keep_outbox_pdf(store: Store, sealed: StoredRecord) -> bool:
    """Render the sealed record's PDF into its outbox entry (on the store thread); True
    when it was kept. Never raises: sealing has already succeeded."""
    if sealed.seal is None:
        return False
    try:
        pdf = render_pdf(sealed.body, sealed.seal, store.audit.entries(sealed.id))
        store.outbox.attach_pdf(sealed.id, sealed.version, pdf)
    except Exception as problem:  # the record itself is sealed and queued: that is what counts
        log.warning("the PDF was not made after sealing (%s)", type(problem).__name__)
        return False
    return True


def seal_for_outbox(
    store: Store,
    kind: RecordKind,
    body: dict[str, Any],
    family: Family,
    signatures: Sequence[Signature],
    *,
    confirmed_at: datetime | None,
    worker: str,
    young_people_confirmed_at: Mapping[uuid.UUID, datetime] | None = None,
) -> StoredRecord:
    """Seal a signed record (a visit's form, or a withdrawal) and keep its PDF with its
    outbox entry (on the store thread): what every Seal button does."""
    sealed = store.sealing.seal(
        kind,
        body,
        family,
        signatures,
        confirmed_at=confirmed_at,
        worker=worker,
        young_people_confirmed_at=young_people_confirmed_at,
    )
    keep_outbox_pdf(store, sealed)
    return sealed
