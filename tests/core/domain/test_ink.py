"""The shape of the ink, without Qt: widths, curves, outlines and what counts as a mark."""

from __future__ import annotations

import math

import pytest

from cssw_core.domain.ink import (
    DEFAULT_STYLE,
    InkStyle,
    InkTracer,
    curve_outline,
    filtered_speed,
    ink_width,
    is_trivial,
    path_length,
    pressure_factor,
    quadratic_point,
    signed_area,
    trace_stroke,
)
from cssw_core.domain.signature import InkDevice, InkPoint, Stroke


def test_width_is_thinner_the_faster_the_hand() -> None:
    widths = [ink_width(speed, 500) for speed in (0.0, 0.2, 0.5, 1.0, 2.0)]
    assert widths == sorted(widths, reverse=True)
    assert widths[0] == pytest.approx(DEFAULT_STYLE.max_width)
    assert ink_width(100.0, 500) == pytest.approx(DEFAULT_STYLE.min_width)


def test_pressure_scales_the_width_and_half_pressure_changes_nothing() -> None:
    assert pressure_factor(500) == pytest.approx(1.0)
    assert pressure_factor(0) == pytest.approx(0.3)
    assert pressure_factor(1000) == pytest.approx(1.7)
    assert pressure_factor(5000) == pytest.approx(1.7)  # out of range is clamped
    assert ink_width(0.3, 900) > ink_width(0.3, 500) > ink_width(0.3, 100)
    assert ink_width(100.0, 0) >= DEFAULT_STYLE.min_width * 0.5


def test_speed_filter_weighs_the_newest_speed() -> None:
    style = InkStyle(velocity_filter=0.7)
    assert filtered_speed(0.0, 1.0, style) == pytest.approx(0.7)
    assert filtered_speed(1.0, 0.0, style) == pytest.approx(0.3)
    speed = 0.0
    for _ in range(20):  # a steady speed is reached, not overshot
        speed = filtered_speed(speed, 2.0, style)
    assert speed == pytest.approx(2.0, rel=1e-6)


def test_quadratic_curve_runs_from_start_to_end_near_the_control_point() -> None:
    a, c, b = (0.0, 0.0), (10.0, 10.0), (20.0, 0.0)
    assert quadratic_point(a, c, b, 0.0) == a
    assert quadratic_point(a, c, b, 1.0) == b
    assert quadratic_point(a, c, b, 0.5) == pytest.approx((10.0, 5.0))


@pytest.mark.parametrize("angle", [0, 45, 90, 135, 180, 225, 270, 315])
def test_outline_is_wound_clockwise_whichever_way_the_line_goes(angle: int) -> None:
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    a, c, b = (50.0, 50.0), (50 + 10 * dx, 50 + 10 * dy), (50 + 20 * dx, 50 + 20 * dy)
    outline = curve_outline(a, c, b, 2.0, 4.0, step=2.0)
    # A 20-pixel line widening from 2 to 4 pixels covers about 60 square pixels.
    assert signed_area(outline) == pytest.approx(60.0, rel=0.02)


def test_outline_of_a_point_is_empty() -> None:
    assert curve_outline((1.0, 1.0), (1.0, 1.0), (1.0, 1.0), 2.0, 2.0, step=2.0) == []


def test_outline_stays_half_a_width_from_the_curve() -> None:
    a, c, b = (0.0, 0.0), (20.0, 30.0), (40.0, 0.0)
    outline = curve_outline(a, c, b, 3.0, 3.0, step=1.0)
    samples = [quadratic_point(a, c, b, i / 400) for i in range(401)]
    for point in outline:
        nearest = min(math.dist(point, s) for s in samples)
        assert nearest == pytest.approx(1.5, abs=0.05)


def line_points(
    length: float, count: int, ms_per_point: float, pressure: int = 500
) -> list[tuple[float, float, float, int]]:
    return [(10 + length * i / (count - 1), 20.0, i * ms_per_point, pressure) for i in range(count)]


def ribbon_area(points: list[tuple[float, float, float, int]]) -> float:
    batch = trace_stroke(points)
    return sum(signed_area(polygon) for polygon in batch.polygons)


def test_a_fast_line_is_thinner_than_a_slow_one() -> None:
    slow = ribbon_area(line_points(200, 50, ms_per_point=40))  # 0.1 px/ms
    fast = ribbon_area(line_points(200, 50, ms_per_point=1))  # 4 px/ms
    assert slow > 1.5 * fast > 0


