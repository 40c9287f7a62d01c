"""Central's check that a received document is canonical JSON, with orjson's encoder.

`parse_canonical` (cssw_core.domain.canonical) reads the text with the standard library
and writes it again with the standard library's encoder to compare; that second
encoding was about 1.5 ms of a 43 KB consent record, most of the check. Here the text is
read the same way (the standard library's C scanner, which refuses floats and NaN as it
reads) and written again with orjson (about 0.1 ms). orjson writes exactly what the
standard library's `json.dumps(value, sort_keys=True, ensure_ascii=False,
separators=(",", ":"))` writes for every value such a reading can give (text, whole
numbers, true/false, null, lists and objects): keys in code-point order, the same
escapes, UTF-8 as it is (tests/central/test_canonical_text.py holds the two equal, and
this function's answers equal to `parse_canonical`'s, by property tests). Whatever orjson
cannot write (a whole number beyond 64 bits, a lone surrogate, nesting deeper than 255)
or writes differently from the text received goes to `parse_canonical` itself, so the
answer is always the one `parse_canonical` gives.

Central only: orjson is not in the laptop's bundle (installer/cssw-desktop.spec).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from cssw_core.domain.canonical import NotCanonicalisable, parse_canonical


def _refuse_float(_text: str) -> Any:
    raise NotCanonicalisable("floats are not allowed in canonical records")


def parse_canonical_text(raw: bytes) -> Any:
    """The value whose canonical JSON is exactly `raw`; NotCanonicalisable otherwise
    (the same answer as `parse_canonical`, sooner)."""
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, parse_float=_refuse_float, parse_constant=_refuse_float)
        again = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (UnicodeError, ValueError, RecursionError, TypeError, orjson.JSONEncodeError):
        return parse_canonical(raw)  # refused, or beyond orjson: the reference decides
    if again != raw:
        return parse_canonical(raw)  # not canonical, or a key outside the BMP
    return value
