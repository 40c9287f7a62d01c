"""How dates, times and signature images from a sealed record appear on the PDF."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QImage

DISPLAY_ZONE = "Europe/London"


def display_zone() -> tzinfo:
    """UK time for dates and times on the form; UTC if the zone database is missing."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(DISPLAY_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def parse_time(stamp: str) -> datetime | None:
    """A record or audit time (ISO 8601 with "Z" or an offset) as an aware datetime."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """The moment in `zone`; in UTC where that is out of range (year 0001 in a zone west of
    UTC: a record held from before central's time bounds must still render)."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        return moment.astimezone(UTC)


def time_text(stamp: str | None, zone: tzinfo, *, seconds: bool = True) -> str:
    """A stored UTC time as the form shows it: "12/03/2026 14:05:09 GMT"."""
    if not stamp:
        return "–"
    moment = parse_time(stamp)
    if moment is None:
        return stamp
    local = in_zone(moment, zone)
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return f"{local.strftime('%d/%m/%Y ' + clock)} {local.tzname() or 'UTC'}"


def clock_text(moment: datetime, zone: tzinfo) -> str:
    """Just the time of day, with its zone: "14:05 GMT"."""
    local = in_zone(moment, zone)
    return f"{local:%H:%M} {local.tzname() or 'UTC'}"


def uk_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def decode_png(value: object) -> QImage:
    """A signature's stored image (base64 PNG) as a QImage; a null image if unreadable."""
    image = QImage()
    if not isinstance(value, str):
        return image
    try:
        raw = base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        return image
    image.loadFromData(raw, "PNG")
    return image


def language_text(code: str) -> str:
    """A language code as its English name, its own name and the code, e.g. "Welsh –
    Cymraeg (cy)", "English (en)".

    The code itself is always shown: it is what the record holds, and a pseudo or unknown
    language has no name of its own."""
    locale = QLocale(code.replace("-", "_"))
    language = locale.language()
    if language == QLocale.Language.C or QLocale.languageToCode(language) != code.split("-")[0]:
        return code
    english = QLocale.languageToString(language)
    native = locale.nativeLanguageName()
    if language == QLocale.Language.English or not native or native == english:
        return f"{english} ({code})"
    return f"{english} – {native} ({code})"


def encode_png(image: QImage) -> bytes:
    """The image as PNG bytes, made in memory (RuntimeError if Qt cannot encode it)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise RuntimeError("the picture could not be made")
    return bytes(buffer.data().data())