def test_pressing_harder_draws_a_wider_line() -> None:
    light = ribbon_area(line_points(200, 50, 10, pressure=200))
    hard = ribbon_area(line_points(200, 50, 10, pressure=900))
    assert hard > 2 * light


def test_a_single_point_is_a_dot() -> None:
    batch = trace_stroke([(5.0, 6.0, 0.0, 500)])
    assert batch.polygons == []
    assert len(batch.dabs) == 1
    assert (batch.dabs[0].x, batch.dabs[0].y) == (5.0, 6.0)
    assert batch.dabs[0].radius == pytest.approx(DEFAULT_STYLE.max_width / 2)


def test_points_closer_than_the_minimum_distance_make_no_curve_but_the_end_is_drawn() -> None:
    tracer = InkTracer(InkStyle(min_distance=2.0))
    assert tracer.add(0.0, 0.0, 0, 500) is None
    assert tracer.add(10.0, 0.0, 10, 500) is not None
    assert tracer.add(10.5, 0.0, 14, 500) is None  # too close: not a curve point
    assert tracer.count == 2
    box = tracer.finish()
    assert box is not None
    assert box[2] >= 10.5
    batch = tracer.take()
    assert max(x for polygon in batch.polygons for x, _ in polygon) >= 10.5


def test_taking_ink_in_batches_draws_the_same_as_taking_it_at_once() -> None:
    points = [
        (100 + 60 * math.cos(i / 8), 60 + 40 * math.sin(i / 5), i * 4.0, 500) for i in range(120)
    ]
    whole = trace_stroke(points)
    tracer = InkTracer()
    batches = []
    for i, point in enumerate(points):
        tracer.add(*point)
        if i % 4 == 3:
            batches.append(tracer.take())
    tracer.finish()
    batches.append(tracer.take())
    whole_points = {p for polygon in whole.polygons for p in polygon}
    batch_points = {p for batch in batches for polygon in batch.polygons for p in polygon}
    assert whole_points == batch_points
    # Each batch but the last carries a circle over the seam with the next.
    assert all(batch.dabs for batch in batches if batch.polygons)


def test_box_of_new_ink_covers_its_outline() -> None:
    tracer = InkTracer()
    tracer.add(0.0, 0.0, 0, 500)
    tracer.add(10.0, 5.0, 8, 500)
    tracer.take()
    box = tracer.add(20.0, 0.0, 16, 500)
    assert box is not None
    batch = tracer.take()
    assert batch.polygons
    for polygon in batch.polygons:
        for x, y in polygon:
            assert box[0] <= x <= box[2]
            assert box[1] <= y <= box[3]


def stroke(points: list[tuple[float, float]], device: InkDevice = InkDevice.MOUSE) -> Stroke:
    return Stroke(
        device,
        tuple(
            InkPoint(round(x * 100), round(y * 100), i * 8, 500) for i, (x, y) in enumerate(points)
        ),
    )


def scribble() -> Stroke:
    return stroke(
        [(100 + 3 * i + 25 * math.sin(i / 3), 100 + 35 * math.cos(i / 3)) for i in range(100)]
    )


def test_path_length_adds_up_every_stroke() -> None:
    strokes = [stroke([(0, 0), (3, 4)]), stroke([(10, 10), (10, 20), (20, 20)])]
    assert path_length(strokes) == pytest.approx(25.0)


@pytest.mark.parametrize(
    "strokes",
    [
        [],
        [stroke([(100, 100)])],  # a dot
        [stroke([(100, 100), (100.5, 100.2)] * 10)],  # a jiggled dot, many points
        [stroke([(100 + i * 5, 100) for i in range(12)])],  # a short line, 55 px
        [stroke([(50 + i * 40, 100 + i * 0.1) for i in range(13)])],  # a long straight line
    ],
    ids=["nothing", "dot", "jiggle", "short-line", "straight-line"],
)
def test_slight_marks_are_trivial(strokes: list[Stroke]) -> None:
    assert is_trivial(strokes, 600, 200)


def test_a_scribbled_signature_is_not_trivial() -> None:
    assert not is_trivial([scribble()], 600, 200)


def test_what_is_trivial_depends_on_the_size_of_the_pad() -> None:
    small = [stroke([(10 + 2 * math.cos(i / 2) + i, 10 + 8 * math.sin(i / 2)) for i in range(40)])]
    assert not is_trivial(small, 100, 60)
    assert is_trivial(small, 1200, 600)
