"""Fictional families for training and demonstrations. No real people, streets or cases.

Names are common first names and surnames put together at random; every address is in
the invented town of Demoford on an invented street, with a postcode area (DM) that
does not exist; case references start "DEMO-". The same seed and day always give the
same names, addresses and ages, so a training script can name them; their ids are new
every time (uuid4), so no two laptops' or stores' fictional families ever share an id.
Across any set of five or more families there is a child of every age 0 to 17, a baby
under a month old, a child who is exactly 13 today and one who turns 13 tomorrow, to
practise the young person's consent rule.
"""

from __future__ import annotations

import itertools
import math
import random
import struct
import uuid
import zlib
from datetime import date, datetime, timedelta

from cssw_core.domain.family import Child, Family
from cssw_core.domain.signature import (
    UNITS_PER_PIXEL,
    InkDevice,
    InkPoint,
    Signature,
    SignerRole,
    Stroke,
)

TOWN = "Demoford"

SURNAMES = (
    "Okafor", "Nowak", "Begum", "Hughes", "Rahman", "MacLeod", "Osei", "Kowalczyk",
    "Patel", "O'Brien", "Haddad", "Evans", "Nguyen", "Mensah", "Dimitrou", "Ahmed",
    "Fitzgerald", "Yilmaz", "Campbell", "Adeyemi", "Silva", "Lewandowski", "Chen",
    "Ferreira", "Jama", "Gallagher", "Kaur", "Morrison", "Popescu", "Abdi",
)  # fmt: skip

GIRLS = (
    "Amara", "Zoë", "Aisha", "Siân", "Isla", "Chloé", "Freya", "Niamh", "Maya", "Leila",
    "Priya", "Seren", "Ruby", "Hana", "Ella", "Grace", "Fatima", "Ayesha", "Mei", "Sofia",
    "Bethan", "Lily", "Eilidh", "Olamide",
)  # fmt: skip

BOYS = (
    "Oliver", "Kacper", "Tariq", "Kwame", "Mohammed", "Dmitri", "Yusuf", "Tomás", "Ewan",
    "Jayden", "Ibrahim", "Kofi", "Mateusz", "Aryan", "Rhys", "Noah", "Callum", "Ravi",
    "José", "Hamza", "Kai", "Seán",
)  # fmt: skip

STREETS = (
    "Training Street", "Practice Road", "Rehearsal Close", "Sample Lane", "Example Avenue",
    "Mockup Gardens", "Tutorial Way", "Pretend Place", "Makebelieve Row", "Dummy Crescent",
)  # fmt: skip

WORKERS = ("Demo Worker", "Sam Trainer", "Alex Example", "Jo Practice")


NO_CASE_REFERENCE_EVERY = 5  # one family in five is new to the central system


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _turns_13_tomorrow(today: date) -> date:
    """A birth date making the child 12 today and 13 as soon as possible (tomorrow, nearly
    always; when tomorrow is 29 February, born on 1 March so 13 the day after)."""
    tomorrow = today + timedelta(days=1)
    if (tomorrow.month, tomorrow.day) == (2, 29):
        return date(tomorrow.year - 13, 3, 1)
    return years_before(tomorrow, 13)


# Ages handed out first, four to a family, so five families cover every age 0-17 and
# the two children either side of 13 are in different families.
_REQUIRED_ORDER: tuple[int | str, ...] = (
    "13 today", 1, 5, 9,
    "13 tomorrow", 3, 7, 16,
    "newborn", 2, 4, 6,
    8, 10, 11, 14,
    15, 17,
)  # fmt: skip


def _required_birth_dates(today: date, rng: random.Random) -> list[date]:
    """Birth dates every set of five or more families includes, in the order handed out."""
    special = {
        "13 today": years_before(today, 13),
        "13 tomorrow": _turns_13_tomorrow(today),  # 12 years and 364 days
        "newborn": today - timedelta(days=rng.randint(3, 27)),
    }
    return [
        special[item]
        if isinstance(item, str)
        else years_before(today, item) - timedelta(days=rng.randint(1, 360))
        for item in _REQUIRED_ORDER
    ]


def _random_birth_date(today: date, rng: random.Random) -> date:
    return today - timedelta(days=rng.randint(0, 18 * 365 - 2))


def _new_uuid(rng: random.Random) -> uuid.UUID:
    """A random id, never derived from the seed. The seeded generator still takes its turn
    (as when ids came from it), so a seed gives the same names it always gave."""
    rng.getrandbits(128)
    return uuid.uuid4()


