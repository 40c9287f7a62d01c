"""The family's screen: the laptop handed over for reading the leaflet, or for checking and
signing. Full screen, no frame and no menus, larger calm type, only this visit on it.
Leaving it needs the worker's passphrase.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.assistive import Role, set_role
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.leaflet_end import LeafletEndPage
from cssw_desktop.ui.visit.leaflet_view import LeafletReader
from cssw_desktop.ui.visit.signing import SigningFlow
from cssw_desktop.ui.widgets.countdown import RetryCountdown
from cssw_desktop.ui.widgets.layout import (
    centred_column,
    em,
    heading,
    message_label,
    paragraph,
    scaled_font,
    show_message,
)

FAMILY_SCALE = 1.4  # the family's text against the app's font
FAMILY_READING_SCALE = 1.2  # the leaflet against the family screen's font (1.7× the app's)

LEAFLET, SIGNING = "leaflet", "signing"


class HandBackPanel(QWidget):
    """For the worker: type the passphrase to return to the worker's screen."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, clock: Callable[[], float]) -> None:
        super().__init__(parent)
        self._busy = False
        column = centred_column(self, width_em=30)
        column.addWidget(heading(self.tr("For your social worker"), self, 1.2))
        column.addWidget(
            paragraph(self.tr("Type your passphrase to go back to the worker's screen."), self)
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Worker's passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The social worker's passphrase. Press Enter to go back to their screen.")
        )
        column.addWidget(self.passphrase)
        self.message = message_label(self)
        column.addWidget(self.message)
        self.countdown = RetryCountdown(self, clock, self._refresh)
        column.addWidget(self.countdown)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.ok_button = QPushButton(self.tr("Go to the worker's screen"), self)
        self.ok_button.setDefault(True)
        self.cancel_button.setAccessibleDescription(self.tr("Stay on the family's screen"))
        self.ok_button.setAccessibleDescription(
            self.tr("Check the passphrase and go back to the worker's screen")
        )
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        column.addLayout(row)
        column.addStretch(2)
        self.passphrase.returnPressed.connect(self._submit)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self.setFocusProxy(self.passphrase)
        self._refresh()

    def _submit(self) -> None:
        if self._busy or self.countdown.remaining() > 0 or not self.passphrase.text():
            return
        text = self.passphrase.text()
        self.passphrase.clear()
        self.set_busy(True)
        self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            show_message(self.message, "")
        self._refresh()

    def show_problem(self, text: str, wait_seconds: float = 0.0) -> None:
        show_message(self.message, text)
        self.countdown.start(wait_seconds)
        self._refresh()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        show_message(self.message, "")

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.countdown.remaining() <= 0)
        self.passphrase.setEnabled(not self._busy)


