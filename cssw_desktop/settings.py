"""Every setting the worker or IT can change, declared once with type, default and meaning.

Values live in the encrypted store (they are per laptop and per worker); nothing here
touches Qt or disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: its key in the store, type, default, description and allowed range."""

    key: str
    type: type[T]
    default: T
    description: str
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, text: str) -> T:
        """The stored text as a value, falling back to the default if it is unusable."""
        try:
            if self.type is bool:
                value: object = text == "1"
            elif self.type is int:
                value = int(text)
            else:
                value = text
        except ValueError:
            return self.default
        return self.check(value)

    def check(self, value: object) -> T:
        """The value if allowed, else ValueError with a plain reason."""
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.key} must be a {self.type.__name__}")
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key} must be at least {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key} must be at most {self.maximum}")
        return value

    def format(self, value: T) -> str:
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value)


AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto_lock_minutes",
    int,
    5,
    QT_TRANSLATE_NOOP(
        "Settings", "Minutes without keyboard or mouse use before the app locks itself."
    ),
    minimum=1,
    maximum=60,
)

REVIEW_MONTHS: Setting[int] = Setting(
    "review_months",
    int,
    12,
    QT_TRANSLATE_NOOP(
        "Settings", "Months after consent is signed before it should be reviewed with the family."
    ),
    minimum=1,
    maximum=36,
)

ALL_SETTINGS: tuple[Setting[int] | Setting[str] | Setting[bool], ...] = (
    AUTO_LOCK_MINUTES,
    REVIEW_MONTHS,
)
