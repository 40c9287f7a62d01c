"""The worker's caseload from central, and the family's consent now when records are gone.

`apply` saves central's families (added or updated) and each family's consent snapshot.

The consent now, when local records cannot tell it alone (`consent_now`):
- while the family's sealed records are all on this laptop and no newer snapshot exists,
  it is worked out from them (the latest consent record with later withdrawals);
- once records were purged, or central knows a newer consent record (signed on another
  laptop), the base is the snapshot: central's caseload, or the one the purge keeps of
  the family's consent just before deleting bodies (`save_snapshot`). Local withdrawals
  sealed after the snapshot's record are applied on top (applying one twice is harmless:
  it only ever turns answers to No).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import Answer, ConsentRecordDraft, DocumentKind
from cssw_core.domain.consent_state import ConsentState, current_consent_state
from cssw_core.domain.family import Child, Family
from cssw_core.domain.own_consent import (
    OwnConsent,
    apply_own_withdrawals,
    from_caseload,
    to_caseload,
)
from cssw_core.domain.withdrawal import Withdrawal
from cssw_desktop.storage.audit import AuditAction, AuditLog
from cssw_desktop.storage.corrections import save_corrections
from cssw_desktop.storage.database import Database
from cssw_desktop.storage.families import FamilyRepository
from cssw_desktop.storage.records import RecordRepository

# The protocol's models load pydantic (slow to import): only the sync path needs them.
if TYPE_CHECKING:
    from cssw_core.protocol import AnswerName, Caseload, CaseloadConsent, CaseloadFamily


@dataclass(frozen=True, slots=True)
class CaseloadApplied:
    saved: int  # families now on this laptop from the download
    left_out: int  # families whose details broke the laptop's rules: left as they were


def _family(item: CaseloadFamily) -> Family:
    children = tuple(
        Child(c.name, c.gender, date.fromisoformat(c.date_of_birth), uuid.UUID(c.id))
        for c in item.children
    )
    return Family(
        item.family_name,
        item.address,
        item.case_reference,
        item.allocated_worker,
        children,
        uuid.UUID(item.id),
    )


def _answer(value: AnswerName) -> Answer | None:
    return None if value is None else Answer(value)


def _name(value: Answer | None) -> AnswerName:
    return None if value is None else value.value


def snapshot_of(state: ConsentState, signed_at: str | None) -> CaseloadConsent:
    """A consent state in the caseload's shape (to keep it when records are purged)."""
    from cssw_core.protocol import CaseloadConsent

    return CaseloadConsent(
        record_id=None if state.record_id is None else str(state.record_id),
        record_version=state.record_version,
        share_with={a.value: _name(v) for a, v in state.share_with.items()},
        approach={a.value: _name(v) for a, v in state.approach.items()},
        documents={d.value: _name(v) for d, v in state.documents.items()},
        research_consent=_name(state.research_consent),
        signed_at=signed_at,
        young_people=to_caseload(state.young_people),  # type: ignore[arg-type]
    )


def state_of(snapshot: CaseloadConsent, withdrawals: list[Withdrawal]) -> ConsentState:
    """The consent state a snapshot describes, with later local withdrawals applied: the
    adult's to the family's consent, a young person's to their own."""
    known = {a.value for a in AGENCIES}
    adult = [w for w in withdrawals if w.young_person is None]
    share = {a: _answer(snapshot.share_with.get(a.value)) for a in AGENCIES}
    approach = {a: _answer(snapshot.approach.get(a.value)) for a in AGENCIES}
    documents = {d: _answer(snapshot.documents.get(d.value)) for d in DocumentKind}
    research = _answer(snapshot.research_consent)
    for withdrawal in adult:
        share.update(dict.fromkeys((a for a in withdrawal.share if a.value in known), Answer.NO))
        approach.update(
            dict.fromkeys((a for a in withdrawal.approach if a.value in known), Answer.NO)
        )
        documents.update(dict.fromkeys(withdrawal.documents, Answer.NO))
        if withdrawal.research:
            research = Answer.NO
    young: dict[uuid.UUID, OwnConsent] = {}
    for child_id, item in snapshot.young_people.items():
        try:
            given = from_caseload(child_id, item.model_dump())
        except (ValueError, KeyError):
            continue
        young[given.child.id] = apply_own_withdrawals(given, withdrawals)
    return ConsentState(
        record_id=None if snapshot.record_id is None else uuid.UUID(snapshot.record_id),
        record_version=snapshot.record_version,
        share_with=MappingProxyType(share),
        approach=MappingProxyType(approach),
        documents=MappingProxyType(documents),
        research_consent=research,
        withdrawals_applied=tuple(adult),
        young_people=MappingProxyType(young),
    )