class FamilyScreen(QWidget):
    """A frameless top-level window; `hand_back_requested(passphrase)` asks to leave it."""

    hand_back_requested = Signal(str)

    def __init__(
        self,
        controller: VisitController,
        mode: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        # Colours by palette, not a style sheet: a style sheet here would stop the larger
        # font reaching the widgets inside. Calm and warm, or the high-contrast theme's.
        use_colours(self, window="family_paper", text="ink")
        self.setWindowTitle(self.tr("Your information, your rights"))
        set_role(self, Role.Window)  # a window with its title, not a "filler"
        self.setFont(scaled_font(QApplication.font(), FAMILY_SCALE))
        self.controller = controller
        self.mode = mode
        self._may_close = False
        self.wrong_step: object | None = None
        """The visit step the family said is wrong (the worker's screen opens on it)."""

        self.pages = QStackedWidget(self)
        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        self.end_page: LeafletEndPage | None = None
        if mode == LEAFLET:
            self.leaflet_title = heading(controller.leaflet.title, self.content, 1.1)
            self.leaflet_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            content.addWidget(self.leaflet_title)
            self.subtitle = heading(controller.leaflet.subtitle, self.content, 1.0)
            self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            content.addWidget(self.subtitle)
            self.leaflet_pages = QStackedWidget(self.content)
            self.reader: LeafletReader | None = LeafletReader(
                controller, self.leaflet_pages, scale=FAMILY_READING_SCALE, has_end=True
            )
            self.end_page = LeafletEndPage(self.leaflet_pages, FAMILY_READING_SCALE)
            self.leaflet_pages.addWidget(self.reader)
            self.leaflet_pages.addWidget(self.end_page)
            self.signing: SigningFlow | None = None
            content.addWidget(self.leaflet_pages, 1)
        else:
            self.reader = None
            self.signing = SigningFlow(controller, self.content)
            content.addWidget(self.signing, 1)
        self.hand_back_button = QPushButton(self.tr("Hand back to the worker"), self.content)
        self.hand_back_button.setFont(QApplication.font())
        self.hand_back_button.setAccessibleName(self.tr("Hand back to the worker"))
        self.hand_back_button.setAccessibleDescription(
            self.tr("For your social worker: they type their passphrase to go back")
        )
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.hand_back_button)
        content.addLayout(bottom)
        self.panel = HandBackPanel(self, clock)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.panel)
        outer = QVBoxLayout(self)
        margin = em(self, 2)
        outer.setContentsMargins(margin, margin // 2, margin, margin // 2)
        outer.addWidget(self.pages)

        self.hand_back_button.clicked.connect(self.ask_passphrase)
        # With the keyboard, at the end of the leaflet or of signing: the way back.
        if self.reader is not None and self.end_page is not None:
            self.reader.end_requested.connect(self.show_end)
            self.end_page.back_requested.connect(self._back_to_leaflet)
            self.end_page.hand_back_requested.connect(self.ask_passphrase)
            controller.changed.connect(self._show_headings)
            self._show_headings()
        if self.signing is not None:
            focus_starts_at(self.signing.done_page, self.hand_back_button)
        self.panel.cancelled.connect(self._back_to_family)
        if self.signing is not None:
            self.signing.wrong_reported.connect(self._wrong)
        self.panel.submitted.connect(self.hand_back_requested)

    def _wrong(self, step: object) -> None:
        """The family says part of it is wrong: back to the worker, who opens that step."""
        self.wrong_step = step
        self.ask_passphrase()

    def show_end(self) -> None:
        """The page after the leaflet's last section: the end, and the way back."""
        assert self.end_page is not None
        leaflet = self.controller.leaflet
        seen = self.controller.state.draft.sections_viewed
        self.end_page.show_unseen([s.title for s in leaflet.sections if s.id not in seen])
        self.leaflet_pages.setCurrentWidget(self.end_page)
        self._show_headings()
        self.end_page.setFocus()

    def _back_to_leaflet(self) -> None:
        """Back from the end: to the first section not shown yet, or the last section."""
        assert self.reader is not None
        leaflet = self.controller.leaflet
        seen = self.controller.state.draft.sections_viewed
        unseen = [n for n, s in enumerate(leaflet.sections) if s.id not in seen]
        self.reader.show_section(unseen[0] if unseen else len(leaflet.sections) - 1)
        self.leaflet_pages.setCurrentWidget(self.reader)
        self._show_headings()
        self.reader.setFocus()

    def _show_headings(self) -> None:
        """The leaflet's title over every section, its subtitle over the first (as on the
        printed cover: more room for the text at large sizes); on the end page, which is
        the app's and not the leaflet's, neither, and not the small hand-back button
        either (the page has its own, larger)."""
        reading = self.leaflet_pages.currentWidget() is self.reader
        self.leaflet_title.setVisible(reading)
        cover = reading and self.controller.state.section == 0
        self.subtitle.setVisible(cover and bool(self.subtitle.text()))
        self.hand_back_button.setVisible(reading)

    def ask_passphrase(self) -> None:
        self.panel.reset()
        self.pages.setCurrentWidget(self.panel)
        self.panel.setFocus()

    def _back_to_family(self) -> None:
        self.wrong_step = None
        self.panel.reset()
        self.pages.setCurrentWidget(self.content)
        self.content.setFocus()

    def show_on_screen(self) -> None:
        """Full screen where the platform has windows; shown plainly where it has not."""
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            self.show()  # test and headless platforms have no screen to fill
        else:
            self.showFullScreen()
        self.take_keyboard()

    def take_keyboard(self) -> None:
        """On top, active, the keyboard where the family starts."""
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
        self.activateWindow()
        if self.reader is not None:
            self.reader.setFocus()
        elif self.signing is not None:
            self.signing.setFocus()

    def close_now(self) -> None:
        """Close it (after the passphrase, or on lock): the worker's screen comes back."""
        self._may_close = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4 and the like: only the passphrase leaves
            self.ask_passphrase()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            if self.pages.currentWidget() is self.panel:
                self._back_to_family()
            return
        super().keyPressEvent(event)
