"""UTC text, the one time format on the wire ("2026-03-14T10:00:00.000000Z")."""

from __future__ import annotations

from datetime import UTC, datetime

from cssw_core.protocol import UTC_TEXT_RE
from cssw_core.utc_text import UTC_FORMAT as FORMAT
from cssw_core.utc_text import read_utc_text


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times sent to laptops must carry their time zone")
    utc = moment.astimezone(UTC)
    # The year always four digits: strftime writes year 1 as "1", which no laptop would read.
    return f"{utc.year:04d}" + utc.strftime(FORMAT[2:])


def optional_utc_text(moment: datetime | None) -> str | None:
    return None if moment is None else utc_text(moment)


def parse_utc_text(text: str) -> datetime:
    """The time in UTC text; ValueError if it is not exactly that format."""
    if not UTC_TEXT_RE.match(text):
        raise ValueError("not UTC text")
    return read_utc_text(text)
