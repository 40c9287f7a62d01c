"""The audit log's quick entry hash is byte for byte the canonical one.

Each entry's hash is built without a second walk of its detail (storage/audit.py); the
chain check (`AuditLog.broken_at`) and every existing store use `entry_hash` over
canonical JSON. These must agree for any entry the log accepts, or stores written by
this version would read as tampered with by the next.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cssw_core.domain.canonical import canonical_json
from cssw_desktop.storage.audit import (
    AuditAction,
    DetailValue,
    _checked_detail,
    _quick_entry_hash,
    detail_json,
    entry_hash,
)
from cssw_desktop.storage.store import Store
from tests.support.records import family_with_teenager

identifiers = st.from_regex(r"\A[a-z0-9][a-z0-9_.:-]{0,63}\Z")
values = st.one_of(identifiers, st.integers(min_value=-(2**70), max_value=2**70), st.booleans())
details = st.dictionaries(identifiers, values, max_size=6)
texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@given(
    seq=st.integers(min_value=1, max_value=2**53),
    at=texts,
    actor=texts,
    action=st.sampled_from([a.value for a in AuditAction]),
    subject=texts,
    detail=details,
    prev=st.text("0123456789abcdef", min_size=64, max_size=64),
)
def test_the_quick_hash_is_the_canonical_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    subject: str,
    detail: dict[str, DetailValue],
    prev: str,
) -> None:
    checked = _checked_detail(detail)
    assert detail_json(checked) == canonical_json(checked).decode("utf-8")
    quick = _quick_entry_hash(seq, at, actor, action, subject, detail_json(checked), prev)
    assert quick == entry_hash(seq, at, actor, action, subject, checked, prev)


def test_entries_written_by_the_store_check_out_against_the_canonical_hash(
    store: Store,
) -> None:
    store.audit.record(AuditAction.SETTING_CHANGED, None, name="text_scale", on=True, size=2)
    store.audit.record(AuditAction.VISIT_STEP, "7c9e6679-7425-40de-944b-e07fc1f90ae7", step=3)
    entries = store.audit.entries()
    assert len(entries) >= 3
    assert all(entry.hash == entry.expected_hash() for entry in entries)
    assert store.audit.broken_at() is None


def test_families_saved_together_are_audited_one_by_one_in_an_unbroken_chain(
    store: Store,
) -> None:
    store.audit.record(AuditAction.SETTING_CHANGED, None, name="text_scale")
    families = [family_with_teenager(), family_with_teenager(), family_with_teenager()]
    assert store.families.add_many(families) == 3
    store.families.add(family_with_teenager())  # and one more after them
    added = [e for e in store.audit.entries() if e.action == AuditAction.FAMILY_ADDED.value]
    assert [e.subject for e in added[:3]] == [str(f.id) for f in families]
    assert [e.detail for e in added] == [{"children": 2}] * 4
    assert [e.seq for e in added] == list(range(added[0].seq, added[0].seq + 4))
    assert store.audit.broken_at() is None
