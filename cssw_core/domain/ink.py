"""The shape of pen ink, without Qt: how wide the line is, how it curves, and whether a
mark is enough to count as a signature.

Ink follows the way good signature pads draw (signature_pad.js): the line is thinner
where the hand moves fast (speed passes through a low-pass filter so the width does not
flicker) and, for a pen, heavier where it presses harder. The path is smoothed with
quadratic Bézier curves from midpoint to midpoint, each sample point acting as the
control point, so the curve is smooth (C1) where one piece meets the next.

Each piece of ink comes out as polygons and round dabs (circles) for the caller to fill.
All polygons and circles are wound the same way round (clockwise on a y-down screen, as
Qt's QPainterPath.addEllipse winds), so a painter filling them together with the
non-zero rule paints their union with no seams or holes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cssw_core.domain.signature import PRESSURE_FULL, UNITS_PER_PIXEL, Stroke

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class InkStyle:
    """Ink widths in logical pixels of the pad as it was when signed."""

    min_width: float = 1.1
    max_width: float = 3.6
    velocity_filter: float = 0.7  # the weight of the newest speed against the running one
    min_distance: float = 1.0  # closer sample points than this are not curve points
    step: float = 4.0  # the most pixels between two points of a curve's outline


DEFAULT_STYLE = InkStyle()


def pressure_factor(pressure: int) -> float:
    """How much a pen's pressure scales the line: 1 at the half-way pressure that mouse
    and touch report, 0.3 at the lightest touch, 1.7 at full pressure."""
    p = min(max(pressure, 0), PRESSURE_FULL) / PRESSURE_FULL
    return 0.3 + 1.4 * p


def ink_width(speed: float, pressure: int, style: InkStyle = DEFAULT_STYLE) -> float:
    """The line width at a point: thinner the faster the hand (pixels per millisecond),
    as signature_pad.js does, then scaled by the pen's pressure."""
    by_speed = max(style.max_width / (max(speed, 0.0) + 1.0), style.min_width)
    return max(by_speed * pressure_factor(pressure), style.min_width * 0.5)


def filtered_speed(previous: float, newest: float, style: InkStyle = DEFAULT_STYLE) -> float:
    """A low-pass filter on speed, so one quick jerk does not thin the line at once."""
    return style.velocity_filter * newest + (1.0 - style.velocity_filter) * previous


def quadratic_point(a: Point, c: Point, b: Point, t: float) -> Point:
    """The point at t (0–1) on the quadratic Bézier curve from a to b with control c."""
    u = 1.0 - t
    return (
        u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
        u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    )


def signed_area(polygon: Sequence[Point]) -> float:
    """Shoelace area: positive for a polygon wound clockwise on a y-down screen."""
    total = 0.0
    for i, (x0, y0) in enumerate(polygon):
        x1, y1 = polygon[(i + 1) % len(polygon)]
        total += x0 * y1 - x1 * y0
    return total / 2


@dataclass(frozen=True, slots=True)
class Dab:
    """A filled circle: the round end of a line, or cover for a seam."""

    x: float
    y: float
    radius: float


@dataclass(slots=True)
class InkBatch:
    """Ink to fill at once: outlines (each a closed polygon) and dabs, all wound
    clockwise, to be filled together with the non-zero rule."""

    polygons: list[list[Point]] = field(default_factory=list)
    dabs: list[Dab] = field(default_factory=list)

    def bounds(self) -> tuple[float, float, float, float] | None:
        """left, top, right, bottom of everything in the batch; None if it is empty."""
        xs: list[float] = []
        ys: list[float] = []
        for polygon in self.polygons:
            xs.extend(x for x, _ in polygon)
            ys.extend(y for _, y in polygon)
        for dab in self.dabs:
            xs.extend((dab.x - dab.radius, dab.x + dab.radius))
            ys.extend((dab.y - dab.radius, dab.y + dab.radius))
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)


def curve_outline(
    a: Point, c: Point, b: Point, width_a: float, width_b: float, step: float
) -> list[Point]:
    """The outline of a quadratic curve whose width goes smoothly from width_a to
    width_b, as one polygon wound clockwise (on screen); empty if the curve has no
    length."""
    upper: list[Point] = []
    lower: list[Point] = []
    _extend_ribbon(upper, lower, a, c, b, width_a, width_b, step, first=True)
    if len(upper) < 2:
        return []
    return upper + lower[::-1]


