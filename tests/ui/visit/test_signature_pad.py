"""The signing box, driven as a parent would: mouse, pen and finger on a real widget."""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cssw_core.domain.signature import (
    UNITS_PER_PIXEL,
    InkDevice,
    InkPoint,
    Signature,
    SignerRole,
)
from cssw_desktop.ui.visit.signature_pad import SignatureField, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
TRIVIAL = "Please sign in the box — a dot or a short line is not enough."


class Clock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def pad_clock() -> Clock:
    return Clock()


@pytest.fixture
def pad(qtbot: QtBot, pad_clock: Clock) -> SignaturePad:
    widget = SignaturePad(clock=pad_clock)
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def mouse(pad: SignaturePad, kind: QEvent.Type, x: float, y: float) -> None:
    button = NONE if kind == QEvent.Type.MouseMove else LEFT
    buttons = NONE if kind == QEvent.Type.MouseButtonRelease else LEFT
    at = QPointF(x, y)
    event = QMouseEvent(kind, at, pad.mapToGlobal(at), button, buttons, NO_KEYS)
    QApplication.sendEvent(pad, event)


def draw(
    pad: SignaturePad, pad_clock: Clock, points: Sequence[tuple[float, float]], ms: float = 4
) -> None:
    """One mouse stroke through the points, one point every `ms` milliseconds."""
    for i, (x, y) in enumerate(points):
        if i == 0:
            mouse(pad, QEvent.Type.MouseButtonPress, x, y)
        else:
            pad_clock.now += ms / 1000
            mouse(pad, QEvent.Type.MouseMove, x, y)
    mouse(pad, QEvent.Type.MouseButtonRelease, *points[-1])


def signature_strokes(width: float = 600, height: float = 200) -> list[list[tuple[float, float]]]:
    """A scribbled name in two strokes, and the dot of an i."""
    first = [
        (
            width * 0.1 + i * width * 0.004 + 20 * math.sin(i / 4),
            height * 0.55 + 30 * math.cos(i / 4),
        )
        for i in range(90)
    ]
    second = [
        (
            width * 0.55 + i * width * 0.004 + 15 * math.sin(i / 3),
            height * 0.55 + 25 * math.cos(i / 3),
        )
        for i in range(80)
    ]
    dot = [(width * 0.6, height * 0.2)]
    return [first, second, dot]


def sign(pad: SignaturePad, pad_clock: Clock) -> None:
    for stroke in signature_strokes():
        pad_clock.now += 0.3
        draw(pad, pad_clock, stroke)


INK_LIGHTNESS = 110  # darker than this is ink: the guides are lighter grey