def _child(rng: random.Random, surname: str, born: date, used: set[str]) -> Child:
    """One child, with a first name none of their brothers and sisters has (`used`)."""
    girl = rng.random() < 0.5
    first = rng.choice([name for name in (GIRLS if girl else BOYS) if name not in used])
    used.add(first)
    # Gender is free text on the form: sometimes another answer, sometimes left blank.
    gender = rng.choice(("Female",) * 8 + ("Non-binary", "") if girl else ("Male",) * 8 + ("",))
    # Now and then a child has another surname, as in many blended families.
    last = surname if rng.random() < 0.85 else rng.choice(SURNAMES)
    return Child(name=f"{first} {last}", gender=gender, date_of_birth=born, id=_new_uuid(rng))


def demo_families(count: int, today: date, seed: int = 0) -> list[Family]:
    """`count` fictional families with 1 to 4 children each: the same names, addresses and
    ages for the same seed and day, new ids every time."""
    if count < 0:
        raise ValueError("the number of demo families cannot be negative")
    rng = random.Random(f"cssw-demo:{seed}")
    required = _required_birth_dates(today, rng)
    first_reference = rng.randint(100, 899) * 1000  # references in a set are all different
    families: list[Family] = []
    for number in range(1, count + 1):
        surname = rng.choice(SURNAMES)
        if required:
            size = min(4, len(required))
            births, required = required[:size], required[size:]
        else:
            size = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
            births = [_random_birth_date(today, rng) for _ in range(size)]
        used: set[str] = set()
        children = tuple(_child(rng, surname, born, used) for born in sorted(births))
        has_reference = number % NO_CASE_REFERENCE_EVERY != 0
        families.append(
            Family(
                family_name=surname,
                address=f"{rng.randint(1, 240)} {rng.choice(STREETS)}, {TOWN}, "
                f"DM{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                case_reference=f"DEMO-{first_reference + number:06d}" if has_reference else "",
                allocated_worker=rng.choice(WORKERS),
                children=children,
                id=_new_uuid(rng),
            )
        )
    return families


# ---------------------------------------------------------------------------------------
# Synthetic signatures: signature-like ink and its picture, made without Qt.

SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 600, 200  # the pad's logical size, as a real pad
_PICTURE_SCALE = 2  # the picture is half the pad's size: small, still recognisable


def _png(width: int, height: int, pixels: bytearray) -> bytes:
    """A greyscale PNG from one byte per pixel, rows top to bottom."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(pixels[y * width : (y + 1) * width]) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _draw(strokes: tuple[Stroke, ...]) -> bytes:
    """Black ink on white, each stroke's points joined by straight lines two pixels wide."""
    width = SIGNATURE_WIDTH // _PICTURE_SCALE
    height = SIGNATURE_HEIGHT // _PICTURE_SCALE
    pixels = bytearray(b"\xff" * (width * height))
    unit = UNITS_PER_PIXEL * _PICTURE_SCALE

    def dot(x: float, y: float) -> None:
        for dx in (0, 1):
            for dy in (0, 1):
                px, py = int(x) + dx, int(y) + dy
                if 0 <= px < width and 0 <= py < height:
                    pixels[py * width + px] = 0

    for stroke in strokes:
        points = [(p.x / unit, p.y / unit) for p in stroke.points]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) * 2))
            for i in range(steps + 1):
                dot(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps)
    return _png(width, height, pixels)


def synthetic_signature(
    role: SignerRole,
    name: str,
    signed_at: datetime,
    *,
    child_id: uuid.UUID | None = None,
    seed: int = 0,
) -> Signature:
    """A looping, handwriting-like signature in two or three strokes, with its picture.

    Clearly synthetic (regular loops, pen pressure in a repeating pattern) and the same
    for the same name and seed.
    """
    rng = random.Random(f"cssw-demo-signature:{seed}:{name}")
    strokes = []
    t = 0
    left = 3000 + rng.randint(0, 3000)
    for _ in range(rng.randint(2, 3)):
        count = rng.randint(50, 90)
        loops = rng.uniform(2.5, 5)
        tall = rng.randint(2500, 4500)
        points = []
        for i in range(count):
            angle = i / count * loops * 2 * math.pi
            x = left + i * 180 + int(1200 * math.cos(angle))
            y = 10000 + int(tall * math.sin(angle * 1.3)) - i * 10
            points.append(InkPoint(x, y, t, 350 + (i % 9) * 60))
            t += rng.randint(6, 12)
        strokes.append(Stroke(InkDevice.PEN, tuple(points)))
        left += count * 180 + rng.randint(1500, 4000)
        t += rng.randint(150, 400)  # the pen lifted between strokes
    return Signature(
        role=role,
        signer_name=name,
        signed_at=signed_at,
        width=SIGNATURE_WIDTH,
        height=SIGNATURE_HEIGHT,
        strokes=tuple(strokes),
        image_png=_draw(tuple(strokes)),
        child_id=child_id,
    )
