"""The box a parent or young person signs in, with a finger, a pen or the mouse.

Every point is kept as it arrived (position, time, pressure, device): the sealed record
keeps the raw ink as well as its picture. Strokes are stored in the coordinates of the
pad as it was when the signature began, never as pixels, so a resize or a turned screen
rescales the ink instead of losing it, and "is it empty?" is asked of the strokes.

Ink is drawn as it comes into a cached image (the backing store) and only the changed
rectangle is repainted; the whole store is redrawn from the strokes only on a resize,
undo or clear.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.ink import (
    DEFAULT_STYLE,
    InkBatch,
    InkStyle,
    InkTracer,
    is_trivial,
    trace_stroke,
)
from cssw_core.domain.signature import (
    PRESSURE_FULL,
    PRESSURE_UNKNOWN,
    UNITS_PER_PIXEL,
    InkDevice,
    InkPoint,
    Signature,
    SignerRole,
    Stroke,
)
from cssw_desktop.ui.accessibility import colour
from cssw_desktop.ui.focus import FOCUS_WIDTH, focus_starts_at
from cssw_desktop.ui.visit.typed_signature import TypedNamePanel, typed_signature
from cssw_desktop.ui.widgets.layout import em, message_label, scaled_font, show_message
from cssw_documents.formatting import encode_png

INK = QColor(0, 0, 0)
PAPER = QColor(255, 255, 255)
# The baseline and "Sign here" are the theme's "guide" colour: light but readable, or
# black in high contrast (the pad itself stays white: ink is black on paper).
BASELINE_AT = 0.72  # the baseline's height, as a share of the pad's height from the top

TOUCH_TYPES = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


def _fill(painter: QPainter, batches: Iterable[InkBatch]) -> None:
    """Fill batches of ink as one union (non-zero winding), so they show no seams."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    move, line, close, ellipse = path.moveTo, path.lineTo, path.closeSubpath, path.addEllipse
    for batch in batches:
        for polygon in batch.polygons:
            points = iter(polygon)
            move(*next(points))
            for x, y in points:
                line(x, y)
            close()
        for dab in batch.dabs:
            r = dab.radius
            ellipse(dab.x - r, dab.y - r, 2 * r, 2 * r)
    if not path.isEmpty():
        painter.fillPath(path, INK)


def _pixels(point: InkPoint) -> tuple[float, float, float, int]:
    return point.x / UNITS_PER_PIXEL, point.y / UNITS_PER_PIXEL, float(point.t), point.pressure


