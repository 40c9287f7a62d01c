"""The technical page: what anyone needs to verify that the record has not changed since
it was sealed. Hashes, the signature, the keys and versions live here, on a page of
their own after the family's pages, never among them; the family's copy leaves it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.sealing import Seal
from cssw_documents.formatting import time_text
from cssw_documents.layout import MM, PageFlow, labelled_rows, last_page_heading

translate = QCoreApplication.translate


def verification_title() -> str:
    return translate("Pdf", "Verifying this record: the seal")


def draw_verification(
    flow: PageFlow, document: Mapping[str, Any], seal: Seal, zone: tzinfo
) -> None:
    """A new page: the seal's details, and what they are for."""
    last_page_heading(
        flow,
        verification_title(),
        translate(
            "Pdf",
            "This page is for checking that the record has not been changed since it was "
            "sealed; the family does not need it. When the record was sealed, its content "
            "(in canonical JSON) was hashed with SHA-256 and the hash signed with the "
            "laptop's own Ed25519 key. Anyone holding the sealed record can check it "
            "against these values (for example with the CSSW app's “verify” command): any "
            "change to the record makes the check fail. The check code at the foot of "
            "every page is the start of the content hash below.",
        ),
    )
    flow.space(3 * MM)
    record = document.get("record") or {}
    rows = [  # (label, value, in a fixed-width font)
        (translate("Pdf", "Record"), str(record.get("id", "")), True),
        (translate("Pdf", "Version"), str(record.get("version", "–")), False),
        (translate("Pdf", "Content hash (SHA-256)"), seal.content_hash, True),
        (translate("Pdf", "Signature (Ed25519)"), seal.signature, True),
        (translate("Pdf", "Device public key"), seal.public_key, True),
        (translate("Pdf", "Device"), seal.device_id, False),
        (translate("Pdf", "Sealed at"), time_text(str(document.get("sealed_at", "")), zone), False),
        (translate("Pdf", "Record format"), str(document.get("format", "")), False),
        (translate("Pdf", "App version"), str(document.get("app_version", "")), False),
    ]
    if document.get("kind") not in ("withdrawal", "share"):
        rows += [
            (translate("Pdf", "Leaflet version"), str(record.get("leaflet_version", "")), False),
            (translate("Pdf", "Leaflet hash (SHA-256)"), str(record.get("leaflet_hash", "")), True),
        ]
    labelled_rows(flow, rows)
