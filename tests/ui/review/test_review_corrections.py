"""A corrected record in the lead's review viewer: "Corrected on <date>: <note>" above its
pages, for each correction note central keeps beside the sealed record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from cssw_core.protocol import CorrectionNote
from cssw_desktop.ui.records.corrections_view import corrections_text, show_corrections
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog

NOTES = (
    CorrectionNote(
        corrected_at="2026-12-07T09:15:00.000000Z",
        corrected_by="Dora Officer",
        note="The mother's surname is Okafor-Bello, not Okafor.",
    ),
    CorrectionNote(
        corrected_at="2026-12-09T10:00:00.000000Z",
        corrected_by="Dora Officer",
        note="Hidden \u202e character shown harmlessly.",
    ),
)


def test_each_note_is_one_line_with_its_date() -> None:
    assert corrections_text(NOTES).splitlines() == [
        "Corrected on 7 Dec 2026: The mother's surname is Okafor-Bello, not Okafor.",
        "Corrected on 9 Dec 2026: Hidden \ufffd character shown harmlessly.",
    ]
    assert corrections_text(()) == ""


def test_the_notes_are_shown_above_the_pages(qtbot: QtBot) -> None:
    dialog = RecordPreviewDialog()
    qtbot.addWidget(dialog)
    show_corrections(dialog, NOTES)
    label = dialog.findChild(QLabel, "corrections")
    assert label is not None
    assert label.text().startswith("Corrected on 7 Dec 2026: ")
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    assert layout.indexOf(label) == 2  # under the title and the page controls, above the pages
    assert layout.indexOf(dialog.stack) == 3


def test_a_record_with_no_correction_shows_none(qtbot: QtBot) -> None:
    dialog = RecordPreviewDialog()
    qtbot.addWidget(dialog)
    show_corrections(dialog, ())
    assert dialog.findChild(QLabel, "corrections") is None
