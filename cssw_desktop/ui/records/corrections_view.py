"""A sealed record's correction notes, shown above its pages wherever the record is shown
(the lead's review viewer, the worker's own record viewer): the sealed record is never
edited, so whoever reads it must see what has since been corrected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cssw_core.domain.fields import shown
from cssw_core.protocol import CorrectionNote
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.sync.words import local_day


def corrections_text(corrections: tuple[CorrectionNote, ...]) -> str:
    """ "Corrected on <date>: <note>", one line each, oldest first ("" with none)."""
    template = QCoreApplication.translate("ReviewViewer", "Corrected on %1: %2")
    return "\n".join(
        template.replace("%1", local_day(note.corrected_at)).replace(
            "%2", shown(note.note, multiline=True)
        )
        for note in corrections
    )


def show_corrections(dialog: RecordPreviewDialog, corrections: tuple[CorrectionNote, ...]) -> None:
    """The record's correction notes above its pages: the sealed record is never edited, so
    a lead reading it must see what has since been corrected."""
    text = corrections_text(corrections)
    if not text:
        return
    label = QLabel(text, dialog)
    label.setObjectName("corrections")
    label.setWordWrap(True)
    label.setAccessibleDescription(QCoreApplication.translate("ReviewViewer", "Corrections"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { border: 2px solid #b35900; padding: 6px; }")
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(2, label)  # under the title and the page controls, above the pages
