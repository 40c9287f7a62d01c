"""Central's caseload message for one family, carrying correction notes (rectification)."""

from __future__ import annotations

from cssw_core.domain.family import Family
from cssw_core.protocol import (
    Caseload,
    CaseloadChild,
    CaseloadConsent,
    CaseloadCorrection,
    CaseloadFamily,
)


def caseload_with_corrections(
    family: Family, records: list[tuple[str, int]], note: str
) -> Caseload:
    """`family` as central sends it, with `note` beside each (record id, version)."""
    return Caseload(
        families=[
            CaseloadFamily(
                id=str(family.id), family_name=family.family_name, address=family.address,
                case_reference=family.case_reference, allocated_worker=family.allocated_worker,
                children=[
                    CaseloadChild(
                        id=str(c.id), name=c.name, gender=c.gender,
                        date_of_birth=c.date_of_birth.isoformat(),
                    )
                    for c in family.children
                ],
                consent=CaseloadConsent(
                    record_id=None, record_version=None, share_with={}, approach={},
                    documents={}, research_consent=None, signed_at=None,
                ),
                corrections=[
                    CaseloadCorrection(
                        record_id=record_id, version=version,
                        corrected_at="2026-11-30T10:00:00.000000Z",
                        corrected_by="Dora Officer", note=note,
                    )
                    for record_id, version in records
                ],
            )
        ],
        as_of="2026-12-01T09:00:00.000000Z",
    )  # fmt: skip
