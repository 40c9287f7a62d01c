"""Signing on screen: can the signature pad keep up with a 240 Hz pen?

10,000 pointer events of a synthetic handwritten signature (mouse press, moves and
releases, as a 240 Hz pen would report them) go through the pad's real event handlers
(QApplication.sendEvent), and the pad repaints after every 4 events (a 240 Hz pen on a
60 Hz screen). In the same run the same points are painted as a plain antialiased
polyline into a QImage of the pad's size at the same cadence: the least any ink could
cost. `ink_ratio` is the pad's time over the polyline's; `ink_events_per_s` how many
events a second the pad handles, painting included.

Latency: the same events again, each followed at once by the paint that puts its ink on
screen (the window system's part included: under Xvfb, the image sent to the X server).
`ink_latency_p99_ms` is the 99th percentile, over the events, of the time from just before
an event is sent to the end of that paint; `ink_latency_plain_p99_ms` the same for the plain
widget (the least a paint costs here). A 240 Hz pen's budget is about 4 ms an event. On a
busy machine the slowest 1 % is mostly time the process waited for a core:
`ink_latency_cpu_p99_ms` counts only the GUI thread's own CPU time for the same spans, and
`ink_cpu_ratio_vs_plain_widget` is the pad's GUI-thread CPU time over the plain widget's for
the throughput runs (the X server's share, and waiting for it, left out).
"""

from __future__ import annotations

import math
import time
from typing import Any

from bench.common import Figures, log, median, percentile, repeat

EVENTS = 10_000
QUICK_EVENTS = 2_000
RATE_HZ = 240.0
EVENTS_PER_PAINT = 4
PAD_WIDTH, PAD_HEIGHT = 600, 200

Sample = tuple[float, float, float]  # x, y in logical pixels; t in seconds


def _word(
    x0: float, x1: float, baseline: float, size: float, t0: float, rate_hz: float, seed: int
) -> list[Sample]:
    """One cursive word: a run of loops (a prolate trochoid) whose height and speed
    wander like a hand's, from x0 to x1 on the baseline."""
    loops = max(2, round((x1 - x0) / (size * 0.55)))
    samples: list[Sample] = []
    t = t0
    phase = 0.0
    end = loops * 2 * math.pi
    while phase <= end:
        s = phase / end
        # Letters of varied height (an "l" or "h" taller than an "e"), a little slant.
        height = size * (0.55 + 0.45 * abs(math.sin(1.7 * phase / 2 + seed)) ** 3)
        x = x0 + (x1 - x0) * s - 0.35 * size * math.sin(phase) + 0.25 * height * (1 - s)
        y = baseline - height * (1 - math.cos(phase)) / 2 + size * 0.04 * math.sin(phase * 0.3)
        samples.append((x, y, t))
        # The pen slows at the tops and bottoms of letters and speeds through the joins.
        speed = 0.55 + 0.45 * abs(math.sin(phase)) + 0.2 * math.sin(phase * 0.37 + seed)
        phase += 0.11 * speed * (60.0 / size) ** 0.5 * (240.0 / rate_hz)
        t += 1.0 / rate_hz
    return samples


def synthetic_signature(
    width: float = PAD_WIDTH, height: float = PAD_HEIGHT, rate_hz: float = RATE_HZ
) -> list[list[Sample]]:
    """A handwritten-looking name as strokes of samples: a first name, a surname, a
    crossing stroke and a dot, sampled at `rate_hz` with pauses between strokes."""
    baseline = height * 0.70
    size = height * 0.32
    strokes = [_word(width * 0.08, width * 0.38, baseline, size, 0.0, rate_hz, 1)]
    start = strokes[-1][-1][2] + 0.25
    strokes.append(_word(width * 0.44, width * 0.90, baseline, size * 1.1, start, rate_hz, 2))
    start = strokes[-1][-1][2] + 0.3
    bar = [
        (
            width * (0.50 + 0.14 * i / 40),
            baseline - size * (0.55 + 0.08 * i / 40),
            start + i / rate_hz,
        )
        for i in range(41)
    ]
    strokes.append(bar)
    start = bar[-1][2] + 0.3
    strokes.append([(width * 0.62, baseline - size * 1.25, start + i / rate_hz) for i in range(3)])
    # An underline flourish, fast.
    start += 0.4
    flourish = [
        (
            width * (0.10 + 0.80 * i / 60),
            baseline + size * 0.28 + size * 0.12 * math.sin(i / 60 * math.pi),
            start + i / rate_hz,
        )
        for i in range(61)
    ]
    strokes.append(flourish)
    return strokes


def benchmark_strokes(count: int) -> list[list[Sample]]:
    """`count` samples of signature strokes: the synthetic signature over and over,
    each copy a little later and a little shifted so the ink does not sit in one place."""
    strokes: list[list[Sample]] = []
    total = 0
    copy = 0
    offset_t = 0.0
    while total < count:
        for stroke in synthetic_signature():
            dx = (copy % 5) * 3.0
            dy = (copy % 3) * 4.0 - 4.0
            shifted = [(x + dx, y + dy, t + offset_t) for x, y, t in stroke]
            shifted = shifted[: count - total]
            if shifted:
                strokes.append(shifted)
                total += len(shifted)
            if total >= count:
                break
        offset_t = strokes[-1][-1][2] + 0.5
        copy += 1
    return strokes