def _extend_ribbon(
    upper: list[Point],
    lower: list[Point],
    a: Point,
    c: Point,
    b: Point,
    width_a: float,
    width_b: float,
    step: float,
    *,
    first: bool,
) -> None:
    """Add the edges of a curve from a to b (control c) to a ribbon's two edges, one
    sample every `step` pixels or less; the sample at a only if `first`."""
    length = math.dist(a, c) + math.dist(c, b)
    if length < 1e-9:
        return
    steps = max(1, math.ceil(length / step))
    ax, ay = a
    cx, cy = c
    bx, by = b
    for i in range(0 if first else 1, steps + 1):
        t = i / steps
        u = 1.0 - t
        x = u * u * ax + 2 * u * t * cx + t * t * bx
        y = u * u * ay + 2 * u * t * cy + t * t * by
        dx = u * (cx - ax) + t * (bx - cx)
        dy = u * (cy - ay) + t * (by - cy)
        norm = math.hypot(dx, dy)
        if norm < 1e-9:  # the control point sits on an end: use the chord
            dx, dy = bx - ax, by - ay
            norm = math.hypot(dx, dy)
        half = (width_a + (width_b - width_a) * t) / 2 / norm
        # (dy, -dx) is the normal on the side that makes the outline run clockwise.
        upper.append((x + dy * half, y - dx * half))
        lower.append((x - dy * half, y + dx * half))


def _turn_is_sharp(a: Point, c: Point, b: Point) -> bool:
    """True when the curve doubles back by more than about 60°: its inner edge may
    fold over itself there, so circles are added along it."""
    ux, uy = c[0] - a[0], c[1] - a[1]
    vx, vy = b[0] - c[0], b[1] - c[1]
    nu, nv = math.hypot(ux, uy), math.hypot(vx, vy)
    if nu < 1e-9 or nv < 1e-9:
        return False
    return (ux * vx + uy * vy) / (nu * nv) < 0.5


class InkTracer:
    """Turns one stroke's points, as they arrive, into ink to fill.

    Coordinates are logical pixels and times milliseconds; the caller scales the ink to
    the screen. `add` extends a ribbon (the outline of the ink not yet taken) and says
    where it changed; `take` hands the ribbon over as one polygon, to paint in one go.
    A curve is drawn one point late: the curve through a point is known only once the
    next point shows where the hand went. (This runs for every pointer event, up to
    240 a second, so it is written for speed.)
    """

    def __init__(self, style: InkStyle = DEFAULT_STYLE) -> None:
        self.style = style
        self._min_distance = style.min_distance
        self._step = style.step
        # The last two curve points with their widths: (x, y, width).
        self._before: tuple[float, float, float] = (0.0, 0.0, 0.0)
        self._last: tuple[float, float, float] = (0.0, 0.0, 0.0)
        self._mid: tuple[float, float, float] = (0.0, 0.0, 0.0)  # where the ribbon ends
        self._last_time = 0.0
        self._speed = 0.0
        self._last_raw: tuple[float, float, float, int] | None = None
        self._raw_is_curve_point = False
        self._upper: list[Point] = []
        self._lower: list[Point] = []
        self._dabs: list[Dab] = []
        self._open = False  # whether more ink will follow the ribbon's end
        self.count = 0  # points taken as curve points

    def add(self, x: float, y: float, t: float, pressure: int) -> tuple[float, ...] | None:
        """Take the next point of the stroke; return the box (left, top, right,
        bottom) of the ink it adds, or None if it adds none yet."""
        self._last_raw = (x, y, t, pressure)
        if self.count:
            last = self._last
            distance = math.hypot(x - last[0], y - last[1])
            if distance < self._min_distance:
                self._raw_is_curve_point = False
                return None
            elapsed = t - self._last_time
            if elapsed > 0:
                self._speed = filtered_speed(self._speed, distance / elapsed, self.style)
        self._raw_is_curve_point = True
        return self._accept(x, y, t, ink_width(self._speed, pressure, self.style))

    def finish(self) -> tuple[float, ...] | None:
        """The end of the stroke: the last stretch to the pen's final point and a round
        end (a dot, for a stroke that never moved). Returns the box of that ink."""
        if self._last_raw is None:
            return None
        box = None
        if not self._raw_is_curve_point:
            x, y, t, pressure = self._last_raw
            box = self._accept(x, y, t, ink_width(self._speed, pressure, self.style))
        self._last_raw = None
        x, y, width = self._last
        if self.count >= 2:
            mx, my, mw = self._mid
            self._extend((mx, my), (mx, my), (x, y), mw, width)
        self._dabs.append(Dab(x, y, width / 2))
        self._open = False  # nothing follows: no seam to cover
        tail = (x - width, y - width, x + width, y + width)
        return tail if box is None else _union(box, tail)

    def take(self) -> InkBatch:
        """The ink added since the last take: the ribbon as one polygon, and dabs."""
        batch = InkBatch(dabs=self._dabs)
        upper, lower = self._upper, self._lower
        if len(upper) >= 2:
            lower.reverse()
            batch.polygons.append(upper + lower)
            if self._open:
                # The next batch starts where this one ends; a circle there hides the
                # seam between the two fills.
                x, y, width = self._mid
                batch.dabs.append(Dab(x, y, width / 2))
            self._upper, self._lower = upper[-1:], lower[:1]  # lower is reversed now
        self._dabs = []
        return batch

    def _accept(self, x: float, y: float, t: float, width: float) -> tuple[float, ...] | None:
        self._last_time = t
        count = self.count
        self.count = count + 1
        before = self._before = self._last
        self._last = (x, y, width)
        if count == 0:
            return None  # the start is drawn with the next point, or as a dot at the end
        px, py, pw = before
        if count == 1:
            # The first point has no speed of its own: give it the second point's width,
            # so a quick stroke does not start with a blob.
            pw = width
            self._dabs.append(Dab(px, py, pw / 2))  # the round start of the line
        mid = ((px + x) / 2, (py + y) / 2)
        mid_width = (pw + width) / 2
        if count == 1:
            # From the first point straight to the first midpoint.
            return self._extend((px, py), (px, py), mid, pw, mid_width)
        qx, qy, qw = self._mid
        return self._extend((qx, qy), (px, py), mid, qw, mid_width)

    def _extend(
        self, a: Point, c: Point, b: Point, width_a: float, width_b: float
    ) -> tuple[float, ...]:
        self._mid = (b[0], b[1], width_b)
        upper = self._upper
        _extend_ribbon(upper, self._lower, a, c, b, width_a, width_b, self._step, first=not upper)
        if _turn_is_sharp(a, c, b):
            widest = max(width_a, width_b)
            steps = max(2, math.ceil((math.dist(a, c) + math.dist(c, b)) / (widest / 2)))
            for i in range(1, steps):
                x, y = quadratic_point(a, c, b, i / steps)
                self._dabs.append(Dab(x, y, (width_a + (width_b - width_a) * i / steps) / 2))
        self._open = True
        margin = width_a if width_a > width_b else width_b
        ax, ay = a
        cx, cy = c
        bx, by = b
        return (
            min(ax, bx, cx) - margin,
            min(ay, by, cy) - margin,
            max(ax, bx, cx) + margin,
            max(ay, by, cy) + margin,
        )


