"""Opening a sealed record's preview and saving it as a PDF, with the store and the audit.

Store calls run on the session's store thread; drawing pages and the PDF runs in a
worker thread (it touches no widgets). Every view is audited (record.viewed) and every
saved copy too (record.exported), as the command line's export-pdf does.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.sealing import Seal, is_training_document
from cssw_core.errors import CsswError
from cssw_desktop.storage.audit import AuditAction, AuditEntry
from cssw_desktop.storage.corrections import Correction, as_notes
from cssw_desktop.storage.files import atomic_write
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.records.corrections_view import show_corrections
from cssw_desktop.ui.records.family_copy import Purpose, family_file_name, print_family_copy
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.passphrase_check import passphrase_confirmed
from cssw_desktop.ui.unlock.reauth import where_to_save
from cssw_desktop.ui.workspace import alive
from cssw_documents.pdf import PdfError, render_pdf, render_preview

if TYPE_CHECKING:
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

PREVIEW_DPI = 150.0  # at a device pixel ratio of 1; sharper on high-DPI screens
MAX_PREVIEW_DPI = 300.0


class NotSealed(CsswError):
    """The record asked for is a draft: there is no signed form to show."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The sealed record and its audit trail as read once: drawn, and saved, from this."""

    record: StoredRecord
    seal: Seal
    audit: tuple[AuditEntry, ...]
    corrections: tuple[Correction, ...] = ()  # central's notes beside it (rectification)


def read_for_viewing(store: Store, record_id: uuid.UUID, version: int) -> Reading:
    """Read a sealed record and its audit trail, and audit the viewing (store thread)."""
    record = store.records.get(record_id, version)
    if not record.sealed or record.seal is None:
        raise NotSealed(
            QT_TRANSLATE_NOOP(
                "Errors", "This record has not been signed and sealed, so there is no form to show."
            )
        )
    audit = tuple(store.audit.entries(record_id))
    store.audit.record(AuditAction.RECORD_VIEWED, record_id, version=version)
    corrections = tuple(store.corrections.of_record(record_id, version))
    return Reading(record, record.seal, audit, corrections)


def export(
    store: Store,
    reading: Reading,
    path: Path,
    pdf: bytes,
    action: AuditAction = AuditAction.RECORD_EXPORTED,
) -> None:
    """Write the PDF (owner-only, atomically) and audit it (store thread: before any lock)."""
    atomic_write(path, pdf)
    record = reading.record
    store.audit.record(action, record.id, version=record.version)


def audit_printed(store: Store, reading: Reading, pages: int) -> None:
    record = reading.record
    store.audit.record(AuditAction.RECORD_PRINTED, record.id, version=record.version, pages=pages)


def file_name(record: StoredRecord) -> str:
    """A suggested name with no family details in it (folder listings are not private);
    a training record's starts TRAINING-, so no folder of real forms hides one."""
    kind = "withdrawal" if record.kind == "withdrawal" else "consent-form"
    version = f"-v{record.version}" if record.version > 1 else ""
    training = "TRAINING-" if record.seal is not None and is_training_document(record.body) else ""
    return f"{training}{kind}-{str(record.id)[:8]}{version}.pdf"


def new_preview(workspace: Workspace) -> RecordPreviewDialog | None:
    """A preview dialog sized for reading a page, or None while locked or while one is
    open already (one at a time)."""
    if workspace.store is None or workspace.dialogs.showing(RecordPreviewDialog):
        return None
    parent = workspace.dialog_parent
    dialog = RecordPreviewDialog(parent, clock=workspace.clock)
    # As tall as the screen allows, a little wider than tall: on a 1366×768 laptop a page
    # fitted to the width reads at about the size of the app's own text.
    screen = parent.screen().availableGeometry()
    dialog.resize(
        min(screen.width() - 40, max(dialog.sizeHint().width(), round(screen.height() * 1.3))),
        screen.height() - 60,
    )
    return dialog


def show_record(
    workspace: Workspace, record_id: uuid.UUID, version: int, *, then: Purpose | None = None
) -> None:
    """Open the preview of a sealed record (one at a time; only while unlocked); `then`:
    once the pages are shown, ask the passphrase for that (printing the family's copy)."""
    store = workspace.store
    dialog = new_preview(workspace)
    if store is None or dialog is None:
        return
    viewer = RecordViewer(workspace, dialog, store)
    workspace.track(dialog)
    spawn(viewer.load(record_id, version, then))


