"""Canonical JSON (RFC 8785 style) and its SHA-256, the basis of sealing.

The same record always gives the same bytes, whatever order its keys were built in:
keys sorted by UTF-16 code units, no insignificant whitespace, UTF-8, and no floats
(every value in a consent record is text, a whole number, a boolean or null, so the
ambiguity of number formatting never arises; a float is refused).
"""

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

JsonValue = None | bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"]


class NotCanonicalisable(TypeError):
    """The value holds something canonical JSON cannot carry unambiguously."""


def _utf16_key(key: str) -> list[int]:
    encoded = key.encode("utf-16-be")
    return [int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2)]


def _normalise(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise NotCanonicalisable("floats are not allowed in canonical records")
    if isinstance(value, Mapping):
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonicalisable("object keys must be text")
            items.append((key, _normalise(item)))
        if all(key.isascii() for key, _ in items):
            items.sort()  # for ASCII, code-point order is UTF-16 order (and quicker)
        else:
            items.sort(key=lambda pair: _utf16_key(pair[0]))
        return dict(items)
    if isinstance(value, list | tuple):
        return [_normalise(item) for item in value]
    raise NotCanonicalisable(f"cannot put a {type(value).__name__} in a canonical record")


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of a JSON-compatible value."""
    text = json.dumps(_normalise(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: not valid text
        raise NotCanonicalisable("text must be valid Unicode") from exc


def content_hash(value: Any) -> str:
    """Lower-case hex SHA-256 of the canonical form."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def _refuse_float(text: str) -> Any:
    raise NotCanonicalisable("floats are not allowed in canonical records")


def parse_canonical(raw: bytes) -> Any:
    """The value whose canonical JSON is exactly `raw`; NotCanonicalisable otherwise.

    For text received from elsewhere (central checks every upload this way). Floats and
    NaN are refused while parsing; the rest is checked by re-encoding with the standard
    library's C encoder, which sorts keys by code point: the same order as UTF-16 for every
    key without characters outside the Basic Multilingual Plane, the rare case that takes
    the slower, exact path.
    """
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, parse_float=_refuse_float, parse_constant=_refuse_float)
        again = json.dumps(
            value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError) as exc:
        raise NotCanonicalisable("not canonical JSON") from exc
    if again != raw:
        if max(text, default="\0") > "\uffff" and canonical_json(value) == raw:
            return value  # a key outside the BMP: UTF-16 order differs from code points
        raise NotCanonicalisable("not in canonical form")
    return value
