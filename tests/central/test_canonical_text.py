"""Central's quicker canonical check gives exactly the answers of the reference one.

`parse_canonical_text` (orjson's encoder) against `parse_canonical` (the standard
library's), on canonical text, on the same values spelt otherwise, and on text that is
not canonical JSON at all; and orjson's encoding against the standard library's for every
value the reading can give.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cssw_central.infra.canonical_text import parse_canonical_text
from cssw_core.domain.canonical import NotCanonicalisable, canonical_json, parse_canonical

# Every character, surrogates included (a lone one must be refused alike), and whole
# numbers beyond 64 bits (orjson does not write them: the reference decides).
any_text = st.text(st.characters(codec=None, exclude_categories=()))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | any_text,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(any_text, inner, max_size=5),
    max_leaves=30,
)


def answer(parse: Any, raw: bytes) -> tuple[str, Any]:
    try:
        return ("value", parse(raw))
    except NotCanonicalisable:
        return ("refused", None)


def same_answer(raw: bytes) -> None:
    expected = answer(parse_canonical, raw)
    got = answer(parse_canonical_text, raw)
    assert got == expected
    if expected[0] == "value":  # the same types as well (True is not 1 here)
        assert json.dumps(got[1]) == json.dumps(expected[1])


def stdlib_encoding(value: Any) -> bytes:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


@settings(max_examples=500)
@given(json_values)
def test_orjson_writes_what_the_standard_library_writes(value: Any) -> None:
    try:
        expected = stdlib_encoding(value)
    except UnicodeEncodeError:  # a lone surrogate: no UTF-8 at all
        with pytest.raises(orjson.JSONEncodeError):
            orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        return
    try:
        got = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # beyond orjson (a number over 64 bits): not used
        return
    assert got == expected


@settings(max_examples=500)
@given(json_values)
def test_the_same_answer_for_canonical_text(value: Any) -> None:
    try:
        raw = canonical_json(value)
    except (NotCanonicalisable, UnicodeEncodeError):  # lone surrogates (a key's: the latter)
        raw = json.dumps(value).encode("utf-8", "surrogatepass")
    same_answer(raw)


@settings(max_examples=500)
@given(json_values)
def test_the_same_answer_for_other_spellings(value: Any) -> None:
    for raw in (
        json.dumps(value, ensure_ascii=True).encode(),
        json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace"),
        stdlib_encoding_or_empty(value),
    ):
        same_answer(raw)


def stdlib_encoding_or_empty(value: Any) -> bytes:
    try:
        return stdlib_encoding(value)
    except UnicodeEncodeError:
        return b""


@given(st.binary(max_size=200))
def test_the_same_answer_for_any_bytes(raw: bytes) -> None:
    same_answer(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1.5}',
        b'{"a":1e5}',
        b'{"a":-0.0}',
        b'{"b":1,"a":2}',
        b'{"a": 1}',
        b'{"a":1,"a":1}',
        b"\xff\xfe",
        b"\xef\xbb\xbf{}",
        b'{"a":NaN}',
        b'{"a":Infinity}',
        b'{"a":"\\ud800"}',
        b'{"a":"\\u00e9"}',
        b'{"a":"\x7f\\u001f"}',
        b'{"a":"\xe2\x80\xa8"}',
        b'{"a":"/"}',
        b'{"a":"\\/"}',
        b'{"a":18446744073709551616}',
        b'{"a":18446744073709551615}',
        b'{"a":-9223372036854775809}',
        b"[" * 300 + b"]" * 300,
        b"[" * 100_000,
        '{"\U0001f600":2,"\ufb33":1}'.encode(),
        '{"\ufb33":1,"\U0001f600":2}'.encode(),
        b"{}",
        b"[]",
        b'"text"',
        b"true",
        b"null",
    ],
)
def test_the_same_answer_for_edge_cases(raw: bytes) -> None:
    same_answer(raw)
