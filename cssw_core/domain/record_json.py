"""Strict JSON for records, both ways: from_json(to_json(x)) == x, and nothing else is read.

Shared by consent records and withdrawals. Error messages name the field, never its content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar, cast

E = TypeVar("E", bound=StrEnum)
K = TypeVar("K")
V = TypeVar("V")


class RecordFormatError(ValueError):
    """Stored or received JSON is not a well-formed record. Never quotes the content."""


def utc(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must carry a time zone")
    return moment.astimezone(UTC)


def time_to_json(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def time_from_json(value: object, what: str) -> datetime:
    text = text_from_json(value, what)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise RecordFormatError(f"{what} is not a date and time") from None
    if moment.tzinfo is None or time_to_json(moment) != text:
        raise RecordFormatError(f"{what} is not a UTC time in the record format")
    return moment.astimezone(UTC)


def date_from_json(value: object, what: str) -> date:
    text = text_from_json(value, what)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise RecordFormatError(f"{what} is not a date") from None
    if day.isoformat() != text:
        raise RecordFormatError(f"{what} is not a date in the record format")
    return day


def uuid_from_json(value: object, what: str) -> uuid.UUID:
    text = text_from_json(value, what)
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        raise RecordFormatError(f"{what} is not an identifier") from None
    if str(parsed) != text:
        raise RecordFormatError(f"{what} is not an identifier in the record format")
    return parsed


def text_from_json(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise RecordFormatError(f"{what} must be text")
    return value


def bool_from_json(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise RecordFormatError(f"{what} must be true or false")
    return value


def enum_from_json(kind: type[E], value: object, what: str) -> E:
    text = text_from_json(value, what)
    member = kind._value2member_map_.get(text)  # what kind(text) looks up first, directly
    if member is not None:
        return cast(E, member)
    try:
        return kind(text)
    except ValueError:
        raise RecordFormatError(f"{what} has an unknown value") from None


_PLAIN_TEXT = {str}


def _text_keys(value: dict[Any, Any]) -> bool:
    # The keys' types gathered in C; the test per key only for keys not plain str.
    return set(map(type, value)) <= _PLAIN_TEXT or all(isinstance(k, str) for k in value)


def json_object(value: object, what: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
    """The value as a JSON object; with keys given, exactly those keys must be present."""
    if not isinstance(value, dict) or not _text_keys(value):
        raise RecordFormatError(f"{what} must be an object")
    if keys is not None:
        expected = set(keys)
        if missing := expected - value.keys():
            raise RecordFormatError(f"{what} is missing {', '.join(sorted(missing))}")
        if value.keys() - expected:
            raise RecordFormatError(f"{what} has fields this version does not know")
    return value


def complete(
    given: Mapping[K, V], keys: Sequence[K], default: V, what: str
) -> MappingProxyType[K, V]:
    """A read-only mapping holding every key in order, unanswered ones set to default."""
    if unknown := [k for k in given if k not in keys]:
        raise ValueError(f"{what} has {len(unknown)} unexpected entries")
    return MappingProxyType({k: given.get(k, default) for k in keys})


def frozen(given: Mapping[K, V], check: Callable[[V], V] | None = None) -> MappingProxyType[K, V]:
    if check is None:
        return MappingProxyType(dict(given))
    return MappingProxyType({k: check(v) for k, v in given.items()})
