"""Rows that fit their text as the window and the text size change, for the lead's tables.

A table's long-text column wraps while it is wide enough to read; when it is not (large
text on a small screen) each cell stays one line, cut short with "…", so one row never
grows taller than the list (the full words are in its tooltip or beside the list). Row
heights follow whenever that column changes width, including when a hidden section is
first shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def keep_rows_fitted(table: QTableView, column: int, readable_width: int) -> None:
    """Wrap `column` only while it is at least `readable_width` pixels wide; refit rows."""
    table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit(changed: int, _old: int, new: int) -> None:
        if changed != column:
            return
        table.setWordWrap(new >= readable_width)
        table.resizeRowsToContents()

    table.horizontalHeader().sectionResized.connect(fit)
