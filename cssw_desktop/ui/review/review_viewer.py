"""A received record, read only, for the team lead: its pages and "Save as PDF…".

The pages are drawn from the sealed document central holds (after checking its seal
here, against the laptop key central enrolled), with the same code that draws a form on
the worker's laptop and central's filed PDF. "Save as PDF…" asks for the passphrase
again, as the worker's export does, then writes central's signed PDF once the record is
filed, or before that the PDF drawn here from the same sealed document.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.domain.sealing import Seal, seal_problem
from cssw_core.errors import CsswError
from cssw_core.protocol import CorrectionNote, ReviewDetail, ReviewItem
from cssw_desktop.storage.audit import AuditAction
from cssw_desktop.storage.files import atomic_write
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.records.corrections_view import show_corrections
from cssw_desktop.ui.records.record_preview import RecordPreviewDialog
from cssw_desktop.ui.records.record_viewer import MAX_PREVIEW_DPI, PREVIEW_DPI, new_preview
from cssw_desktop.ui.review.viewer_decisions import DecisionBar, Decisions
from cssw_desktop.ui.sync.words import kind_words
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.reauth import where_to_save
from cssw_desktop.ui.workspace import alive
from cssw_documents.pdf import PdfError, render_pdf, render_preview

if TYPE_CHECKING:
    from cssw_desktop.sync.review import ReviewClient
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class ReceivedRecordBroken(CsswError):
    """What central sent cannot be shown as the signed form (its seal does not hold)."""


UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "Central's copy of this record cannot be read. Please tell IT support."
)


@dataclass(frozen=True, slots=True)
class Received:
    """A received record, checked: the document and seal to draw, central's signed PDF to
    save (b"" until the record is approved)."""

    document: dict[str, Any]
    seal: Seal
    pdf: bytes
    corrections: tuple[CorrectionNote, ...] = ()


def checked(detail: ReviewDetail) -> Received:
    """Read the document, check its seal against the enrolled laptop key, decode the PDF."""
    try:
        document = json.loads(detail.document)
        pdf = base64.b64decode(detail.pdf_base64, validate=True)
    except (ValueError, binascii.Error):
        raise ReceivedRecordBroken(UNREADABLE) from None
    if not isinstance(document, dict):
        raise ReceivedRecordBroken(UNREADABLE)
    seal = Seal(
        detail.content_hash,
        detail.seal_signature,
        str(document.get("device_id", "")),
        detail.device_public_key,
    )
    problem = seal_problem(document, seal)
    if problem is not None:
        raise ReceivedRecordBroken(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This record's seal does not check out (%1). Do not approve it; "
                "please tell IT support.",
            ),
            problem,
        )
    return Received(document, seal, pdf, tuple(detail.corrections))


def file_name(item: ReviewItem) -> str:
    """A suggested name with no family details in it (folder listings are not private)."""
    kinds = {"withdrawal": "withdrawal", "share": "share"}
    kind = kinds.get(item.kind, "consent-form")
    version = f"-v{item.version}" if item.version > 1 else ""
    return f"{kind}-{item.record_id[:8]}{version}.pdf"


def export(store: Store, item: ReviewItem, path: Path, received: Received) -> None:
    """Write central's PDF, or one drawn here from the sealed document when central has
    none yet (owner-only, atomically), and audit it (store thread)."""
    pdf = received.pdf or render_pdf(received.document, received.seal, ())
    atomic_write(path, pdf)
    store.audit.record(
        AuditAction.RECORD_EXPORTED, item.record_id, version=item.version, source="central"
    )


def show_review_record(
    workspace: Workspace,
    client: ReviewClient,
    item: ReviewItem,
    decisions: Decisions | None = None,
) -> RecordPreviewDialog | None:
    """Open a received record read-only (one at a time; only while unlocked), with Approve
    and Return in it when `decisions` are given (a record still waiting for review)."""
    store = workspace.store
    dialog = new_preview(workspace)
    if store is None or dialog is None:
        return None
    title = QCoreApplication.translate("ReviewViewer", "%s family — %s received from %s") % (
        item.family_name,
        kind_words(item.kind).lower(),
        item.worker_name,
    )
    dialog.set_title(title)
    viewer = ReviewViewer(workspace, dialog, store, client, item)
    if decisions is not None:
        viewer.decisions = DecisionBar(dialog, item, decisions)
    workspace.track(dialog)
    spawn(viewer.load())
    return dialog


class ReviewViewer(QObject):
    """The dialog's link to central, the worker thread and (for saving) the vault."""

    def __init__(
        self,
        workspace: Workspace,
        dialog: RecordPreviewDialog,
        store: Store,
        client: ReviewClient,
        item: ReviewItem,
    ) -> None:
        super().__init__(dialog)
        self._workspace = workspace
        self._dialog = dialog
        self._store = store
        self._client = client
        self._item = item
        self._received: Received | None = None
        self.decisions: DecisionBar | None = None
        dialog.save_requested.connect(lambda passphrase: spawn(self._save(passphrase)))
        dialog.finished.connect(lambda _result: self._forget())

    def _open(self) -> bool:
        return alive(self._dialog) and self._workspace.store is self._store

    def _forget(self) -> None:
        self._received = None

    async def load(self) -> None:
        item = self._item
        try:
            detail = await self._client.detail(item.record_id, item.version)
            received = checked(detail)
        except CsswError as error:
            if self._open():
                self._dialog.show_failure(error_text(error))
            return
        if not self._open():
            return
        self._received = received
        show_corrections(self._dialog, received.corrections)
        dpi = min(MAX_PREVIEW_DPI, PREVIEW_DPI * self._dialog.devicePixelRatioF())
        loop = asyncio.get_running_loop()
        try:
            preview = await loop.run_in_executor(
                None, render_preview, received.document, received.seal, (), dpi
            )
        except PdfError as error:
            log.warning("a received record could not be drawn: %s", type(error).__name__)
            if self._open():
                self._dialog.show_failure(
                    self.tr("This form could not be shown. Please tell IT support.")
                )
            return
        if self._open():
            self._dialog.show_pages(preview.images, preview.texts)
            if self.decisions is not None:
                self.decisions.ready()

    async def _save(self, passphrase: str) -> None:
        dialog = self._dialog
        received = self._received
        path = await where_to_save(
            self._workspace,
            passphrase,
            dialog,
            self._open,
            lambda: None if received is None else file_name(self._item),
        )
        if path is None or received is None:
            return
        dialog.set_busy(True)
        try:
            await self._workspace.store_thread.run(export, self._store, self._item, path, received)
        except PdfError:
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
        log.info("a received record was saved as PDF")
        if self._open():
            dialog.show_saved(path)
