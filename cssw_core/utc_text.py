"""Reading UTC text ("2026-03-14T10:00:00.000000Z"), the one time format of sealed records
and the wire.

Every upload reads a dozen such times (sealing, signatures, explanations); `strptime`
builds them through its regular-expression machinery at about 10 µs each. `read_utc_text`
reads the exact form directly and hands anything else to `strptime`, so it accepts and
refuses exactly what `strptime` does (tests/core/test_utc_text.py holds them equal).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_EXACT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def read_utc_text(text: str) -> datetime:
    """The moment `text` names, in UTC, as `datetime.strptime(text, UTC_FORMAT)` reads it;
    ValueError where that fails."""
    if _EXACT.fullmatch(text):
        return datetime(
            int(text[0:4]), int(text[5:7]), int(text[8:10]),
            int(text[11:13]), int(text[14:16]), int(text[17:19]), int(text[20:26]),
            tzinfo=UTC,
        )  # fmt: skip
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
