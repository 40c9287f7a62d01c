"""The upload envelope and the sealed record inside it, fuzzed (hypothesis, property-based).

What central runs on every upload, in process and in order: the wire model
(`UploadRequest.model_validate_json`), `ingest.check_upload` (canonical JSON, hash, device,
seal, PDF), then `flags.compute_flags` (the record read as a consent record or withdrawal).
The property, for every input: the only outcomes are a clean refusal (pydantic's
ValidationError, `Refused` with a 4xx, or the RecordFormatError the upload answers with
422) or acceptance, and an accepted upload is a valid sealed record: its document hashes
to its content hash and the enrolled device's key verifies the seal.

Inputs: arbitrary bytes and JSON; a valid envelope with one byte flipped, inserted or
removed; one field swapped for a hostile value (wrong type, huge number, NaN, unicode edge
cases); duplicate keys; and documents changed in one place and then *re-sealed with the
enrolled device's own key* (what a stolen laptop could send), which pass the seal check
and so reach the record parsing behind it. Thousands of cases, each phase bounded in
examples and in time.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cssw_central.infra.problems import Refused
from cssw_central.services.flags import compute_flags
from cssw_central.services.identity import AuthenticatedDevice
from cssw_central.services.ingest import check_upload
from cssw_core.domain.canonical import NotCanonicalisable, canonical_json, parse_canonical
from cssw_core.domain.sealing import DeviceKey, Seal, canonical_seal_problem
from cssw_core.protocol import UploadRequest
from tests.faults import tally
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SealedDocument, new_device_key, seal_consent_document

SUITE = "fuzz: upload envelope (hypothesis)"
PHASE_SECONDS = 40.0  # each phase stops generating after this, whatever its examples
RECEIVED_AT = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)

KEY: DeviceKey = new_device_key()
DEVICE = AuthenticatedDevice(
    device_id=KEY.device_id,
    device_name="Fuzz laptop",
    public_key=KEY.public_key,
    worker_id="00000000-0000-4000-8000-000000000001",
    worker_name="Wendy Walker",
    username="wendy",
    role="worker",
    team_id="00000000-0000-4000-8000-000000000002",
    team_name="North",
)
_family = family_with_teenager()
SEALED: SealedDocument = seal_consent_document(KEY, _family, complete_draft(_family))
VALID: UploadRequest = SEALED.upload()
VALID_JSON: bytes = VALID.model_dump_json().encode("utf-8")


class Outcomes:
    """What the phases saw, for the tally and for checking the fuzz reached deep."""

    def __init__(self) -> None:
        self.cases = 0
        self.by_outcome: dict[str, int] = {}

    def note(self, outcome: str) -> None:
        self.cases += 1
        self.by_outcome[outcome] = self.by_outcome.get(outcome, 0) + 1


def ingest(raw: bytes) -> tuple[str, UploadRequest | None]:
    """Central's checks on one upload body: ("refused:<why>", None) or ("accepted", upload).

    Any exception other than the intended refusals escapes and fails the property."""
    try:
        upload = UploadRequest.model_validate_json(raw)
    except ValidationError:
        return "refused:wire", None
    refusal: Refused | None = None
    try:
        checked = check_upload(upload, DEVICE)
    except Refused as refused:
        refusal = refused
    if refusal is not None:
        assert 400 <= refusal.status < 500
        assert refusal.message
        assert "Traceback" not in refusal.message
        return f"refused:{refusal.code.value}", None
    try:
        compute_flags(checked.document, RECEIVED_AT)
    except ValueError:  # RecordFormatError: upload.py answers 422 "malformed"
        return "refused:record", None
    return "accepted", upload


def assert_valid_sealed_record(upload: UploadRequest) -> None:
    """Independently of ingest: the hash and the device's seal hold over the document."""
    raw = upload.document.encode("utf-8")
    assert hashlib.sha256(raw).hexdigest() == upload.content_hash
    document = parse_canonical(raw)
    seal = Seal(upload.content_hash, upload.seal_signature, KEY.device_id, KEY.public_key)
    assert canonical_seal_problem(raw, document, seal) is None


def _within(deadline: float) -> bool:
    return time.monotonic() < deadline


# --- hostile values -------------------------------------------------------------------------

HOSTILE_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, -1, 0, 10**6 + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.sampled_from(
        [
            "",
            "\u0000",
            "\ufeff",
            "\u202e",  # right-to-left override
            "e\u0301",  # combining accent
            "\U0001f600",
            "\ud800",  # a lone surrogate (not valid Unicode)
            "ａｂｃ",  # fullwidth
            "x" * 5000,
            "0000-00-00T00:00:00.000000Z",
            "9999-12-31T23:59:59.999999Z",
        ]
    ),
)
HOSTILE_VALUES = st.recursive(
    HOSTILE_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _json_text(value: Any) -> bytes:
    """JSON with NaN/Infinity literals allowed, and lone surrogates escaped (not encoded)."""
    return json.dumps(value, allow_nan=True).encode("ascii")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


DOCUMENT_PATHS = [p for p in _paths(SEALED.document) if p]


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replaced(value[head], rest, new)
    return copy


def _removed(value: Any, path: tuple[Any, ...]) -> Any:
    head, rest = path[0], path[1:]
    if rest:
        return (
            {**value, head: _removed(value[head], rest)}
            if isinstance(value, dict)
            else [*value[:head], _removed(value[head], rest), *value[head + 1 :]]
        )
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != head}
    return [*value[:head], *value[head + 1 :]]


# --- the phases -----------------------------------------------------------------------------

FUZZ = settings(
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    max_examples=1500,
)


@pytest.fixture(scope="module")
def outcomes() -> Iterator[Outcomes]:
    seen = Outcomes()
    yield seen
    tally.add(SUITE, cases=seen.cases, failures=0)


