"""Canonical JSON: the same value always gives the same bytes, and so the same seal."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cssw_core.domain.canonical import (
    NotCanonicalisable,
    canonical_json,
    content_hash,
    parse_canonical,
)

# Everything a record may hold: text, whole numbers, true/false, null, lists and objects.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


def shuffled(value: Any, rng: random.Random) -> Any:
    """The same value with every object's keys inserted in a random order."""
    if isinstance(value, dict):
        keys = list(value)
        rng.shuffle(keys)
        return {k: shuffled(value[k], rng) for k in keys}
    if isinstance(value, list):
        return [shuffled(v, rng) for v in value]
    return value


def key_orders(value: Any) -> list[list[str]]:
    """The key order of every object in canonical bytes, read back without re-sorting."""
    orders: list[list[str]] = []

    def keep(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        orders.append([k for k, _ in pairs])
        return dict(pairs)

    json.loads(canonical_json(value), object_pairs_hook=keep)
    return orders


def utf16(key: str) -> bytes:
    return key.encode("utf-16-be")


@given(json_values)
def test_the_same_value_gives_the_same_bytes(value: Any) -> None:
    assert canonical_json(value) == canonical_json(value)


@given(json_values, st.randoms(use_true_random=False))
def test_bytes_do_not_depend_on_key_insertion_order(value: Any, rng: random.Random) -> None:
    assert canonical_json(shuffled(value, rng)) == canonical_json(value)


@given(json_values)
def test_bytes_read_back_as_an_equal_value(value: Any) -> None:
    assert json.loads(canonical_json(value)) == value


@given(json_values)
def test_keys_are_sorted_by_utf16_code_units(value: Any) -> None:
    for keys in key_orders(value):
        assert keys == sorted(keys, key=utf16)


@given(json_values)
def test_content_hash_is_sha256_of_the_canonical_bytes(value: Any) -> None:
    assert content_hash(value) == hashlib.sha256(canonical_json(value)).hexdigest()


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_are_refused(number: float) -> None:
    with pytest.raises(NotCanonicalisable):
        canonical_json({"answer": [1, number]})


@pytest.mark.parametrize(
    "value",
    [{1: "a"}, {"a": {1, 2}}, {"when": b"bytes"}, object()],
    ids=["number key", "set", "bytes", "object"],
)
def test_values_json_cannot_carry_are_refused(value: Any) -> None:
    with pytest.raises(NotCanonicalisable):
        canonical_json(value)


def test_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(NotCanonicalisable):
        canonical_json({"name": "\ud800"})


def test_non_bmp_keys_sort_by_utf16_not_by_code_point() -> None:
    # U+1F600 is the surrogate pair D83D DE00 in UTF-16, so it sorts before U+FB33
    # (by code point it would come after).
    assert canonical_json({"\ufb33": 1, "\U0001f600": 2}) == (
        '{"\U0001f600":2,"\ufb33":1}'.encode()
    )


def test_rfc8785_key_ordering_example() -> None:
    # RFC 8785 section 3.2.3: sorting of property names.
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    assert key_orders(value) == [["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({}, b"{}"),
        ([], b"[]"),
        ({"b": 1, "a": [True, False, None]}, b'{"a":[true,false,null],"b":1}'),
        ({"name": "Zo\u00eb"}, b'{"name":"Zo\xc3\xab"}'),
        ({"quote": 'say "hi"\n'}, b'{"quote":"say \\"hi\\"\\n"}'),
        ({"outer": {"z": -1, "y": 10**20}}, b'{"outer":{"y":100000000000000000000,"z":-1}}'),
        ("\u001f", b'"\\u001f"'),
    ],
)
def test_fixed_vectors(value: Any, expected: bytes) -> None:
    assert canonical_json(value) == expected


def test_fixed_hash_vector() -> None:
    assert content_hash({}) == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    assert content_hash({"b": 1, "a": 2}) == hashlib.sha256(b'{"a":2,"b":1}').hexdigest()


def test_tuples_are_written_as_lists() -> None:
    assert canonical_json({"ids": ("a", "b")}) == canonical_json({"ids": ["a", "b"]})


def canonical_or_skip(value: Any) -> bytes:
    try:
        return canonical_json(value)
    except NotCanonicalisable:  # a lone surrogate: not text at all
        assume(False)
        raise


@given(json_values)
def test_received_canonical_text_reads_back_as_the_same_value(value):
    assert parse_canonical(canonical_or_skip(value)) == value


@given(json_values)
def test_received_text_in_any_other_spelling_is_refused(value):
    raw = canonical_or_skip(value)
    spaced = json.dumps(value, ensure_ascii=True, indent=1).encode()
    if spaced != raw:
        with pytest.raises(NotCanonicalisable):
            parse_canonical(spaced)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1.5}',
        b'{"b":1,"a":2}',
        b'{"a": 1}',
        b"\xff\xfe",
        b'{"a":NaN}',
        b'{"a":"\\ud800"}',
        b"[" * 100_000,
    ],
)
def test_received_text_that_is_not_canonical_json_is_refused(raw):
    with pytest.raises(NotCanonicalisable):
        parse_canonical(raw)
