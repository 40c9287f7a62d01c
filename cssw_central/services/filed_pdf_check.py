"""Checking a filed PDF on its own, as `cssw-central verify-pdf` does: no database needed.

Three things must hold, each checked with its own key:
- central's PAdES signature (pyhanko's validation): intact, covering the whole file
  (nothing added or changed after signing), by a certificate that chains to the one
  given as trusted (central's document-signing certificate, or the CA that issued it);
- the attached sealed record: its SHA-256 is the attached seal's hash, and the laptop's
  Ed25519 signature over it verifies with the device key in the attached seal, which is
  the key the record names (cssw_core's sealing);
- the attached receipt: signed by central's receipt key, and naming this record, its
  version, its hash and its device.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

from cssw_central.infra.document_signing import quiet_pyhanko
from cssw_central.services.filed_pdf import (
    ATTACHED_DOCUMENT,
    ATTACHED_RECEIPT,
    ATTACHED_SEAL,
    SEAL_FORMAT,
)
from cssw_core.domain.canonical import NotCanonicalisable, parse_canonical
from cssw_core.domain.sealing import Seal, canonical_seal_problem
from cssw_core.protocol import SignedReceipt
from cssw_core.signing import receipt_holds


@dataclass
class PdfCheck:
    """What was found: `problems` in plain words (none: everything holds)."""

    problems: list[str] = field(default_factory=list)
    signed_by: str = ""
    record: str = ""  # "<record id> version <n>"

    @property
    def holds(self) -> bool:
        return not self.problems


def check_filed_pdf(pdf: bytes, trusted_certs_pem: bytes, receipt_key_hex: str) -> PdfCheck:
    """Check the signature, the embedded seal and the receipt of a filed PDF."""
    quiet_pyhanko()
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    check = PdfCheck()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError):
        check.problems.append("the file is not a PDF that can be read")
        return check
    _check_signature(check, signatures, trusted_certs_pem)
    attached = _attachments(reader)
    missing = [n for n in (ATTACHED_DOCUMENT, ATTACHED_SEAL, ATTACHED_RECEIPT) if n not in attached]
    if missing:
        check.problems.append("the PDF does not carry " + " or ".join(missing))
        return check
    seal = _check_seal(check, attached[ATTACHED_DOCUMENT], attached[ATTACHED_SEAL])
    if seal is not None:
        _check_receipt(check, attached[ATTACHED_RECEIPT], seal, receipt_key_hex)
    return check


def _check_signature(check: PdfCheck, signatures: list[Any], trusted_certs_pem: bytes) -> None:
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    if len(signatures) != 1:
        words = "is not signed" if not signatures else f"has {len(signatures)} signatures, not one"
        check.problems.append(f"the PDF {words}")
        return
    try:
        roots = list(load_certs_from_pemder_data(trusted_certs_pem))
    except ValueError:
        roots = []
    if not roots:
        check.problems.append("the trusted certificate file holds no certificate")
        return
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(signatures[0], context)
    except Exception as error:  # a mangled signature fails in many ways inside pyhanko
        check.problems.append(f"central's signature could not be read ({type(error).__name__})")
        return
    check.signed_by = status.signing_cert.subject.human_friendly
    if not status.intact or not status.valid:
        check.problems.append(
            "the PDF was changed after it was signed: its signature does not match"
        )
    elif str(getattr(status, "coverage", "")).rsplit(".", 1)[-1] != "ENTIRE_FILE":
        check.problems.append("something was added to the PDF after it was signed")
    if not status.trusted:
        check.problems.append(
            f"the PDF was signed by {check.signed_by or 'someone'}, "
            "not by the certificate given as central's"
        )


def _attachments(reader: Any) -> dict[str, bytes]:
    """The embedded files by name (the first of each name)."""
    found: dict[str, bytes] = {}
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for index in range(0, len(names) - 1, 2):
            name = str(names[index])
            spec = names[index + 1]
            if name not in found:
                found[name] = spec["/EF"]["/F"].data
    except (KeyError, TypeError, AttributeError, ValueError):
        return found
    return found


def _check_seal(check: PdfCheck, raw: bytes, seal_raw: bytes) -> Seal | None:
    try:
        facts = json.loads(seal_raw)
        document = parse_canonical(raw)
        if facts.get("format") != SEAL_FORMAT or not isinstance(document, dict):
            raise ValueError("not a seal")
        seal = Seal(
            str(facts["content_hash"]),
            str(facts["seal_signature"]),
            str(facts["device_id"]),
            str(facts["device_public_key"]),
        )
    except (ValueError, KeyError, AttributeError, NotCanonicalisable):
        check.problems.append("the sealed record or its seal attached to the PDF cannot be read")
        return None
    record = document.get("record")
    if isinstance(record, dict):
        check.record = f"{record.get('id', '?')} version {record.get('version', 1)}"
    problem = canonical_seal_problem(raw, document, seal)
    if problem is None and document.get("device_id") != seal.device_id:
        problem = "the record names a different device from its seal"
    if problem is not None:
        check.problems.append(f"the attached sealed record does not verify: {problem}")
        return None
    return seal


def _check_receipt(check: PdfCheck, raw: bytes, seal: Seal, receipt_key_hex: str) -> None:
    try:
        signed = SignedReceipt.model_validate_json(raw)
    except ValueError:
        check.problems.append("central's receipt attached to the PDF cannot be read")
        return
    if not receipt_holds(signed, receipt_key_hex):
        check.problems.append(
            "central's receipt attached to the PDF is not signed by central's key"
        )
        return
    receipt = signed.receipt
    record_id, _, version = check.record.partition(" version ")
    if (
        receipt.record_id != record_id
        or str(receipt.version) != version
        or receipt.content_hash != seal.content_hash
        or receipt.device_id != seal.device_id
    ):
        check.problems.append("central's receipt attached to the PDF is for a different record")
