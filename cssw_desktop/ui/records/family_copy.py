"""A copy of the signed form for the family: printed through the system's print dialog,
or saved as a PDF to give them.

The family's copy is the form as they signed it (answers, signatures, dates, the
council's name and "what happens next"), without the pages meant for the council: no
audit trail, no seal details (cssw_documents.pdf, `family_copy=True`). Qt's print
support is loaded only when the worker prints.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QDialog, QWidget

from cssw_core.domain.sealing import Seal
from cssw_desktop.storage.records import StoredRecord
from cssw_documents.pdf import paint_pages

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter


class Purpose(StrEnum):
    """What the worker's passphrase is asked for in the preview."""

    SAVE = "save"  # the council's PDF, every page
    FAMILY_SAVE = "family_save"  # the family's copy as a PDF file
    FAMILY_PRINT = "family_print"  # the family's copy on paper


def family_file_name(record: StoredRecord) -> str:
    """A name with no family details in it: "family-copy-1a2b3c4d.pdf"."""
    version = f"-v{record.version}" if record.version > 1 else ""
    kind = "withdrawal" if record.kind == "withdrawal" else "consent-form"
    return f"family-copy-{kind}-{str(record.id)[:8]}{version}.pdf"


def new_printer() -> QPrinter:
    """A printer set up for the form: A4, portrait, the whole sheet (the form's own
    margins are drawn in)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setDocName("Consent form — family copy")
    return printer


async def choose_printer(parent: QWidget, holder: Any) -> QPrinter | None:
    """The system's print dialog, window-modal (the event loop keeps running); the
    printer chosen, or None if the worker cancelled. `holder.print_dialog` is the dialog
    while it is open (so a lock can close it, and tests can answer it)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    printer = new_printer()
    dialog: QPrintDialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print a copy for the family"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    chosen: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not chosen.done():
            chosen.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    holder.print_dialog = dialog
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    try:
        accepted = await chosen
    finally:
        holder.print_dialog = None
        dialog.deleteLater()
    return printer if accepted else None


def print_family_copy(printer: QPrinter, body: dict[str, Any], seal: Seal) -> int:
    """Print the family's copy on the chosen printer; the number of pages."""
    return paint_pages(printer, body, seal, (), family_copy=True)
