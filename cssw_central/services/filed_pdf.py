"""The PDF central files: drawn by central from the sealed record it verified, with the
evidence inside it, and signed by central (PAdES).

1. The pages are drawn from the sealed document central holds — the canonical JSON whose
   seal it verified on arrival — by the same renderer as the laptop's
   (`cssw_documents`), in a process of its own (`python -m cssw_documents.render_filed`),
   so central's server never loads Qt. A laptop's own PDF is never used.
2. Three files are attached to the PDF: the sealed document exactly as hashed and signed
   (`sealed-record.json`), its seal with the device key central enrolled (`seal.json`)
   and central's signed receipt (`receipt.json`).
3. The whole file is signed with central's document-signing certificate
   (infra/document_signing.py) as a PAdES baseline signature: any PDF reader shows who
   signed it and whether it has changed since; `cssw-central verify-pdf` checks all of it
   on its own (services/filed_pdf_check.py).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cssw_central.infra.document_signing import (
    SigningFiles,
    SigningSetupProblem,
    key_passphrase,
    quiet_pyhanko,
)
from cssw_core.domain.canonical import NotCanonicalisable, parse_canonical
from cssw_core.domain.sealing import Seal, canonical_seal_problem

ATTACHED_DOCUMENT = "sealed-record.json"
ATTACHED_SEAL = "seal.json"
ATTACHED_RECEIPT = "receipt.json"
SEAL_FORMAT = "cssw.seal/1"
DOCUMENT_WORDS = "The sealed record, exactly as hashed and signed on the laptop"
SEAL_WORDS = "The record's seal and the laptop key central enrolled"
RECEIPT_WORDS = "Central's signed receipt for the record"
SIGNATURE_FIELD = "CentralSignature"
RENDER_TIMEOUT_SECONDS = 120.0
RENDERER_SAYS = "render_filed: "  # how cssw_documents.render_filed starts its plain words
# Qt processes drawing at once: approvals are a person's pace; the server has few cores.
_renderers = threading.BoundedSemaphore(2)


class PdfNotMade(Exception):
    """Central could not make or sign the PDF; the message is plain words, no personal data."""


@dataclass(frozen=True, slots=True)
class FilingEvidence:
    """What the filed PDF is made from: all of it held and verified by central."""

    document: str  # the sealed canonical JSON, exactly as hashed and signed
    seal: Seal  # with the device key central enrolled
    receipt_json: str  # central's SignedReceipt, as JSON
    receipt_id: str
    received_at: str  # UTC text
    approved_by: str  # the team lead's display name
    approved_at: str  # UTC text


def held_seal_problem(document: str, seal: Seal) -> str | None:
    """Why the sealed document central holds no longer verifies, byte for byte (None: it
    does): what is attached to the PDF must be exactly what was sealed."""
    raw = document.encode("utf-8", "surrogatepass")
    try:
        parsed = parse_canonical(raw)
    except NotCanonicalisable:
        return "the record is not in its sealed form"
    if not isinstance(parsed, dict):
        return "the record is not in its sealed form"
    return canonical_seal_problem(raw, parsed, seal)


def seal_json(seal: Seal) -> bytes:
    """The attached seal: the hash, the device's signature and the key that checks it."""
    body = {
        "format": SEAL_FORMAT,
        "content_hash": seal.content_hash,
        "seal_signature": seal.signature,
        "device_id": seal.device_id,
        "device_public_key": seal.public_key,
    }
    return (json.dumps(body, sort_keys=True, indent=2) + "\n").encode()


def make_filed_pdf(evidence: FilingEvidence, signing: SigningFiles, now: datetime) -> bytes:
    """The signed PDF for one record, or PdfNotMade saying why."""
    try:
        cert_pem, key_pem = signing.pem()
    except SigningSetupProblem as problem:
        raise PdfNotMade(str(problem)) from None
    pages = render_pages_pdf(evidence)
    return attach_and_sign(pages, evidence, cert_pem, key_pem, now)


