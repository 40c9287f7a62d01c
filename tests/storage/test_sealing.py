"""Sealed records: complete or refused, verifiable, and any later change detected."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, NotSought
from cssw_core.domain.sealing import RecordKind, seal_problem
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.errors import ValidationFailed
from cssw_desktop.storage.database import IntegrityError
from cssw_desktop.storage.records import RecordSealed
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.vault import Vault
from tests.support.records import (
    VISIT_START,
    complete_draft,
    family_with_teenager,
    seal_consent,
    signatures_for,
    synthetic_signature,
)
from tests.support.stores import PASSPHRASE

CONFIRMED = VISIT_START.replace(minute=18)


def seal_visit(store: Store, refuse: tuple[Agency, ...] = (), points: int = 200) -> uuid.UUID:
    """A visit without an interpreter: the parent's and the young person's signatures."""
    family = store.families.add(family_with_teenager())
    draft = replace(
        complete_draft(family, refuse=refuse),
        interpreter_used=False,
        interpreter_language="",
        interpreter_name="",
    )
    return seal_consent(store, family, points=points, draft=draft).id


def test_a_complete_visit_is_sealed_and_verifies(store: Store) -> None:
    record_id = seal_visit(store)
    stored = store.records.get(record_id, 1)
    assert stored.sealed
    assert stored.seal is not None
    assert seal_problem(stored.body, stored.seal) is None
    assert stored.body["family"]["family_name"] == "Okafor"
    assert [s["role"] for s in stored.body["signatures"]] == ["parent", "young_person"]
    assert stored.seal.public_key == store.device.key().public_key
    assert [c.problem for c in store.sealing.check_all()] == [None]
    assert "record.sealed" in [e.action for e in store.audit.entries(record_id)]


def test_the_draft_row_becomes_the_sealed_record(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family)
    store.records.save_draft(draft.id, 1, family.id, {"step": "signing"}, step="signing")
    store.sealing.seal(
        RecordKind.CONSENT,
        draft.to_json(),
        family,
        signatures_for(draft),
        confirmed_at=CONFIRMED,
        worker="J",
    )
    assert store.records.drafts() == []
    assert [r.id for r in store.records.sealed_for_family(family.id)] == [draft.id]


def test_an_unfinished_record_is_refused_with_reasons(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = replace(complete_draft(family), share_with={Agency.POLICE: None})
    with pytest.raises(ValidationFailed) as refused:
        store.sealing.seal(
            RecordKind.CONSENT,
            draft.to_json(),
            family,
            signatures_for(draft),
            confirmed_at=CONFIRMED,
            worker="J",
        )
    assert "Not answered yet: Share with: Police" in refused.value.message
    assert store.records.sealed_for_family(family.id) == []


def test_signatures_are_required(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family)
    only_parent = [s for s in signatures_for(draft) if s.role is SignerRole.PARENT]
    with pytest.raises(ValidationFailed, match="Chidi Okafor has not signed"):
        store.sealing.seal(
            RecordKind.CONSENT,
            draft.to_json(),
            family,
            only_parent,
            confirmed_at=CONFIRMED,
            worker="J",
        )
    with pytest.raises(ValidationFailed, match="person giving consent has not signed"):
        store.sealing.seal(
            RecordKind.CONSENT, draft.to_json(), family, [], confirmed_at=CONFIRMED, worker="J"
        )


def test_a_young_person_not_asked_needs_a_reason_but_no_signature(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    teen = family.children[0]
    draft = replace(
        complete_draft(family),
        young_person_consents={teen.id: NotSought("Away at a residential school trip")},
    )
    store.sealing.seal(
        RecordKind.CONSENT,
        draft.to_json(),
        family,
        [
            synthetic_signature(SignerRole.PARENT, "Grace Okafor"),
            synthetic_signature(SignerRole.INTERPRETER, draft.interpreter_name),
        ],
        confirmed_at=CONFIRMED,
        worker="J",
    )
    assert [c.problem for c in store.sealing.check_all()] == [None]


def test_sealing_twice_is_refused(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family)
    args = (RecordKind.CONSENT, draft.to_json(), family, signatures_for(draft))
    store.sealing.seal(*args, confirmed_at=CONFIRMED, worker="J")
    with pytest.raises(RecordSealed):
        store.sealing.seal(*args, confirmed_at=CONFIRMED, worker="J")


def test_sql_cannot_change_a_sealed_record(store: Store) -> None:
    record_id = seal_visit(store)
    db = store._db
    for statement in (
        "UPDATE consent_records SET body = '{}'",
        "UPDATE consent_records SET state = 'draft'",
        "DELETE FROM consent_records",
    ):
        with pytest.raises(IntegrityError, match="sealed records cannot be"):
            db.query(statement)
    with pytest.raises(IntegrityError, match="device key cannot be"):
        db.query("DELETE FROM device")
    assert store.records.get(record_id, 1).sealed


def test_an_edit_behind_the_triggers_back_is_caught_by_verify(store: Store) -> None:
    """Someone with the key drops the trigger and edits the record: the seal gives it away."""
    good = seal_visit(store)
    bad = seal_visit(store)
    db = store._db
    db.query("DROP TRIGGER consent_records_sealed_no_update")
    db.query(
        'UPDATE consent_records SET body = replace(body, \'"police":"yes"\', '
        '\'"police":"no"\') WHERE id = ?',
        (str(bad),),
    )
    checks = {uuid.UUID(c.record_id): c.problem for c in store.sealing.check_all()}
    assert checks[good] is None
    assert checks[bad] == "the record's content does not match its sealed hash"


def test_a_flipped_byte_in_the_file_names_that_record(vault: Vault, data_dir: Path) -> None:
    store = vault.create(PASSPHRASE)
    small = seal_visit(store, points=30)
    store.checkpoint()
    large = seal_visit(store, points=3000)  # its ink fills the last pages of the file
    store.close()
    path = data_dir / "store.db"
    data = bytearray(path.read_bytes())
    data[-1000] ^= 0x01
    path.write_bytes(bytes(data))

    # Unlocking finds the damage (tests/faults/test_corruption.py); `verify` opens the
    # damaged store anyway, read only, to name the records it touches.
    store = vault.unlock(PASSPHRASE, allow_damaged=True)
    assert store.damage
    try:
        checks = {uuid.UUID(c.record_id): c.problem for c in store.sealing.check_all()}
    finally:
        store.close(audit=False)
    assert checks[small] is None
    problem = checks[large]
    assert problem is not None
    assert "damaged" in problem


def test_consent_state_applies_a_later_withdrawal(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family, refuse=(Agency.HOUSING,))
    store.sealing.seal(
        RecordKind.CONSENT,
        draft.to_json(),
        family,
        signatures_for(draft),
        confirmed_at=CONFIRMED,
        worker="J",
    )
    state = store.sealing.consent_state(family.id)
    assert state.may_share_with(Agency.POLICE)
    assert not state.may_share_with(Agency.HOUSING)
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=datetime(2026, 4, 2, 9, 0, tzinfo=UTC),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.POLICE}),
        reason="",
        worker_attested=True,
        worker="Jaspreet Patel",
    )
    store.sealing.seal(
        RecordKind.WITHDRAWAL,
        withdrawal.to_json(),
        family,
        [],
        confirmed_at=None,
        worker="Jaspreet Patel",
    )
    state = store.sealing.consent_state(family.id)
    assert not state.may_share_with(Agency.POLICE)
    assert state.may_approach(Agency.POLICE)  # only sharing was withdrawn
    assert [c.problem for c in store.sealing.check_all()] == [None, None]
    assert state.share_with[Agency.EDUCATION] is Answer.YES


def test_each_young_persons_confirmation_is_sealed_with_its_time(store: Store) -> None:
    family = store.families.add(family_with_teenager())
    draft = complete_draft(family)
    teen = family.children[0]
    confirmed = VISIT_START.replace(minute=19)
    sealed = store.sealing.seal(
        RecordKind.CONSENT,
        draft.to_json(),
        family,
        signatures_for(draft),
        confirmed_at=CONFIRMED,
        worker="J",
        young_people_confirmed_at={teen.id: confirmed},
    )
    assert sealed.body["young_people_confirmed_at"] == {str(teen.id): "2026-03-14T10:19:00.000000Z"}
    assert [c.problem for c in store.sealing.check_all()] == [None]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"consent_giver_name": "Grace\u202e Okafor"}, "consent giver's name contains hidden"),
        ({"interpreter_language": "Pol\x00ish"}, "interpreter's language contains hidden"),
    ],
)
def test_what_central_would_refuse_is_never_sealed(
    store: Store, change: dict[str, str], words: str
) -> None:
    """The last line on the laptop: central's upload rules before the seal, so no record
    is sealed only to be refused at every sync."""
    family = store.families.add(family_with_teenager())
    draft = replace(complete_draft(family), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed, match=words):
        store.sealing.seal(
            RecordKind.CONSENT,
            draft.to_json(),
            family,
            signatures_for(draft),
            confirmed_at=CONFIRMED,
            worker="J",
        )
    assert store.records.sealed_for_family(family.id) == []
    assert store.outbox.rows() == []
