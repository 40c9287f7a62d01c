"""`read_utc_text` reads exactly what `strptime` reads, and refuses what it refuses: a
sealed record's times must mean the same on every laptop and at central, before and after
the faster reading."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cssw_core.utc_text import UTC_FORMAT, read_utc_text


def _strptime(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _ours(text: str) -> datetime | None:
    try:
        return read_utc_text(text)
    except ValueError:
        return None


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=7)
# Times near the format: right-length fields of any digits (month 13, second 60, year 0),
# wrong lengths, other separators, Unicode digits, a missing or extra "Z".
_NEAR = st.builds(
    lambda y, mo, d, sep, h, mi, s, f, z: f"{y}-{mo}-{d}{sep}{h}:{mi}:{s}.{f}{z}",
    _DIGITS, _DIGITS, _DIGITS, st.sampled_from(["T", "t", " ", "TT"]),
    _DIGITS, _DIGITS, _DIGITS, _DIGITS, st.sampled_from(["Z", "", "z", "ZZ", "+00:00"]),
)  # fmt: skip
_REAL = st.datetimes(timezones=st.just(UTC)).map(
    lambda m: f"{m.year:04d}" + m.strftime(UTC_FORMAT[2:])
)


@given(st.one_of(_NEAR, _REAL, st.text(max_size=40)))
@example("2026-03-14T10:00:00.000000Z")
@example("2026-02-29T10:00:00.000000Z")  # not a leap year
@example("2024-02-29T23:59:59.999999Z")
@example("0000-01-01T00:00:00.000000Z")
@example("2026-12-31T23:59:60.000000Z")
@example("2026-13-01T00:00:00.000000Z")
@example("2026-1-01T00:00:00.000000Z")  # strptime takes a one-digit month
@example("2026-01-01T00:00:00.0Z")  # and fewer digits of a second
@example("２０２６-01-01T00:00:00.000000Z")  # and other scripts' digits
def test_it_reads_what_strptime_reads_and_refuses_what_it_refuses(text: str) -> None:
    assert _ours(text) == _strptime(text)


def test_a_real_time_comes_back_in_utc() -> None:
    moment = read_utc_text("2026-03-14T10:00:00.250000Z")
    assert moment == datetime(2026, 3, 14, 10, 0, 0, 250000, tzinfo=UTC)
    assert moment.tzinfo is UTC


def test_a_time_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="day is out of range"):
        read_utc_text("2026-02-30T10:00:00.000000Z")
