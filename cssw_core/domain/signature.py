"""A signature drawn on screen: the raw ink (every point with its time and pressure) and
the picture of it, as the sealed record keeps them; or, for someone who cannot draw one
(signing with the keyboard alone), a typed signature: the name they typed, no ink, and a
picture of the typed name.

Coordinates are whole hundredths of a logical pixel of the pad as it was when signed,
times whole milliseconds from the signature's first point, pressure 0–1000 (mouse and
touch without pressure report 500). Whole numbers keep the canonical JSON unambiguous.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from itertools import chain
from operator import itemgetter
from typing import Any

from cssw_core.utc_text import UTC_FORMAT, read_utc_text

PRESSURE_UNKNOWN = 500
PRESSURE_FULL = 1000
UNITS_PER_PIXEL = 100


class SignerRole(StrEnum):
    PARENT = "parent"  # the person giving consent (parent or carer)
    YOUNG_PERSON = "young_person"  # a child aged 13 or over, for themselves
    FAMILY_MEMBER = "family_member"  # someone signing a withdrawal
    INTERPRETER = "interpreter"  # confirms they interpreted the leaflet and the choices


class InkDevice(StrEnum):
    MOUSE = "mouse"
    PEN = "pen"
    TOUCH = "touch"


@dataclass(frozen=True, slots=True)
class InkPoint:
    x: int  # hundredths of a logical pixel from the pad's left edge
    y: int  # hundredths of a logical pixel from the pad's top edge
    t: int  # milliseconds since the signature's first point
    pressure: int  # 0–1000

    def to_json(self) -> list[int]:
        return [self.x, self.y, self.t, self.pressure]

    @classmethod
    def from_json(cls, value: Any) -> InkPoint:
        if not isinstance(value, list) or len(value) != 4:
            raise ValueError("an ink point is four whole numbers")
        x, y, t, pressure = value
        if not (  # plain ints (what JSON gives) are checked without the general walk
            type(x) is int and type(y) is int and type(t) is int and type(pressure) is int
        ) and not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise ValueError("an ink point is four whole numbers")
        if not 0 <= pressure <= PRESSURE_FULL or t < 0:
            raise ValueError("an ink point's time or pressure is out of range")
        return cls(x, y, t, pressure)


@dataclass(frozen=True, slots=True)
class Stroke:
    """One touch of pen, finger or mouse button, from down to up."""

    device: InkDevice
    points: tuple[InkPoint, ...]

    def to_json(self) -> dict[str, Any]:
        return {"device": self.device.value, "points": [p.to_json() for p in self.points]}

    @classmethod
    def from_json(cls, value: Any) -> Stroke:
        if not isinstance(value, dict) or set(value) != {"device", "points"}:
            raise ValueError("a stroke has a device and points")
        return cls(
            InkDevice(value["device"]), tuple(InkPoint.from_json(p) for p in value["points"])
        )


_DEVICES = frozenset(device.value for device in InkDevice)
_STROKE_KEYS = frozenset(("device", "points"))
_TIME = itemgetter(2)
_PRESSURE = itemgetter(3)


def plain_ink_holds(strokes: object) -> bool:
    """True when `strokes`, as JSON gives them, are ink `Stroke.from_json` takes: a list of
    {"device", "points"} objects of a known device, each point a list of four plain whole
    numbers, its time not negative and its pressure 0–1000. Checked in passes over the
    lists without making a point object (a few hundred microseconds fewer for a form's
    2,000 points); False means only "not plainly so": read it with `Stroke.from_json`."""
    if type(strokes) is not list:
        return False
    for stroke in strokes:
        if type(stroke) is not dict or stroke.keys() != _STROKE_KEYS:
            return False
        device, points = stroke["device"], stroke["points"]
        if type(device) is not str or device not in _DEVICES or type(points) is not list:
            return False
        if not points:
            continue
        if set(map(type, points)) != {list} or set(map(len, points)) != {4}:
            return False
        if set(map(type, chain.from_iterable(points))) != {int}:
            return False
        if min(map(_TIME, points)) < 0:
            return False
        pressures = list(map(_PRESSURE, points))
        if min(pressures) < 0 or max(pressures) > PRESSURE_FULL:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Signature:
    """Who signed, in what role, when, on a pad of what size, and exactly how.

    A typed signature has `typed_name` (what the signer typed) and no strokes; its
    width and height are its picture's. Only a typed signature carries "typed_name" in
    its JSON, so a drawn signature's JSON is exactly what it was before typed ones
    existed (sealed records keep their hashes).
    """

    role: SignerRole
    signer_name: str
    signed_at: datetime
    width: int  # the pad's logical size when signed, in pixels
    height: int
    strokes: tuple[Stroke, ...]
    image_png: bytes  # the ink as the signer saw it
    child_id: uuid.UUID | None = None  # whose own consent, for a young person
    typed_name: str | None = None  # a typed signature: the name as the signer typed it

    def __post_init__(self) -> None:
        if self.signed_at.tzinfo is None:
            raise ValueError("a signature's time must carry its time zone")
        if (self.role is SignerRole.YOUNG_PERSON) != (self.child_id is not None):
            raise ValueError("a young person's signature names the child; no other does")
        if self.typed_name is not None:
            if not self.typed_name.strip():
                raise ValueError("a typed signature needs the name that was typed")
            if self.strokes:
                raise ValueError("a typed signature has no ink")

    @property
    def typed(self) -> bool:
        """True when the signer typed their name instead of drawing."""
        return self.typed_name is not None

    @property
    def point_count(self) -> int:
        return sum(len(s.points) for s in self.strokes)

    def to_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "role": self.role.value,
            "signer_name": self.signer_name,
            "signed_at": self.signed_at.astimezone(UTC).strftime(UTC_FORMAT),
            "width": self.width,
            "height": self.height,
            "strokes": [s.to_json() for s in self.strokes],
            "image_png": base64.b64encode(self.image_png).decode("ascii"),
            "child_id": str(self.child_id) if self.child_id else None,
        }
        if self.typed_name is not None:  # never present on a drawn signature
            value["typed_name"] = self.typed_name
        return value

    @classmethod
    def from_json(cls, value: Any) -> Signature:
        try:
            return cls(
                role=SignerRole(value["role"]),
                signer_name=str(value["signer_name"]),
                signed_at=read_utc_text(value["signed_at"]),
                width=int(value["width"]),
                height=int(value["height"]),
                strokes=tuple(Stroke.from_json(s) for s in value["strokes"]),
                image_png=base64.b64decode(value["image_png"], validate=True),
                child_id=_child_id(value["child_id"]),
                typed_name=_typed_name(value),
            )
        except (KeyError, TypeError, binascii.Error) as exc:
            raise ValueError("the signature is not in the expected form") from exc


def _child_id(value: object) -> uuid.UUID | None:
    """A young person's id, or null for an adult; anything else is not a signature."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("a signature's child id is text or null")
    return uuid.UUID(value)


def _typed_name(value: dict[str, Any]) -> str | None:
    if "typed_name" not in value:
        return None
    typed = value["typed_name"]
    if not isinstance(typed, str):
        raise ValueError("a typed signature's name must be text")
    return typed
