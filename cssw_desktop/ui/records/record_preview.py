"""The signed form on screen, page by page, exactly as its PDF prints; "Save as PDF…",
and a copy for the family, printed or saved ("Print for the family…", "Save the family's
copy…": the form without the council's technical pages, family_copy.py).

The dialog only shows and asks; `show_record` reads the sealed record on the store
thread (auditing the view), draws its pages in a worker thread, and on saving or printing
checks the worker's passphrase again before an unencrypted copy leaves the app (a file
written owner-only and atomically where they choose, or the printer they choose), and
audits it. The pages drawn and the copies made come from the same reading of the record,
so what is saved is what was seen.

"Read as text" (a tab beside the pages) gives the same words as the PDF, page by page, in
a read-only text a screen reader reads by line or sentence; they come from the drawing
operations that paint the pages (cssw_documents.pdf.render_preview).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.records.family_copy import Purpose, choose_printer
from cssw_desktop.ui.records.page_view import PageView
from cssw_desktop.ui.review.section_tabs import SectionTabs
from cssw_desktop.ui.widgets.countdown import RetryCountdown
from cssw_desktop.ui.widgets.layout import em, message_label, paragraph, scaled_font, show_message

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class RecordPreviewDialog(QDialog):
    """Pages of one sealed record; emits save_requested(passphrase) to save it as a PDF."""

    save_wanted = Signal()  # the worker chose to save or print (the passphrase box is shown)
    save_requested = Signal(str)  # the passphrase typed to confirm it is the worker

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._closing = False
        self._busy = False
        self.purpose = Purpose.SAVE  # what the passphrase is asked for
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Signed form"))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.title_label = QLabel(self.windowTitle(), self)
        self.title_label.setFont(scaled_font(self.title_label.font(), 1.15, bold=True))
        self.title_label.setAccessibleDescription(self.tr("Record shown"))
        # The title (family, kind, from whom) has a row of its own and wraps there rather
        # than widening the dialog past a laptop's screen in large text.
        self.title_label.setWordWrap(True)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.title_label, 1)
        layout.addLayout(heading_row)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleDescription(self.tr("Page number"))
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self.zoom_out_button = self._tool(self.tr("Zoom &out"), self.tr("Smaller (Ctrl+minus)"))
        self.fit_button = self._tool(self.tr("&Fit to width"), self.tr("Fit to width (Ctrl+0)"))
        self.zoom_in_button = self._tool(self.tr("Zoom &in"), self.tr("Larger (Ctrl+plus)"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleDescription(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(em(self, 3.5))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        layout.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.waiting = paragraph(self.tr("Preparing the pages…"), self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setAccessibleDescription(self.tr("Pages"))
        self.pages = PageView(self)
        self.pages.setAccessibleName(self.tr("Pages of the signed form"))
        self.pages.setAccessibleDescription(
            self.tr(
                "The form as it prints. Page Down and Page Up go to the next and previous "
                "page, Home and End to the first and last."
            )
        )
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setAccessibleName(self.tr("The signed form as text"))
        self.text.setAccessibleDescription(
            self.tr("The same words as the form's pages and its PDF, page by page")
        )
        # Two views of one form (buttons over a stack, as the review page's sections: each
        # with a name and a description); Ctrl+Tab goes from one to the other.
        self.views = SectionTabs(self)
        self.views.addTab(
            self.pages, self.tr("Pa&ges"), self.tr("The form's pages as they print (Ctrl+Tab)")
        )
        self.views.addTab(
            self.text,
            self.tr("Read as te&xt"),
            self.tr("The form's words as text, page by page, for reading aloud (Ctrl+Tab)"),
        )
        for index in range(self.views.count()):
            # Beside the title, not on a row of their own: the pages keep the height.
            button = self.views.button(index)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            heading_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        order = [
            self.views.button(0),
            self.views.button(1),
            self.zoom_out_button,
            self.fit_button,
            self.zoom_in_button,
            self.pages,
            self.text,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)  # as they are on screen
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.views)
        layout.addWidget(self.stack, 1)

        self.save_panel = QWidget(self)
        panel = QVBoxLayout(self.save_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.save_words = paragraph("", self.save_panel)
        panel.addWidget(self.save_words)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Your passphrase:"), self.save_panel)
        self.passphrase = QLineEdit(self.save_panel)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("Your passphrase, to show it is you before a copy is saved")
        )
        label.setBuddy(self.passphrase)
        self.continue_button = QPushButton(self.tr("&Continue"), self.save_panel)
        self.continue_button.setAccessibleDescription(
            self.tr("Check the passphrase, then choose where to save")
        )
        self.cancel_save_button = QPushButton(self.tr("Don't save"), self.save_panel)
        self.cancel_save_button.setAccessibleDescription(self.tr("Go back without saving a copy"))
        self.cancel_save_button.setAutoDefault(False)
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.continue_button)
        row.addWidget(self.cancel_save_button)
        panel.addLayout(row)
        self.problem = message_label(self.save_panel)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        panel.addWidget(self.problem)
        self.countdown = RetryCountdown(self.save_panel, clock, self._refresh)
        panel.addWidget(self.countdown)
        self.save_panel.setVisible(False)
        layout.addWidget(self.save_panel)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleDescription(self.tr("Saved"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_family_button = QPushButton(self.tr("&Print for the family…"), self)
        self.print_family_button.setAccessibleDescription(
            self.tr(
                "Print the signed form for the family to keep, without the council's "
                "technical pages"
            )
        )
        self.save_family_button = QPushButton(self.tr("Save the &family's copy…"), self)
        self.save_family_button.setAccessibleDescription(
            self.tr(
                "Save the family's copy of the signed form as a PDF file, without the "
                "council's technical pages (it is not encrypted)"
            )
        )
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.setAccessibleDescription(
            self.tr("Save a copy of the whole form as a PDF file (it is not encrypted)")
        )
        self.close_button.setAccessibleDescription(self.tr("Close the form"))
        for button in (
            self.print_family_button,
            self.save_family_button,
            self.save_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.pages.page_changed.connect(self._show_page_number)
        self.pages.zoom_changed.connect(lambda _percent: self._refresh())
        self.views.current_changed.connect(lambda _index: self._refresh())
        self.zoom_in_button.clicked.connect(self.pages.zoom_in)
        self.zoom_out_button.clicked.connect(self.pages.zoom_out)
        self.fit_button.clicked.connect(self.pages.fit_width)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.pages.zoom_in),
            (QKeySequence("Ctrl+="), self.pages.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.pages.zoom_out),
            (QKeySequence("Ctrl+0"), self.pages.fit_width),
        ):
            QShortcut(keys, self).activated.connect(slot)
        self.save_button.clicked.connect(lambda: self.ask_passphrase(Purpose.SAVE))
        self.save_family_button.clicked.connect(lambda: self.ask_passphrase(Purpose.FAMILY_SAVE))
        self.print_family_button.clicked.connect(lambda: self.ask_passphrase(Purpose.FAMILY_PRINT))
        self.continue_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textChanged.connect(lambda _text: self._refresh())
        self.cancel_save_button.clicked.connect(self.cancel_save)
        self.close_button.clicked.connect(self.close_now)
        self.setFocusProxy(self.pages)
        self._refresh()

    def _tool(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicking keeps the keys on the pages
        return button

    # --- the pages ---------------------------------------------------------------------

    def set_title(self, title: str) -> None:
        """What is shown (e.g. "Okafor family — signed consent form"), above the pages."""
        self.setWindowTitle(title)
        self.title_label.setText(title)

    def show_pages(self, images: Sequence[QImage], texts: Sequence[Sequence[str]] = ()) -> None:
        """The pages as pictures, and their words (`texts`, a list for each page)."""
        self.pages.set_pages(images)
        self.text.setHtml(self._as_html(texts))
        self.views.button(1).setEnabled(bool(texts))
        self.stack.setCurrentWidget(self.views)
        self.views.setCurrentWidget(self.pages)
        self.pages.setFocus()
        self._refresh()

    def _as_html(self, texts: Sequence[Sequence[str]]) -> str:
        """Each page under a heading "Page N of M", each piece of text a paragraph."""
        parts = []
        for number, page in enumerate(texts, 1):
            title = self.tr("Page %d of %d") % (number, len(texts))
            parts.append(f"<h2>{html.escape(title)}</h2>")
            parts += [f"<p>{html.escape(text)}</p>".replace("\n", "<br>") for text in page]
        return "".join(parts)

    def show_failure(self, message: str) -> None:
        """The record could not be shown: say so where the pages would be."""
        self.waiting.setText(message)
        self.stack.setCurrentWidget(self.waiting)
        self._refresh()

    def _show_page_number(self, page: int, count: int) -> None:
        self.page_label.setText(self.tr("Page %d of %d") % (page, count) if count else "")

    # --- saving ------------------------------------------------------------------------

    def ask_passphrase(self, purpose: Purpose = Purpose.SAVE) -> None:
        self.purpose = purpose
        self.save_words.setText(
            {
                Purpose.SAVE: self.tr(
                    "Saving makes a copy of this form that is not encrypted. "
                    "Type your passphrase to show it is you, then choose where to save it."
                ),
                Purpose.FAMILY_SAVE: self.tr(
                    "The family's copy is the signed form without the council's technical "
                    "pages. Saving it makes a copy that is not encrypted. Type your "
                    "passphrase to show it is you, then choose where to save it."
                ),
                Purpose.FAMILY_PRINT: self.tr(
                    "The family's copy is the signed form without the council's technical "
                    "pages. Type your passphrase to show it is you, then choose the printer."
                ),
            }[purpose]
        )
        printing = purpose is Purpose.FAMILY_PRINT
        self.cancel_save_button.setText(
            self.tr("Don't print") if printing else self.tr("Don't save")
        )
        self.cancel_save_button.setAccessibleDescription(
            self.tr("Go back without printing")
            if printing
            else self.tr("Go back without saving a copy")
        )
        show_message(self.notice, "")
        show_message(self.problem, "")
        self.save_panel.setVisible(True)
        self.continue_button.setDefault(True)
        self.passphrase.setFocus()
        self._refresh()
        self.save_wanted.emit()

    def _submit(self) -> None:
        if self._busy or self.remaining() > 0 or not self.passphrase.text():
            return
        show_message(self.problem, "")
        self.set_busy(True)
        self.save_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self._refresh()

    def show_problem(self, message: str, wait_seconds: float = 0.0) -> None:
        """Something stopped the saving: a plain message, and the wait if there is one."""
        self.set_busy(False)
        self.passphrase.clear()
        show_message(self.problem, message)
        self.wait(wait_seconds)
        if self.save_panel.isVisible():
            self.passphrase.setFocus()

    def wait(self, seconds: float) -> None:
        """Switch Continue off for this many seconds, showing the time left."""
        self.countdown.start(seconds)
        self._refresh()

    def remaining(self) -> float:
        return self.countdown.remaining()

    async def ask_where(self, file_name: str) -> Path | None:
        """The passphrase was right: where to save (None if the worker cancels)."""
        self.passphrase.clear()
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chooser = QFileDialog(self, self.tr("Save the signed form as PDF"), folder)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(self.tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.selectFile(file_name)
        chosen: asyncio.Future[Path | None] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            files = chooser.selectedFiles()
            if not chosen.done():
                accepted = result == QDialog.DialogCode.Accepted and files
                chosen.set_result(Path(files[0]) if accepted else None)

        chooser.finished.connect(finished)
        self.file_dialog = chooser
        chooser.open()
        try:
            return await chosen
        finally:
            self.file_dialog = None
            chooser.deleteLater()

    async def ask_printer(self) -> QPrinter | None:
        """The passphrase was right: the printer the worker chose (None if cancelled)."""
        self.passphrase.clear()
        return await choose_printer(self, self)

    def show_printed(self, pages: int) -> None:
        self.cancel_save()
        show_message(
            self.notice,
            self.tr("The family's copy was sent to the printer (%n pages).", "", pages),
        )

    def show_saved(self, path: Path) -> None:
        self.cancel_save()
        show_message(
            self.notice,
            self.tr(
                "Saved as %s. This copy is not encrypted: keep it only where the council "
                "allows, and delete it when it is no longer needed."
            )
            % path,
        )

    def cancel_save(self) -> None:
        """Put the passphrase box away (what was typed is forgotten)."""
        self.set_busy(False)
        self.passphrase.clear()
        show_message(self.problem, "")
        self.save_panel.setVisible(False)
        self.continue_button.setDefault(False)
        self.pages.setFocus()
        self._refresh()

    def _refresh(self) -> None:
        shown = self.stack.currentWidget() is self.views and self.pages.page_count() > 0
        asking = self.save_panel.isVisibleTo(self)
        for button in (self.save_button, self.save_family_button, self.print_family_button):
            button.setEnabled(shown and not asking)
        self.continue_button.setEnabled(
            not self._busy and self.remaining() <= 0 and bool(self.passphrase.text())
        )
        self.continue_button.setText(self.tr("Checking…") if self._busy else self.tr("&Continue"))
        drawn = shown and self.views.currentWidget() is self.pages  # zoom is for the pictures
        self.zoom_in_button.setEnabled(drawn and self.pages.can_zoom_in())
        self.zoom_out_button.setEnabled(drawn and self.pages.can_zoom_out())
        self.fit_button.setEnabled(drawn)
        self.zoom_label.setText(self.tr("%d%%") % self.pages.zoom_percent() if shown else "")

    # --- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        """Esc puts the passphrase box away first; a second Esc closes."""
        if self.save_panel.isVisible() and not self._closing and not self._busy:
            self.cancel_save()
            return
        self._forget()
        super().reject()

    def close_now(self) -> None:
        """Close at once (also on lock): the pages and anything typed are dropped."""
        self._closing = True
        if self.file_dialog is not None:
            self.file_dialog.reject()
        if self.print_dialog is not None:
            self.print_dialog.reject()
        self.reject()

    def _forget(self) -> None:
        self.countdown.stop()
        self.passphrase.clear()
        self.pages.clear()
        self.text.clear()
