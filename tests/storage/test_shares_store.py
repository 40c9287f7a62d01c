"""Share records in the laptop's store: refused without the family's consent at the time,
sealed and queued otherwise; with the forms purged, central's last word on consent counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import DocumentKind
from cssw_core.errors import ValidationFailed
from cssw_core.protocol import CaseloadConsent
from cssw_desktop.storage.shares import load_register, record_share
from cssw_desktop.storage.store import Store
from tests.core.domain.test_share import FAMILY, SHARED, with_consent, without_consent


def _snapshot(answer: str) -> CaseloadConsent:
    agencies = {a.value: answer for a in AGENCIES}
    return CaseloadConsent(
        record_id="5b2a4c7e-1d3f-4a6b-9c8d-7e6f5a4b3c2d",
        record_version=1,
        share_with=agencies,  # type: ignore[arg-type]
        approach=agencies,  # type: ignore[arg-type]
        documents={d.value: "yes" for d in DocumentKind},
        research_consent="no",
        signed_at="2026-03-14T10:30:00.000000Z",
    )


def test_with_no_form_held_the_caseload_snapshot_decides(store: Store) -> None:
    store.families.add(FAMILY)
    share = with_consent()
    with pytest.raises(ValidationFailed):  # nothing known of the family's consent: refused
        record_share(store, share, FAMILY)
    assert store.outbox.rows() == []
    with store._db.transaction() as conn:
        store.caseload.save_snapshot(conn, FAMILY.id, _snapshot("yes"), "2026-03-15T00:00:00Z")
    record_share(store, share, FAMILY)
    police = without_consent(shared_at=SHARED + timedelta(hours=1))
    record_share(store, police, FAMILY)  # never checked against the form
    assert [r.kind for r in store.outbox.rows()] == ["share", "share"]
    assert [e.share.id for e in load_register(store, FAMILY.id)] == [share.id, police.id]