class _Clock:
    """The pad's clock, set to each event's time before the event is sent."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class InkBench:
    """A shown SignaturePad (offscreen is fine) and prebuilt events. Needs a QApplication."""

    def __init__(self, count: int) -> None:
        from PySide6.QtWidgets import QApplication

        from cssw_desktop.ui.visit.signature_pad import SignaturePad

        self.app = QApplication.instance() or QApplication([])
        self.clock = _Clock()
        self.pad = SignaturePad(clock=self.clock)
        self.pad.resize(PAD_WIDTH, PAD_HEIGHT)
        self.pad.show()
        self.app.processEvents()
        self.strokes = benchmark_strokes(count)
        self.events = self._events()
        self.last_cpu_s = 0.0  # the GUI thread's CPU seconds in the last pad or plain run

    def _events(self) -> list[tuple[float, object]]:
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent

        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        kinds = {
            "press": (QEvent.Type.MouseButtonPress, left, left),
            "move": (QEvent.Type.MouseMove, none, left),
            "release": (QEvent.Type.MouseButtonRelease, left, none),
        }
        events: list[tuple[float, object]] = []
        for stroke in self.strokes:
            for i, (x, y, t) in enumerate(stroke):
                kind = "press" if i == 0 else "release" if i == len(stroke) - 1 else "move"
                if len(stroke) == 1:
                    kind = "press"
                event_type, button, buttons = kinds[kind]
                local = QPointF(x, y)
                events.append(
                    (
                        t,
                        QMouseEvent(
                            event_type,
                            local,
                            self.pad.mapToGlobal(local),
                            button,
                            buttons,
                            Qt.KeyboardModifier.NoModifier,
                        ),
                    )
                )
            if len(stroke) == 1:
                release = QMouseEvent(
                    QEvent.Type.MouseButtonRelease,
                    QPointF(stroke[0][0], stroke[0][1]),
                    self.pad.mapToGlobal(QPointF(stroke[0][0], stroke[0][1])),
                    left,
                    none,
                    Qt.KeyboardModifier.NoModifier,
                )
                events.append((stroke[0][2], release))
        return events

    def pad_seconds(self) -> float:
        """Send every event to the pad; every EVENTS_PER_PAINT events, paint what changed
        (the UpdateRequest the event loop would deliver for the next frame)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        pad, clock, send = self.pad, self.clock, QApplication.sendEvent
        paint, update = QApplication.sendPostedEvents, QEvent.Type.UpdateRequest
        pad.clear()
        pad.repaint()
        start, cpu_start = time.perf_counter(), time.thread_time()
        for i, (t, event) in enumerate(self.events, 1):
            clock.now = t
            send(pad, event)  # type: ignore[arg-type]
            if i % EVENTS_PER_PAINT == 0:
                paint(pad, update)  # what the event loop does for the next frame
        paint(pad, update)
        elapsed = time.perf_counter() - start
        self.last_cpu_s = time.thread_time() - cpu_start
        if pad.is_empty():
            raise RuntimeError("the pad took no ink: the benchmark measured nothing")
        return elapsed

    def pad_latencies_ms(self) -> tuple[list[float], list[float]]:
        """Per event: milliseconds from sending it to the pad to the end of the paint
        after it (a paint after every event)."""
        return self._latencies_ms(self.pad, self.pad.clear)

    def plain_latencies_ms(self) -> tuple[list[float], list[float]]:
        """The same for the plain widget (see plain_widget_seconds)."""
        plain = _plain_pad()
        plain.resize(PAD_WIDTH, PAD_HEIGHT)
        plain.show()
        self.app.processEvents()
        try:
            return self._latencies_ms(plain, lambda: None)
        finally:
            plain.close()
            plain.deleteLater()
            self.app.processEvents()

    def _latencies_ms(self, widget: Any, clear: Any) -> tuple[list[float], list[float]]:
        """Wall-clock and GUI-thread CPU milliseconds per event."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        clock, send = self.clock, QApplication.sendEvent
        paint, update, now = (
            QApplication.sendPostedEvents,
            QEvent.Type.UpdateRequest,
            time.perf_counter,
        )
        clear()
        widget.repaint()
        cpu_now = time.thread_time
        latencies: list[float] = []
        cpu: list[float] = []
        for t, event in self.events:
            clock.now = t
            start, cpu_start = now(), cpu_now()
            send(widget, event)  # type: ignore[arg-type]
            paint(widget, update)
            latencies.append((now() - start) * 1000)
            cpu.append((cpu_now() - cpu_start) * 1000)
        return latencies, cpu

    def polyline_seconds(self) -> float:
        """The same points as plain polylines into a QImage of the pad's size, painted
        at the same cadence (each paint draws the points that came since the last)."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QImage, QPainter, QPen

        ratio = self.pad.devicePixelRatioF()
        image = QImage(
            round(PAD_WIDTH * ratio),
            round(PAD_HEIGHT * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.white)
        pen = QPen(Qt.GlobalColor.black, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        points = [[QPointF(x, y) for x, y, _t in stroke] for stroke in self.strokes]
        start = time.perf_counter()
        pending: list[QPointF] = []
        count = 0

        def paint() -> None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
            painter.drawPolyline(pending)
            painter.end()

        for stroke in points:
            pending = [stroke[0]]
            for point in stroke:
                pending.append(point)
                count += 1
                if count % EVENTS_PER_PAINT == 0:
                    paint()
                    pending = [point]
            if len(pending) > 1:
                paint()
        return time.perf_counter() - start

    def plain_widget_seconds(self) -> float:
        """For context: the simplest on-screen pad (a widget that keeps the points and
        draws each new bit of polyline into its own image) fed the same events through
        the same handlers and painted at the same cadence. The window system's cost of
        a paint is in both, so this shows what smooth ink adds over it."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        plain = _plain_pad()
        plain.resize(PAD_WIDTH, PAD_HEIGHT)
        plain.show()
        self.app.processEvents()
        send, paint, update = (
            QApplication.sendEvent,
            QApplication.sendPostedEvents,
            QEvent.Type.UpdateRequest,
        )
        try:
            start, cpu_start = time.perf_counter(), time.thread_time()
            for i, (_t, event) in enumerate(self.events, 1):
                send(plain, event)  # type: ignore[arg-type]
                if i % EVENTS_PER_PAINT == 0:
                    paint(plain, update)
            paint(plain, update)
            elapsed = time.perf_counter() - start
            self.last_cpu_s = time.thread_time() - cpu_start
            return elapsed
        finally:
            plain.close()
            plain.deleteLater()
            self.app.processEvents()

    def close(self) -> None:
        self.pad.close()
        self.pad.deleteLater()
        self.app.processEvents()


def _plain_pad() -> Any:
    """A widget drawing a plain 2.5 px polyline into its image as points come."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
    from PySide6.QtWidgets import QWidget

    class PlainPad(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self.image = QImage(PAD_WIDTH, PAD_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
            self.image.fill(Qt.GlobalColor.white)
            self.pen = QPen(
                Qt.GlobalColor.black, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
            )
            self.pending: list[QPointF] = []

        def mousePressEvent(self, event: QMouseEvent) -> None:
            self.pending = [event.position()]

        def mouseMoveEvent(self, event: QMouseEvent) -> None:
            point = event.position()
            self.pending.append(point)
            self.update(round(point.x()) - 8, round(point.y()) - 8, 16, 16)

        def mouseReleaseEvent(self, event: QMouseEvent) -> None:
            self.mouseMoveEvent(event)

        def paintEvent(self, event: QPaintEvent) -> None:
            if len(self.pending) > 1:
                painter = QPainter(self.image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(self.pen)
                painter.drawPolyline(self.pending)
                painter.end()
                self.pending = self.pending[-1:]
            rect = event.rect()
            painter = QPainter(self)
            painter.drawImage(QRectF(rect), self.image, QRectF(rect))
            painter.end()

    return PlainPad()


def run(repetitions: int, quick: bool) -> Figures:
    """Median time for the pad and for the polyline, their ratio (median of each run's
    ratio) and the pad's events per second."""
    count = QUICK_EVENTS if quick else EVENTS
    bench = InkBench(count)
    try:
        log(f"ink: {len(bench.events)} events, repainting every {EVENTS_PER_PAINT}")
        bench.pad_seconds()  # warm-up
        bench.polyline_seconds()
        bench.plain_widget_seconds()
        runs = repeat(
            lambda _i: (
                bench.pad_seconds(),
                bench.last_cpu_s,
                bench.polyline_seconds(),
                bench.plain_widget_seconds(),
                bench.last_cpu_s,
            ),
            repetitions,
            budget_s=60.0,
        )
        bench.pad_latencies_ms()  # warm-up
        latencies, cpu_latencies = bench.pad_latencies_ms()
        plain_latencies, _plain_cpu = bench.plain_latencies_ms()
    finally:
        bench.close()
    pad_times = [pad for pad, _pad_cpu, _line, _plain, _plain_cpu in runs]
    return {
        "ink_ms": median(pad_times) * 1000,
        "ink_polyline_ms": median([run[2] for run in runs]) * 1000,
        "ink_plain_widget_ms": median([run[3] for run in runs]) * 1000,
        "ink_ratio": median([run[0] / run[2] for run in runs]),
        "ink_ratio_vs_plain_widget": median([run[0] / run[3] for run in runs]),
        "ink_cpu_ratio_vs_plain_widget": median([run[1] / run[4] for run in runs]),
        "ink_events_per_s": len(bench.events) / median(pad_times),
        "ink_latency_p99_ms": percentile(latencies, 99),
        "ink_latency_median_ms": median(latencies),
        "ink_latency_plain_p99_ms": percentile(plain_latencies, 99),
        "ink_latency_cpu_p99_ms": percentile(cpu_latencies, 99),
    }