class RecordViewer(QObject):
    """The dialog's link to the store, the vault and the worker thread."""

    def __init__(self, workspace: Workspace, dialog: RecordPreviewDialog, store: Store) -> None:
        super().__init__(dialog)  # goes when the dialog goes
        self._workspace = workspace
        self._dialog = dialog
        self._store = store
        self._reading: Reading | None = None
        dialog.save_wanted.connect(lambda: spawn(self._show_wait()))
        dialog.save_requested.connect(lambda passphrase: spawn(self._save(passphrase)))
        dialog.finished.connect(lambda _result: self._forget())

    def _open(self) -> bool:
        """The dialog is still showing and the store it read from still open."""
        return alive(self._dialog) and self._workspace.store is self._store

    def _forget(self) -> None:
        self._reading = None

    async def load(self, record_id: uuid.UUID, version: int, then: Purpose | None = None) -> None:
        thread = self._workspace.store_thread
        try:
            reading = await thread.run(read_for_viewing, self._store, record_id, version)
        except CsswError as error:
            if self._open():
                self._dialog.show_failure(error_text(error))
            return
        if not self._open():
            return
        self._reading = reading
        body, seal = reading.record.body, reading.seal
        family = body.get("family") or {}
        self._dialog.set_title(self._title(reading.record, str(family.get("family_name", ""))))
        dpi = min(MAX_PREVIEW_DPI, PREVIEW_DPI * self._dialog.devicePixelRatioF())
        loop = asyncio.get_running_loop()
        try:
            preview = await loop.run_in_executor(
                None, render_preview, body, seal, reading.audit, dpi
            )
        except PdfError as error:
            log.warning("a sealed record could not be drawn: %s", type(error).__name__)
            if self._open():
                self._dialog.show_failure(
                    self.tr(
                        "This form could not be shown. Nothing has been changed. "
                        "Please tell IT support."
                    )
                )
            return
        if self._open():
            self._dialog.show_pages(preview.images, preview.texts)
            show_corrections(self._dialog, as_notes(reading.corrections))
            if then is not None:
                self._dialog.ask_passphrase(then)

    def _title(self, record: StoredRecord, family_name: str) -> str:
        what = (
            self.tr("withdrawal of consent")
            if record.kind == "withdrawal"
            else self.tr("signed consent form")
        )
        if record.version > 1:
            what = self.tr("%s, version %d") % (what, record.version)
        return self.tr("%s family — %s") % (family_name, what) if family_name else what

    async def _show_wait(self) -> None:
        """A wait left from wrong passphrases applies here too: show it at once."""
        session = self._workspace.session
        wait = await session.store_thread.run(session.vault.wait_seconds)
        if wait > 0 and self._open():
            self._dialog.wait(wait)

    async def _save(self, passphrase: str) -> None:
        if self._dialog.purpose is Purpose.FAMILY_PRINT:
            await self._print_for_family(passphrase)
            return
        dialog = self._dialog
        reading = self._reading
        family = dialog.purpose is Purpose.FAMILY_SAVE

        def suggested() -> str | None:
            if reading is None:
                return None
            return family_file_name(reading.record) if family else file_name(reading.record)

        path = await where_to_save(self._workspace, passphrase, dialog, self._open, suggested)
        if path is None or reading is None:
            return
        dialog.set_busy(True)
        loop = asyncio.get_running_loop()
        body, seal = reading.record.body, reading.seal
        action = AuditAction.FAMILY_COPY_SAVED if family else AuditAction.RECORD_EXPORTED
        try:
            if family:
                pdf = await loop.run_in_executor(
                    None, lambda: render_pdf(body, seal, (), family_copy=True)
                )
            else:
                pdf = await loop.run_in_executor(None, render_pdf, body, seal, reading.audit)
            if not self._open():
                return  # locked meanwhile: nothing is written
            await self._workspace.store_thread.run(export, self._store, reading, path, pdf, action)
        except PdfError as error:
            log.warning("a sealed record could not be saved as PDF: %s", type(error).__name__)
            if self._open():
                dialog.show_problem(self.tr("The PDF could not be made. Please tell IT support."))
            return
        except OSError as error:
            if self._open():
                dialog.show_problem(
                    self.tr("The PDF could not be saved there (%s). Choose another folder.")
                    % (error.strerror or type(error).__name__)
                )
            return
        log.info("record exported as PDF from the preview")
        if self._open():
            dialog.show_saved(path)

    async def _print_for_family(self, passphrase: str) -> None:
        """Passphrase, then the print dialog, then the family's copy on that printer."""
        dialog = self._dialog
        session = self._workspace.session
        wrong = self.tr("That is not your passphrase. Please check it and try again.")
        if not await passphrase_confirmed(
            session.store_thread, session.vault, passphrase, dialog, self._open, wrong
        ):
            return
        reading = self._reading
        if reading is None or not self._open():
            return
        printer = await dialog.ask_printer()
        if not self._open():
            return
        if printer is None:
            dialog.cancel_save()
            return
        dialog.set_busy(True)
        try:
            pages = print_family_copy(printer, reading.record.body, reading.seal)
        except PdfError as error:
            log.warning("the family's copy could not be printed: %s", type(error).__name__)
            if self._open():
                dialog.show_problem(
                    self.tr("The form could not be printed. Check the printer and try again.")
                )
            return
        await self._workspace.store_thread.run(audit_printed, self._store, reading, pages)
        log.info("family copy printed from the preview")
        if self._open():
            dialog.show_printed(pages)
