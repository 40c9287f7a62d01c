"""Signatures in the sealed record: drawn ones keep exactly the JSON they always had, and
a typed signature (the keyboard alternative) says the name typed and carries no ink."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.signature import (
    InkDevice,
    InkPoint,
    Signature,
    SignerRole,
    Stroke,
    plain_ink_holds,
)

SIGNED_AT = datetime(2026, 3, 14, 10, 20, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n-picture-"

# A parent's drawn signature exactly as records sealed before typed signatures were stored.
SEALED_BEFORE = {
    "role": "parent",
    "signer_name": "Grace Okafor",
    "signed_at": "2026-03-14T10:20:00.000000Z",
    "width": 600,
    "height": 200,
    "strokes": [{"device": "pen", "points": [[100, 200, 0, 500], [4000, 9000, 16, 620]]}],
    "image_png": "iVBORw0KGgotcGljdHVyZS0=",
    "child_id": None,
}


def drawn() -> Signature:
    stroke = Stroke(InkDevice.PEN, (InkPoint(100, 200, 0, 500), InkPoint(4000, 9000, 16, 620)))
    return Signature(SignerRole.PARENT, "Grace Okafor", SIGNED_AT, 600, 200, (stroke,), PNG)


def typed(**changes: object) -> Signature:
    values: dict[str, object] = {
        "role": SignerRole.YOUNG_PERSON,
        "signer_name": "Chidi Okafor",
        "signed_at": SIGNED_AT,
        "width": 600,
        "height": 200,
        "strokes": (),
        "image_png": PNG,
        "child_id": uuid.UUID(int=7),
        "typed_name": "Chidi Okafor",
    }
    values.update(changes)
    return Signature(**values)  # type: ignore[arg-type]


def test_a_drawn_signature_keeps_the_json_records_were_sealed_with() -> None:
    assert drawn().to_json() == SEALED_BEFORE
    parsed = Signature.from_json(SEALED_BEFORE)
    assert parsed == drawn()
    assert not parsed.typed
    assert canonical_json(parsed.to_json()) == canonical_json(SEALED_BEFORE)


def test_a_typed_signature_says_the_name_typed_and_has_no_ink() -> None:
    signature = typed()
    value = signature.to_json()
    assert value["typed_name"] == "Chidi Okafor"
    assert value["strokes"] == []
    assert signature.typed
    assert signature.point_count == 0
    assert Signature.from_json(value) == signature


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"typed_name": "  "}, "needs the name"),
        ({"strokes": drawn().strokes}, "no ink"),
    ],
)
def test_a_typed_signature_is_a_name_and_nothing_drawn(
    changes: dict[str, object], reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        typed(**changes)


def test_a_typed_name_that_is_not_text_is_refused() -> None:
    value = typed().to_json()
    value["typed_name"] = 42
    with pytest.raises(ValueError, match="must be text"):
        Signature.from_json(value)


# Ink as JSON might bring it, right or wrong: points of any length and of any plain JSON
# values (bools, negative times, pressures past 1000, text), devices known or not.
_point_values = st.integers(-5, 1005) | st.booleans() | st.none() | st.text(max_size=2)
_points = st.lists(
    st.lists(st.integers(-5, 1005), min_size=4, max_size=4)
    | st.lists(_point_values, max_size=5)
    | st.text(max_size=3),
    max_size=6,
)
_stroke = st.fixed_dictionaries(
    {"device": st.sampled_from(["pen", "mouse", "touch", "quill", ""]), "points": _points}
) | st.dictionaries(st.sampled_from(["device", "points", "extra"]), _points, max_size=3)
_any_strokes = st.lists(_stroke, max_size=4) | st.text(max_size=3) | st.none()


def _reads(strokes: object) -> bool:
    try:
        [Stroke.from_json(s) for s in strokes]  # type: ignore[attr-defined]
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    return True


@given(_any_strokes)
def test_ink_said_to_hold_plainly_reads_as_strokes(strokes: object) -> None:
    """The quick check (central's and the laptop's rules use it) never passes ink that
    reading the strokes one point at a time would refuse."""
    if plain_ink_holds(strokes):
        assert _reads(strokes)


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "device": st.sampled_from(["pen", "mouse", "touch"]),
                "points": st.lists(
                    st.tuples(
                        st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6),
                        st.integers(0, 10**7), st.integers(0, 1000),
                    ).map(list),
                    max_size=20,
                ),
            }
        ),
        max_size=4,
    )
)  # fmt: skip
def test_ink_as_the_pad_makes_it_holds_plainly(strokes: list[dict[str, object]]) -> None:
    assert plain_ink_holds(strokes)
    assert _reads(strokes)


def test_a_typed_signature_that_carries_ink_is_refused_by_the_rules() -> None:
    from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
    from tests.support.records import complete_draft, family_with_teenager
    from tests.support.sealed_documents import new_device_key, seal_consent_document

    family = family_with_teenager()
    document = seal_consent_document(new_device_key(), family, complete_draft(family)).document
    check_document(document)  # as sealed: within the rules
    signature = document["signatures"][0]
    assert signature["strokes"]  # drawn
    signature["typed_name"] = "Grace Okafor"
    with pytest.raises(DocumentRuleBroken, match="signature on the record"):
        check_document(document)
    signature["strokes"] = []  # typed, no ink: within the rules
    check_document(document)