def _midpoint(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _union(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def trace_stroke(
    points: Iterable[tuple[float, float, float, int]], style: InkStyle = DEFAULT_STYLE
) -> InkBatch:
    """All the ink of a finished stroke (x, y in pixels, t in ms, pressure 0–1000)."""
    tracer = InkTracer(style)
    for point in points:
        tracer.add(*point)
    tracer.finish()
    return tracer.take()


# A mark is a signature only when it has at least this many points, this much ink (as a
# share of the pad's smaller side), and spreads at least this far both ways.
MIN_POINTS = 12
MIN_PATH_SHARE = 0.75
MIN_SPAN_SHARE = 0.25
MIN_THICKNESS_SHARE = 0.05


def path_length(strokes: Iterable[Stroke]) -> float:
    """Total length of the ink, in logical pixels."""
    total = 0.0
    for stroke in strokes:
        points = stroke.points
        for p, q in itertools.pairwise(points):
            total += math.hypot(q.x - p.x, q.y - p.y)
    return total / UNITS_PER_PIXEL


def is_trivial(strokes: Sequence[Stroke], width: float, height: float) -> bool:
    """True for a mark too slight to be a signature on a pad of this size: a dot, a
    short line, or one straight stroke (a real signature spreads both ways)."""
    points = [p for stroke in strokes for p in stroke.points]
    if len(points) < MIN_POINTS:
        return True
    side = min(width, height)
    if path_length(strokes) < MIN_PATH_SHARE * side:
        return True
    span_x = (max(p.x for p in points) - min(p.x for p in points)) / UNITS_PER_PIXEL
    span_y = (max(p.y for p in points) - min(p.y for p in points)) / UNITS_PER_PIXEL
    return max(span_x, span_y) < MIN_SPAN_SHARE * side or min(span_x, span_y) < (
        MIN_THICKNESS_SHARE * side
    )
