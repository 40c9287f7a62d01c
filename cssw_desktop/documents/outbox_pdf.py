"""The sealed record's PDF, made right after sealing and kept with its outbox entry.

Sync then only sends: the PDF a team lead receives is the one rendered when the record
was sealed (its audit page ends with the seal). If making it fails here, nothing is lost:
the sync engine makes any PDF still missing before it sends the record.
"""

from __future__ import annotations

import logging

from cssw_desktop.documents.pdf import render_pdf
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store

log = logging.getLogger(__name__)


def keep_outbox_pdf(store: Store, sealed: StoredRecord) -> bool:
    """Render the sealed record's PDF into its outbox entry (on the store thread); True
    when it was kept. Never raises: sealing has already succeeded."""
    if sealed.seal is None:
        return False
    try:
        pdf = render_pdf(sealed.body, sealed.seal, store.audit.entries(sealed.id))
        store.outbox.attach_pdf(sealed.id, sealed.version, pdf)
    except Exception as problem:  # the engine makes it at sync time instead
        log.warning("the PDF was not made after sealing (%s)", type(problem).__name__)
        return False
    return True