def ink_pixels(image: QImage) -> int:
    """How many pixels (of every other row and column) are ink, not guides or paper."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < INK_LIGHTNESS
    )


def is_ink(image: QImage, x: float, y: float, near: int = 1) -> bool:
    """Whether there is dark ink within `near` pixels of (x, y): the smoothed curve
    passes close to each point it was drawn through, not always through it."""
    for dy in range(-near, near + 1):
        for dx in range(-near, near + 1):
            colour = image.pixelColor(round(x) + dx, round(y) + dy)
            if colour.alpha() > 200 and colour.lightness() < INK_LIGHTNESS:
                return True
    return False


def test_mouse_stroke_is_recorded_as_received(pad: SignaturePad, pad_clock: Clock) -> None:
    qtbot_points = [(10.25, 20.5), (30.0, 40.75), (50.5, 45.0)]
    mouse(pad, QEvent.Type.MouseButtonPress, *qtbot_points[0])
    pad_clock.now += 0.008
    mouse(pad, QEvent.Type.MouseMove, *qtbot_points[1])
    pad_clock.now += 0.0125
    mouse(pad, QEvent.Type.MouseButtonRelease, *qtbot_points[2])
    (stroke,) = pad.strokes()
    assert stroke.device is InkDevice.MOUSE
    assert stroke.points == (
        InkPoint(1025, 2050, 0, 500),
        InkPoint(3000, 4075, 8, 500),
        InkPoint(5050, 4500, 20, 500),  # 20.5 ms rounds to even
    )


def test_qtbot_mouse_drives_the_pad(qtbot: QtBot, pad: SignaturePad, pad_clock: Clock) -> None:
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, LEFT, pos=QPoint(100, 100))
        for x in range(110, 300, 10):
            pad_clock.now += 0.004
            qtbot.mouseMove(pad, QPoint(x, 100 + (x % 30)))
        qtbot.mouseRelease(pad, LEFT, pos=QPoint(300, 110))
    (stroke,) = pad.strokes()
    assert len(stroke.points) >= 20
    assert stroke.points[0] == InkPoint(10000, 10000, 0, 500)
    assert stroke.points[-1].x == 30000
    times = [p.t for p in stroke.points]
    assert times == sorted(times)


def pen_device() -> QPointingDevice:
    return QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def pen(
    pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, x: float, y: float, p: float
) -> bool:
    at = QPointF(x, y)
    button = NONE if kind == QEvent.Type.TabletMove else LEFT
    buttons = NONE if kind == QEvent.Type.TabletRelease else LEFT
    event = QTabletEvent(
        kind, device, at, pad.mapToGlobal(at), p, 0, 0, 0, 0, 0, NO_KEYS, button, buttons
    )
    QApplication.sendEvent(pad, event)
    return event.isAccepted()


def test_pen_records_pressure_and_is_accepted(pad: SignaturePad, pad_clock: Clock) -> None:
    device = pen_device()
    assert pen(pad, device, QEvent.Type.TabletPress, 12.5, 30.25, 0.25)
    pad_clock.now += 0.004
    assert pen(pad, device, QEvent.Type.TabletMove, 20.0, 31.0, 0.6)
    pad_clock.now += 0.004
    assert pen(pad, device, QEvent.Type.TabletMove, 28.0, 33.0, 1.0)
    pad_clock.now += 0.0042
    assert pen(pad, device, QEvent.Type.TabletRelease, 30.0, 33.5, 0.05)
    (stroke,) = pad.strokes()
    assert stroke.device is InkDevice.PEN
    assert stroke.points == (
        InkPoint(1250, 3025, 0, 250),
        InkPoint(2000, 3100, 4, 600),
        InkPoint(2800, 3300, 8, 1000),
        InkPoint(3000, 3350, 12, 50),
    )


def test_pen_hovering_draws_nothing(pad: SignaturePad) -> None:
    assert pen(pad, pen_device(), QEvent.Type.TabletMove, 20.0, 31.0, 0.0)
    assert pad.strokes() == ()
    assert pad.is_empty()


def test_touch_draws_a_stroke(qtbot: QtBot, pad: SignaturePad, pad_clock: Clock) -> None:
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, device).press(0, QPoint(40, 50), pad).commit()
        for x in range(50, 200, 10):
            pad_clock.now += 0.004
            QTest.touchEvent(pad, device).move(0, QPoint(x, 50 + x // 4), pad).commit()
        QTest.touchEvent(pad, device).release(0, QPoint(200, 100), pad).commit()
    (stroke,) = pad.strokes()
    assert stroke.device is InkDevice.TOUCH
    assert stroke.points[0] == InkPoint(4000, 5000, 0, 500)
    assert stroke.points[-1] == InkPoint(20000, 10000, stroke.points[-1].t, 500)
    assert len(stroke.points) == 17


def test_an_empty_pad_asks_for_a_signature(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.problem() == "Please sign in the box."
    assert not pad.is_acceptable()
    with pytest.raises(ValueError, match="Please sign"):
        pad.signature(SignerRole.PARENT, "Ann Example", datetime.now(UTC))


def test_a_dot_is_refused(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mouseClick(pad, LEFT, pos=QPoint(300, 100))
    assert len(pad.strokes()) == 1
    assert pad.problem() == TRIVIAL
    assert not pad.is_acceptable()


def test_a_short_line_is_refused(pad: SignaturePad, pad_clock: Clock) -> None:
    draw(pad, pad_clock, [(200 + i * 4, 120) for i in range(20)])
    assert pad.problem() == TRIVIAL


def test_a_real_signature_is_accepted(pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    assert len(pad.strokes()) == 3
    assert pad.problem() is None
    assert pad.is_acceptable()


def test_undo_removes_the_last_stroke_only(
    qtbot: QtBot, pad: SignaturePad, pad_clock: Clock
) -> None:
    sign(pad, pad_clock)
    first_two = pad.strokes()[:2]
    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert pad.strokes() == first_two
    pad.undo()
    pad.undo()
    assert pad.is_empty()
    with qtbot.assertNotEmitted(pad.changed):
        pad.undo()  # nothing left to undo


def test_clear_empties_the_pad_and_the_next_signature_starts_afresh(
    qtbot: QtBot, pad: SignaturePad, pad_clock: Clock
) -> None:
    sign(pad, pad_clock)
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.strokes() == ()
    assert pad.problem() == "Please sign in the box."
    pad_clock.now += 60
    draw(pad, pad_clock, [(10, 10), (20, 20)])
    assert pad.strokes()[0].points[0].t == 0  # times count from the new first point


def test_ink_shows_on_screen_where_it_was_drawn(pad: SignaturePad, pad_clock: Clock) -> None:
    empty = ink_pixels(pad.grab().toImage())
    sign(pad, pad_clock)
    image = pad.grab().toImage()
    assert ink_pixels(image) > empty + 200
    for stroke in signature_strokes()[:2]:
        for x, y in stroke:
            assert is_ink(image, x, y), (x, y)
    assert not is_ink(image, 580, 20, near=3)


def test_resizing_keeps_every_stroke(qtbot: QtBot, pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    strokes = pad.strokes()
    png = pad.render_png()
    for size in (QSize(300, 300), QSize(250, 120), QSize(1200, 500), QSize(600, 200)):
        pad.resize(size)
        qtbot.waitUntil(lambda size=size: pad.size() == size)  # type: ignore[misc]
        assert pad.strokes() == strokes
        assert not pad.is_empty()
        assert pad.is_acceptable()
        assert ink_pixels(pad.grab().toImage()) > 20  # an empty pad has none
        assert pad.render_png() == png  # the record's picture does not depend on the window
    assert pad.capture_size() == QSize(600, 200)


def test_ink_fits_the_resized_pad_and_new_ink_joins_it(
    qtbot: QtBot, pad: SignaturePad, pad_clock: Clock
) -> None:
    sign(pad, pad_clock)
    pad.resize(300, 300)  # half the scale; the 600 × 200 frame is centred, 100 px down
    qtbot.waitUntil(lambda: pad.size() == QSize(300, 300))
    image = pad.grab().toImage()
    x, y = signature_strokes()[0][0]
    assert is_ink(image, x / 2, 100 + y / 2)
    draw(pad, pad_clock, [(150, 150), (160, 160)])
    assert pad.strokes()[-1].points[0] == InkPoint(30000, 10000, pad.strokes()[-1].points[0].t, 500)


def test_render_png_is_the_ink_black_on_white(pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    png = pad.render_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png)
    assert image.size() == QSize(600, 200)
    for x, y in signature_strokes()[0]:
        assert is_ink(image, x, y), (x, y)
    assert image.pixelColor(590, 5) == QColor(255, 255, 255)
    assert image.pixelColor(10, 140) == QColor(255, 255, 255)  # no baseline in the record

    big = QImage.fromData(pad.render_png(1200, transparent=True))
    assert big.size() == QSize(1200, 400)
    assert big.pixelColor(1190, 10).alpha() == 0
    for x, y in signature_strokes()[1]:
        assert is_ink(big, 2 * x, 2 * y), (x, y)


def test_tight_turns_leave_no_holes_in_the_ink(pad: SignaturePad, pad_clock: Clock) -> None:
    zigzag = [(100 + i * 3, 100 + (30 if i % 2 else -30)) for i in range(30)]
    draw(pad, pad_clock, zigzag, ms=30)
    loops = [(300 + 40 * math.cos(i / 5) + i, 100 + 40 * math.sin(i / 5)) for i in range(120)]
    draw(pad, pad_clock, loops, ms=2)
    image = QImage.fromData(pad.render_png(1800))
    for x, y in centre_line(zigzag) + centre_line(loops):
        assert is_ink(image, 3 * x, 3 * y, near=0), (x, y)


def centre_line(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points along the smoothed line: curves from midpoint to midpoint, each drawn
    point their control point (the ink cuts corners as a pen's curve would)."""
    line = []
    for p0, p1, p2 in zip(points, points[1:], points[2:], strict=False):
        a = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
        b = ((p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2)
        for i in range(11):
            t = i / 10
            line.append(
                (
                    (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * p1[0] + t * t * b[0],
                    (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * p1[1] + t * t * b[1],
                )
            )
    return line


def test_signature_round_trips_through_json(pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    signed_at = datetime(2026, 3, 14, 10, 30, tzinfo=UTC)
    child = uuid.uuid4()
    signature = pad.signature(SignerRole.YOUNG_PERSON, "Chidi Okafor", signed_at, child)
    assert (signature.width, signature.height) == (600, 200)
    assert signature.strokes == pad.strokes()
    assert signature.image_png == pad.render_png()
    assert signature.child_id == child
    assert Signature.from_json(signature.to_json()) == signature


def test_load_shows_a_saved_signature(qtbot: QtBot, pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    saved = pad.signature(SignerRole.PARENT, "Ann Example", datetime.now(UTC))
    review = SignaturePad()
    qtbot.addWidget(review)
    review.resize(400, 300)
    review.load(saved.strokes, saved.width, saved.height)
    review.set_read_only(True)
    review.show()
    qtbot.waitExposed(review)
    assert review.strokes() == saved.strokes
    assert review.render_png() == saved.image_png
    assert ink_pixels(review.grab().toImage()) > 50
    qtbot.mouseClick(review, LEFT, pos=QPoint(10, 10))
    assert review.strokes() == saved.strokes  # read-only: takes no more ink


def test_accessible_text_says_what_the_box_is_and_holds(
    pad: SignaturePad, pad_clock: Clock
) -> None:
    assert pad.accessibleName() == "Signature box"
    assert "empty" in pad.accessibleDescription()
    sign(pad, pad_clock)
    assert "3 lines of ink" in pad.accessibleDescription()
    pad.undo()
    pad.undo()
    assert "1 line of ink" in pad.accessibleDescription()


def test_high_dpi_backing_store_matches_the_screen(pad: SignaturePad, pad_clock: Clock) -> None:
    sign(pad, pad_clock)
    pad.grab()
    store = pad._store
    assert store is not None
    assert store.devicePixelRatio() == pad.devicePixelRatioF()
    assert store.size() == QSize(
        round(600 * pad.devicePixelRatioF()), round(200 * pad.devicePixelRatioF())
    )


@pytest.fixture
def field(qtbot: QtBot, pad_clock: Clock) -> SignatureField:
    widget = SignatureField(clock=pad_clock)
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_field_buttons_work_from_the_keyboard(
    qtbot: QtBot, field: SignatureField, pad_clock: Clock
) -> None:
    assert not field.undo_button.isEnabled()
    assert not field.clear_button.isEnabled()
    sign(field.pad, pad_clock)
    assert field.undo_button.isEnabled()
    assert field.clear_button.isEnabled()
    assert field.undo_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    field.undo_button.setFocus()
    qtbot.keyClick(field.undo_button, Qt.Key.Key_Space)
    assert len(field.pad.strokes()) == 2
    field.clear_button.setFocus()
    qtbot.keyClick(field.clear_button, Qt.Key.Key_Space)
    assert field.pad.is_empty()
    assert not field.clear_button.isEnabled()


def test_field_check_shows_and_then_hides_the_message(
    qtbot: QtBot, field: SignatureField, pad_clock: Clock
) -> None:
    qtbot.mouseClick(field.pad, LEFT, pos=QPoint(300, 100))
    assert not field.check()
    assert field.message.isVisible()
    assert field.message.text() == TRIVIAL
    field.pad.clear()
    assert not field.message.isVisible()
    sign(field.pad, pad_clock)
    assert field.check()
    assert not field.message.isVisible()


def test_signing_by_typing_takes_the_name_shown_and_keeps_no_ink(
    qtbot: QtBot, field: SignatureField
) -> None:
    field.setFocus()
    assert QApplication.focusWidget() is field.type_button  # where the keyboard starts
    qtbot.keyClick(field.type_button, Qt.Key.Key_Space)
    assert field.typing()
    assert QApplication.focusWidget() is field.typed.name
    assert field.is_empty()
    assert not field.check("Grace Okafor")
    assert field.message.text() == "Please type your full name."
    qtbot.keyClicks(field.typed.name, "Grace Okafo")
    assert not field.message.isVisible()  # typing hides the old message
    assert not field.check("Grace Okafor")
    assert field.message.text() == "Please type your full name as it is shown: Grace Okafor."
    qtbot.keyClicks(field.typed.name, "R ")  # capitals and spaces do not matter
    with qtbot.waitSignal(field.submitted):
        qtbot.keyClick(field.typed.name, Qt.Key.Key_Return)
    assert field.check("Grace Okafor")

    at = datetime(2026, 3, 14, 10, 20, tzinfo=UTC)
    signature = field.signature(SignerRole.PARENT, "Grace Okafor", at)
    assert signature.typed_name == "Grace OkafoR"
    assert signature.strokes == ()
    picture = QImage.fromData(signature.image_png)
    assert (picture.width(), picture.height()) == (signature.width, signature.height)
    assert ink_share(picture) > 0.005  # the typed name is drawn on the picture

    field.clear()  # the next signer starts at the box again
    assert not field.typing()
    assert field.typed.name.text() == ""
    assert field.undo_button.isVisible()


def ink_share(image: QImage) -> float:
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    return dark / ((image.width() // 2) * (image.height() // 2))


def test_the_stored_strokes_are_exactly_the_events_fed(pad: SignaturePad, pad_clock: Clock) -> None:
    # A long signature of fractional positions at a 240 Hz pen's pace, the pad painting
    # what came after every few events as the screen would: what is stored (the sealed
    # evidence) is each event as it arrived, whatever the drawing does.
    origin: float | None = None  # the signature's first point: time 0
    fed: list[list[InkPoint]] = []
    for s in range(6):
        points = [
            (37.3 + s * 80 + 30 * math.sin(i / 7) + i * 0.41, 101.7 + 45 * math.cos(i / 5 + s))
            for i in range(120 + 17 * s)
        ]
        pad_clock.now += 0.25
        stroke: list[InkPoint] = []
        for i, (x, y) in enumerate(points):
            if i:
                pad_clock.now += 1 / 240
            kind = (
                QEvent.Type.MouseButtonPress
                if i == 0
                else QEvent.Type.MouseButtonRelease
                if i == len(points) - 1
                else QEvent.Type.MouseMove
            )
            mouse(pad, kind, x, y)
            origin = pad_clock.now if origin is None else origin
            t = round((pad_clock.now - origin) * 1000)
            stroke.append(InkPoint(round(x * UNITS_PER_PIXEL), round(y * UNITS_PER_PIXEL), t, 500))
            if i % 4 == 3:
                QApplication.sendPostedEvents(pad, QEvent.Type.UpdateRequest)
        fed.append(stroke)
    assert [list(s.points) for s in pad.strokes()] == fed
    assert all(s.device is InkDevice.MOUSE for s in pad.strokes())


def test_a_double_click_is_two_dots(pad: SignaturePad, pad_clock: Clock) -> None:
    mouse(pad, QEvent.Type.MouseButtonPress, 50.0, 60.0)
    mouse(pad, QEvent.Type.MouseButtonRelease, 50.0, 60.0)
    pad_clock.now += 0.1
    mouse(pad, QEvent.Type.MouseButtonDblClick, 51.0, 60.0)  # Qt's second press
    mouse(pad, QEvent.Type.MouseButtonRelease, 51.0, 60.0)
    assert [s.points for s in pad.strokes()] == [
        (InkPoint(5000, 6000, 0, 500), InkPoint(5000, 6000, 0, 500)),
        (InkPoint(5100, 6000, 100, 500), InkPoint(5100, 6000, 100, 500)),
    ]


def test_a_switched_off_pad_takes_no_ink(pad: SignaturePad, pad_clock: Clock) -> None:
    pad.setEnabled(False)
    draw(pad, pad_clock, [(10, 10), (100, 80), (200, 40)])
    assert pad.is_empty()
