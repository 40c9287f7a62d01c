"""The last page of the PDF central files: what central did with the record.

Central does not hold the laptop's audit log (it is not part of the seal), so its PDF
prints, in place of the visit's audit trail, when central received the record and under
which receipt, who approved it and when, and how the PDF itself can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from cssw_documents.formatting import time_text
from cssw_documents.layout import MM, PageFlow, labelled_rows, last_page_heading

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class FilingFacts:
    """Central's facts about a record it files (times are UTC text)."""

    receipt_id: str
    received_at: str
    approved_by: str  # the team lead's display name
    approved_at: str


def draw_filing(flow: PageFlow, facts: FilingFacts, zone: tzinfo) -> None:
    """A new page: received, approved and filed by central, and how to check this PDF."""
    last_page_heading(
        flow,
        translate("Pdf", "Received and filed by central"),
        translate(
            "Pdf",
            "Central made this PDF from the sealed record after checking its seal against the "
            "laptop's enrolled key. The sealed record and central's signed receipt are attached "
            "to this PDF, and central signed the PDF: a PDF reader shows who signed it and "
            "whether anything has changed since. The laptop's audit log of the visit stays "
            "on the laptop; it is not part of the seal.",
        ),
    )
    flow.space(3 * MM)
    labelled_rows(
        flow,
        [
            (translate("Pdf", "Received at central"), time_text(facts.received_at, zone), False),
            (translate("Pdf", "Central's receipt"), facts.receipt_id, True),
            (translate("Pdf", "Approved by"), facts.approved_by, False),
            (translate("Pdf", "Approved at"), time_text(facts.approved_at, zone), False),
        ],
    )
