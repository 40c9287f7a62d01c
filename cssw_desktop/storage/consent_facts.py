"""What the families list needs to judge each family's consent state, read on the store thread.

For each family: the date, leaflet issue and young people of the form its consent now rests
on, and the agencies refused or withdrawn. The form is the local sealed record when the
consent now comes from it; after a purge (or a newer form signed on another laptop) it is
central's caseload snapshot, which does not say the leaflet issue (so a new leaflet cannot
be judged for that family until its next form).

Also the review period in force: central's policy when it has set one, the laptop's own
setting otherwise (offline, or a central that does not send it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.consent_status import (
    ConsentFacts,
    refused_and_withdrawn,
    review_months_in_force,
)
from cssw_core.domain.sealing import RecordKind
from cssw_desktop.settings import REVIEW_MONTHS
from cssw_desktop.storage.clock import parse_stamp

if TYPE_CHECKING:
    from cssw_desktop.storage.store import Store


def review_months_now(store: Store) -> int:
    """Central's review period if its policy sets one, else the laptop's setting."""
    return review_months_in_force(store.profile.review_months(), store.settings.get(REVIEW_MONTHS))


def facts_from(
    state: ConsentState, record: ConsentRecordDraft | None, snapshot_signed: date | None = None
) -> ConsentFacts:
    """The facts of a consent state and the form it rests on (`record`, or only the date and
    young people central's snapshot knows)."""
    if state.record_id is None:
        return ConsentFacts.never_asked()
    share: set[Agency] = set()
    approach: set[Agency] = set()
    for withdrawal in state.withdrawals_applied:
        share.update(withdrawal.share)
        approach.update(withdrawal.approach)
    refused, withdrawn = refused_and_withdrawn(state.share_with, state.approach, share, approach)
    if record is not None:
        return ConsentFacts(
            record.visit_date,
            record.leaflet_version,
            frozenset(c.id for c in record.young_people()),
            refused,
            withdrawn,
        )
    if snapshot_signed is None:  # a snapshot without its date: nothing to judge it by
        return ConsentFacts.never_asked()
    return ConsentFacts(snapshot_signed, "", frozenset(state.young_people), refused, withdrawn)


def family_facts(store: Store, family_id: uuid.UUID) -> ConsentFacts:
    """One family's consent facts (see the module)."""
    state = store.caseload.consent_now(family_id)
    if state.record_id is None:
        return ConsentFacts.never_asked()
    record = None
    for stored in store.records.sealed_for_family(family_id):
        if stored.kind == RecordKind.CONSENT.value and stored.id == state.record_id:
            record = ConsentRecordDraft.from_json(stored.body["record"])
    if record is not None:
        return facts_from(state, record)
    snapshot = store.caseload.snapshot(family_id)
    signed = None
    if snapshot is not None and snapshot.signed_at:
        signed = parse_stamp(snapshot.signed_at.replace("Z", "+00:00")).astimezone().date()
    return facts_from(state, None, signed)


def load_consent_facts(
    store: Store, family_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, ConsentFacts]:
    """Every listed family's consent facts (store thread)."""
    return {family_id: family_facts(store, family_id) for family_id in family_ids}
