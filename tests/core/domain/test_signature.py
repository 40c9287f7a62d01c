"""Signatures in the sealed record: drawn ones keep exactly the JSON they always had, and
a typed signature (the keyboard alternative) says the name typed and carries no ink."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.signature import InkDevice, InkPoint, Signature, SignerRole, Stroke

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
