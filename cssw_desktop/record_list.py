"""The `cssw-desktop records` list: one line per signed record, ids and times only.

The record id comes first on each line, so `records | head -n 1 | cut -d ' ' -f 1` gives
an id for `export-pdf`. Names and other personal details are never printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cssw_desktop.storage.records import SealedEntry
from cssw_desktop.storage.restore import utc_words

_SENT = {
    "pending": "not sent yet",
    "failed": "not sent yet (the last try had a problem)",
    "synced": "sent to central",
    None: "not in the outbox",
}


def record_lines(entries: Sequence[SealedEntry]) -> list[str]:
    """A line per sealed record, oldest first, then a count."""
    if not entries:
        return ["No signed records on this laptop."]
    lines = [
        f"{e.id}  version {e.version}  {e.kind:<10}  sealed {utc_words(e.sealed_at)}  "
        f"{_SENT.get(e.outbox_state, e.outbox_state or '')}"
        for e in entries
    ]
    lines.append(f"{len(entries)} signed record(s) on this laptop.")
    return lines
