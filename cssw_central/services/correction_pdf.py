"""The signed "Corrections" PDF filed beside a filed record's own PDF.

Central's signed PDF of a record is never re-made or re-signed after filing (it is the
case system's copy of the sealed record). When a correction note is added to a filed
record, central draws a page of all its notes (`python -m cssw_documents.corrections_pdf`,
in a process of its own: the server never loads Qt), signs it with the same
document-signing certificate (PAdES) and writes it to the drop folder as
`<record_id>-v<version>-corrections-<n>.pdf`, n being the number of notes it holds (each
file is complete and new; none is overwritten). Audited as `record_corrections_filed`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.database import audit
from cssw_central.infra.document_signing import SigningFiles, SigningSetupProblem, quiet_pyhanko
from cssw_central.infra.files import OWNER_ONLY, atomic_write, fsync_folder
from cssw_central.infra.tables import CorrectionNote, FamilySnapshot, Record
from cssw_central.services.corrections import corrections_of
from cssw_central.services.filed_pdf import _signer

DRAW_TIMEOUT_SECONDS = 120.0
SAYS = "corrections_pdf: "


class CorrectionsNotFiled(Exception):
    """The corrections PDF could not be made or written; plain words, no personal data."""


def corrections_request(record: Record, session: Session) -> bytes:
    notes = corrections_of(session, record.record_id, record.version)
    return json.dumps(
        {
            "record_id": record.record_id,
            "version": record.version,
            "corrections": [
                {
                    "corrected_on": f"{n.corrected_at.day} {n.corrected_at:%B %Y} (UTC)",
                    "corrected_by": n.corrected_by,
                    "note": n.note,
                }
                for n in notes
            ],
        }
    ).encode()


def draw(request: bytes) -> bytes:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cssw_documents.corrections_pdf"],
            input=request, capture_output=True, timeout=DRAW_TIMEOUT_SECONDS,
            env=environment, check=False,
        )  # fmt: skip
    except (subprocess.TimeoutExpired, OSError):
        raise CorrectionsNotFiled("the corrections page could not be drawn") from None
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF-"):
        said = [
            line.removeprefix(SAYS)
            for line in done.stderr.decode("utf-8", "replace").splitlines()
            if line.startswith(SAYS)
        ]
        reason = said[-1][:200] if said else "the renderer stopped unexpectedly"
        raise CorrectionsNotFiled(f"the corrections page could not be drawn ({reason})")
    return done.stdout


def sign(pdf: bytes, signing: SigningFiles) -> bytes:
    quiet_pyhanko()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    try:
        cert_pem, key_pem = signing.pem()
    except SigningSetupProblem as problem:
        raise CorrectionsNotFiled(str(problem)) from None
    metadata = signers.PdfSignatureMetadata(
        field_name="CentralSignature",
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Corrections filed by CSSW central beside a sealed record",
        location="CSSW central",
    )
    out = io.BytesIO()
    try:
        signer = _signer(cert_pem, key_pem)
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        signers.PdfSigner(metadata, signer).sign_pdf(writer, output=out)
    except Exception as error:  # pyhanko's and the key's own errors, in many types
        raise CorrectionsNotFiled(f"the PDF could not be signed ({type(error).__name__})") from None
    return out.getvalue()


def file_corrections(
    session: Session, record: Record, drop_folder: Path, signing: SigningFiles, actor: str,
    now: datetime,
) -> Path | None:  # fmt: skip
    """Write the signed corrections PDF beside a filed record (None: the record is not
    filed, so there is nothing in the case system to put it beside yet)."""
    if record.state != "filed":
        return None
    count = len(corrections_of(session, record.record_id, record.version))
    if count == 0:
        return None
    if not drop_folder.is_dir():
        raise CorrectionsNotFiled("The drop folder for filed records does not exist.")
    path = drop_folder / f"{record.record_id}-v{record.version}-corrections-{count}.pdf"
    if path.exists():
        raise CorrectionsNotFiled("A corrections PDF with that name is already there.")
    pdf = sign(draw(corrections_request(record, session)), signing)
    atomic_write(path, pdf, OWNER_ONLY)
    fsync_folder(drop_folder)
    snapshot = session.get(FamilySnapshot, record.family_id)
    audit(
        session, now, actor, "record_corrections_filed", record.record_id,
        team_id=snapshot.team_id if snapshot else None, version=record.version,
        file=path.name, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )  # fmt: skip
    return path


def file_corrections_on_filing(
    session: Session, record: Record, drop_folder: Path, signing: SigningFiles, actor: str,
    now: datetime,
) -> None:  # fmt: skip
    """A record corrected before it was filed gets its corrections PDF as it is filed; if
    that fails the record stays filed and the audit says so (`rights correct` again, or
    tell IT)."""
    try:
        file_corrections(session, record, drop_folder, signing, actor, now)
    except CorrectionsNotFiled as failure:
        audit(
            session, now, actor, "record_corrections_not_filed", record.record_id,
            team_id=record.team_id, version=record.version, reason=str(failure)[:300],
        )  # fmt: skip


def erase_corrections(session: Session, record_id: str, version: int, folders: list[Path]) -> int:
    """With an erased record (retention), its correction notes and corrections PDFs go too;
    how many notes went. OSError if a file cannot be removed (the caller rolls back)."""
    notes = session.scalars(
        select(CorrectionNote).where(
            CorrectionNote.record_id == record_id, CorrectionNote.version == version
        )
    ).all()
    for note in notes:
        session.delete(note)
    for folder in folders:
        removed = False
        for path in folder.glob(f"{record_id}-v{version}-corrections-*.pdf"):
            path.unlink(missing_ok=True)
            removed = True
        if removed:
            fsync_folder(folder)
    return len(notes)