class SignaturePad(QWidget):
    """A signing box: records strokes, draws smooth pen-like ink, refuses a mere mark.

    `clock` gives seconds from a monotonic clock (tests pass their own).
    """

    changed = Signal()  # after each stroke ends, and after clear or undo

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        style: InkStyle = DEFAULT_STYLE,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._style = style
        self._strokes: list[Stroke] = []
        self._points: list[InkPoint] = []  # the stroke being drawn
        self._device: InkDevice | None = None  # None when no stroke is being drawn
        self._touch_id = -1
        self._origin = 0.0  # clock time of the signature's first point
        self._capture: QSize | None = None  # the pad's size when the signature began
        self._read_only = False
        self._store: QImage | None = None
        self._transform = QTransform()  # capture coordinates → the pad's coordinates
        self._finished: list[InkTracer] = []  # strokes ended since the last paint
        self._tracer: InkTracer | None = None
        self._scale, self._dx, self._dy = 1.0, 0.0, 0.0  # the same, as numbers

        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ink cannot be typed
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 100)
        self.setAccessibleName(self.tr("Signature box"))
        self._hint = ""
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    # -- what the caller reads -------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes and not self._points

    def strokes(self) -> tuple[Stroke, ...]:
        """Every finished stroke, in the order drawn."""
        return tuple(self._strokes)

    def capture_size(self) -> QSize:
        """The pad's logical size when the signature began (its size now when empty)."""
        return QSize(self._capture) if self._capture is not None else self.size()

    def problem(self) -> str | None:
        """Why the ink cannot be accepted as a signature, in plain words; None if it can."""
        if not self._strokes:
            return self.tr("Please sign in the box.")
        size = self.capture_size()
        if is_trivial(self._strokes, size.width(), size.height()):
            return self.tr("Please sign in the box — a dot or a short line is not enough.")
        return None

    def is_acceptable(self) -> bool:
        return self.problem() is None

    def render_png(self, width_px: int | None = None, *, transparent: bool = False) -> bytes:
        """The ink as shown, black on white (or on nothing), as PNG bytes made in memory.
        The picture has the pad's shape when signed; `width_px` defaults to its width."""
        size = self.capture_size()
        width = width_px if width_px is not None else size.width()
        if width < 1:
            raise ValueError("a signature picture needs a width of at least one pixel")
        scale = width / size.width()
        image = QImage(
            width, max(1, round(size.height() * scale)), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(Qt.GlobalColor.transparent if transparent else PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        self._draw_strokes(painter, self._strokes)
        painter.end()
        return encode_png(image)

    def signature(
        self,
        role: SignerRole,
        signer_name: str,
        signed_at: datetime,
        child_id: uuid.UUID | None = None,
    ) -> Signature:
        """The signature as the record keeps it. Refuses (ValueError) a mark that is not
        a signature: ask problem() first."""
        problem = self.problem()
        if problem is not None:
            raise ValueError(problem)
        size = self.capture_size()
        return Signature(
            role=role,
            signer_name=signer_name,
            signed_at=signed_at,
            width=size.width(),
            height=size.height(),
            strokes=self.strokes(),
            image_png=self.render_png(),
            child_id=child_id,
        )

    # -- what the caller changes -----------------------------------------------------

    def clear(self) -> None:
        """Remove all the ink and start afresh."""
        had_ink = not self.is_empty()
        self._strokes.clear()
        self._end_stroke(keep=False)
        self._capture = None
        self._redraw()
        if had_ink:
            self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke only (the one being drawn, if any)."""
        if self._device is not None:
            self._end_stroke(keep=False)
        elif self._strokes:
            self._strokes.pop()
        else:
            return
        if not self._strokes:
            self._capture = None
        self._redraw()
        self.changed.emit()

    def load(self, strokes: Sequence[Stroke], width: int, height: int) -> None:
        """Show ink signed before, on a pad that was width × height (to review it)."""
        self._end_stroke(keep=False)
        self._strokes = list(strokes)
        self._capture = QSize(width, height) if self._strokes else None
        self._redraw()
        self.changed.emit()

    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """A read-only pad shows its ink and takes no more."""
        self._end_stroke(keep=True)
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    # -- input -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._from_touch_or_pen(event):
            event.ignore()
            return
        event.accept()
        self._begin_stroke(InkDevice.MOUSE, event.position(), PRESSURE_UNKNOWN)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # A mouse stroke never starts from a touch or pen (see mousePressEvent).
        if self._device is not InkDevice.MOUSE:
            event.ignore()
            return
        self._add_point(event.position(), PRESSURE_UNKNOWN)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._device is not InkDevice.MOUSE or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._add_point(event.position(), PRESSURE_UNKNOWN)
        self._end_stroke(keep=True)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also make mouse events out of the pen.
        event.accept()
        pressure = round(min(max(event.pressure(), 0.0), 1.0) * PRESSURE_FULL)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            if self._device is None:
                self._begin_stroke(InkDevice.PEN, event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            if self._device is InkDevice.PEN:
                self._add_point(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._device is InkDevice.PEN:
            self._add_point(event.position(), pressure)
            self._end_stroke(keep=True)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.type() in TOUCH_TYPES:
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        event.accept()
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            if self._device is InkDevice.TOUCH:
                self._end_stroke(keep=True)
            return
        device = event.pointingDevice()
        has_pressure = device is not None and bool(
            device.capabilities() & QInputDevice.Capability.Pressure
        )
        for point in event.points():
            pressure = (
                round(min(max(point.pressure(), 0.0), 1.0) * PRESSURE_FULL)
                if has_pressure
                else PRESSURE_UNKNOWN
            )
            state = point.state()
            if state == QEventPoint.State.Pressed and self._device is None:
                self._touch_id = point.id()
                self._begin_stroke(InkDevice.TOUCH, point.position(), pressure)
            elif self._device is InkDevice.TOUCH and point.id() == self._touch_id:
                if state == QEventPoint.State.Released:
                    self._add_point(point.position(), pressure)
                    self._end_stroke(keep=True)
                elif state == QEventPoint.State.Updated:
                    self._add_point(point.position(), pressure)

    def _from_touch_or_pen(self, event: QMouseEvent) -> bool:
        """Mouse events Qt made out of a touch or pen we already took as such."""
        return event.source() == Qt.MouseEventSource.MouseEventSynthesizedByQt or (
            self._device is not None and self._device is not InkDevice.MOUSE
        )

    # -- strokes ---------------------------------------------------------------------

    def _begin_stroke(self, device: InkDevice, position: QPointF, pressure: int) -> None:
        if self._read_only or self._device is not None:
            return
        if self.is_empty():
            self._capture = self.size()
            self._origin = self._clock()
            self._redraw()  # without the "Sign here" hint, in the new frame
        self._device = device
        self._points = []
        self._tracer = InkTracer(self._style)
        self._add_point(position, pressure)

    def _add_point(self, position: QPointF, pressure: int) -> None:
        if self._device is None:
            return
        scale = self._scale
        x = round((position.x() - self._dx) / scale * UNITS_PER_PIXEL)
        y = round((position.y() - self._dy) / scale * UNITS_PER_PIXEL)
        t = max(0, round((self._clock() - self._origin) * 1000))
        self._points.append(InkPoint(x, y, t, pressure))
        if self._tracer is None or self._store is None:
            return
        # Ink from the stored (rounded) point, so a redraw later draws the very same.
        box = self._tracer.add(x / UNITS_PER_PIXEL, y / UNITS_PER_PIXEL, t, pressure)
        if box is not None:
            self._dirty(box)

    def _end_stroke(self, *, keep: bool) -> None:
        device, points, tracer = self._device, self._points, self._tracer
        self._device, self._points = None, []
        if device is None:
            return
        if not keep or not points:
            self._tracer = None
            self._redraw()
            return
        self._strokes.append(Stroke(device, tuple(points)))
        if tracer is not None:
            self._dirty(tracer.finish())
            self._finished.append(tracer)
        self._tracer = None
        self._describe()
        self.changed.emit()

    # -- drawing ---------------------------------------------------------------------

    def _dirty(self, box: tuple[float, ...] | None) -> None:
        """Ask for a repaint of the pad where new ink (box in capture pixels) lies."""
        if box is None or self._store is None:
            return  # without a store, the next paint redraws everything anyway
        scale, dx, dy = self._scale, self._dx, self._dy
        left = int(box[0] * scale + dx) - 2
        top = int(box[1] * scale + dy) - 2
        self.update(
            left, top, int(box[2] * scale + dx) + 3 - left, int(box[3] * scale + dy) + 3 - top
        )

    def _draw_strokes(self, painter: QPainter, strokes: Iterable[Stroke]) -> None:
        _fill(
            painter,
            [trace_stroke((_pixels(p) for p in stroke.points), self._style) for stroke in strokes],
        )

    def _redraw(self) -> None:
        """Throw the backing store away; the next paint redraws it from the strokes."""
        self._store = None
        self._finished.clear()
        self._set_frame()
        self._describe()
        self.update()

    def _frame(self) -> QTransform:
        """Capture coordinates to the pad's: scaled to fit, keeping the shape, centred."""
        if self._capture is None or self._capture.isEmpty():
            return QTransform()
        width, height = self.width(), self.height()
        scale = min(width / self._capture.width(), height / self._capture.height())
        dx = (width - self._capture.width() * scale) / 2
        dy = (height - self._capture.height() * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _set_frame(self) -> None:
        self._transform = self._frame()
        self._scale, self._dx, self._dy = (
            self._transform.m11(),
            self._transform.dx(),
            self._transform.dy(),
        )

    def _render_store(self) -> QImage:
        ratio = self.devicePixelRatioF()
        store = QImage(
            QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        store.setDevicePixelRatio(ratio)
        store.fill(PAPER)
        self._set_frame()
        painter = QPainter(store)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(200, 200, 200), 1))
        painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.setTransform(self._transform)
        frame = self.capture_size()
        base_y = frame.height() * BASELINE_AT
        left, right = frame.width() * 0.05, frame.width() * 0.95
        guide = colour("guide")
        painter.setPen(QPen(guide, 1.5))
        painter.drawLine(QPointF(left, base_y), QPointF(right, base_y))
        painter.setFont(scaled_font(self.font(), 1.3))
        painter.setPen(guide)
        cross = QRectF(
            left, base_y - frame.height() * 0.3, frame.height() * 0.25, frame.height() * 0.28
        )
        painter.drawText(cross, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "✕")
        if self.is_empty():
            hint = QRectF(left, base_y - frame.height() * 0.45, right - left, frame.height() * 0.4)
            painter.drawText(hint, Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        self._draw_strokes(painter, self._strokes)
        if self._device is not None and self._points:
            # A stroke still being drawn: trace it afresh and carry on from there.
            self._tracer = InkTracer(self._style)
            for point in self._points:
                self._tracer.add(*_pixels(point))
            _fill(painter, [self._tracer.take()])
        painter.end()
        self._finished.clear()
        return store

    def paintEvent(self, event: QPaintEvent) -> None:
        store = self._store
        if store is None or store.devicePixelRatio() != self.devicePixelRatioF():
            store = self._store = self._render_store()
        else:
            self._draw_new_ink(store)
        rect = event.rect()
        painter = QPainter(self)
        ratio = store.devicePixelRatio()
        if ratio == 1:
            painter.drawImage(rect, store, rect)
        else:
            source = QRectF(
                rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
            )
            painter.drawImage(QRectF(rect), store, source)
        if self.hasFocus():
            # The app's focus ring would fall outside the box (and be cut off): inside it.
            pen = QPen(colour("focus"), FOCUS_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FOCUS_WIDTH / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _draw_new_ink(self, store: QImage) -> None:
        """Add the ink that came since the last paint to the store."""
        batches = [tracer.take() for tracer in self._finished]
        self._finished.clear()
        if self._tracer is not None:
            batches.append(self._tracer.take())
        if not any(batch.polygons or batch.dabs for batch in batches):
            return
        painter = QPainter(store)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._transform.isIdentity():
            painter.setTransform(self._transform)
        _fill(painter, batches)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._store = None  # the next paint redraws every stroke at the new size
        self._set_frame()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._store = None  # "Sign here" in the new text size or theme
            self.update()

    def _describe(self) -> None:
        count = len(self._strokes)
        if count == 0:
            state = self.tr("The box is empty.")
        elif count == 1:
            state = self.tr("The box has 1 line of ink.")
        else:
            state = self.tr("The box has {count} lines of ink.").format(count=count)
        self.setAccessibleDescription(
            self.tr("Sign with a finger, a pen or the mouse. ")
            + state
            + self.tr(" Use Clear to start again or Undo to remove the last line.")
            + (" " + self._hint if self._hint else "")
        )

    @property
    def keyboard_hint(self) -> str:
        """Said after the description: how to sign with keys where the box has the focus."""
        return self._hint

    @keyboard_hint.setter
    def keyboard_hint(self, hint: str) -> None:
        self._hint = hint
        self._describe()


class SignatureField(QWidget):
    """The signing box with its Clear and Undo buttons and a message under it: what the
    visit wizard puts on a page. "Sign by typing your name" swaps the box for a name
    field, for someone who cannot draw (the keyboard alone, a screen reader)."""

    changed = Signal()
    submitted = Signal()  # Enter pressed in the typed name: sign

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        style: InkStyle = DEFAULT_STYLE,
    ) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self, clock=clock, style=style)
        self.typed = TypedNamePanel(self)
        self.ways = QStackedWidget(self)
        self.ways.addWidget(self.pad)
        self.ways.addWidget(self.typed)
        self.type_button = QPushButton(self.tr("Sign by &typing your name"), self)
        self.type_button.setAccessibleDescription(
            self.tr("For signing with the keyboard: type your full name instead of drawing")
        )
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleDescription(self.tr("Remove all the ink and start again"))
        self.undo_button = QPushButton(self.tr("Undo last line"), self)
        self.undo_button.setAccessibleDescription(self.tr("Remove the last line drawn"))
        self.message = message_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.type_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        ring = FOCUS_WIDTH + 1  # room for the focus ring round the buttons
        column.setContentsMargins(ring, 0, ring, ring)
        column.addWidget(self.ways, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.pad.setMinimumHeight(em(self, 8))
        # The pad takes no keys: the keyboard starts at the way to sign with keys.
        focus_starts_at(self, lambda: self.typed.name if self.typing() else self.type_button)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.type_button.clicked.connect(lambda: self.set_typing(not self.typing()))
        self.typed.name.textEdited.connect(lambda _text: self._pad_changed())
        self.typed.name.returnPressed.connect(self.submitted)
        self.pad.changed.connect(self._pad_changed)
        self._pad_changed()

    # -- drawn or typed --------------------------------------------------------------

    def typing(self) -> bool:
        """True while the signer types their name instead of drawing."""
        return self.ways.currentWidget() is self.typed

    def set_typing(self, typing: bool) -> None:
        self.ways.setCurrentWidget(self.typed if typing else self.pad)
        self.type_button.setText(
            self.tr("Draw a signature instead") if typing else self.tr("Sign by &typing your name")
        )
        self.type_button.setAccessibleDescription(
            self.tr("Go back to the box for a signature drawn with a finger, a pen or the mouse")
            if typing
            else self.tr("For signing with the keyboard: type your full name instead of drawing")
        )
        self.undo_button.setVisible(not typing)
        self.clear_button.setVisible(not typing)
        show_message(self.message, "")
        if typing:
            self.typed.setFocus()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.typed.text() if self.typing() else self.pad.is_empty()

    def problem(self, expected_name: str | None = None) -> str | None:
        """Why this is not yet a signature, in plain words; None when it is. A typed
        name must be `expected_name` (if given), whatever its capitals and spaces."""
        return self.typed.problem(expected_name) if self.typing() else self.pad.problem()

    def check(self, expected_name: str | None = None) -> bool:
        """Show why this is not yet a signature, if it is not; True when it is."""
        problem = self.problem(expected_name)
        show_message(self.message, problem or "")
        return problem is None

    def signature(
        self,
        role: SignerRole,
        signer_name: str,
        signed_at: datetime,
        child_id: uuid.UUID | None = None,
    ) -> Signature:
        """The signature as the record keeps it: typed or drawn, whichever is showing."""
        if self.typing():
            return typed_signature(role, signer_name, self.typed.text(), signed_at, child_id)
        return self.pad.signature(role, signer_name, signed_at, child_id)

    def clear(self) -> None:
        """No ink and no typed name, back to the box (for the next signer)."""
        self.typed.clear()
        self.pad.clear()
        if self.typing():
            self.set_typing(False)

    def set_read_only(self, read_only: bool) -> None:
        self.pad.set_read_only(read_only)
        self.typed.name.setReadOnly(read_only)
        self.type_button.setEnabled(not read_only)
        self._pad_changed()

    def _pad_changed(self) -> None:
        has_ink = not self.pad.is_empty()
        editable = not self.pad.read_only()
        self.clear_button.setEnabled(has_ink and editable)
        self.undo_button.setEnabled(has_ink and editable)
        if self.message.isVisible():
            show_message(self.message, "")
        self.changed.emit()