def render_pages_pdf(evidence: FilingEvidence) -> bytes:
    """The record's pages as an unsigned PDF, drawn by the shared renderer in a child
    process (see the module's docstring)."""
    request = json.dumps(
        {
            "document": evidence.document,
            "seal": {
                "content_hash": evidence.seal.content_hash,
                "signature": evidence.seal.signature,
                "device_id": evidence.seal.device_id,
                "public_key": evidence.seal.public_key,
            },
            "filing": {
                "receipt_id": evidence.receipt_id,
                "received_at": evidence.received_at,
                "approved_by": evidence.approved_by,
                "approved_at": evidence.approved_at,
            },
        }
    ).encode()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with _renderers:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "cssw_documents.render_filed"],
                input=request,
                capture_output=True,
                timeout=RENDER_TIMEOUT_SECONDS,
                env=environment,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise PdfNotMade("drawing the PDF took too long") from None
        except OSError as error:
            raise PdfNotMade(
                f"the PDF renderer could not be started ({error.strerror or 'error'})"
            ) from None
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF-"):
        # Only the renderer's own plain words are passed on (never a traceback's last
        # line, which could quote the record).
        said = [
            line.removeprefix(RENDERER_SAYS)
            for line in done.stderr.decode("utf-8", "replace").splitlines()
            if line.startswith(RENDERER_SAYS)
        ]
        reason = said[-1][:200] if said else "the renderer stopped unexpectedly"
        raise PdfNotMade(f"the PDF could not be drawn ({reason})")
    return done.stdout


def attach_and_sign(
    pdf: bytes, evidence: FilingEvidence, cert_pem: bytes, key_pem: bytes, now: datetime
) -> bytes:
    """Attach the evidence to the PDF and sign the whole file with central's certificate."""
    quiet_pyhanko()
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _signer(cert_pem, key_pem)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    attachments = (
        (ATTACHED_DOCUMENT, evidence.document.encode("utf-8"), DOCUMENT_WORDS, "/Source"),
        (ATTACHED_SEAL, seal_json(evidence.seal), SEAL_WORDS, "/Supplement"),
        (ATTACHED_RECEIPT, evidence.receipt_json.encode("utf-8"), RECEIPT_WORDS, "/Supplement"),
    )
    for name, data, description, relationship in attachments:
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=name,
                file_name=name,
                embedded_data=embed.EmbeddedFileObject.from_file_data(
                    writer,
                    data=data,
                    mime_type="application/json",
                    params=embed.EmbeddedFileParams(creation_date=now, modification_date=now),
                ),
                description=description,
                af_relationship=generic.NameObject(relationship),
            ),
        )
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Filed by CSSW central from the sealed record it verified",
        location="CSSW central",
    )
    out = io.BytesIO()
    try:
        signers.PdfSigner(metadata, signer).sign_pdf(writer, output=out)
    except Exception as error:  # pyhanko's and the key's own errors, in many types
        raise PdfNotMade(f"the PDF could not be signed ({type(error).__name__})") from None
    return out.getvalue()


def _signer(cert_pem: bytes, key_pem: bytes) -> Any:  # a pyhanko SimpleSigner
    from asn1crypto import pem, x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        certs = [
            x509.Certificate.load(der)
            for kind, _headers, der in pem.unarmor(cert_pem, multiple=True)
            if kind == "CERTIFICATE"
        ]
        key = load_private_key_from_pemder_data(key_pem, passphrase=key_passphrase())
    except (ValueError, TypeError) as error:
        raise PdfNotMade(
            "central's document-signing certificate or key could not be read "
            f"({type(error).__name__}); check the files and $CSSW_SIGNING_KEY_PASSPHRASE"
        ) from None
    if not certs:
        raise PdfNotMade("central's document-signing certificate file holds no certificate")
    return signers.SimpleSigner(
        signing_cert=certs[0],
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(certs),  # type: ignore[no-untyped-call]
    )