class CaseloadRepository:
    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        families: FamilyRepository,
        records: RecordRepository,
    ) -> None:
        self._db = db
        self._audit = audit
        self._families = families
        self._records = records

    def apply(self, caseload: Caseload) -> CaseloadApplied:
        """Save central's families and their consent snapshots. A family whose details
        break the laptop's rules (a child another family holds, say) is left as it was,
        and counted, so the worker is told; the rest are saved."""
        families = []
        for item in caseload.families:
            try:
                families.append(_family(item))
            except ValueError:  # e.g. a date of birth that is not a real date
                continue
        saved = set(self._families.upsert_many(families))
        with self._db.transaction() as conn:
            for item in caseload.families:
                if uuid.UUID(item.id) in saved:
                    self._save(conn, item.id, item.consent, caseload.as_of)
                    save_corrections(conn, item)
            self._audit.append(
                conn,
                AuditAction.CASELOAD_APPLIED,
                None,
                families=len(saved),
                left_out=len(caseload.families) - len(saved),
            )
        return CaseloadApplied(len(saved), len(caseload.families) - len(saved))

    def save_snapshot(
        self, conn: Any, family_id: uuid.UUID, consent: CaseloadConsent, as_of: str
    ) -> None:
        """Keep a snapshot inside the caller's transaction (the purge uses this)."""
        self._save(conn, str(family_id), consent, as_of)

    @staticmethod
    def _save(conn: Any, family_id: str, consent: CaseloadConsent, as_of: str) -> None:
        # Never replace a snapshot with an older one.
        conn.execute(
            "INSERT INTO caseload_consent (family_id, consent_json, as_of) VALUES (?, ?, ?) "
            "ON CONFLICT (family_id) DO UPDATE SET consent_json = excluded.consent_json, "
            "as_of = excluded.as_of WHERE excluded.as_of >= caseload_consent.as_of",
            (family_id, consent.model_dump_json(), as_of),
        )

    def snapshot(self, family_id: uuid.UUID) -> CaseloadConsent | None:
        text = self._db.scalar(
            "SELECT consent_json FROM caseload_consent WHERE family_id = ?", (str(family_id),)
        )
        from cssw_core.protocol import CaseloadConsent

        return None if text is None else CaseloadConsent.model_validate_json(str(text))

    def consent_now(self, family_id: uuid.UUID) -> ConsentState:
        """The family's consent now, even after its records were purged (see the module)."""
        latest: ConsentRecordDraft | None = None
        latest_sealed = ""
        withdrawals: list[tuple[str, Withdrawal]] = []
        for stored in self._records.sealed_for_family(family_id):
            sealed_at = str(stored.body.get("sealed_at", ""))
            if stored.kind == "consent":
                latest = ConsentRecordDraft.from_json(stored.body["record"])
                latest_sealed = sealed_at
            elif stored.kind == "withdrawal":
                withdrawals.append((sealed_at, Withdrawal.from_json(stored.body["record"])))
        snapshot = self.snapshot(family_id)
        purged = self._db.scalar(
            "SELECT count(*) FROM outbox WHERE family_id = ? AND purged_at IS NOT NULL",
            (str(family_id),),
        )
        if snapshot is None:
            return current_consent_state(latest, [w for _, w in withdrawals])
        since = snapshot.signed_at or ""
        use_snapshot = (
            latest is None or since > latest_sealed or (bool(purged) and since >= latest_sealed)
        )
        if not use_snapshot:
            return current_consent_state(latest, [w for _, w in withdrawals])
        return state_of(snapshot, [w for at, w in withdrawals if at > since])

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM caseload_consent"))
