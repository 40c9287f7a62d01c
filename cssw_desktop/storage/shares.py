"""Share records on the laptop: sealed and queued like a withdrawal, and the family's
sharing register (every share, in time order, with the consent as it stood then).

No Qt here: both run on the store thread. A share *with consent* is checked against the
family's consent at the moment of the share, from the sealed consent forms and
withdrawals this laptop holds, before it is sealed: one the family refused or withdrew is
refused in plain words and nothing is stored.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.share import Share, consent_problem, consent_state_at, register_order
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.errors import ValidationFailed

if TYPE_CHECKING:
    from cssw_desktop.storage.records import StoredRecord
    from cssw_desktop.storage.store import Store


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One share in the family's register, with what the family had consented to then."""

    share: Share
    consent_then: Answer | None
    """The family's answer for sharing with that agency at the moment of the share (None:
    no signed form yet, or not asked); `not_on_form` when the form does not ask about it."""
    not_on_form: bool


def _history(store: Store, family_id: uuid.UUID) -> tuple[
    list[ConsentRecordDraft], list[Withdrawal], list[Share]
]:  # fmt: skip
    forms: list[ConsentRecordDraft] = []
    withdrawals: list[Withdrawal] = []
    shares: list[Share] = []
    for stored in store.records.sealed_for_family(family_id):
        record = stored.body["record"]
        if stored.kind == RecordKind.CONSENT.value:
            forms.append(ConsentRecordDraft.from_json(record))
        elif stored.kind == RecordKind.WITHDRAWAL.value:
            withdrawals.append(Withdrawal.from_json(record))
        elif stored.kind == RecordKind.SHARE.value:
            shares.append(Share.from_json(record))
    return forms, withdrawals, shares


def consent_when_shared(store: Store, share: Share) -> ConsentState:
    """The consent at the moment of the share, from the forms and withdrawals held here.
    When no form of that time is held (purged after central's receipt, or signed on
    another laptop), the family's consent now as central last told this laptop is used."""
    forms, withdrawals, _ = _history(store, share.family_id)
    state = consent_state_at(forms, withdrawals, share.shared_at)
    if state.record_id is None:
        return store.caseload.consent_now(share.family_id)
    return state


def record_share(store: Store, share: Share, family: Family) -> StoredRecord:
    """Seal a share and queue it for central (store thread; the caller may keep its PDF with
    `outbox_pdf.keep_outbox_pdf`). ValidationFailed, storing
    nothing, when it is incomplete or a share "with consent" the family did not give."""
    if share.family_id != family.id:
        raise ValueError("the share is for a different family")
    problems = share.problems()
    if not problems:
        problem = consent_problem(share, consent_when_shared(store, share))
        problems = [] if problem is None else [problem]
    if problems:
        raise ValidationFailed([("share", p) for p in problems])
    return store.sealing.seal(
        RecordKind.SHARE, share.to_json(), family, [], confirmed_at=None, worker=share.worker
    )


def load_register(store: Store, family_id: uuid.UUID) -> list[RegisterEntry]:
    """Every share this laptop holds for the family, oldest first, each with the consent
    as it stood at that moment."""
    forms, withdrawals, shares = _history(store, family_id)
    entries = []
    for share in register_order(shares):
        agency = share.party.agency
        state = consent_state_at(forms, withdrawals, share.shared_at)
        entries.append(
            RegisterEntry(
                share=share,
                consent_then=None if agency is None else state.share_with[agency],
                not_on_form=agency is None,
            )
        )
    return entries