def test_the_valid_upload_is_accepted() -> None:
    """The baseline the mutations start from is itself accepted (else they prove nothing)."""
    assert ingest(VALID_JSON)[0] == "accepted"


def test_arbitrary_bytes_and_json_are_refused_cleanly(outcomes: Outcomes) -> None:
    deadline = time.monotonic() + PHASE_SECONDS

    @FUZZ
    @given(
        raw=st.one_of(
            st.binary(max_size=500),
            HOSTILE_VALUES.map(_json_text),
            st.builds(
                lambda v: b"[" * v + b"]" * v, st.integers(min_value=1000, max_value=200_000)
            ),
        )
    )
    def run(raw: bytes) -> None:
        if not _within(deadline):
            return
        outcome, _ = ingest(raw)
        outcomes.note(outcome)
        assert outcome != "accepted"

    run()


def test_a_valid_envelope_changed_in_one_byte_or_field_is_never_accepted_changed(
    outcomes: Outcomes,
) -> None:
    deadline = time.monotonic() + PHASE_SECONDS
    envelope = json.loads(VALID_JSON)
    fields = sorted(envelope)

    byte_changes = st.tuples(
        st.integers(0, len(VALID_JSON) - 1),
        st.sampled_from(["flip", "insert", "delete"]),
        st.integers(0, 255),
    ).map(lambda change: _byte_changed(VALID_JSON, *change))
    field_changes = st.tuples(st.sampled_from(fields), HOSTILE_VALUES).map(
        lambda change: _json_text({**envelope, change[0]: change[1]})
    )
    duplicate_keys = st.tuples(st.sampled_from(fields), HOSTILE_VALUES).map(
        lambda change: (
            VALID_JSON[:-1]
            + b","
            + json.dumps(change[0]).encode()
            + b":"
            + _json_text(change[1])
            + b"}"
        )
    )

    @FUZZ
    @given(raw=st.one_of(byte_changes, field_changes, duplicate_keys))
    def run(raw: bytes) -> None:
        if not _within(deadline):
            return
        outcome, upload = ingest(raw)
        outcomes.note(outcome)
        if upload is not None:
            # Accepted only when what it means is unchanged: the same sealed record (JSON
            # whitespace or an escape spelled differently), never different content.
            assert_valid_sealed_record(upload)
            assert (upload.document, upload.content_hash, upload.record_id) == (
                VALID.document,
                VALID.content_hash,
                VALID.record_id,
            )

    run()


def _byte_changed(raw: bytes, index: int, how: str, byte: int) -> bytes:
    if how == "flip":
        return raw[:index] + bytes([raw[index] ^ (byte or 1)]) + raw[index + 1 :]
    if how == "insert":
        return raw[:index] + bytes([byte]) + raw[index:]
    return raw[:index] + raw[index + 1 :]


def test_documents_resealed_with_the_devices_own_key_are_refused_or_valid(
    outcomes: Outcomes,
) -> None:
    """A stolen laptop can seal anything: the record behind the seal is still checked, and
    nothing but a refusal or a valid record comes out."""
    deadline = time.monotonic() + PHASE_SECONDS
    seen: dict[str, int] = {}

    @FUZZ
    @given(
        path=st.sampled_from(DOCUMENT_PATHS),
        value=HOSTILE_VALUES,
        remove=st.booleans(),
    )
    def run(path: tuple[Any, ...], value: Any, remove: bool) -> None:
        if not _within(deadline):
            return
        document = (
            _removed(SEALED.document, path) if remove else _replaced(SEALED.document, path, value)
        )
        try:
            text = canonical_json(document).decode("utf-8")
            seal = KEY.seal(document)
        except NotCanonicalisable:  # the laptop itself cannot seal it (floats, NaN, ...)
            text = json.dumps(document, allow_nan=True)
            seal = Seal(
                hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                "0" * 128,
                KEY.device_id,
                KEY.public_key,
            )
        envelope = json.loads(VALID_JSON) | {
            "document": text,
            "content_hash": seal.content_hash,
            "seal_signature": seal.signature,
        }
        outcome, accepted = ingest(json.dumps(envelope).encode("ascii"))
        outcomes.note(outcome)
        seen[outcome] = seen.get(outcome, 0) + 1
        if accepted is not None:
            assert_valid_sealed_record(accepted)

    run()
    # The fuzz got past the seal into the record's own checks, both ways.
    assert seen.get("refused:record", 0) + seen.get("refused:malformed", 0) > 0
    assert seen.get("accepted", 0) > 0


@pytest.mark.parametrize("digits", ["٢٠٢٦", "２０２６", "२०२६"])
def test_times_and_birth_dates_in_other_scripts_digits_are_refused(digits: str) -> None:
    # Regular expressions' \d matches any script's digits; the protocol's times and
    # dates must be ASCII, as every reader downstream (and the case system) expects.
    from cssw_core.protocol import CaseloadChild, Heartbeat

    with pytest.raises(ValidationError):
        CaseloadChild.model_validate(
            {
                "id": "0b9b8c52-5d3a-4c55-9d7e-3f2a4b6c7d8e",
                "name": "A child",
                "gender": "",
                "date_of_birth": f"{digits}-01-31",
            }
        )
    good = {
        "pending": 0,
        "failed": 0,
        "synced": 0,
        "oldest_pending_seconds": None,
        "app_version": "t",
    }
    Heartbeat.model_validate({**good, "last_sync_at": "2026-01-31T10:00:00.000000Z"})
    with pytest.raises(ValidationError):
        Heartbeat.model_validate({**good, "last_sync_at": f"{digits}-01-31T10:00:00.000000Z"})
