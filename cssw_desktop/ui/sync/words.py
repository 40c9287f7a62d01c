"""Times, ages and record kinds in the words the sync pages show a worker.

Times are shown in the laptop's local time: "10:42" for today, "21 Nov 10:42" otherwise.
Central sends times as UTC text (protocol.UtcText); the store keeps aware datetimes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("SyncWords", …) calls


def as_datetime(moment: datetime | str | None) -> datetime | None:
    """A time from the store (datetime) or from central (UTC text), as an aware datetime."""
    if moment is None or moment == "":
        return None
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:  # not a time at all: shown as none rather than breaking the page
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _local(when: datetime) -> datetime:
    """In the laptop's time zone; in UTC where that is out of range (a time central held from
    before its bounds, such as year 0001, cannot be moved west of UTC)."""
    try:
        return when.astimezone()
    except (OverflowError, ValueError):
        return when.astimezone(UTC)


def local_time(moment: datetime | str | None, today: date | None = None) -> str:
    """ "10:42" if it was today, else "21 Nov 10:42"; "" when there is no time."""
    when = as_datetime(moment)
    if when is None:
        return ""
    local = _local(when)
    if local.date() == (today or datetime.now().astimezone().date()):
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M").lstrip("0")


def day_time(moment: datetime | str | None) -> str:
    """ "21 Nov 2026 14:05" in local time, as the families list shows times; "" if none."""
    when = as_datetime(moment)
    if when is None:
        return ""
    return _local(when).strftime("%d %b %Y %H:%M")


def role_words(role: str) -> str:
    if role == "team_lead":
        return translate("SyncWords", "team lead")
    return translate("SyncWords", "social worker")


def local_day(moment: datetime | str | None) -> str:
    """ "21 Nov 2026" in local time; "" when there is no time."""
    when = as_datetime(moment)
    if when is None:
        return ""
    return _local(when).strftime("%d %b %Y").lstrip("0")


def age_words(seconds: float | None) -> str:
    """How long, roughly: "under a minute", "5 minutes", "3 hours", "2 days"."""
    if seconds is None:
        return ""
    whole = max(0, int(seconds))
    if whole < 60:
        return translate("SyncWords", "under a minute")
    minutes = whole // 60
    if minutes < 60:
        if minutes == 1:
            return translate("SyncWords", "1 minute")
        return translate("SyncWords", "%n minutes", "", minutes)
    hours = minutes // 60
    if hours < 48:
        if hours == 1:
            return translate("SyncWords", "1 hour")
        return translate("SyncWords", "%n hours", "", hours)
    return translate("SyncWords", "%n days", "", hours // 24)


def kind_words(kind: str) -> str:
    """What a record is, in the worker's words."""
    if kind == "withdrawal":
        return translate("SyncWords", "Withdrawal of consent")
    if kind == "share":
        return translate("SyncWords", "Information shared")
    return translate("SyncWords", "Consent form")


def count_words(count: int, one: str, many: str) -> str:
    """ "1 record" / "3 records": `many` holds %n."""
    return one if count == 1 else many.replace("%n", str(count))
