"""Pages of a document shown one under another: scrolled, fitted to the width, zoomed.

The pages arrive as images (rendered off the GUI thread); this view only scales and
paints the ones on screen, and says which page is in view ("Page N of M").

For a screen reader each page is a named picture ("Page 2 of 4"); Page Down and Page Up
go to the next and previous page, Home and End to the first and last, and each says the
page it went to (the words themselves are in the preview's "Read as text").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from cssw_desktop.ui.assistive import Role, announce, set_role

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)  # times the fit-to-width size
FIT = ZOOM_STEPS.index(1.0)
GAP = 12  # pixels between pages and around them
BACKDROP = QColor(96, 96, 96)


class _Canvas(QWidget):
    """Paints the pages at one width; keeps only the scaled copies it has painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.marks: list[QWidget] = []  # one per page, for assistive technology
        self.page_width = 1
        self._scaled: dict[int, QPixmap] = {}
        self.setAutoFillBackground(False)
        set_role(self, Role.Grouping)
        self.setAccessibleName(self.tr("All the pages"))
        self.setAccessibleDescription(self.tr("The pages of the form, one under another"))

    def set_images(self, images: Sequence[QImage]) -> None:
        self.forget()
        self.images = list(images)
        count = len(self.images)
        for number in range(1, count + 1):
            # Paints nothing (the canvas paints the page): it names the page where it is.
            mark = QWidget(self)
            mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            set_role(mark, Role.Graphic)
            mark.setAccessibleName(self.tr("Page %d of %d") % (number, count))
            mark.setAccessibleDescription(
                self.tr("A picture of the page as it prints; its words are in Read as text")
            )
            mark.show()
            self.marks.append(mark)
        self.place_marks()

    def place_marks(self) -> None:
        for index, mark in enumerate(self.marks):
            mark.setGeometry(self.page_rect(index))

    def page_height(self) -> int:
        if not self.images:
            return 0
        first = self.images[0]
        return round(self.page_width * first.height() / max(1, first.width()))

    def page_rect(self, index: int) -> QRect:
        left = max(GAP, (self.width() - self.page_width) // 2)
        top = GAP + index * (self.page_height() + GAP)
        return QRect(left, top, self.page_width, self.page_height())

    def set_page_width(self, width: int) -> None:
        width = max(1, width)
        if width != self.page_width:
            self.page_width = width
            self._scaled.clear()

    def forget(self) -> None:
        self.images = []
        self._scaled.clear()
        for mark in self.marks:
            mark.deleteLater()
        self.marks = []

    def content_size(self, viewport_width: int) -> QSize:
        count = len(self.images)
        height = GAP + count * (self.page_height() + GAP) if count else 0
        return QSize(max(viewport_width, self.page_width + 2 * GAP), height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKDROP)
        ratio = self.devicePixelRatioF()
        for index, image in enumerate(self.images):
            target = self.page_rect(index)
            if not target.intersects(event.rect()):
                continue
            pixmap = self._scaled.get(index)
            if pixmap is None:
                size = QSize(round(target.width() * ratio), round(target.height() * ratio))
                pixmap = QPixmap.fromImage(
                    image.scaled(
                        size,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                pixmap.setDevicePixelRatio(ratio)
                self._scaled[index] = pixmap
            painter.drawPixmap(target.topLeft(), pixmap)
        painter.end()


class PageView(QScrollArea):
    """A scrolling column of page images, fitted to the width unless zoomed."""

    page_changed = Signal(int, int)  # the page in view (from 1) and how many there are
    zoom_changed = Signal(int)  # percent of the fit-to-width size

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = _Canvas(self)
        self._step = FIT
        self._page = 0
        self._shown = (0, 0)  # the page and count last announced
        self.setWidget(self._canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(True)
        palette = self.viewport().palette()
        palette.setColor(self.viewport().backgroundRole(), BACKDROP)
        self.viewport().setPalette(palette)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._update_page())
        self.verticalScrollBar().setSingleStep(40)

    # --- content -----------------------------------------------------------------------

    def set_pages(self, images: Sequence[QImage]) -> None:
        """Show these pages from the top, fitted to the width."""
        self._canvas.set_images(images)
        self._step = FIT
        self._page = 0
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self._update_page()
        self.zoom_changed.emit(self.zoom_percent())

    def clear(self) -> None:
        """Drop every page (they hold the family's details)."""
        self._canvas.forget()
        self._page = 0
        self._relayout()
        self._canvas.update()

    def page_count(self) -> int:
        return len(self._canvas.images)

    def current_page(self) -> int:
        """The page in view, from 1 (0 when there are none)."""
        return self._page

    def page_width(self) -> int:
        """How wide a page is drawn now, in pixels."""
        return self._canvas.page_width

    def go_to_page(self, page: int) -> None:
        """Bring a page (from 1) to the top of the view, and say which it is."""
        count = self.page_count()
        if not count:
            return
        page = min(max(page, 1), count)
        self.verticalScrollBar().setValue(self._canvas.page_rect(page - 1).top() - GAP)
        if self._page != page:  # the last pages cannot reach the top: it is in view
            self._page, self._shown = page, (page, count)
            self.page_changed.emit(page, count)
        announce(self, self.tr("Page %d of %d") % (page, count))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = Qt.Key
        moves = {
            keys.Key_PageDown: self._page + 1,
            keys.Key_PageUp: self._page - 1,
            keys.Key_Home: 1,
            keys.Key_End: self.page_count(),
        }
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in moves and self.page_count():
            self.go_to_page(moves[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    # --- zoom ----------------------------------------------------------------------------

    def zoom_percent(self) -> int:
        return round(ZOOM_STEPS[self._step] * 100)

    def zoom_in(self) -> None:
        self._zoom_to(min(self._step + 1, len(ZOOM_STEPS) - 1))

    def zoom_out(self) -> None:
        self._zoom_to(max(self._step - 1, 0))

    def fit_width(self) -> None:
        self._zoom_to(FIT)

    def can_zoom_in(self) -> bool:
        return self._step < len(ZOOM_STEPS) - 1

    def can_zoom_out(self) -> bool:
        return self._step > 0

    def _zoom_to(self, step: int) -> None:
        if step == self._step:
            return
        bar = self.verticalScrollBar()
        where = bar.value() / max(1, self._canvas.height())  # keep the same place in view
        self._step = step
        self._relayout()
        bar.setValue(round(where * self._canvas.height()))
        self.zoom_changed.emit(self.zoom_percent())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- layout --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        available = self.viewport().width() - 2 * GAP
        if self.verticalScrollBar().isHidden() and self._canvas.images:
            # Fit to the width that is left once the scroll bar shows (pages rarely fit).
            available -= self.verticalScrollBar().sizeHint().width()
        self._canvas.set_page_width(round(max(1, available) * ZOOM_STEPS[self._step]))
        self._canvas.resize(self._canvas.content_size(self.viewport().width()))
        self._canvas.place_marks()
        self._canvas.update()
        self._update_page()

    def _update_page(self) -> None:
        count = self.page_count()
        page = 0
        if count:
            # The page under a point a third of the way down the view.
            y = self.verticalScrollBar().value() + self.viewport().height() // 3
            page = min(count, max(1, 1 + (y - GAP // 2) // (self._canvas.page_height() + GAP)))
        if (page, count) != self._shown:
            self._page, self._shown = page, (page, count)
            self.page_changed.emit(page, count)
